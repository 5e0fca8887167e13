// Health of a ranking beyond the rows of Rangordning: suppliers a call-off request cannot reach,
// and the ranking an order carries (frozen when the order was first handled).
import { compareSwedish, isValidRank, sortAreas } from './ranking';
import { Catalogue, RankedSupplier, Supplier } from './types';
import { EMAIL_PATTERN } from './validation';

export interface SupplierWithoutEmail {
  supplier: Supplier;
  /** Titles of the areas (not ended) whose ranking holds the supplier, in catalogue order. */
  areaTitles: string[];
}

/**
 * Suppliers whose e-mail address is missing or not an address: the call-off request is sent by
 * e-mail, so a handler would have to look the address up by hand. Sorted by name.
 */
export function suppliersWithoutEmail(catalogue: Catalogue): SupplierWithoutEmail[] {
  const areas = sortAreas(catalogue.areas).filter((a) => a.status !== 'Avslutad');
  return catalogue.suppliers
    .filter((s) => !EMAIL_PATTERN.test((s.email ?? '').trim()))
    .map((supplier) => ({
      supplier,
      areaTitles: areas.filter((a) => catalogue.rankings.some((r) => r.areaKey === a.key && r.supplierKey === supplier.key)).map((a) => a.title)
    }))
    .sort((a, b) => compareSwedish(a.supplier.name, b.supplier.name));
}

export type OrderRankingProblemKind = 'no-suppliers' | 'duplicate-rank' | 'gap' | 'invalid-rank' | 'supplier-twice';

export interface OrderRankingProblem {
  kind: OrderRankingProblemKind;
  rank?: number;
  supplierNames?: string[];
}

/**
 * What is wrong with the ranking an order carries: with a tie, a gap or a rank that is not a
 * whole number, the cascade cannot say which supplier comes next.
 */
export function orderRankingProblems(ranking: readonly RankedSupplier[]): OrderRankingProblem[] {
  if (ranking.length === 0) return [{ kind: 'no-suppliers' }];
  const problems: OrderRankingProblem[] = [];
  for (const r of ranking) if (!isValidRank(r.rank)) problems.push({ kind: 'invalid-rank', rank: r.rank, supplierNames: [r.supplierName] });
  const seenSupplier = new Set<string>();
  for (const r of ranking) {
    if (seenSupplier.has(r.supplierKey)) problems.push({ kind: 'supplier-twice', rank: r.rank, supplierNames: [r.supplierName] });
    seenSupplier.add(r.supplierKey);
  }
  const byRank = new Map<number, string[]>();
  for (const r of ranking) byRank.set(r.rank, [...(byRank.get(r.rank) ?? []), r.supplierName]);
  byRank.forEach((names, rank) => {
    if (names.length > 1) problems.push({ kind: 'duplicate-rank', rank, supplierNames: names });
  });
  const ranks = Array.from(new Set(ranking.map((r) => r.rank).filter(isValidRank))).sort((a, b) => a - b);
  const gapAt = ranks.findIndex((r, i) => r !== i + 1);
  if (gapAt >= 0) problems.push({ kind: 'gap', rank: gapAt + 1 });
  return problems;
}
