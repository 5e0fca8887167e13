// What the order queue asks the data layer for, and the order it shows the answer in.
import type { OrderQueueFilter, StoredOrder } from '../../data/ports';
import { OPEN_QUEUE_STATUSES, urgencyOrder } from '../../domain/openQueue';
import { formatReference, parseReference } from '../../domain/reference';
import { ORDER_STATUSES, OrderStatus } from '../../domain/types';

/** Orders the desk has work with now: to send, or waiting for an answer. Accepted ones have a view of their own. */
export const OPEN_STATUSES: readonly OrderStatus[] = OPEN_QUEUE_STATUSES;

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
  if (s.status === 'open') filter.urgency = true;
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

/**
 * The order the queue shows its loaded orders in: the open queue in urgency order over every open
 * order (the data layer pages it in that order; this keeps an order changed on its page where it
 * now belongs), every other view newest first.
 */
export function sortQueue(orders: readonly StoredOrder[], now: Date, urgency = false): StoredOrder[] {
  if (urgency) {
    const entries = orders.map((stored) => ({ stored, id: stored.id, status: stored.order.status, answerDeadline: stored.order.answerDeadline, submittedAt: stored.order.submittedAt }));
    const open = urgencyOrder(entries, now).map((e) => e.stored);
    // An order that left the open statuses on its page stays in sight, after the open ones, until the next reload.
    return [...open, ...orders.filter((s) => open.indexOf(s) < 0)];
  }
  return [...orders].sort((a, b) => b.id - a.id);
}

/** The queue's selection in the page address, so that a filtered queue can be linked. */
export const QUEUE_PARAMS = { status: 'status', areaKey: 'omrade', supplierKey: 'leverantor', organisationKey: 'organisation', search: 'sok' } as const;

const KEY = /^[A-Za-z0-9_-]{1,50}$/;

/** What was typed in the queue's search box, as searched: a whole reference, or text of 2–100 characters. */
export function searchOf(typed: string): { kind: 'reference' | 'text'; value: string } | null {
  const reference = normaliseReference(typed);
  if (reference) return { kind: 'reference', value: reference };
  const text = typed.trim().slice(0, 100);
  return text.length >= 2 ? { kind: 'text', value: text } : null;
}

export function selectionFromSearch(search: string): { selection: QueueSelection; reference: string | null } {
  const params = new URLSearchParams(search);
  const key = (name: string): string => {
    const value = (params.get(name) ?? '').trim();
    return KEY.test(value) ? value : '';
  };
  const status = params.get(QUEUE_PARAMS.status) ?? '';
  const selection: QueueSelection = {
    status: isStatusChoice(status) ? status : 'open',
    areaKey: key(QUEUE_PARAMS.areaKey),
    supplierKey: key(QUEUE_PARAMS.supplierKey),
    organisationKey: key(QUEUE_PARAMS.organisationKey)
  };
  return { selection, reference: searchOf(params.get(QUEUE_PARAMS.search) ?? '')?.value ?? null };
}

/** `href` with the selection's parameters (the default ones left out); other parameters are kept. */
export function hrefWithSelection(href: string, selection: QueueSelection, reference: string | null): string {
  const url = new URL(href);
  const set = (name: string, value: string, fallback: string): void => {
    if (value && value !== fallback) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  };
  set(QUEUE_PARAMS.status, selection.status, 'open');
  set(QUEUE_PARAMS.areaKey, selection.areaKey, '');
  set(QUEUE_PARAMS.supplierKey, selection.supplierKey, '');
  set(QUEUE_PARAMS.organisationKey, selection.organisationKey, '');
  set(QUEUE_PARAMS.search, reference ?? '', '');
  return url.toString();
}

/** Adds a freshly loaded page to the loaded orders; a row already there is replaced, not repeated. */
export function mergePage(current: readonly StoredOrder[], page: readonly StoredOrder[]): StoredOrder[] {
  const ids = new Set(page.map((s) => s.id));
  return [...current.filter((s) => !ids.has(s.id)), ...page];
}
