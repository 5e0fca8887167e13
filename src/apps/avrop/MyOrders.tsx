// "Mina avrop": the signed-in person's own orders, newest first, a page at a time. Each order
// opens to show its details and history, and can be cancelled until a supplier has accepted it.
// Each order says what happens next and how to reach the handlers; a search narrows the orders
// loaded so far (not the server: an orderer's own orders are few, and "Visa fler" extends it).
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, TextField, useTheme } from '@fluentui/react';
import type { CurrentUser, OrderRepository, PageToken, StoredOrder } from '../../data/ports';
import { allowedActions } from '../../domain/cascade';
import { showDate, showDateTime } from '../../components/pageFormat';
import { ListText } from '../../components/ListText';
import type { Catalogue, Order } from '../../domain/types';
import { EmptyState, LoadError, Loading } from '../../components/LoadStates';
import { OrderTrail } from '../../components/OrderTrail';
import { format, formatNodes, LangContext, useStrings } from '../../i18n/strings';
import { CancelOrderDialog, CancelOutcome } from './CancelOrderDialog';
import { adaptationLabel, formatLabel, statusLabel, strings } from './strings';
import { UnreadableNotice } from '../../components/UnreadableOrder';
import { NextStep } from './NextStep';
import { orderMatches, orderSubject, searchWords } from './myOrdersModel';
import { MailNotice } from '../../components/MailNotice';
import type { MailOutcome, Notifications } from '../../data/mail/notifier';
import type { MailLanguage } from '../../domain/notifications';

interface Notice {
  type: MessageBarType;
  text: string;
  /** After a cancellation: the contact person's mail; [] while it is on its way. */
  mail?: MailOutcome[];
  mailPending?: boolean;
}

export interface MyOrdersProps {
  orders: OrderRepository;
  user: CurrentUser;
  catalogue: Catalogue;
  now: () => Date;
  onNew: () => void;
  /** The order handlers' shared mailbox, for the contact link; without it the contact text has no address. */
  handlersMailbox?: string;
  /** Called once, when the first page has loaded or failed. */
  onSettled?: () => void;
  /** Tells the contact person (copy to the handlers) of her cancellation, after it is saved. */
  notifications?: Notifications;
  lang?: MailLanguage;
}

function supplierName(order: Order, catalogue: Catalogue): string {
  if (!order.assignedSupplierKey) return '';
  return (
    order.ranking.find((r) => r.supplierKey === order.assignedSupplierKey)?.supplierName ||
    catalogue.suppliers.find((s) => s.key === order.assignedSupplierKey)?.name ||
    order.assignedSupplierKey
  );
}

function supplierLabel(order: Order, catalogue: Catalogue, template: string, none: string): React.ReactNode {
  const name = supplierName(order, catalogue);
  return name ? formatNodes(template, { supplier: <ListText>{name}</ListText>, rank: order.assignedRank }) : none;
}

