// One key figure: its chart (bars, hidden from assistive technology) beside a table with the same
// numbers, which is what screen readers, the print view and the CSV use.
import * as React from 'react';
import { ListText } from '../../components/ListText';
import { useTheme } from '@fluentui/react';
import type { CsvCell } from '../../domain/csv';
import type { ScorecardTable } from '../../domain/scorecardTables';

export type CellFormat = (cell: CsvCell) => string;

function numeric(cell: CsvCell): number | undefined {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : undefined;
}

function Bars(props: { table: ScorecardTable; format: CellFormat }): JSX.Element | null {
  const theme = useTheme();
  const column = props.table.chartColumn;
  if (column === undefined) return null;
  const rows = props.table.rows.filter((row) => numeric(row[column]) !== undefined);
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((row) => numeric(row[column])!));
  const label = (row: CsvCell[]): string => (props.table.id === 'declines' ? `${props.format(row[0])}, ${props.format(row[1])}` : props.format(row[0]));
  return (
    <div aria-hidden="true" className="uf-chart" style={{ flex: '1 1 260px', minWidth: 0 }}>
      {rows.map((row, i) => (
        <div key={i} style={{ margin: '0 0 6px' }}>
          <div style={{ fontSize: 12, overflowWrap: 'anywhere' }}>{label(row)}</div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <div
              style={{
                width: `${Math.max(1, (numeric(row[column])! / max) * 100)}%`,
                maxWidth: 'calc(100% - 48px)',
                height: 14,
                background: theme.palette.themePrimary,
                border: `1px solid ${theme.palette.neutralPrimary}`,
                printColorAdjust: 'exact',
                WebkitPrintColorAdjust: 'exact'
              } as React.CSSProperties}
            />
            <span style={{ fontSize: 12 }}>{props.format(row[column])}</span>
          </div>
        </div>
      ))}
    </div>
  );
}

export function ScorecardSection(props: { table: ScorecardTable; format: CellFormat; note?: string }): JSX.Element {
  const { table, format } = props;
  const headingId = `uf-${table.id}`;
  return (
    <section className="uf-section" aria-labelledby={headingId} style={{ margin: '16px 0 24px' }}>
      <h3 id={headingId} style={{ fontSize: 16, fontWeight: 600, margin: '0 0 8px' }}>
        {table.title}
      </h3>
      {props.note && <p style={{ margin: '0 0 8px' }}>{props.note}</p>}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
        <Bars table={table} format={format} />
        <div role="region" aria-labelledby={headingId} tabIndex={0} className="uf-table-wrap" style={{ flex: '1 1 300px', minWidth: 0, overflowX: 'auto' }}>
          <table data-table-id={table.id} style={{ borderCollapse: 'collapse', width: '100%' }}>
            <caption style={{ textAlign: 'left', position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{table.title}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col" style={{ textAlign: i === 0 ? 'left' : 'right', padding: '4px 8px', borderBottom: '1px solid currentColor' }}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: '4px 8px' }}>
                        {table.listCell?.(r, i) ? <ListText>{format(cell)}</ListText> : format(cell)}
                      </th>
                    ) : (
                      <td key={i} style={{ textAlign: numeric(cell) !== undefined ? 'right' : 'left', padding: '4px 8px' }}>
                        {table.listCell?.(r, i) ? <ListText>{format(cell)}</ListText> : format(cell)}
                      </td>
                    )
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
