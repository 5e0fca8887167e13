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

/** 32-bit FNV-1a over UTF-16 code units, with a chosen offset basis. */
function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The value of the audit row's unique ActionKey column: the order, the second and a 64-bit hash of
 * the auditKey. SharePoint refuses a second row with the same value, so an add that reaches the
 * list twice (a browser re-sends a POST whose connection dropped, and the page never learns of
 * it) leaves one row. Short enough for an indexed text column; a collision needs the same order,
 * the same second and equal 64-bit hashes of two different events.
 */
export function actionKey(orderId: number, entry: OrderTrailEntry): string {
  const key = auditKey(entry);
  const second = secondOf(entry.at);
  return `${Math.trunc(orderId)}-${Number.isFinite(second) ? second : 0}-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x050c5d1f)}`;
}

/** The Trail keeps entries as JSON, milliseconds included: equal time, kind and person is the same entry. */
export function isSameTrailEntry(a: OrderTrailEntry, b: OrderTrailEntry): boolean {
  return a.at === b.at && a.kind === b.kind && a.by === b.by && a.toStatus === b.toStatus && a.toSupplierKey === b.toSupplierKey;
}

export function trailHas(trail: readonly OrderTrailEntry[], entry: OrderTrailEntry): boolean {
  return trail.some((candidate) => isSameTrailEntry(candidate, entry));
}
