import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, Icon, Link, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import type { OrderQueueFilter, PageToken, StoredOrder } from '../../data/ports';
import { UnreadableBadge } from '../../components/UnreadableOrder';
import { listTextProps } from '../../components/ListText';
import { isOverdue } from '../../domain/deadline';
import { compareSwedish } from '../../domain/ranking';
import { formatDateTime } from '../../domain/time';
import { Catalogue, ORDER_STATUSES } from '../../domain/types';
import { EmptyState, LoadError, Loading } from '../../components/LoadStates';
import { format, LangContext, useStrings } from '../../i18n/strings';
import { catalogueNames, Desk } from './deskContext';
import { DEFAULT_SELECTION, hrefWithSelection, isDefaultSelection, isStatusChoice, mergePage, QueueSelection, searchOf, selectionFromSearch, sortQueue, toQueueFilter } from './queueModel';
import { unsentTooLong } from '../../domain/openQueue';
import { QueueExport } from './QueueExportButton';
import { statusLabel, strings } from './strings';
import { RankingFlag, rankingNeedsAttention } from './RankingBasisNotice';

interface Props {
  desk: Desk;
  now: Date;
  /** The queue stays mounted (and keeps its loaded pages) while an order is open. */
  hidden: boolean;
  /** Orders changed on the order page since they were loaded: shown as they are now. */
  changed: Readonly<Record<number, StoredOrder>>;
  /** Focus goes back to this order's link when the queue is shown again. */
  returnFocusTo?: number;
  hrefFor: (id: number) => string;
  onOpen: (stored: StoredOrder) => void;
}

type Phase = 'loading' | 'more' | 'ready' | 'error';

