// What the desk knows about an order's ranking: that it changed after submission (and the order
// follows what was in force), that the log cannot tell because Rangordning was edited in the list
// itself, and problems in the order's ranking or in the area's ranking today.
import * as React from 'react';
import { Icon, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import type { StoredOrder } from '../../data/ports';
import { blockingRankingProblems } from '../../domain/ranking';
import { formatDateTime } from '../../domain/time';
import type { Catalogue, OrderStatus } from '../../domain/types';
import { format, LangContext, useStrings } from '../../i18n/strings';
import { orderRankingProblemText, rankingContact, rankingProblemText, rankingStrings } from '../shared/rankingText';

const FINISHED: readonly OrderStatus[] = ['Genomförd', 'Avbruten', 'Ingen leverantör'];

/** Whether a running order's ranking needs a handler's attention (for the queue's flag). */
export function rankingNeedsAttention(stored: StoredOrder, catalogue: Catalogue): boolean {
  if (FINISHED.indexOf(stored.order.status) >= 0) return false;
  const basis = stored.rankingBasis;
  return !!basis && (!!basis.uncertain || basis.problems.length > 0 || blockingRankingProblems(stored.order.areaKey, catalogue).length > 0);
}

export function RankingFlag(): JSX.Element {
  const t = useStrings(rankingStrings);
  const theme = useTheme();
  return (
    <strong style={{ display: 'block', color: theme.semanticColors.errorText }} data-ranking-flag="true">
      <Icon iconName="Warning" aria-hidden="true" style={{ marginRight: 4 }} />
      {t.deskFlag}
    </strong>
  );
}

export function RankingBasisNotice(props: { stored: StoredOrder; catalogue: Catalogue; areaTitle: string }): JSX.Element | null {
  const t = useStrings(rankingStrings);
  const lang = React.useContext(LangContext);
  const { stored, catalogue } = props;
  const basis = stored.rankingBasis;
  if (!basis || FINISHED.indexOf(stored.order.status) >= 0) return null;
  const areaProblems = blockingRankingProblems(stored.order.areaKey, catalogue);
  return (
    <div data-ranking-basis={basis.basis}>
      {basis.basis === 'history' && basis.changedAt && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {format(t.deskChanged, { at: formatDateTime(basis.changedAt, lang === 'en-US' ? 'en' : 'sv'), by: basis.changedBy || '–' })}
        </MessageBar>
      )}
      {basis.uncertain && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          <span data-ranking-uncertain={basis.uncertain}>{basis.uncertain === 'edited-in-list' ? t.deskUncertainEdited : t.deskUncertainRemoved}</span> {t.deskCheck}
        </MessageBar>
      )}
      {basis.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          <strong>{t.deskProblems}</strong>
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {basis.problems.map((p, i) => (
              <li key={i}>{orderRankingProblemText(p, props.areaTitle, lang).message}</li>
            ))}
          </ul>
          {rankingContact(lang)}
        </MessageBar>
      )}
      {areaProblems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>{t.deskAreaProblems}</strong>
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {areaProblems.map((p, i) => (
              <li key={i}>{rankingProblemText(p, lang).message}</li>
            ))}
          </ul>
          {rankingContact(lang)}
        </MessageBar>
      )}
    </div>
  );
}