export function MyOrders(props: MyOrdersProps): JSX.Element {
  const t = useStrings(strings);
  const [items, setItems] = React.useState<StoredOrder[]>([]);
  const [next, setNext] = React.useState<PageToken | undefined>();
  const [phase, setPhase] = React.useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = React.useState<Error | undefined>();
  const [loadingMore, setLoadingMore] = React.useState(false);
  const [moreError, setMoreError] = React.useState<Error | undefined>();
  const [expanded, setExpanded] = React.useState<ReadonlySet<number>>(() => new Set<number>());
  const [notices, setNotices] = React.useState<Record<number, Notice>>({});
  const [cancelling, setCancelling] = React.useState<StoredOrder | undefined>();
  const [query, setQuery] = React.useState('');
  const [focusTarget, setFocusTarget] = React.useState<{ id: string; n: number } | undefined>();
  const pendingFocus = React.useRef<string | undefined>();
  const settled = React.useRef(false);
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    []
  );

  const settle = (): void => {
    if (settled.current) return;
    settled.current = true;
    props.onSettled?.();
  };

  const loadFirst = React.useCallback(async () => {
    setPhase('loading');
    try {
      const page = await props.orders.listMine(props.user.id);
      if (!live.current) return;
      setItems(page.items);
      setNext(page.next);
      setPhase('ready');
    } catch (e) {
      if (!live.current) return;
      setError(e as Error);
      setPhase('error');
    }
    settle();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.orders, props.user.id]);

  React.useEffect(() => {
    void loadFirst();
  }, [loadFirst]);

  const loadMore = async (): Promise<void> => {
    if (!next || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await props.orders.listMine(props.user.id, next);
      if (!live.current) return;
      const known = new Set(items.map((s) => s.id));
      const added = page.items.filter((s) => !known.has(s.id));
      setItems((current) => [...current, ...added]);
      setNext(page.next);
      // The first new order the search lets through; when none does, focus stays on the button.
      const shown = added.filter((s) => orderMatches(s.order, props.catalogue, words));
      if (shown.length > 0) setFocusTarget({ id: headingId(shown[0].id), n: Date.now() });
    } catch (e) {
      if (live.current) setMoreError(e as Error);
    }
    if (live.current) setLoadingMore(false);
  };

  React.useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const words = searchWords(query);
  const visible = items.filter((s) => orderMatches(s.order, props.catalogue, words));
  const countText =
    words.length === 0
      ? items.length === 1
        ? t.mineCountOne
        : format(t.mineCount, { count: items.length })
      : visible.length === 0
        ? format(t.mineSearchNone, { total: items.length })
        : format(visible.length === 1 ? t.mineSearchCountOne : t.mineSearchCount, { count: visible.length, total: items.length });

  const replace = (stored: StoredOrder): void => setItems((current) => current.map((s) => (s.id === stored.id ? stored : s)));

  const onCancelDone = (outcome: CancelOutcome): void => {
    const id = cancelling ? cancelling.id : 0;
    if (outcome.kind === 'cancelled') {
      replace(outcome.stored);
      const notice = { type: MessageBarType.success, text: format(t.cancelDone, { reference: outcome.stored.order.reference }) };
      const entry = outcome.stored.order.trail[outcome.stored.order.trail.length - 1];
      const notifications = props.notifications;
      setNotices((n) => ({ ...n, [id]: notifications && entry ? { ...notice, mail: [], mailPending: true } : notice }));
      if (notifications && entry) {
        void notifications
          .ordererCancelled(outcome.stored, entry, props.catalogue, props.lang ?? 'sv-SE', props.user.loginName)
          .catch((): MailOutcome => ({ kind: 'noRecipient', purpose: 'statusChange' }))
          .then((mail) => setNotices((n) => ({ ...n, [id]: { ...notice, mail: [mail], mailPending: false } })));
      }
    } else {
      if (outcome.fresh) replace(outcome.fresh);
      setNotices((n) => ({ ...n, [id]: { type: MessageBarType.warning, text: t.concurrency } }));
    }
    pendingFocus.current = noticeId(id);
  };

  const newButton = (
    <div>
      <PrimaryButton text={t.newOrder} iconProps={{ iconName: 'Add' }} onClick={props.onNew} />
    </div>
  );
  if (phase === 'loading') {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {newButton}
        <Loading label={t.mineLoading} />
      </Stack>
    );
  }
  if (phase === 'error' && error) {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {newButton}
        <LoadError error={error} onRetry={() => void loadFirst()} message={t.mineFailed} />
      </Stack>
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState title={t.mineEmpty}>
        <p>{t.mineEmptyHint}</p>
        <PrimaryButton text={t.newOrder} onClick={props.onNew} iconProps={{ iconName: 'Add' }} />
      </EmptyState>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {newButton}
      <div style={{ maxWidth: 480 }}>
        <TextField
          label={t.mineSearchLabel}
          type="search"
          value={query}
          onChange={(_e, value) => setQuery(value || '')}
          description={next ? `${t.mineSearchHint} ${t.mineSearchMoreHint}` : t.mineSearchHint}
          autoComplete="off"
        />
      </div>
      <div role="status" aria-live="polite">
        {countText}
      </div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {visible.map((stored) => (
          <li key={stored.id} style={{ margin: '0 0 12px' }}>
            <OrderItem
              stored={stored}
              catalogue={props.catalogue}
              now={props.now}
              expanded={expanded.has(stored.id)}
              notice={notices[stored.id]}
              mailbox={props.handlersMailbox}
              onNew={props.onNew}
              onToggle={() =>
                setExpanded((current) => {
                  const nextSet = new Set(current);
                  if (nextSet.has(stored.id)) nextSet.delete(stored.id);
                  else nextSet.add(stored.id);
                  return nextSet;
                })
              }
              onCancel={() => {
                setNotices((n) => {
                  const rest = { ...n };
                  delete rest[stored.id];
                  return rest;
                });
                setCancelling(stored);
              }}
            />
          </li>
        ))}
      </ul>
      {moreError && <LoadError error={moreError} onRetry={() => void loadMore()} message={t.mineFailed} />}
      {next && !moreError && (
        <div>
          <DefaultButton text={loadingMore ? t.loadingMore : t.more} onClick={() => void loadMore()} disabled={loadingMore} />
        </div>
      )}
      {cancelling && (
        <CancelOrderDialog
          key={cancelling.id}
          stored={cancelling}
          orders={props.orders}
          user={props.user}
          now={props.now}
          onClose={() => undefined}
          onDone={onCancelDone}
          onDismissed={() => {
            setCancelling(undefined);
            const target = pendingFocus.current;
            pendingFocus.current = undefined;
            if (target) setFocusTarget({ id: target, n: Date.now() });
          }}
        />
      )}
    </Stack>
  );
}

