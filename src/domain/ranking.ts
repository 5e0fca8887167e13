// The ranking (rangordning) of suppliers per agreement area, and checks that it is usable:
// an order goes to rank 1 first and then down the list, so the list must be unambiguous.
import { joinSwedish, numberWord } from './swedishText';
import { AgreementArea, Catalogue, RankedSupplier, RankingEntry, Supplier } from './types';

export type RankingProblemKind =
  | 'duplicate-rank'
  | 'gap'
  | 'invalid-rank'
  | 'inactive-supplier'
  | 'unknown-supplier'
  | 'deleted-supplier'
  | 'unknown-area'
  | 'supplier-twice'
  | 'no-suppliers';

export interface RankingProblem {
  kind: RankingProblemKind;
  areaKey: string;
  /** The area's title, or its key when the area does not exist: for messages in any language. */
  areaTitle: string;
  supplierKeys?: string[];
  /** Names of `supplierKeys`, same order (the key when the supplier is not in Leverantörer). */
  supplierNames?: string[];
  rank?: number;
  /** Every rank involved (the ranks written, for gaps and invalid ranks). */
  ranks?: number[];
  /**
   * Whether the problem makes it unclear where an order goes, so the area takes no orders until
   * it is fixed. An inactive supplier is skipped by the cascade, so it only needs tidying.
   */
  blocking: boolean;
  /** Plain Swedish, naming the area and the suppliers. */
  message: string;
}

/** Problems that leave it unclear (or impossible) which supplier an order goes to. */
export const BLOCKING_RANKING_PROBLEMS: readonly RankingProblemKind[] = [
  'duplicate-rank',
  'gap',
  'invalid-rank',
  'unknown-supplier',
  'deleted-supplier',
  'supplier-twice',
  'no-suppliers'
];

function problem(fields: Omit<RankingProblem, 'blocking'>): RankingProblem {
  return { ...fields, blocking: BLOCKING_RANKING_PROBLEMS.indexOf(fields.kind) >= 0 };
}

/** A rank an order can follow: a whole number from 1 up. */
export function isValidRank(rank: number): boolean {
  return typeof rank === 'number' && Number.isInteger(rank) && rank >= 1;
}

