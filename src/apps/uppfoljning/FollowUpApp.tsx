import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { stockholmDate } from '../../domain/time';
import type { AppProps } from '../shared/appTypes';
import { AppFrame } from '../../components/AppFrame';
import { useAsync } from '../../components/useAsync';
import { LoadError, Loading } from '../../components/LoadStates';
import { useStrings } from '../../i18n/strings';
import { PeriodForm } from './PeriodForm';
import { Period, presetPeriod } from './periods';
import { Filters, NO_FILTERS, ScorecardView } from './ScorecardView';
import { strings } from './strings';

export default function FollowUpApp(props: AppProps): JSX.Element {
  return (
    <AppFrame env={props.env}>
      <FollowUp {...props} />
    </AppFrame>
  );
}

function FollowUp(props: AppProps): JSX.Element {
  const t = useStrings(strings);
  const today = React.useMemo(() => stockholmDate(new Date()), []);
  const [period, setPeriod] = React.useState<Period>(() => presetPeriod('last12', today));
  const [filters, setFilters] = React.useState<Filters>(NO_FILTERS);
  const access = useAsync(async () => {
    const rights = await props.services.followUpRights();
    const catalogue = rights.canRead ? await props.services.catalogue.load() : undefined;
    return { rights, catalogue };
  }, [props.services]);
  const canRead = access.status === 'ready' && access.data.rights.canRead;
  // Nothing until the rights are known: never a moment's empty scorecard before the real one.
  const records = useAsync(async () => (canRead ? props.services.followUp.recordsSubmitted(period.from, period.to) : null), [props.services, canRead, period.from, period.to]);
  if (access.status === 'loading') return <Loading label={t.loading} />;
  if (access.status === 'error') return <LoadError error={access.error} onRetry={access.retry} message={t.failed} />;
  return (
    <section data-app-ready="true">
      <h2 style={{ fontSize: 20, fontWeight: 600 }}>{t.scorecard}</h2>
      {!access.data.rights.canRead || !access.data.catalogue ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t.noRights}
        </MessageBar>
      ) : (
        <>
          <p>{t.intro}</p>
          <PeriodForm today={today} applied={period} onApply={setPeriod} />
          {records.status === 'loading' && <Loading label={t.loadingPeriod} />}
          {records.status === 'error' && <LoadError error={records.error} onRetry={records.retry} message={t.failed} />}
          {records.status === 'ready' && records.data && <ScorecardView records={records.data} period={period} catalogue={access.data.catalogue} filters={filters} onFilters={setFilters} />}
        </>
      )}
    </section>
  );
}
