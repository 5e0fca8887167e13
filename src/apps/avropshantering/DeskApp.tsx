import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { AppProps } from '../shared/appTypes';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { LoadError, Loading } from '../../components/LoadStates';
import { PagedOrders } from '../../components/PagedOrders';
import { ORDERS } from '../../schema/lists';
import { defineStrings, useStrings } from '../shared/i18n';

const strings = defineStrings({
  sv: {
    loading: 'Hämtar avropskön…',
    queue: 'Avropskö',
    caption: 'Avrop som väntar på handläggning',
    empty: 'Inga avrop väntar just nu.',
    noRights: 'Du saknar behörighet att hantera avrop. Avropshantering är till för utbildningsenhetens avropshandläggare; be en webbplatsägare lägga till dig i gruppen för avropshandläggare om du ska hantera avrop.'
  },
  en: {
    loading: 'Loading the order queue…',
    queue: 'Order queue',
    caption: 'Orders waiting to be handled',
    empty: 'No orders are waiting right now.',
    noRights: 'You do not have the rights to handle orders. The order desk is for the training unit’s order handlers; ask a site owner to add you to the order handlers group if you are to handle orders.'
  }
});

/** Root of the Avropshantering web part: the handlers' queue (actions come with the order desk screens). */
export default function DeskApp(props: AppProps): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <Desk {...props} />
    </AppFrame>
  );
}

function Desk(props: AppProps): JSX.Element {
  const t = useStrings(strings);
  const state = useAsync(async () => {
    const rights = await props.services.user.listRights(ORDERS.title);
    const catalogue = rights.canEditAll ? await props.services.catalogue.load() : undefined;
    return { rights, catalogue };
  }, [props.services]);
  const load = React.useCallback((page?: string) => props.services.orders.listQueue({ statuses: ['Ny', 'Väntar på svar'] }, page), [props.services]);
  if (state.status === 'loading') return <Loading label={t.loading} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} />;
  if (!state.data.rights.canEditAll) {
    return (
      <div data-app-ready="true">
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t.noRights}
        </MessageBar>
      </div>
    );
  }
  return (
    <section data-app-ready="true">
      <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.queue}</h2>
      <PagedOrders load={load} catalogue={state.data.catalogue} caption={t.caption} empty={t.empty} />
    </section>
  );
}