/** Swedish alphabetical order, so that Å, Ä and Ö sort after Z. */
export function compareSwedish(a: string, b: string): number {
  const byLocale = a.localeCompare(b, 'sv');
  if (byLocale !== 0) return byLocale;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Catalogue order: sortOrder, then title, then key so that the order never depends on input order. */
export function compareAreas(a: AgreementArea, b: AgreementArea): number {
  return a.sortOrder - b.sortOrder || compareSwedish(a.title, b.title) || compareSwedish(a.key, b.key);
}

export function sortAreas(areas: readonly AgreementArea[]): AgreementArea[] {
  return areas.slice().sort(compareAreas);
}

/**
 * Active suppliers of an area in rank order, each once (at its best rank). Ranks are kept as
 * written in Rangordning, so an inactive rank 1 leaves the list starting at rank 2. Ties go to
 * the supplier whose name comes first alphabetically.
 */
export function rankedSuppliers(areaKey: string, catalogue: Catalogue): RankedSupplier[] {
  const suppliers = new Map<string, Supplier>(catalogue.suppliers.map((s) => [s.key, s]));
  const best = new Map<string, RankedSupplier>();
  for (const row of catalogue.rankings) {
    if (row.areaKey !== areaKey || !Number.isFinite(row.rank) || row.supplierKey === '') continue;
    const supplier = suppliers.get(row.supplierKey);
    if (!supplier || !supplier.active) continue;
    const previous = best.get(supplier.key);
    if (!previous || row.rank < previous.rank) best.set(supplier.key, { rank: row.rank, supplierKey: supplier.key, supplierName: supplier.name });
  }
  return Array.from(best.values()).sort(
    (a, b) => a.rank - b.rank || compareSwedish(a.supplierName, b.supplierName) || compareSwedish(a.supplierKey, b.supplierKey)
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | number): Map<string | number, T[]> {
  const groups = new Map<string | number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function uniqueSorted(numbers: readonly number[]): number[] {
  return Array.from(new Set(numbers)).sort((a, b) => a - b);
}

function areaProblems(area: AgreementArea, allRows: RankingEntry[], catalogue: Catalogue, suppliers: Map<string, Supplier>): RankingProblem[] {
  const problems: RankingProblem[] = [];
  const title = area.title;
  const base = { areaKey: area.key, areaTitle: title };
  const nameOf = (key: string): string => suppliers.get(key)?.name ?? key;

  // A row whose supplier lookup is empty: the supplier was deleted from Leverantörer.
  const rows = allRows.filter((row) => row.supplierKey !== '');
  for (const row of allRows) {
    if (row.supplierKey !== '') continue;
    problems.push(
      problem({
        kind: 'deleted-supplier',
        ...base,
        rank: row.rank,
        ranks: [row.rank],
        message: `${title}: raden på rang ${row.rank} pekar på en leverantör som har tagits bort ur leverantörslistan.`
      })
    );
  }

  for (const row of rows) {
    if (!suppliers.has(row.supplierKey)) {
      problems.push(
        problem({
          kind: 'unknown-supplier',
          ...base,
          supplierKeys: [row.supplierKey],
          supplierNames: [row.supplierKey],
          rank: row.rank,
          message: `${title}: leverantören "${row.supplierKey}" på rang ${row.rank} finns inte i leverantörslistan.`
        })
      );
    }
  }

  for (const row of rows) {
    if (isValidRank(row.rank)) continue;
    problems.push(
      problem({
        kind: 'invalid-rank',
        ...base,
        supplierKeys: [row.supplierKey],
        supplierNames: [nameOf(row.supplierKey)],
        rank: row.rank,
        ranks: [row.rank],
        message: `${title}: ${nameOf(row.supplierKey)} har ${Number.isFinite(row.rank) ? `rang ${row.rank}` : 'ingen rang'}. En rang ska vara ett heltal från 1 och uppåt.`
      })
    );
  }

  const bySupplier = groupBy(rows, (r) => r.supplierKey);
  bySupplier.forEach((supplierRows, key) => {
    const supplier = suppliers.get(String(key));
    if (supplier && !supplier.active) {
      const ranks = uniqueSorted(supplierRows.map((r) => r.rank));
      problems.push(
        problem({
          kind: 'inactive-supplier',
          ...base,
          supplierKeys: [supplier.key],
          supplierNames: [supplier.name],
          rank: ranks[0],
          ranks,
          message: `${title}: ${supplier.name} på rang ${joinSwedish(ranks.map(String))} är inte aktiv och får inga avrop.`
        })
      );
    }
  });

  bySupplier.forEach((supplierRows, key) => {
    if (supplierRows.length < 2) return;
    const ranks = uniqueSorted(supplierRows.map((r) => r.rank));
    const name = nameOf(String(key));
    problems.push(
      problem({
        kind: 'supplier-twice',
        ...base,
        supplierKeys: [String(key)],
        supplierNames: [name],
        rank: ranks[0],
        ranks,
        message:
          ranks.length === 1
            ? `${title}: ${name} står ${numberWord(supplierRows.length)} gånger på rang ${ranks[0]}. En leverantör ska bara stå en gång per avtalsområde.`
            : `${title}: ${name} står på flera rangplatser (${joinSwedish(ranks.map(String))}). En leverantör ska bara ha en rang per avtalsområde.`
      })
    );
  });

  const byRank = groupBy(rows, (r) => r.rank);
  uniqueSorted(rows.map((r) => r.rank)).forEach((rank) => {
    const keys = Array.from(new Set((byRank.get(rank) as RankingEntry[]).map((r) => r.supplierKey))).sort((a, b) => compareSwedish(nameOf(a), nameOf(b)));
    if (keys.length < 2) return;
    problems.push(
      problem({
        kind: 'duplicate-rank',
        ...base,
        supplierKeys: keys,
        supplierNames: keys.map(nameOf),
        rank,
        message: `${title}: ${joinSwedish(keys.map(nameOf))} har ${keys.length === 2 ? 'båda' : 'alla'} rang ${rank}.`
      })
    );
  });

  // Gaps among the ranks that can be followed at all; rank 0 or 2,5 is its own problem above.
  const ranks = uniqueSorted(rows.map((r) => r.rank).filter(isValidRank));
  if (ranks.length > 0 && ranks.some((r, i) => r !== i + 1)) {
    let missing = 1;
    while (ranks.indexOf(missing) >= 0) missing++;
    problems.push(
      problem({
        kind: 'gap',
        ...base,
        rank: missing,
        ranks,
        message: `${title}: rang ${missing} saknas i rangordningen (rangerna är ${joinSwedish(ranks.map(String))}). Rangerna ska vara 1, 2, 3 och så vidare utan luckor.`
      })
    );
  }

  // A coming area without suppliers is expected; an open one cannot send any order.
  if (area.status === 'Aktiv' && area.orderingOpen && rankedSuppliers(area.key, catalogue).length === 0) {
    problems.push(
      problem({
        kind: 'no-suppliers',
        ...base,
        message: `${title} är öppet för avrop men har ingen aktiv leverantör i rangordningen, så avrop kan inte skickas.`
      })
    );
  }
  return problems;
}

/**
 * Everything in the ranking that would make an order go to the wrong supplier, or nowhere.
 * Ended areas ('Avslutad') take no orders, so their ranking is not checked.
 */
export function rankingProblems(catalogue: Catalogue): RankingProblem[] {
  const suppliers = new Map<string, Supplier>(catalogue.suppliers.map((s) => [s.key, s]));
  const rowsByArea = groupBy(catalogue.rankings, (r) => r.areaKey);
  const problems: RankingProblem[] = [];
  for (const area of sortAreas(catalogue.areas)) {
    if (area.status === 'Avslutad') continue;
    problems.push(...areaProblems(area, rowsByArea.get(area.key) ?? [], catalogue, suppliers));
  }
  const known = new Set(catalogue.areas.map((a) => a.key));
  rowsByArea.forEach((rows, areaKey) => {
    if (known.has(String(areaKey))) return;
    const keys = Array.from(new Set(rows.map((r) => r.supplierKey).filter((k) => k !== '')));
    const names = keys.map((k) => suppliers.get(k)?.name ?? k);
    problems.push(
      problem({
        kind: 'unknown-area',
        areaKey: String(areaKey),
        areaTitle: String(areaKey),
        supplierKeys: keys,
        supplierNames: names,
        message: `Rangordningen har rader för avtalsområdet "${areaKey}", som inte finns (${joinSwedish(names)}).`
      })
    );
  });
  return problems;
}

/** The problems of one area's ranking, in the order rankingProblems gives them. */
export function areaRankingProblems(areaKey: string, catalogue: Catalogue): RankingProblem[] {
  const area = catalogue.areas.find((a) => a.key === areaKey);
  if (!area || area.status === 'Avslutad') return [];
  const suppliers = new Map<string, Supplier>(catalogue.suppliers.map((s) => [s.key, s]));
  return areaProblems(area, catalogue.rankings.filter((r) => r.areaKey === areaKey), catalogue, suppliers);
}

/** The problems that stop an area from taking orders (empty when its ranking can be followed). */
export function blockingRankingProblems(areaKey: string, catalogue: Catalogue): RankingProblem[] {
  return areaRankingProblems(areaKey, catalogue).filter((p) => p.blocking);
}