export function Queue(props: Props): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { services, catalogue } = props.desk;
  // The selection comes from the page address and goes back into it, so a filtered queue can be linked.
  const fromUrl = React.useMemo(() => selectionFromSearch(typeof window === 'undefined' ? '' : window.location.search), []);
  const [selection, setSelection] = React.useState<QueueSelection>(fromUrl.selection);
  const [typed, setTyped] = React.useState(fromUrl.reference ?? '');
  const [typedError, setTypedError] = React.useState('');
  const [searched, setSearched] = React.useState<string | null>(fromUrl.reference);
  const [reload, setReload] = React.useState(0);
  const [items, setItems] = React.useState<StoredOrder[]>([]);
  const [next, setNext] = React.useState<PageToken | undefined>();
  const [phase, setPhase] = React.useState<Phase>('loading');
  const [error, setError] = React.useState<{ error: Error; token?: PageToken } | undefined>();
  const [lastPageLoaded, setLastPageLoaded] = React.useState(0);
  const latest = React.useRef(0);
  const root = React.useRef<HTMLDivElement>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const statusRef = React.useRef<HTMLDivElement>(null);
  const wasHidden = React.useRef(props.hidden);

  const searchedKind = searched ? searchOf(searched)?.kind ?? 'text' : undefined;
  const query = React.useMemo<OrderQueueFilter>(
    () => (searched ? (searchOf(searched)?.kind === 'reference' ? { reference: searched } : { text: searched }) : toQueueFilter(selection)),
    [searched, selection]
  );

  const load = React.useCallback(
    async (token?: PageToken) => {
      if (latest.current < 0) return;
      const request = ++latest.current;
      setPhase(token ? 'more' : 'loading');
      try {
        const page = await services.orders.listQueue(query, token);
        if (request !== latest.current) return;
        setItems((current) => (token ? mergePage(current, page.items) : page.items));
        setNext(page.next);
        setError(undefined);
        setPhase('ready');
        // "Visa fler" disappears with the last page: keep focus on the count instead of losing it.
        if (token && !page.next) setLastPageLoaded((n) => n + 1);
      } catch (e) {
        if (request !== latest.current) return;
        setError({ error: e as Error, token });
        setPhase('error');
      }
    },
    [services, query]
  );

  // Opened at one order by a link, the hidden queue is read only when the handler goes back to it.
  const [wanted, setWanted] = React.useState(!props.hidden);
  React.useEffect(() => {
    if (!props.hidden) setWanted(true);
  }, [props.hidden]);

  React.useEffect(() => {
    if (wanted) void load();
  }, [load, reload, wanted]);

  React.useEffect(() => {
    if (props.hidden || typeof window === 'undefined') return;
    const href = hrefWithSelection(window.location.href, selection, searched);
    if (href !== window.location.href) window.history.replaceState(window.history.state, '', href);
  }, [selection, searched, props.hidden]);

  // An answer that arrives after the desk has gone is dropped.
  React.useEffect(
    () => () => {
      latest.current = -1;
    },
    []
  );

  // Back from an order: focus returns to that order's link, or to the heading (opened by a link).
  React.useEffect(() => {
    const shownAgain = wasHidden.current && !props.hidden;
    wasHidden.current = props.hidden;
    if (!shownAgain) return;
    const link = props.returnFocusTo === undefined ? null : root.current?.querySelector<HTMLElement>(`[data-order-link="${props.returnFocusTo}"]`);
    (link || heading.current)?.focus();
  }, [props.hidden, props.returnFocusTo]);

  React.useEffect(() => {
    if (lastPageLoaded > 0) statusRef.current?.focus();
  }, [lastPageLoaded]);

  const shown = React.useMemo(
    () => sortQueue(items.map((s) => props.changed[s.id] ?? s), props.now, !searched && selection.status === 'open'),
    [items, props.changed, props.now, searched, selection.status]
  );

  const search = (event: React.FormEvent): void => {
    event.preventDefault();
    const found = searchOf(typed);
    if (!found) {
      setTypedError(t.referenceInvalid);
      return;
    }
    setTypedError('');
    setTyped(found.value);
    setSearched(found.value);
  };

  const clearSearch = (): void => {
    setSearched(null);
    setTyped('');
    setTypedError('');
  };

  const choose = (change: Partial<QueueSelection>): void => {
    setSearched(null);
    setSelection((current) => ({ ...current, ...change }));
  };

  const names = catalogueNames(catalogue);
  const byName = (a: IDropdownOption, b: IDropdownOption): number => compareSwedish(a.text, b.text);
  const areaOptions: IDropdownOption[] = [
    { key: '', text: t.allAreas },
    ...[...catalogue.areas].sort((a, b) => a.sortOrder - b.sortOrder).map((a) => ({ key: a.key, text: a.title }))
  ];
  const ranked = new Set(catalogue.rankings.map((r) => r.supplierKey));
  const supplierOptions: IDropdownOption[] = [
    { key: '', text: t.allSuppliers },
    ...catalogue.suppliers.filter((s) => ranked.has(s.key) || s.key === selection.supplierKey).map((s) => ({ key: s.key, text: s.name })).sort(byName)
  ];
  const organisationOptions: IDropdownOption[] = [
    { key: '', text: t.allOrganisations },
    ...catalogue.organisations.map((o) => ({ key: o.key, text: o.name })).sort(byName)
  ];
  const statusOptions: IDropdownOption[] = [
    { key: 'open', text: t.openStatuses },
    { key: 'Antagen', text: t.runningStatuses },
    { key: 'all', text: t.allStatuses },
    ...ORDER_STATUSES.filter((s) => s !== 'Antagen').map((s) => ({ key: s, text: statusLabel(lang, s) }))
  ];
  const dropdownStyles = { root: { minWidth: 200, maxWidth: '100%' } };

  const countText = shown.length === 1 ? t.oneCount : format(t.count, { count: shown.length });
  let status = '';
  if (phase === 'ready' && searched && searchedKind === 'reference') status = shown.length > 0 ? format(t.referenceFound, { reference: searched }) : '';
  else if (phase === 'ready' && searched) status = shown.length > 0 ? `${format(t.textFound, { count: shown.length, text: searched })}${next ? ` ${t.moreExist}` : ''}` : '';
  else if (phase === 'ready' && shown.length > 0) status = next ? `${countText} ${selection.status === 'open' ? t.moreOpenExist : t.moreExist}` : countText;

  return (
    <div ref={root} hidden={props.hidden}>
      <Stack tokens={{ childrenGap: 16 }}>
        <h2 ref={heading} tabIndex={-1} style={{ fontSize: 20, fontWeight: 600, margin: 0, outline: 'none' }}>
          {t.queue}
        </h2>
        <Text as="p" block>
          {t.queueIntro}
        </Text>
        <form role="search" aria-label={t.referenceLabel} onSubmit={search} noValidate>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="start">
            <TextField
              label={t.referenceLabel}
              description={typedError ? undefined : t.referenceDescription}
              value={typed}
              onChange={(_e, value) => setTyped(value || '')}
              errorMessage={typedError || undefined}
              autoComplete="off"
              spellCheck={false}
              styles={{ root: { minWidth: 240 } }}
            />
            <PrimaryButton type="submit" text={t.search} styles={{ root: { marginTop: 29 } }} />
            {searched && <DefaultButton text={t.clearSearch} onClick={clearSearch} styles={{ root: { marginTop: 29 } }} />}
          </Stack>
        </form>
        <div role="group" aria-label={t.filters}>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
            <Dropdown
              label={t.statusFilter}
              options={statusOptions}
              selectedKey={selection.status}
              onChange={(_e, option) => option && isStatusChoice(String(option.key)) && choose({ status: option.key as QueueSelection['status'] })}
              styles={{ root: { width: 340, maxWidth: '100%' } }}
            />
            <Dropdown
              label={t.areaFilter}
              options={areaOptions}
              selectedKey={selection.areaKey}
              onChange={(_e, option) => option && choose({ areaKey: String(option.key) })}
              styles={dropdownStyles}
            />
            <Dropdown
              label={t.supplierFilter}
              options={supplierOptions}
              selectedKey={selection.supplierKey}
              onChange={(_e, option) => option && choose({ supplierKey: String(option.key) })}
              styles={dropdownStyles}
            />
            <Dropdown
              label={t.organisationFilter}
              options={organisationOptions}
              selectedKey={selection.organisationKey}
              onChange={(_e, option) => option && choose({ organisationKey: String(option.key) })}
              styles={dropdownStyles}
            />
            {!isDefaultSelection(selection) && <DefaultButton text={t.clearFilters} onClick={() => choose(DEFAULT_SELECTION)} />}
            <DefaultButton iconProps={{ iconName: 'Refresh' }} text={t.refresh} onClick={() => setReload((n) => n + 1)} disabled={phase === 'loading' || phase === 'more'} />
            <QueueExport
              read={(token) => services.orders.listQueue(query, token)}
              order={(orders) => sortQueue(orders, props.now, !searched && selection.status === 'open')}
              catalogue={catalogue}
              now={props.now}
            />
          </Stack>
        </div>
        <div role="status" aria-live="polite" ref={statusRef} tabIndex={-1} style={{ outline: 'none' }}>
          {status}
        </div>
        {phase === 'ready' && searched && shown.length === 0 && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {searchedKind === 'reference' ? format(t.referenceNotFound, { reference: searched }) : format(t.textNotFound, { text: searched })}
          </MessageBar>
        )}
        {phase === 'loading' && <Loading label={t.loadingOrders} />}
        {phase === 'error' && error && !error.token && <LoadError error={error.error} onRetry={() => void load()} message={t.queueFailed} />}
        {phase !== 'loading' && !(phase === 'error' && error && !error.token) && shown.length === 0 && !searched && (
          <EmptyState title={isDefaultSelection(selection) ? t.emptyOpen : t.empty} />
        )}
        {phase !== 'loading' && shown.length > 0 && (
          <QueueTable
            orders={shown}
            now={props.now}
            caption={searched ? format(t.captionSearch, { reference: searched }) : t.caption}
            names={names}
            catalogue={catalogue}
            hrefFor={props.hrefFor}
            onOpen={props.onOpen}
          />
        )}
        {phase === 'error' && error && error.token && <LoadError error={error.error} onRetry={() => void load(error.token)} message={t.queueFailed} />}
        {next && phase !== 'loading' && !(phase === 'error' && error?.token) && (
          <div>
            <DefaultButton text={phase === 'more' ? t.loadingOrders : t.more} onClick={() => void load(next)} disabled={phase === 'more'} />
          </div>
        )}
      </Stack>
    </div>
  );
}

