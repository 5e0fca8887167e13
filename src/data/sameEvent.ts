// How the data layer recognises an event it may already have written: an audit row in
// Avropshändelser, or the entry on an order's Trail after a MERGE whose answer was lost.
import { OrderTrailEntry } from '../domain/types';

function secondOf(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : NaN;
}

/**
 * The audit row's identity: everything the row stores about the event except free text, with the
 * time to the second (SharePoint keeps no milliseconds). Two different events cannot share it:
 * a second event in the same second would have to repeat the same move by the same person.
 */
export function auditKey(entry: OrderTrailEntry): string {
  return JSON.stringify([
    entry.kind,
    entry.fromStatus,
    entry.toStatus,
    entry.fromSupplierKey,
    entry.toSupplierKey,
    entry.fromRank ?? null,
    entry.toRank ?? null,
    entry.reason,
    entry.by,
    secondOf(entry.at)
  ]);
}

/** The Trail keeps entries as JSON, milliseconds included: equal time, kind and person is the same entry. */
export function isSameTrailEntry(a: OrderTrailEntry, b: OrderTrailEntry): boolean {
  return a.at === b.at && a.kind === b.kind && a.by === b.by && a.toStatus === b.toStatus && a.toSupplierKey === b.toSupplierKey;
}

export function trailHas(trail: readonly OrderTrailEntry[], entry: OrderTrailEntry): boolean {
  return trail.some((candidate) => isSameTrailEntry(candidate, entry));
}
