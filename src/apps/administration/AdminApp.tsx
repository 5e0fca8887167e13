import * as React from 'react';
import { MessageBar, MessageBarType, Stack } from '@fluentui/react';
import type { AppProps } from '../shared/appTypes';
import type { Catalogue } from '../../domain/types';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { LoadError, Loading } from '../../components/LoadStates';
import { useStrings } from '../shared/i18n';
import { strings } from './strings';
import { SetupPanel } from './SetupPanel';
import { RankingOverview } from './RankingOverview';
import { ListSiteSetting } from './ListSiteSetting';

interface AdminState {
  isOwner: boolean;
  catalogue?: Catalogue;
}

export default function AdminApp(props: AppProps): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <Admin {...props} />
    </AppFrame>
  );
}

function Admin(props: AppProps): JSX.Element {
  const t = useStrings(strings);
  const state = useAsync<AdminState>(async () => {
    const isOwner = await props.services.user.hasSiteOwnerRights();
    // Before setup the lists do not exist; that is a state to explain, not an error.
    const catalogue = await props.services.catalogue.load().catch(() => undefined);
    return { isOwner, catalogue };
  }, [props.services]);
  if (state.status === 'loading') return <Loading label={t.loading} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} />;
  return (
    <Stack tokens={{ childrenGap: 24 }} data-app-ready="true">
      <section>
        <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.setup}</h2>
        {state.data.isOwner ? (
          <SetupPanel services={props.services} onDone={state.retry} />
        ) : (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {t.noRights}
          </MessageBar>
        )}
      </section>
      <section>
        <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.listSite}</h2>
        <ListSiteSetting services={props.services} siteUrl={props.settings.siteUrl} />
      </section>
      <section>
        <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.ranking}</h2>
        {state.data.catalogue ? (
          <RankingOverview catalogue={state.data.catalogue} />
        ) : (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            {t.listsMissing}
          </MessageBar>
        )}
      </section>
    </Stack>
  );
}
