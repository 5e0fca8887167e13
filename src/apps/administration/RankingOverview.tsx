import * as React from 'react';
import { MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import type { Catalogue } from '../../domain/types';
import { rankedSuppliers, rankingProblems, sortAreas } from '../../domain/ranking';
import { useStrings } from '../../i18n/strings';
import { ListText } from '../../components/ListText';
import { WithSiteNames } from '../../components/SiteNames';
import { strings } from './strings';
import { RankingHealth } from './RankingHealth';
import { RankingEditor } from './RankingEditor';
import { editorStrings } from './rankingEditorStrings';
import { useAsync } from '../../components/useAsync';
import type { AppServices } from '../shared/services';
import { RANKING_CHANGES, RANKINGS } from '../../schema/lists';

/** Whether this person may edit the ranking: add and edit every item of Rangordning and add to its log. */
function useCanEdit(services: AppServices | undefined): boolean | undefined {
  const rights = useAsync(async () => {
    if (!services?.rankings) return false;
    const [rows, log] = await Promise.all([services.user.listRights(RANKINGS.title), services.user.listRights(RANKING_CHANGES.title)]);
    return rows.canAdd && rows.canEditAll && log.canAdd;
  }, [services]);
  return rights.status === 'ready' ? rights.data : rights.status === 'error' ? false : undefined;
}

export function RankingOverview(props: { catalogue: Catalogue; services?: AppServices }): JSX.Element {
  const t = useStrings(strings);
  const e = useStrings(editorStrings);
  const canEdit = useCanEdit(props.services);
  const theme = useTheme();
  const problems = rankingProblems(props.catalogue);
  const cell: React.CSSProperties = { textAlign: 'left', padding: '6px 12px', borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top' };
  return (
    <div>
      <p>
        <WithSiteNames text={t.rankingIntro} />
      </p>
      <RankingHealth catalogue={props.catalogue} problems={problems} />
      {canEdit && props.services?.rankings ? <RankingEditor catalogue={props.catalogue} rankings={props.services.rankings} /> : null}
      {canEdit === false && props.services && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          <span data-ranking-no-rights="true">{e.noRights}</span>
        </MessageBar>
      )}
      {/* On a 320 px screen the table scrolls inside its own box (WCAG 1.4.10 allows it for data tables), not the page; focusable so the keyboard can scroll it. */}
      <div role="region" aria-label={t.tableCaption} tabIndex={0} style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', marginTop: 16, width: '100%' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>{t.area}</th>
              <th scope="col" style={cell}>{t.rank}</th>
              <th scope="col" style={cell}>{t.supplier}</th>
            </tr>
          </thead>
          <tbody>
            {sortAreas(props.catalogue.areas).map((area) => {
              const ranked = rankedSuppliers(area.key, props.catalogue);
              if (ranked.length === 0) {
                return (
                  <tr key={area.key}>
                    <th scope="row" style={cell}>
                      <ListText>{area.title}</ListText>
                    </th>
                    <td style={cell}>–</td>
                    <td style={cell}>{t.none}</td>
                  </tr>
                );
              }
              return ranked.map((r, i) => (
                <tr key={`${area.key}-${r.supplierKey}`}>
                  {i === 0 && (
                    <th scope="row" rowSpan={ranked.length} style={cell}>
                      <ListText>{area.title}</ListText>
                    </th>
                  )}
                  <td style={cell}>{r.rank}</td>
                  <td style={cell}>
                    <ListText>{r.supplierName}</ListText>
                  </td>
                </tr>
              ));
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
