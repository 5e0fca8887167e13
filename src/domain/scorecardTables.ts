// The scorecard as tables: what the screen shows beside each chart and what the CSV holds, made
// once from the same figures so that the two can never disagree. Words come from the caller (the
// app's strings in the reader's language); the numbers stay numbers until they are shown.
import { CsvCell } from './csv';
import { LEAD_TIME_KEYS, LeadTimeKey, Scorecard, ScorecardFilter } from './scorecard';
import { Adaptation, CascadeReason } from './types';

export type TableId = 'overview' | 'ranks' | 'declines' | 'leadTimes' | 'adaptations' | 'gender' | 'evaluation';

export interface ScorecardTable {
  id: TableId;
  title: string;
  columns: string[];
  rows: CsvCell[][];
  /** The column a chart draws as bars (an index into `columns`), when the table has a chart. */
  chartColumn?: number;
  /** Whether a cell holds list content (a supplier's or an area's name as its list has it), not a label. */
  listCell?: (row: number, column: number) => boolean;
}

export interface TableLabels {
  titles: Record<TableId, string>;
  measure: string;
  value: string;
  overview: {
    orders: string;
    requestedParticipants: string;
    actualParticipants: string;
    completed: string;
    accepted: string;
    rankOneShare: string;
    answers: string;
    answersAfterDeadline: string;
    noSupplier: string;
    cancelled: string;
  };
  rank: string;
  rankValue: (rank: number) => string;
  orders: string;
  supplier: string;
  reason: string;
  reasons: Record<CascadeReason, string>;
  declines: string;
  leadTime: string;
  leadTimes: Record<LeadTimeKey, string>;
  measured: string;
  medianDays: string;
  p90Days: string;
  adaptation: string;
  adaptations: Record<Adaptation, string>;
  area: string;
  allAreas: string;
  reported: string;
  women: string;
  men: string;
  otherOrUnstated: string;
  /** Shown instead of a split whose group is too small. */
  tooFew: string;
  score: string;
  evaluations: string;
  meanScore: string;
}

export interface TableNames {
  area(key: string): string;
  supplier(key: string): string;
}

const pct = (share: number | undefined): number | undefined => (share === undefined ? undefined : Math.round(share * 1000) / 10);

export function scorecardTables(card: Scorecard, t: TableLabels, names: TableNames): ScorecardTable[] {
  const o = t.overview;
  const tables: ScorecardTable[] = [
    {
      id: 'overview',
      title: t.titles.overview,
      columns: [t.measure, t.value],
      rows: [
        [o.orders, card.orders],
        [o.requestedParticipants, card.requestedParticipants],
        [o.completed, card.completed],
        [o.actualParticipants, card.actualParticipants],
        [o.accepted, card.accepted],
        [o.rankOneShare, pct(card.rankOneShare)],
        [o.answers, card.answers],
        [o.answersAfterDeadline, card.answersAfterDeadline],
        [o.noSupplier, card.noSupplier],
        [o.cancelled, card.cancelled]
      ]
    },
    { id: 'ranks', title: t.titles.ranks, columns: [t.rank, t.orders], rows: card.byFinalRank.map((r) => [t.rankValue(r.rank), r.count]), chartColumn: 1 },
    {
      id: 'declines',
      title: t.titles.declines,
      columns: [t.supplier, t.reason, t.declines],
      rows: card.declines.map((d) => [names.supplier(d.supplierKey), t.reasons[d.reason], d.count]),
      chartColumn: 2,
      listCell: (_row, column) => column === 0
    },
    {
      id: 'leadTimes',
      title: t.titles.leadTimes,
      columns: [t.leadTime, t.measured, t.medianDays, t.p90Days],
      rows: LEAD_TIME_KEYS.map((key) => [t.leadTimes[key], card.leadTimes[key].count, card.leadTimes[key].median, card.leadTimes[key].p90]),
      chartColumn: 2
    },
    { id: 'adaptations', title: t.titles.adaptations, columns: [t.adaptation, t.orders], rows: card.adaptations.map((a) => [t.adaptations[a.kind], a.count]), chartColumn: 1 },
    {
      id: 'gender',
      title: t.titles.gender,
      columns: [t.area, t.reported, t.women, t.men, t.otherOrUnstated],
      rows: card.gender.map((g) => [
        g.areaKey ? names.area(g.areaKey) : t.allAreas,
        g.split ? g.reported : t.tooFew,
        g.split ? g.split.women : t.tooFew,
        g.split ? g.split.men : t.tooFew,
        g.split ? g.split.otherOrUnstated : t.tooFew
      ]),
      listCell: (row, column) => column === 0 && !!card.gender[row]?.areaKey
    },
    {
      id: 'evaluation',
      title: t.titles.evaluation,
      columns: [t.score, t.evaluations],
      rows: [...card.evaluation.byScore.map((s): CsvCell[] => [String(s.score), s.count]), [t.meanScore, card.evaluation.mean]],
      chartColumn: 1
    }
  ];
  return tables;
}

/** The CSV rows: the period and filters, then each table under its title, a blank row between. */
export function scorecardCsvRows(tables: readonly ScorecardTable[], heading: Array<[string, CsvCell]>): CsvCell[][] {
  const rows: CsvCell[][] = heading.map(([label, value]) => [label, value]);
  for (const table of tables) {
    rows.push([]);
    rows.push([table.title]);
    rows.push(table.columns);
    rows.push(...table.rows);
  }
  return rows;
}

export function filterHeading(filter: ScorecardFilter, labels: { from: string; to: string; area: string; supplier: string; organisation: string; all: string }, names: TableNames & { organisation(key: string): string }): Array<[string, CsvCell]> {
  return [
    [labels.from, { date: filter.from }],
    [labels.to, { date: filter.to }],
    [labels.area, filter.areaKey ? names.area(filter.areaKey) : labels.all],
    [labels.supplier, filter.supplierKey ? names.supplier(filter.supplierKey) : labels.all],
    [labels.organisation, filter.organisationKey ? names.organisation(filter.organisationKey) : labels.all]
  ];
}
