import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { AppProps } from '../shared/appTypes';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { LoadError, Loading } from '../../components/LoadStates';
import { PagedOrders } from '../../components/PagedOrders';
import { defineStrings, useStrings } from '../shared/i18n';

const strings = defineStrings({
  sv: {
    loading: 'Hämtar uppföljningen…',
    scorecard: 'Styrkort',
    intro: 'Styrkortet med mätetal (antal avrop, andel till rang 1, ledtider och deltagare) byggs ut i nästa version. Här visas de senaste genomförda avropen.',
    caption: 'Genomförda avrop, senaste först',
    empty: 'Inga genomförda avrop ännu.',
    noRights: 'Du saknar behörighet att läsa alla avrop. Be en webbplatsägare lägga till dig i gruppen för uppföljning.'
  },
  en: {
    loading: 'Loading the follow-up…',
    scorecard: 'Scorecard',
    intro: 'The scorecard with key figures (orders, rank-1 share, lead times and participants) is extended in the next version. The latest completed orders are shown here.',
    caption: 'Completed orders, newest first',
    empty: 'No completed orders yet.',
    noRights: 'You do not have the rights to read all orders. Ask a site owner to add you to the follow-up group.'
  }
});

export default function FollowUpApp(props: AppProps): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <FollowUp {...props} />
    </AppFrame>
  );
}

function FollowUp(props: AppProps): JSX.Element {
  const t = useStrings(strings);
  const state = useAsync(async () => {
    const rights = await props.services.orderRights();
    const catalogue = rights.canReadAll ? await props.services.catalogue.load() : undefined;
    return { rights, catalogue };
  }, [props.services]);
  const load = React.useCallback((page?: string) => props.services.orders.listQueue({ statuses: ['Genomförd'] }, page), [props.services]);
  if (state.status === 'loading') return <Loading label={t.loading} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} />;
  return (
    <section data-app-ready="true">
      <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.scorecard}</h2>
      {state.data.rights.canReadAll ? (
        <>
          <p>{t.intro}</p>
          <PagedOrders load={load} catalogue={state.data.catalogue} caption={t.caption} empty={t.empty} />
        </>
      ) : (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t.noRights}
        </MessageBar>
      )}
    </section>
  );
}
