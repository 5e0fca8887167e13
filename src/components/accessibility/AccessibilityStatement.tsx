// Loaded with import() from StatementFooter only when someone opens the statement, so its text
// costs the apps nothing at first load.
import * as React from 'react';
import { Link, Panel, PanelType } from '@fluentui/react';
import type { Lang } from '../../i18n/lang';
import { useStrings } from '../../i18n/strings';
import { strings } from './strings';
import { Inline, STATEMENT_EN, STATEMENT_SV } from './statementContent';

function Runs(props: { runs: Inline[]; newWindow: string }): JSX.Element {
  return (
    <>
      {props.runs.map((run, i) =>
        typeof run === 'string' ? (
          <React.Fragment key={i}>{run}</React.Fragment>
        ) : (
          // Teams tabs cannot navigate away from the tab: links open in a new window, and say so.
          <Link key={i} href={run.href} target="_blank" rel="noopener noreferrer" underline>
            {run.text} {props.newWindow}
          </Link>
        )
      )}
    </>
  );
}

export default function AccessibilityStatement(props: { lang: Lang; isOpen: boolean; onDismiss: () => void }): JSX.Element {
  const t = useStrings(strings);
  const statement = props.lang === 'en-US' ? STATEMENT_EN : STATEMENT_SV;
  const paragraphs = (list: Inline[][] | undefined): React.ReactNode =>
    (list || []).map((runs, i) => (
      <p key={i}>
        <Runs runs={runs} newWindow={t.newWindow} />
      </p>
    ));
  return (
    <Panel
      isOpen={props.isOpen}
      onDismiss={props.onDismiss}
      type={PanelType.medium}
      headerText={statement.title}
      closeButtonAriaLabel={t.close}
      isLightDismiss
      lang={props.lang === 'en-US' ? 'en' : 'sv'}
    >
      {paragraphs(statement.intro)}
      {statement.sections.map((section) => (
        <section key={section.heading}>
          <h2 style={{ fontSize: 18, fontWeight: 600, margin: '20px 0 8px' }}>{section.heading}</h2>
          {paragraphs(section.paragraphs)}
          {section.items && (
            <ul>
              {section.items.map((runs, i) => (
                <li key={i} style={{ marginBottom: 6 }}>
                  <Runs runs={runs} newWindow={t.newWindow} />
                </li>
              ))}
            </ul>
          )}
          {paragraphs(section.after)}
        </section>
      ))}
    </Panel>
  );
}
