import * as React from 'react';
import { WithSiteNames } from '../../components/SiteNames';
import { MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack } from '@fluentui/react';
import type { AppServices } from '../shared/services';
import type { ProvisionReport } from '../../data/provisioning/report';
import type { ProvisionProgress } from '../../data/provisioning/provisionSite';
import { classifyFailure } from '../../data/errors';
import { format, useStrings } from '../../i18n/strings';
import { setupStrings, strings } from './strings';

type Run = { status: 'idle' } | { status: 'running'; progress?: ProvisionProgress } | { status: 'done'; report: ProvisionReport } | { status: 'failed'; error: unknown };

/**
 * Runs setup with a progress bar and ends with what it did. `onDone` is called after every run
 * that got anywhere, a failed one included: the page reads the site again in place, without a reload.
 */
export function SetupPanel(props: { services: AppServices; onDone: () => void }): JSX.Element {
  const t = useStrings(strings);
  const s = useStrings(setupStrings);
  const [run, setRun] = React.useState<Run>({ status: 'idle' });
  const [log, setLog] = React.useState<string[]>([]);
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    []
  );

  const start = async (): Promise<void> => {
    setLog([]);
    setRun({ status: 'running' });
    try {
      const report = await props.services.provision(
        (line) => live.current && setLog((lines) => [...lines, line]),
        (progress) => live.current && setRun({ status: 'running', progress })
      );
      if (live.current) setRun({ status: 'done', report });
    } catch (error) {
      if (live.current) setRun({ status: 'failed', error });
    }
    props.onDone();
  };

  const stepText = (p: ProvisionProgress): string =>
    format(s.step, { n: p.index + 1, total: p.total, what: p.step === 'list' ? format(s.step_list, { list: p.list ?? '' }) : s[`step_${p.step}` as const] });

  const failure = run.status === 'failed' ? classifyFailure(run.error) : undefined;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <p style={{ margin: 0 }}>
        <WithSiteNames text={t.setupIntro} />
      </p>
      <div>
        <PrimaryButton text={run.status === 'running' ? t.installing : t.install} disabled={run.status === 'running'} onClick={start} />
      </div>
      {run.status === 'running' && (
        <ProgressIndicator
          label={t.installing}
          description={run.progress ? stepText(run.progress) : undefined}
          percentComplete={run.progress ? run.progress.index / run.progress.total : undefined}
          ariaValueText={run.progress ? stepText(run.progress) : t.installing}
        />
      )}
      {run.status === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline role="status" data-setup="done">
          {run.report.changed
            ? format(t.done, {
                created: run.report.created.length,
                updated: run.report.updated.length,
                seeded: run.report.seeded.reduce((sum, x) => sum + x.count, 0)
              })
            : t.nothingChanged}
        </MessageBar>
      )}
      {run.status === 'done' && run.report.warnings.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>{s.warningsLead}</strong>
          <ul>
            {run.report.warnings.map((w, i) => (
              <li key={i} lang="sv">{w}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      {run.status === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-setup="failed" data-failure={failure}>
          {failure === 'forbidden' ? (
            s.setupForbidden
          ) : (
            <>
              {s.setupStopped} {failure === 'transient' ? s.fail_transient : <code data-technical="">{String((run.error as Error)?.message ?? run.error)}</code>} {s.setupResume}
            </>
          )}
        </MessageBar>
      )}
      {log.length > 0 && (
        <details>
          <summary>{s.logSummary}</summary>
          <ol role="log" lang="sv" style={{ maxHeight: 240, overflowY: 'auto', fontSize: 12 }}>
            {log.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </details>
      )}
    </Stack>
  );
}
