import * as React from 'react';
import { MessageBar, MessageBarType, Stack } from '@fluentui/react';
import { allChecks, summarize } from '../../data/provisioning/siteState';
import type { SiteState } from '../../data/provisioning/siteState';
import { format, useStrings } from '../../i18n/strings';
import { checkSentence } from './checkText';
import { ListLinks } from './ListLinks';
import { setupStrings } from './strings';

/** What the site has of what the product expects: a summary, what to fix and how, and the lists. */
export function SiteStateView(props: { state: SiteState }): JSX.Element {
  const t = useStrings(setupStrings);
  const { state } = props;
  const summary = summarize(state);
  const checks = allChecks(state);
  const problems = checks.filter((c) => c.status === 'missing' || c.status === 'different');
  const unknown = checks.filter((c) => c.status === 'unknown');
  return (
    <Stack tokens={{ childrenGap: 12 }} data-site-state={problems.length === 0 && unknown.length === 0 ? 'ok' : 'problems'}>
      <h3 style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>{t.stateHeading}</h3>
      <p style={{ margin: 0 }}>{t.stateIntro}</p>
      <MessageBar messageBarType={problems.length === 0 ? (unknown.length === 0 ? MessageBarType.success : MessageBarType.info) : MessageBarType.warning} isMultiline>
        {problems.length === 0 && unknown.length === 0 && format(t.allOk, { ok: summary.ok })}
        {problems.length > 0 && format(t.someProblems, { problems: problems.length, bySetup: summary.bySetup, manual: summary.manual })}
        {unknown.length > 0 && ` ${format(t.someUnknown, { unknown: unknown.length })}`}
      </MessageBar>
      {problems.length > 0 && (
        <div>
          <h4 style={{ fontSize: 14, fontWeight: 600, margin: '0 0 4px' }}>{t.problemsHeading}</h4>
          <ul style={{ margin: 0, paddingLeft: 20 }} data-problems="">
            {problems.map((check, i) => (
              <li key={i}>{checkSentence(check, t, state.asOwner)}</li>
            ))}
          </ul>
        </div>
      )}
      {unknown.length > 0 && (
        <details>
          <summary>{format(t.unknownHeading, {})} ({unknown.length})</summary>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {unknown.map((check, i) => (
              <li key={i}>{checkSentence(check, t, state.asOwner)}</li>
            ))}
          </ul>
        </details>
      )}
      <ListLinks lists={state.lists} asOwner={state.asOwner} />
    </Stack>
  );
}