interface TableProps {
  orders: StoredOrder[];
  now: Date;
  caption: string;
  names: ReturnType<typeof catalogueNames>;
  catalogue?: Catalogue;
  hrefFor: (id: number) => string;
  onOpen: (stored: StoredOrder) => void;
}

/** Narrower than this (Teams on a phone, a one-third SharePoint column) the queue is a list, not a table. */
const LIST_BELOW_PX = 600;

/** Whether the element is narrower than `px`, following its size (not the window's: a web part sits in a column). */
function useNarrow(ref: React.RefObject<HTMLElement>, px: number): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = (): void => setNarrow(el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().width < px);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, px]);
  return narrow;
}

interface RowFacts {
  stored: StoredOrder;
  area: string;
  organisation: string;
  status: string;
  supplier: string;
  deadline: string;
  submitted: string;
  overdue: boolean;
  unsent: boolean;
  rankingFlag: boolean;
}

function QueueTable(props: TableProps): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const theme = useTheme();
  const box = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(box, LIST_BELOW_PX);
  const rows: RowFacts[] = props.orders.map((stored) => {
    const { order } = stored;
    const supplier = order.ranking.find((r) => r.supplierKey === order.assignedSupplierKey)?.supplierName || props.names.supplier(order.assignedSupplierKey);
    return {
      stored,
      area: props.names.area(order.areaKey),
      organisation: props.names.organisation(order.organisationKey),
      status: statusLabel(lang, order.status),
      supplier: order.assignedSupplierKey ? `${supplier} (${format(t.rankShort, { rank: order.assignedRank })})` : '–',
      deadline: order.status === 'Väntar på svar' && order.answerDeadline ? formatDateTime(order.answerDeadline, lang === 'en-US' ? 'en' : 'sv') : '–',
      submitted: order.submittedAt ? formatDateTime(order.submittedAt, lang === 'en-US' ? 'en' : 'sv') : '–',
      overdue: isOverdue(order, props.now),
      unsent: unsentTooLong({ id: stored.id, ...order }, props.now),
      rankingFlag: !!props.catalogue && rankingNeedsAttention(stored, props.catalogue)
    };
  });
  const orderLink = (stored: StoredOrder): JSX.Element => (
    <>
      <Link
        href={props.hrefFor(stored.id)}
        data-order-link={stored.id}
        onClick={(event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey) return;
          event.preventDefault();
          props.onOpen(stored);
        }}
      >
        {stored.order.reference}
      </Link>
      {stored.unreadable && <UnreadableBadge />}
    </>
  );
  const overdueNote = <strong style={{ display: 'block', color: theme.semanticColors.errorText }}><Icon iconName="Warning" aria-hidden="true" style={{ marginRight: 4 }} />{t.overdue}</strong>;
  const unsentNote = (
    <strong style={{ display: 'block', color: theme.semanticColors.warningText ?? theme.semanticColors.errorText }}>
      <Icon iconName="Clock" aria-hidden="true" style={{ marginRight: 4 }} />
      {t.unsentTooLong}
    </strong>
  );
  // One description of a row's fields, laid out as a table or, when narrow, as a list.
  const columns: Column[] = [
    { label: t.colArea, listText: true, content: (row) => row.area },
    { label: t.colOrganisation, listText: true, content: (row) => row.organisation },
    { label: t.colStatus, content: (row) => row.status },
    { label: t.colSupplier, content: (row) => <>{row.supplier}{row.rankingFlag && <RankingFlag />}</> },
    { label: t.colDeadline, content: (row) => <>{row.deadline}{row.overdue && overdueNote}</> },
    { label: t.colSubmitted, content: (row) => <>{row.submitted}{row.unsent && unsentNote}</> }
  ];
  const layout: LayoutProps = { rows, caption: props.caption, link: orderLink, columns, listText: listTextProps(lang) };
  return <div ref={box}>{narrow ? <QueueList {...layout} /> : <QueueRows {...layout} />}</div>;
}

