// The editor's draft of one area's ranking: supplier keys in rank order and Active flags changed.
// Pure list operations, so reordering by keyboard and by pointer give the same result.
import type { RankingState } from '../../data/rankingRepository';

export interface AreaDraft {
  supplierKeys: string[];
  activeChanges: Record<string, boolean>;
}

/** The area's suppliers as Rangordning holds them: by rank, rows without a supplier left out. */
export function draftFrom(state: RankingState, areaKey: string): AreaDraft {
  const keys = state.rows
    .filter((r) => r.areaKey === areaKey && r.supplierKey !== '')
    .sort((a, b) => (Number.isFinite(a.rank) ? a.rank : 999) - (Number.isFinite(b.rank) ? b.rank : 999) || a.id - b.id)
    .map((r) => r.supplierKey);
  return { supplierKeys: keys.filter((k, i) => keys.indexOf(k) === i), activeChanges: {} };
}

export function move(keys: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= keys.length || to < 0 || to >= keys.length) return keys.slice();
  const next = keys.slice();
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

export function removeAt(keys: readonly string[], index: number): string[] {
  return keys.filter((_k, i) => i !== index);
}

export function addSupplier(keys: readonly string[], key: string): string[] {
  return !key || keys.indexOf(key) >= 0 ? keys.slice() : [...keys, key];
}

export function isChanged(draft: AreaDraft, saved: AreaDraft): boolean {
  return draft.supplierKeys.join('|') !== saved.supplierKeys.join('|') || Object.keys(draft.activeChanges).length > 0;
}
