// The ranking's health for list owners: each problem with what to do about it, and the suppliers
// a call-off request cannot be e-mailed to. Read from the lists at every load, so problems made
// by editing Rangordning in SharePoint itself show up here too.
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { Catalogue, RankingProblem } from '../../domain';
import { suppliersWithoutEmail } from '../../domain';
import { LangContext, format, formatNodes, useStrings } from '../../i18n/strings';
import { ListText } from '../../components/ListText';
import { WithSiteNames, withSiteNames } from '../../components/SiteNames';
import { rankingProblemParts, rankingStrings } from '../shared/rankingText';
import { strings } from './strings';

export function ProblemList(props: { problems: RankingProblem[] }): JSX.Element {
  const lang = React.useContext(LangContext);
  const t = useStrings(strings);
  return (
    <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
      {props.problems.map((p, i) => {
        const parts = rankingProblemParts(p, lang);
        const values: Record<string, React.ReactNode> = { ...parts.values };
        for (const name of parts.names) values[name] = <ListText>{parts.values[name]}</ListText>;
        return (
          <li key={i} data-problem={p.kind}>
            {withSiteNames(formatNodes(parts.message, values))}{' '}
            <span>
              <strong>{t.fixLabel}</strong> {withSiteNames(formatNodes(parts.fix, values))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function RankingHealth(props: { catalogue: Catalogue; problems: RankingProblem[] }): JSX.Element {
  const t = useStrings(strings);
  const r = useStrings(rankingStrings);
  const blocking = props.problems.filter((p) => p.blocking);
  const tidying = props.problems.filter((p) => !p.blocking);
  const noEmail = suppliersWithoutEmail(props.catalogue);
  return (
    <div>
      {props.problems.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {t.rankingOk}
        </MessageBar>
      ) : null}
      {blocking.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          <strong>{t.problemsBlocking}</strong>
          <ProblemList problems={blocking} />
        </MessageBar>
      )}
      {tidying.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>{t.problemsTidying}</strong>
          <ProblemList problems={tidying} />
        </MessageBar>
      )}
      {noEmail.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>{format(t.noEmailHeading, { count: noEmail.length })}</strong> <WithSiteNames text={r.noEmailFix} />
          <ul style={{ margin: '4px 0', paddingLeft: 20 }} data-no-email="true">
            {noEmail.map((s) => (
              <li key={s.supplier.key}>
                {formatNodes(r.noEmail, { supplier: <ListText>{s.supplier.name}</ListText> })}
                {s.areaTitles.length > 0 && <> {formatNodes(r.noEmailAreas, { areas: <ListText>{s.areaTitles.join(', ')}</ListText> })}</>}
              </li>
            ))}
          </ul>
        </MessageBar>
      )}
    </div>
  );
}
