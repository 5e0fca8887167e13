// Root of the Avrop web part: "Mina avrop" (the person's own orders) and "Nytt avrop" (the order
// form). A link with ?omrade=<key> opens the form for that area; so does an unsent draft.
import * as React from 'react';
import { ActionButton, getId, Stack } from '@fluentui/react';
import type { AppProps } from '../shared/appTypes';
import type { CurrentUser, StoredOrder } from '../../data/ports';
import type { MailOutcome } from '../../data/mail/notifier';
import type { Catalogue } from '../../domain/types';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { LoadError, Loading } from '../../components/LoadStates';
import { useStrings } from '../../i18n/strings';
import { createDraftStore, draftKey, userKey } from './draft';
import { emptyValues } from './formModel';
import { MyOrders } from './MyOrders';
import { OrderForm } from './OrderForm';
import { OrderSuccess } from './OrderSuccess';
import { strings } from './strings';

export const AREA_PARAM = 'omrade';

export default function OrderApp(props: AppProps): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <OrderLoader {...props} />
    </AppFrame>
  );
}

function OrderLoader(props: AppProps): JSX.Element {
  const t = useStrings(strings);
  const state = useAsync(async () => {
    // Who she is, the catalogue and her newest orders in one $batch (services.firstReads).
    const first = await props.services.firstReads?.('mine');
    if (first?.listSite && props.env.onListSite?.(first.listSite)) return undefined;
    const [user, catalogue] = await Promise.all([props.services.user.currentUser(), props.services.catalogue.load()]);
    return { user, catalogue };
  }, [props.services]);
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} message={t.failed} />;
  // Undefined: the lists are on the tenant's list site, where the web part starts again.
  if (state.status === 'loading' || !state.data) return <Loading label={t.loading} />;
  return <OrderScreens {...props} user={state.data.user} catalogue={state.data.catalogue} />;
}

type View = 'mine' | 'form';

export interface OrderScreensProps extends AppProps {
  user: CurrentUser;
  catalogue: Catalogue;
  /** The clock; tests may pass their own. */
  now?: () => Date;
}

export function OrderScreens(props: OrderScreensProps): JSX.Element {
  // The contact line names the handlers' mailbox when the site owner has set it; without it the line still reads.
  const mailbox = useAsync(() => props.services.notifications.handlersMailbox().catch(() => ''), [props.services]);
  const t = useStrings(strings);
  const { user, catalogue } = props;
  const now = React.useMemo(() => props.now || (() => new Date()), [props.now]);
  const linkedAreaKey = React.useMemo(() => new URLSearchParams(props.env.search).get(AREA_PARAM) || '', [props.env.search]);
  const store = React.useMemo(() => createDraftStore(draftKey(props.settings.siteUrl, userKey(user))), [props.settings.siteUrl, user]);
  const [view, setView] = React.useState<View>(() => (linkedAreaKey || store.load(emptyValues(user)) ? 'form' : 'mine'));
  const [formVisited, setFormVisited] = React.useState(view === 'form');
  const [formKey, setFormKey] = React.useState(0);
  const [sent, setSent] = React.useState<StoredOrder | undefined>();
  const [mail, setMail] = React.useState<MailOutcome[] | undefined>();
  const [ready, setReady] = React.useState(view === 'form');
  const [headingFocus, setHeadingFocus] = React.useState(0);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const [formHeadingId] = React.useState(() => getId('avrop-form-heading'));

  React.useEffect(() => {
    if (headingFocus > 0) heading.current?.focus();
  }, [headingFocus]);

  const show = (next: View): void => {
    if (next === 'form') {
      setFormVisited(true);
      setReady(true);
      if (sent) {
        setSent(undefined);
        setFormKey((k) => k + 1);
      }
    }
    setView(next);
    setHeadingFocus((n) => n + 1);
  };

  const headingStyle: React.CSSProperties = { fontSize: 22, fontWeight: 600, margin: 0 };

  return (
    <div data-app-ready={ready ? 'true' : undefined}>
      {view === 'mine' && (
        <Stack tokens={{ childrenGap: 12 }}>
          <h2 ref={heading} tabIndex={-1} style={headingStyle}>
            {t.mine}
          </h2>
          <p style={{ margin: 0 }}>{t.mineIntro}</p>
          <MyOrders
            orders={props.services.orders}
            user={user}
            catalogue={catalogue}
            now={now}
            onNew={() => show('form')}
            onSettled={() => setReady(true)}
            notifications={props.services.notifications}
            lang={props.env.lang}
            handlersMailbox={mailbox.status === 'ready' ? mailbox.data : undefined}
          />
        </Stack>
      )}
      {formVisited && (
        <div hidden={view !== 'form'}>
          <div>
            <ActionButton iconProps={{ iconName: 'Back' }} text={t.backToMine} onClick={() => show('mine')} />
          </div>
          {sent ? (
            <OrderSuccess stored={sent} catalogue={catalogue} onShowMine={() => show('mine')} onAnother={() => show('form')} mail={mail} />
          ) : (
            <Stack tokens={{ childrenGap: 12 }}>
              <h2 ref={view === 'form' ? heading : undefined} id={formHeadingId} tabIndex={-1} style={headingStyle}>
                {t.newOrder}
              </h2>
              <p style={{ margin: 0 }}>{t.newOrderIntro}</p>
              <OrderForm
                key={formKey}
                catalogue={catalogue}
                user={user}
                orders={props.services.orders}
                store={store}
                linkedAreaKey={linkedAreaKey}
                now={now}
                labelledBy={formHeadingId}
                onSent={(stored) => {
                  setSent(stored);
                  setMail(undefined);
                  // After the order is stored: the handlers are told; a failure only shows.
                  void props.services.notifications.orderPlaced(stored, catalogue, props.env.lang).then(
                    (outcome) => setMail([outcome]),
                    () => setMail([])
                  );
                }}
              />
            </Stack>
          )}
        </div>
      )}
    </div>
  );
}
