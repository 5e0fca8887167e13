import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import type { AppServices } from '../shared/services';
import type { ProvisionReport } from '../../data/provisioning/report';
import { format, useStrings } from '../shared/i18n';
import { strings } from './strings';

type Run = { status: 'idle' } | { status: 'running' } | { status: 'done'; report: ProvisionReport } | { status: 'failed'; message: string };

export function SetupPanel(props: { services: AppServices; onDone: () => void }): JSX.Element {
  const t = useStrings(strings);
  const [run, setRun] = React.useState<Run>({ status: 'idle' });
  const [log, setLog] = React.useState<string[]>([]);

  const start = async (): Promise<void> => {
    setLog([]);
    setRun({ status: 'running' });
    try {
      const report = await props.services.provision((line) => setLog((lines) => [...lines, line]));
      setRun({ status: 'done', report });
    } catch (error) {
      setRun({ status: 'failed', message: (error as Error).message });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <p style={{ margin: 0 }}>{t.setupIntro}</p>
      <div>
        <PrimaryButton text={run.status === 'running' ? t.installing : t.install} disabled={run.status === 'running'} onClick={start} />
      </div>
      {run.status === 'running' && <Spinner size={SpinnerSize.medium} label={t.installing} />}
      {run.status === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline role="status">
          {run.report.changed
            ? format(t.done, {
                created: run.report.created.length,
                updated: run.report.updated.length,
                seeded: run.report.seeded.reduce((sum, s) => sum + s.count, 0)
              })
            : t.nothingChanged}
        </MessageBar>
      )}
      {run.status === 'done' && run.report.warnings.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>{t.warnings}:</strong>
          <ul>
            {run.report.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      {run.status === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
          {format(t.failed, { message: run.message })}
        </MessageBar>
      )}
      {log.length > 0 && (
        <details open={run.status !== 'done'}>
          <summary>{t.progress}</summary>
          <ol role="log" aria-live="polite" style={{ maxHeight: 240, overflowY: 'auto', fontSize: 12 }}>
            {log.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </details>
      )}
    </Stack>
  );
}
