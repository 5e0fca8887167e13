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
    // Side by side, not one after the other: the catalogue is everyone's to read (and shown only
    // to those who may read the records), and the rights come with the default period's first read.
    const catalogue = props.services.catalogue.load();
    catalogue.catch(() => undefined);
    const { followUp } = props.services;
    const opened = followUp.openPeriod ? followUp.openPeriod(period.from, period.to) : props.services.followUpRights().then((rights) => ({ rights, records: undefined }));
    const [{ rights, records: first }, loaded] = await Promise.all([opened, catalogue]);
    return { rights, catalogue: rights.canRead ? loaded : undefined, first: first ? { period, records: first } : undefined };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.services]);
  const canRead = access.status === 'ready' && access.data.rights.canRead;
  const first = access.status === 'ready' ? access.data.first : undefined;
  // The records that came with the rights are shown once; a period chosen later (the default
  // one again included) is read anew.
  const firstShown = React.useRef<unknown>(undefined);
  // Nothing until the rights are known: never a moment's empty scorecard before the real one.
  const records = useAsync(async () => {
    if (!canRead) return null;
    if (first && firstShown.current !== first && first.period.from === period.from && first.period.to === period.to) {
      firstShown.current = first;
      return first.records;
    }
    return props.services.followUp.recordsSubmitted(period.from, period.to);
  }, [props.services, canRead, first, period.from, period.to]);
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
