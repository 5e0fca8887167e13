// Areas left out of the form's area list because their ranking cannot be followed (a tie, a gap
// …): the orderer learns why and whom to contact instead of finding the area silently missing.
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { areaOrderingProblem } from '../../domain/orderability';
import { sortAreas } from '../../domain/ranking';
import type { Catalogue } from '../../domain/types';
import { LangContext, useStrings } from '../../i18n/strings';
import { rankingContact, rankingProblemText, rankingStrings } from '../shared/rankingText';
import { ListText } from '../../components/ListText';

export function UnavailableAreas(props: { catalogue: Catalogue }): JSX.Element | null {
  const t = useStrings(rankingStrings);
  const lang = React.useContext(LangContext);
  const blocked = sortAreas(props.catalogue.areas)
    .map((area) => ({ area, problem: areaOrderingProblem(area.key, props.catalogue) }))
    .filter((x) => x.problem?.code === 'ranking-unhealthy');
  if (blocked.length === 0) return null;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      <span data-unavailable-areas="true">{t.formUnavailable}</span>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {blocked.map(({ area, problem }) => (
          <li key={area.key} data-unavailable-area={area.key}>
            <strong>
              <ListText>{area.title}</ListText>
            </strong>
            : {(problem?.rankingProblems ?? []).map((p) => rankingProblemText(p, lang).message).join(' ')}
          </li>
        ))}
      </ul>
      {rankingContact(lang)}
    </MessageBar>
  );
}
