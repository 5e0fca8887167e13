// The ranking (rangordning) of suppliers per agreement area, and checks that it is usable:
// an order goes to rank 1 first and then down the list, so the list must be unambiguous.
import { joinSwedish, numberWord } from './swedishText';
import { AgreementArea, Catalogue, RankedSupplier, RankingEntry, Supplier } from './types';

export type RankingProblemKind =
  | 'duplicate-rank'
  | 'gap'
  | 'inactive-supplier'
  | 'unknown-supplier'
  | 'unknown-area'
  | 'supplier-twice'
  | 'no-suppliers';

export interface RankingProblem {
  kind: RankingProblemKind;
  areaKey: string;
  supplierKeys?: string[];
  rank?: number;
  /** Plain Swedish, naming the area and the suppliers. */
  message: string;
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
    if (row.areaKey !== areaKey || !Number.isFinite(row.rank)) continue;
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

function areaProblems(area: AgreementArea, rows: RankingEntry[], catalogue: Catalogue, suppliers: Map<string, Supplier>): RankingProblem[] {
  const problems: RankingProblem[] = [];
  const title = area.title;
  const nameOf = (key: string): string => suppliers.get(key)?.name ?? key;

  for (const row of rows) {
    if (!suppliers.has(row.supplierKey)) {
      problems.push({
        kind: 'unknown-supplier',
        areaKey: area.key,
        supplierKeys: [row.supplierKey],
        rank: row.rank,
        message: `${title}: leverantören "${row.supplierKey}" på rang ${row.rank} finns inte i leverantörslistan.`
      });
    }
  }

  const bySupplier = groupBy(rows, (r) => r.supplierKey);
  bySupplier.forEach((supplierRows, key) => {
    const supplier = suppliers.get(String(key));
    if (supplier && !supplier.active) {
      const ranks = uniqueSorted(supplierRows.map((r) => r.rank));
      problems.push({
        kind: 'inactive-supplier',
        areaKey: area.key,
        supplierKeys: [supplier.key],
        rank: ranks[0],
        message: `${title}: ${supplier.name} på rang ${joinSwedish(ranks.map(String))} är inte aktiv och får inga avrop.`
      });
    }
  });

  bySupplier.forEach((supplierRows, key) => {
    if (supplierRows.length < 2) return;
    const ranks = uniqueSorted(supplierRows.map((r) => r.rank));
    const name = nameOf(String(key));
    problems.push({
      kind: 'supplier-twice',
      areaKey: area.key,
      supplierKeys: [String(key)],
      rank: ranks[0],
      message:
        ranks.length === 1
          ? `${title}: ${name} står ${numberWord(supplierRows.length)} gånger på rang ${ranks[0]}. En leverantör ska bara stå en gång per avtalsområde.`
          : `${title}: ${name} står på flera rangplatser (${joinSwedish(ranks.map(String))}). En leverantör ska bara ha en rang per avtalsområde.`
    });
  });

  const byRank = groupBy(rows, (r) => r.rank);
  uniqueSorted(rows.map((r) => r.rank)).forEach((rank) => {
    const keys = Array.from(new Set((byRank.get(rank) as RankingEntry[]).map((r) => r.supplierKey))).sort((a, b) => compareSwedish(nameOf(a), nameOf(b)));
    if (keys.length < 2) return;
    problems.push({
      kind: 'duplicate-rank',
      areaKey: area.key,
      supplierKeys: keys,
      rank,
      message: `${title}: ${joinSwedish(keys.map(nameOf))} har ${keys.length === 2 ? 'båda' : 'alla'} rang ${rank}.`
    });
  });

  const ranks = uniqueSorted(rows.map((r) => r.rank));
  if (ranks.length > 0 && ranks.some((r, i) => r !== i + 1)) {
    const allWhole = ranks.every((r) => Number.isInteger(r) && r >= 1);
    let missing = 1;
    while (ranks.indexOf(missing) >= 0) missing++;
    problems.push({
      kind: 'gap',
      areaKey: area.key,
      rank: missing,
      message: allWhole
        ? `${title}: rang ${missing} saknas i rangordningen (rangerna är ${joinSwedish(ranks.map(String))}). Rangerna ska vara 1, 2, 3 och så vidare utan luckor.`
        : `${title}: rangerna ska vara heltal 1, 2, 3 och så vidare utan luckor, men är ${joinSwedish(ranks.map(String))}.`
    });
  }

  // A coming area without suppliers is expected; an open one cannot send any order.
  if (area.status === 'Aktiv' && area.orderingOpen && rankedSuppliers(area.key, catalogue).length === 0) {
    problems.push({
      kind: 'no-suppliers',
      areaKey: area.key,
      message: `${title} är öppet för avrop men har ingen aktiv leverantör i rangordningen, så avrop kan inte skickas.`
    });
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
    const keys = Array.from(new Set(rows.map((r) => r.supplierKey)));
    problems.push({
      kind: 'unknown-area',
      areaKey: String(areaKey),
      supplierKeys: keys,
      message: `Rangordningen har rader för avtalsområdet "${areaKey}", som inte finns (${joinSwedish(keys.map((k) => suppliers.get(k)?.name ?? k))}).`
    });
  });
  return problems;
}
