import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { AppProps } from '../shared/appTypes';
import type { StoredOrder } from '../../data/ports';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { LoadError, Loading } from '../../components/LoadStates';
import { format, useStrings } from '../../i18n/strings';
import { actorOf } from '../../data/actor';
import { Desk, useNow } from './deskContext';
import { OrderPage } from './OrderPage';
import { Queue } from './Queue';
import { isDefaultSelection, selectionFromSearch } from './queueModel';
import { strings } from './strings';

/** The page query parameter that opens one order: ?avrop=<list item id>. */
const ORDER_PARAM = 'avrop';

export interface DeskAppProps extends AppProps {
  /** The current time; tests pass a fixed clock. */
  clock?: () => Date;
}

const systemClock = (): Date => new Date();

/** The raw ?avrop= value when it is there but names no order, shown back so the person sees what was wrong. */
function badOrderLink(search: string): string | undefined {
  const value = new URLSearchParams(search).get(ORDER_PARAM);
  if (value === null || orderIdFrom(search) !== undefined) return undefined;
  // Long values are cut: the message must stay readable whatever the link holds.
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function orderIdFrom(search: string): number | undefined {
  const value = new URLSearchParams(search).get(ORDER_PARAM);
  const id = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * Root of the Avropshantering web part: the order handlers' queue and order page. Only people who
 * may edit every item of the Avrop list (the handlers) get the desk; the list's permissions
 * enforce the same on the server, so hiding the actions is a courtesy, not the protection.
 */
export default function DeskApp(props: DeskAppProps): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <DeskLoader {...props} />
    </AppFrame>
  );
}

function DeskLoader(props: DeskAppProps): JSX.Element {
  const t = useStrings(strings);
  const clock = props.clock || systemClock;
  const state = useAsync(async () => {
    // One $batch for the rights, the catalogue, the handler and the queue's first rows; opened at
    // one order, the queue stays hidden and is not read.
    const fromUrl = selectionFromSearch(props.env.search);
    const opensOrder = orderIdFrom(props.env.search) !== undefined || fromUrl.reference !== null || !isDefaultSelection(fromUrl.selection);
    const first = await props.services.firstReads?.(opensOrder ? 'deskOrder' : 'desk');
    if (first?.listSite && props.env.onListSite?.(first.listSite)) return { moving: true as const };
    const rights = await props.services.orderRights();
    if (!rights.canEditAll) return { canHandle: false as const };
    const [catalogue, user] = await Promise.all([props.services.catalogue.load(), props.services.user.currentUser()]);
    return { canHandle: true as const, catalogue, actor: actorOf(user) };
  }, [props.services]);
  const desk = React.useMemo<Desk | undefined>(
    () => (state.status === 'ready' && 'canHandle' in state.data && state.data.canHandle ? { services: props.services, catalogue: state.data.catalogue, actor: state.data.actor, clock } : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.status, props.services, clock]
  );
  // The lists are on the tenant's list site: the web part starts again there.
  if (state.status === 'loading' || (state.status === 'ready' && 'moving' in state.data)) return <Loading label={t.loading} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} message={t.failed} />;
  if (!desk) {
    return (
      <div data-app-ready="true">
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t.noRights}
        </MessageBar>
      </div>
    );
  }
  return (
    <div data-app-ready="true">
      <DeskScreens desk={desk} search={props.env.search} />
    </div>
  );
}

interface Opened {
  id: number;
  initial?: StoredOrder;
}

function DeskScreens(props: { desk: Desk; search: string }): JSX.Element {
  const t = useStrings(strings);
  const now = useNow(props.desk.clock);
  const [opened, setOpened] = React.useState<Opened | undefined>(() => {
    const id = orderIdFrom(props.search);
    return id ? { id } : undefined;
  });
  const [badLink, setBadLink] = React.useState(() => badOrderLink(props.search));
  const [lastOpened, setLastOpened] = React.useState<number>();
  const [changed, setChanged] = React.useState<Record<number, StoredOrder>>({});
  const changedRef = React.useRef(changed);
  changedRef.current = changed;

  React.useEffect(() => {
    const onPop = (): void => {
      const id = orderIdFrom(window.location.search);
      setOpened(id ? { id, initial: changedRef.current[id] } : undefined);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const hrefFor = (id: number): string => {
    const url = new URL(window.location.href);
    url.searchParams.set(ORDER_PARAM, String(id));
    return url.pathname + url.search;
  };

  const navigate = (id: number | undefined): void => {
    const url = new URL(window.location.href);
    if (id) url.searchParams.set(ORDER_PARAM, String(id));
    else url.searchParams.delete(ORDER_PARAM);
    window.history.pushState({}, '', url.toString());
  };

  const open = (stored: StoredOrder): void => {
    setBadLink(undefined);
    navigate(stored.id);
    setLastOpened(stored.id);
    setOpened({ id: stored.id, initial: changed[stored.id] ?? stored });
    window.scrollTo?.(0, 0);
  };

  const back = (): void => {
    navigate(undefined);
    setOpened(undefined);
  };

  const onChanged = React.useCallback((stored: StoredOrder) => setChanged((current) => ({ ...current, [stored.id]: stored })), []);

  return (
    <>
      {badLink !== undefined && !opened && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline onDismiss={() => setBadLink(undefined)} dismissButtonAriaLabel={t.closeMessage}>
          {format(t.badOrderLink, { value: badLink })}
        </MessageBar>
      )}
      <Queue
        desk={props.desk}
        now={now}
        hidden={!!opened}
        changed={changed}
        returnFocusTo={opened ? undefined : lastOpened}
        hrefFor={hrefFor}
        onOpen={open}
      />
      {opened && <OrderPage key={opened.id} desk={props.desk} now={now} id={opened.id} initial={opened.initial} onBack={back} onChanged={onChanged} />}
    </>
  );
}
