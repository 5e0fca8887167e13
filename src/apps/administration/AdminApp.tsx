import * as React from 'react';
import { Stack } from '@fluentui/react';
import type { AppProps } from '../shared/appTypes';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { Loading } from '../../components/LoadStates';
import { useStrings } from '../../i18n/strings';
import { strings } from './strings';
import { SiteSection } from './SiteSection';
import { FailureNotice } from './FailureNotice';
import { RankingOverview } from './RankingOverview';
import { ListSiteSetting } from './ListSiteSetting';
import { HandlersMailboxSetting } from './HandlersMailboxSetting';

export default function AdminApp(props: AppProps): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <Admin {...props} />
    </AppFrame>
  );
}

function Admin(props: AppProps): JSX.Element {
  const t = useStrings(strings);
  const access = useAsync(() => props.services.user.hasSiteOwnerRights(), [props.services]);
  // Read again after each setup run, in place: the setup report stays on screen.
  const [installs, setInstalls] = React.useState(0);
  const catalogue = useAsync(() => props.services.catalogue.load(), [props.services, installs]);
  if (access.status === 'loading' || (catalogue.status === 'loading' && installs === 0)) return <Loading label={t.loading} />;
  if (access.status === 'error') {
    return (
      <div data-app-ready="true">
        <FailureNotice error={access.error} onRetry={access.retry} />
      </div>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 24 }} data-app-ready="true">
      <section>
        <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.setup}</h2>
        <SiteSection services={props.services} isOwner={access.data} onInstalled={() => setInstalls((n) => n + 1)} />
      </section>
      <section>
        <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.mailbox}</h2>
        <HandlersMailboxSetting services={props.services} canEdit={access.data} />
      </section>
      <section>
        <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.listSite}</h2>
        <ListSiteSetting services={props.services} siteUrl={props.settings.siteUrl} />
      </section>
      <section>
        <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.ranking}</h2>
        {catalogue.status === 'ready' && <RankingOverview catalogue={catalogue.data} services={props.services} />}
        {catalogue.status === 'error' && <FailureNotice error={catalogue.error} onRetry={catalogue.retry} />}
        {catalogue.status === 'loading' && <Loading label={t.loading} />}
      </section>
    </Stack>
  );
}