function headingId(id: number): string {
  return `avrop-order-${id}`;
}

function noticeId(id: number): string {
  return `avrop-order-${id}-notice`;
}

function OrderItem(props: {
  stored: StoredOrder;
  catalogue: Catalogue;
  now: () => Date;
  expanded: boolean;
  notice?: Notice;
  mailbox?: string;
  onNew: () => void;
  onToggle: () => void;
  onCancel: () => void;
}): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const theme = useTheme();
  const { order, id } = props.stored;
  const areaName = props.catalogue.areas.find((a) => a.key === order.areaKey)?.title || order.areaKey;
  const detailsId = `avrop-order-${id}-details`;
  // A cancellation written over values that could not be read would replace them with stand-ins.
  const canCancel = !props.stored.unreadable && allowedActions(order, 'orderer', props.now()).indexOf('cancelOrder') >= 0;
  const action = props.expanded ? t.hideDetails : t.showDetails;
  const row: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0 8px', margin: '2px 0' };
  const term: React.CSSProperties = { fontWeight: 600, minWidth: 140 };
  const subject = orderSubject(order, props.catalogue);
  // Once a supplier has accepted, the start date it gave replaces the wished period.
  const started = !!order.startDate && (order.status === 'Antagen' || order.status === 'Genomförd');

  return (
    <article
      aria-labelledby={headingId(id)}
      style={{ border: `1px solid ${theme.palette.neutralQuaternary}`, borderRadius: 2, padding: '12px 16px', background: theme.semanticColors.bodyBackground }}
    >
      <h3 id={headingId(id)} tabIndex={-1} style={{ fontSize: 18, fontWeight: 600, margin: '0 0 8px' }}>
        {order.reference}{' '}
        <span style={{ fontWeight: 400 }}>
          · <ListText>{areaName}</ListText>
        </span>
      </h3>
      <dl style={{ margin: '0 0 8px' }}>
        <div style={row}>
          <dt style={term}>{t.status}</dt>
          <dd style={{ margin: 0 }}>{statusLabel(lang, order.status)}</dd>
        </div>
        <div style={row}>
          <dt style={term}>{t.supplier}</dt>
          <dd style={{ margin: 0 }}>{supplierLabel(order, props.catalogue, t.supplierRank, t.noSupplier)}</dd>
        </div>
        <div style={row}>
          <dt style={term}>{subject.kind === 'trainingAreas' ? t.subjectTrainingAreas : t.course}</dt>
          <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{subject.text ? <ListText>{subject.text}</ListText> : t.none}</dd>
        </div>
        <div style={row}>
          <dt style={term}>{t.participants}</dt>
          <dd style={{ margin: 0 }}>{String(order.participants)}</dd>
        </div>
        <div style={row}>
          <dt style={term}>{started ? t.startDate : t.period}</dt>
          <dd style={{ margin: 0 }}>
            {started ? showDate(order.startDate, lang) : format(t.periodRange, { from: showDate(order.periodFrom, lang), to: showDate(order.periodTo, lang) })}
          </dd>
        </div>
        <div style={row}>
          <dt style={term}>{t.deadline}</dt>
          <dd style={{ margin: 0 }}>{order.answerDeadline ? showDateTime(order.answerDeadline, lang) : t.notSet}</dd>
        </div>
        <div style={row}>
          <dt style={term}>{t.submitted}</dt>
          <dd style={{ margin: 0 }}>{order.submittedAt ? showDateTime(order.submittedAt, lang) : t.notSet}</dd>
        </div>
      </dl>
      <NextStep
        order={order}
        supplierName={supplierName(order, props.catalogue)}
        mailbox={props.mailbox}
        headingId={`avrop-order-${id}-next`}
        onNew={props.onNew}
      />
      {props.stored.unreadable && <UnreadableNotice reference={order.reference} columns={props.stored.unreadable} audience="orderer" />}
      {props.notice && (
        <div id={noticeId(id)} tabIndex={-1} style={{ margin: '8px 0' }}>
          <MessageBar messageBarType={props.notice.type} isMultiline>
            {props.notice.text}
          </MessageBar>
          {props.notice.mail && <MailNotice outcomes={props.notice.mail} pending={props.notice.mailPending} />}
        </div>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          text={action}
          ariaLabel={format(t.detailsFor, { action, reference: order.reference })}
          aria-expanded={props.expanded}
          aria-controls={props.expanded ? detailsId : undefined}
          iconProps={{ iconName: props.expanded ? 'ChevronUp' : 'ChevronDown' }}
          onClick={props.onToggle}
        />
        {canCancel && (
          <DefaultButton
            text={t.cancel}
            ariaLabel={`${t.cancel} ${order.reference}`}
            iconProps={{ iconName: 'Cancel' }}
            onClick={props.onCancel}
          />
        )}
      </Stack>
      {props.expanded && (
        <div id={detailsId} style={{ marginTop: 12 }}>
          <OrderDetails order={order} catalogue={props.catalogue} />
          {!canCancel && order.status === 'Antagen' && (
            <p style={{ color: theme.semanticColors.bodySubtext }}>{t.cancelNotAllowed}</p>
          )}
          <OrderTrail order={order} audience="orderer" catalogue={props.catalogue} headingLevel={4} />
        </div>
      )}
    </article>
  );
}

function OrderDetails(props: { order: Order; catalogue: Catalogue }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { order, catalogue } = props;
  const organisation = catalogue.organisations.find((o) => o.key === order.organisationKey)?.name || order.organisationKey;
  const trainingAreas = order.trainingAreaKeys.map((key) => catalogue.trainingAreas.find((ta) => ta.key === key)?.title || key);
  const course = catalogue.courses.find((c) => c.key === order.courseKey);
  const adaptations = order.adaptations.map((a) => (a === 'Annat' && order.adaptationsOther ? `${adaptationLabel(lang, a)}: ${order.adaptationsOther}` : adaptationLabel(lang, a)));
  const contact = [order.contactName, order.contactEmail, order.contactPhone].filter(Boolean).join(', ');
  const rows: Array<[string, React.ReactNode]> = [
    [t.organisation, <ListText>{organisation}</ListText>],
    [t.unit, <ListText>{order.unit}</ListText>],
    [t.contact, <ListText>{contact}</ListText>],
    [t.invoiceReference, <ListText>{order.invoiceReference}</ListText>],
    [t.trainingAreas, trainingAreas.length ? <ListText>{trainingAreas.join(', ')}</ListText> : t.none],
    [t.course, course ? <ListText>{course.code ? `${course.code} – ${course.title}` : course.title}</ListText> : order.courseKey || t.none],
    [t.need, <span style={{ whiteSpace: 'pre-wrap' }}><ListText>{order.need}</ListText></span>],
    [t.targetGroup, <ListText>{order.targetGroup}</ListText>],
    [t.participants, String(order.participants)],
    [t.format, formatLabel(lang, order.format)],
    [t.period, format(t.periodRange, { from: showDate(order.periodFrom, lang), to: showDate(order.periodTo, lang) })],
    [t.place, order.place ? <ListText>{order.place}</ListText> : t.none],
    [t.adaptations, adaptations.length ? adaptations.join(', ') : t.none],
    [t.otherInfo, order.otherInfo ? <span style={{ whiteSpace: 'pre-wrap' }}><ListText>{order.otherInfo}</ListText></span> : t.none]
  ];
  if (order.startDate) rows.push([t.startDate, showDate(order.startDate, lang)]);
  if (order.cancelledAt) rows.push([t.cancelled, showDateTime(order.cancelledAt, lang)]);
  if (order.cancelReason) rows.push([t.cancelReason, <ListText>{order.cancelReason}</ListText>]);
  // Term and value side by side where there is room; on a narrow screen the value wraps below.
  const row: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', columnGap: 16, margin: '4px 0' };
  return (
    <section>
      <h4 style={{ margin: '8px 0 4px' }}>{t.details}</h4>
      <dl style={{ margin: 0 }}>
        {rows.map(([label, value]) => (
          <div key={label} style={row}>
            <dt style={{ fontWeight: 600, flex: '0 1 220px' }}>{label}</dt>
            <dd style={{ margin: 0, flex: '1 1 240px', minWidth: 0, overflowWrap: 'break-word' }}>{value}</dd>
          </div>
        ))}
      </dl>
      {order.ranking.length > 0 && (
        <>
          <h4 style={{ margin: '12px 0 4px' }}>{t.ranking}</h4>
          <ol style={{ margin: 0, paddingLeft: 24 }}>
            {order.ranking.map((r) => (
              <li key={r.supplierKey}>
                <ListText>{r.supplierName}</ListText> ({format(t.rankLabel, { rank: r.rank })})
                {r.supplierKey === order.assignedSupplierKey && order.status !== 'Avbruten' ? ` – ${t.currentSupplier}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