interface Column {
  label: string;
  /** List content (names as the lists have them): marked with its language on English pages. */
  listText?: boolean;
  content: (row: RowFacts) => React.ReactNode;
}

interface LayoutProps {
  rows: RowFacts[];
  caption: string;
  link: (stored: StoredOrder) => JSX.Element;
  columns: Column[];
  listText: ReturnType<typeof listTextProps>;
}

function QueueList({ rows, caption, link, columns, listText }: LayoutProps): JSX.Element {
  const theme = useTheme();
  const term: React.CSSProperties = { fontWeight: 600, margin: 0 };
  const value: React.CSSProperties = { margin: '0 0 4px 0', overflowWrap: 'anywhere' };
  return (
    <>
      <h3 style={{ fontSize: 14, fontWeight: 600, margin: '4px 0' }}>{caption}</h3>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={caption}>
        {rows.map((row) => (
          <li key={row.stored.id} data-reference={row.stored.order.reference} style={{ borderBottom: `1px solid ${theme.palette.neutralLight}`, padding: '8px 0' }}>
            <div style={{ fontWeight: 600 }}>{link(row.stored)}</div>
            <dl style={{ margin: '4px 0 0 0' }}>
              {columns.map((column) => (
                <React.Fragment key={column.label}>
                  <dt style={term}>{column.label}</dt>
                  <dd style={value} {...(column.listText ? listText : {})}>{column.content(row)}</dd>
                </React.Fragment>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

function QueueRows({ rows, caption, link, columns, listText }: LayoutProps): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  const cell: React.CSSProperties = { textAlign: 'left', padding: '8px 12px', borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top' };
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>{t.colReference}</th>
            {columns.map((column) => (
              <th key={column.label} scope="col" style={cell}>{column.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stored.id} data-reference={row.stored.order.reference}>
              <th scope="row" style={cell}>{link(row.stored)}</th>
              {columns.map((column) => (
                <td key={column.label} style={cell} {...(column.listText ? listText : {})}>{column.content(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
