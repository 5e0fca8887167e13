// The queue as a CSV for Excel: every order the current selection matches (all its pages, not only
// the loaded ones), in the queue's own order, up to a limit that keeps the browser responsive.
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import type { Page, PageToken, StoredOrder } from '../../data/ports';
import { toCsv } from '../../domain/csv';
import type { Catalogue } from '../../domain/types';
import { downloadCsv } from '../../components/csvDownload';
import { format, LangContext, useStrings } from '../../i18n/strings';
import { queueCsvRows } from './queueExport';
import { strings } from './strings';

export const QUEUE_EXPORT_LIMIT = 5000;

interface Props {
  read: (token?: PageToken) => Promise<Page<StoredOrder>>;
  /** The queue's order for what was read (the same as on screen). */
  order: (orders: StoredOrder[]) => StoredOrder[];
  catalogue: Catalogue;
  now: Date;
}

type State = { phase: 'idle' } | { phase: 'reading'; count: number } | { phase: 'done'; count: number; capped: boolean } | { phase: 'failed' };

export function QueueExport(props: Props): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const [state, setState] = React.useState<State>({ phase: 'idle' });
  const alive = React.useRef(true);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    []
  );

  const run = async (): Promise<void> => {
    setState({ phase: 'reading', count: 0 });
    try {
      const rows: StoredOrder[] = [];
      let token: PageToken | undefined;
      do {
        const page = await props.read(token);
        rows.push(...page.items);
        token = page.next;
        if (!alive.current) return;
        setState({ phase: 'reading', count: rows.length });
      } while (token && rows.length < QUEUE_EXPORT_LIMIT);
      const seen = new Set<number>();
      const unique = rows.filter((s) => !seen.has(s.id) && !!seen.add(s.id)).slice(0, QUEUE_EXPORT_LIMIT);
      const day = props.now.toISOString().slice(0, 10);
      downloadCsv(format(t.queueExportFile, { day }), toCsv(queueCsvRows(props.order(unique), props.catalogue, t, lang, props.now)));
      setState({ phase: 'done', count: unique.length, capped: !!token });
    } catch {
      if (alive.current) setState({ phase: 'failed' });
    }
  };

  return (
    <div>
      <DefaultButton text={t.queueExportCsv} iconProps={{ iconName: 'Download' }} onClick={() => void run()} disabled={state.phase === 'reading'} />
      <div role="status" aria-live="polite">
        {state.phase === 'reading' && format(t.queueExporting, { count: state.count })}
        {state.phase === 'done' && (state.capped ? format(t.queueExportCapped, { count: state.count }) : format(t.queueExported, { count: state.count }))}
      </div>
      {state.phase === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {t.queueExportFailed}
        </MessageBar>
      )}
    </div>
  );
}
