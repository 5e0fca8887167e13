// Which ranking was in force when an order was submitted. Rangordning holds the ranking as it is
// now; every change made in Administration is logged (before and after, at a time SharePoint
// sets) in a list only list owners write. An order submitted before a logged change was under
// that change's "before". A change made directly in the SharePoint list leaves no log entry, only
// a later Modified time on the rows: then the desk cannot be sure and says so.
import { rankedSuppliers } from './ranking';
import { Catalogue, RankedSupplier } from './types';

/** One row of an area's ranking as logged or read: `rowKey` tells rows apart (opaque to the domain). */
export interface RankingRow {
  rowKey: string;
  supplierKey: string;
  supplierName: string;
  rank: number;
  active: boolean;
}

/** One logged change of one area's ranking. */
export interface RankingChange {
  areaKey: string;
  /** ISO time SharePoint gave the log entry. */
  at: string;
  by: string;
  before: RankingRow[];
  after: RankingRow[];
  /** The latest Modified among the area's rows (and their suppliers) when the change was loaded. */
  basisModified: string;
}

/** An area's ranking as Rangordning holds it now. */
export interface AreaRankingNow {
  rows: RankingRow[];
  /** The latest Modified among the area's rows and their suppliers; '' when there are none. */
  latestModified: string;
}

export type InForceUncertainty = 'edited-in-list' | 'row-removed-in-list';

export interface RankingInForce {
  ranking: RankedSupplier[];
  /** 'history': the ranking changed after submission and this is what it was before. */
  basis: 'current' | 'history';
  /** The first logged change after submission (basis 'history'). */
  changedAt?: string;
  changedBy?: string;
  /** Set when the log cannot tell what was in force: Rangordning was edited in the list itself. */
  uncertain?: InForceUncertainty;
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** The ranked suppliers the rows give, by the same rule as the catalogue (active, each once, rank then name). */
export function rankedFromRows(areaKey: string, rows: readonly RankingRow[]): RankedSupplier[] {
  const catalogue: Catalogue = {
    areas: [],
    trainingAreas: [],
    courses: [],
    organisations: [],
    suppliers: rows.filter((r) => r.supplierKey !== '').map((r) => ({ key: r.supplierKey, name: r.supplierName, active: r.active, email: '' })),
    rankings: rows.map((r) => ({ areaKey, supplierKey: r.supplierKey, rank: r.rank }))
  };
  return rankedSuppliers(areaKey, catalogue);
}

function removedRows(earlier: readonly RankingRow[], later: readonly RankingRow[]): boolean {
  const keys = new Set(later.map((r) => r.rowKey));
  return earlier.some((r) => !keys.has(r.rowKey));
}

/**
 * The ranking of `areaKey` in force at `submittedAt`. `changes` may hold any areas and any order.
 * Rows removed in the list (not through Administration) leave no time behind, so a removal found
 * between two logged states makes the answer uncertain; edits in place are placed by Modified.
 */
export function rankingInForceAt(areaKey: string, submittedAt: string, now: AreaRankingNow, changes: readonly RankingChange[]): RankingInForce {
  const at = time(submittedAt);
  const log = changes.filter((c) => c.areaKey === areaKey).slice().sort((a, b) => time(a.at) - time(b.at));
  const nextIndex = log.findIndex((c) => time(c.at) > at);
  if (nextIndex >= 0) {
    const next = log[nextIndex];
    const previous = nextIndex > 0 ? log[nextIndex - 1] : undefined;
    const result: RankingInForce = { ranking: rankedFromRows(areaKey, next.before), basis: 'history', changedAt: next.at, changedBy: next.by };
    if (next.basisModified && time(next.basisModified) > at) result.uncertain = 'edited-in-list';
    else if (previous && removedRows(previous.after, next.before)) result.uncertain = 'row-removed-in-list';
    return result;
  }
  const result: RankingInForce = { ranking: rankedFromRows(areaKey, now.rows), basis: 'current' };
  const last = log[log.length - 1];
  if (now.latestModified && time(now.latestModified) > at) result.uncertain = 'edited-in-list';
  else if (last && removedRows(last.after, now.rows)) result.uncertain = 'row-removed-in-list';
  return result;
}
