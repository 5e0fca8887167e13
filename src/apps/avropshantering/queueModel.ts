// What the order queue asks the data layer for, and the order it shows the answer in.
import type { OrderQueueFilter, StoredOrder } from '../../data/ports';
import { isOverdue } from '../../domain/deadline';
import { formatReference, parseReference } from '../../domain/reference';
import { parseInstant } from '../../domain/time';
import { ORDER_STATUSES, OrderStatus } from '../../domain/types';

/** Orders the desk still has work with: to send, waiting for an answer, or to close after the training. */
export const OPEN_STATUSES: readonly OrderStatus[] = ['Ny', 'Väntar på svar', 'Antagen'];

export type StatusChoice = 'open' | 'all' | OrderStatus;

export interface QueueSelection {
  status: StatusChoice;
  areaKey: string;
  supplierKey: string;
  organisationKey: string;
}

export const DEFAULT_SELECTION: QueueSelection = { status: 'open', areaKey: '', supplierKey: '', organisationKey: '' };

export function isDefaultSelection(s: QueueSelection): boolean {
  return s.status === 'open' && !s.areaKey && !s.supplierKey && !s.organisationKey;
}

export function isStatusChoice(value: string): value is StatusChoice {
  return value === 'open' || value === 'all' || (ORDER_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/** The repository filter for a selection; the data layer turns it into an indexed $filter. */
export function toQueueFilter(s: QueueSelection): OrderQueueFilter {
  const filter: OrderQueueFilter = {};
  if (s.status === 'open') filter.statuses = [...OPEN_STATUSES];
  else if (s.status !== 'all') filter.statuses = [s.status];
  if (s.areaKey) filter.areaKey = s.areaKey;
  if (s.supplierKey) filter.supplierKey = s.supplierKey;
  if (s.organisationKey) filter.organisationKey = s.organisationKey;
  return filter;
}

/**
 * A reference as typed (spaces, lower case) in its stored spelling, or null when it is not a
 * whole reference. The search is exact: the Title column is indexed, a partial match is not.
 */
export function normaliseReference(typed: string): string | null {
  const parsed = parseReference(typed);
  return parsed ? formatReference(parsed.year, parsed.number) : null;
}

function time(iso: string): number {
  const date = iso ? parseInstant(iso) : null;
  return date ? date.getTime() : NaN;
}

/**
 * The queue's order: answers that are overdue first, then orders waiting for an answer by their
 * deadline (soonest first), then the rest, newest first.
 *
 * This sorts the orders that have been loaded, client-side. The data layer reads the Avrop list
 * 25 rows at a time, newest first (by ID), with the $filter starting on one indexed column, because
 * the list grows past SharePoint's 5,000-item view threshold and AnswerDeadline is not indexed,
 * so the server cannot order by it. An overdue order on a page not yet loaded therefore appears
 * when "Visa fler" loads that page, and the whole loaded set is sorted again; the screen says so.
 */
export function sortQueue(orders: readonly StoredOrder[], now: Date): StoredOrder[] {
  const keyed = orders.map((stored) => {
    // An accepted order keeps the deadline it was answered by; only a waiting order's deadline counts.
    const deadline = stored.order.status === 'Väntar på svar' ? time(stored.order.answerDeadline) : NaN;
    return {
      stored,
      overdue: isOverdue(stored.order, now),
      deadline: Number.isNaN(deadline) ? Number.POSITIVE_INFINITY : deadline,
      submitted: time(stored.order.submittedAt)
    };
  });
  keyed.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1;
    const as = Number.isNaN(a.submitted) ? Number.NEGATIVE_INFINITY : a.submitted;
    const bs = Number.isNaN(b.submitted) ? Number.NEGATIVE_INFINITY : b.submitted;
    if (as !== bs) return as > bs ? -1 : 1;
    return b.stored.id - a.stored.id;
  });
  return keyed.map((k) => k.stored);
}

/** Adds a freshly loaded page to the loaded orders; a row already there is replaced, not repeated. */
export function mergePage(current: readonly StoredOrder[], page: readonly StoredOrder[]): StoredOrder[] {
  const ids = new Set(page.map((s) => s.id));
  return [...current.filter((s) => !ids.has(s.id)), ...page];
}
