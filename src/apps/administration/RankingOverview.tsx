import * as React from 'react';
import { useTheme } from '@fluentui/react';
import type { Catalogue } from '../../domain/types';
import { rankedSuppliers, rankingProblems, sortAreas } from '../../domain/ranking';
import { useStrings } from '../shared/i18n';
import { strings } from './strings';
import { RankingHealth } from './RankingHealth';

export function RankingOverview(props: { catalogue: Catalogue }): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  const problems = rankingProblems(props.catalogue);
  const cell: React.CSSProperties = { textAlign: 'left', padding: '6px 12px', borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top' };
  return (
    <div>
      <p>{t.rankingIntro}</p>
      <RankingHealth catalogue={props.catalogue} problems={problems} />
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
                    <th scope="row" style={cell}>{area.title}</th>
                    <td style={cell}>–</td>
                    <td style={cell}>{t.none}</td>
                  </tr>
                );
              }
              return ranked.map((r, i) => (
                <tr key={`${area.key}-${r.supplierKey}`}>
                  {i === 0 && (
                    <th scope="row" rowSpan={ranked.length} style={cell}>
                      {area.title}
                    </th>
                  )}
                  <td style={cell}>{r.rank}</td>
                  <td style={cell}>{r.supplierName}</td>
                </tr>
              ));
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
