// The order desk's open queue over every open order (not per loaded page): what needs a handler
// soonest comes first. An answer past its deadline means the order must go to the next supplier;
// an unsent order waits on the handlers themselves; a waiting order has a deadline still ahead.
import { dayNumber, fromDayNumber } from './calendar';
import { isWorkingDay } from './holidays';
import { parseInstant, stockholmDate } from './time';
import type { OrderStatus } from './types';

/** Open orders: work for the desk. Accepted ones are being carried out and have a view of their own. */
export const OPEN_QUEUE_STATUSES: readonly OrderStatus[] = ['Ny', 'Väntar på svar'];

/** Working days an unsent order may wait before the desk warns. */
export const UNSENT_WARNING_WORKING_DAYS = 2;

export interface QueueEntry {
  id: number;
  status: OrderStatus | string;
  answerDeadline: string;
  submittedAt: string;
}

export type QueueGroup = 'overdue' | 'unsent' | 'waiting';

function instant(iso: string): number {
  const date = iso ? parseInstant(iso) : null;
  return date ? date.getTime() : Number.NaN;
}

/** Which group an open order belongs to; undefined for an order that is not open. */
export function queueGroup(entry: QueueEntry, now: Date): QueueGroup | undefined {
  if (entry.status === 'Ny') return 'unsent';
  if (entry.status !== 'Väntar på svar') return undefined;
  const deadline = instant(entry.answerDeadline);
  return !Number.isNaN(deadline) && deadline <= now.getTime() ? 'overdue' : 'waiting';
}

const GROUP_RANK: Record<QueueGroup, number> = { overdue: 0, unsent: 1, waiting: 2 };

/**
 * Overdue answers first (the longest overdue first), then unsent orders oldest first, then waiting
 * ones by deadline. Ties, and unreadable dates, fall back to the item id: older first.
 */
export function urgencyOrder<T extends QueueEntry>(entries: readonly T[], now: Date): T[] {
  const keyed = entries
    .map((entry) => ({ entry, group: queueGroup(entry, now) }))
    .filter((k): k is { entry: T; group: QueueGroup } => k.group !== undefined)
    .map((k) => {
      const time = k.group === 'unsent' ? instant(k.entry.submittedAt) : instant(k.entry.answerDeadline);
      return { ...k, time: Number.isNaN(time) ? Number.POSITIVE_INFINITY : time };
    });
  keyed.sort((a, b) => GROUP_RANK[a.group] - GROUP_RANK[b.group] || a.time - b.time || a.entry.id - b.entry.id);
  return keyed.map((k) => k.entry);
}

/** Swedish working days from the day after `from` up to and including `to` (dates as YYYY-MM-DD). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = dayNumber(from) + 1, end = dayNumber(to); day <= end && count < 1000; day++) {
    if (isWorkingDay(fromDayNumber(day))) count++;
  }
  return count;
}

/** An order not yet sent after more than the allowed working days (Swedish calendar). */
export function unsentTooLong(entry: QueueEntry, now: Date): boolean {
  if (entry.status !== 'Ny') return false;
  const submitted = entry.submittedAt ? parseInstant(entry.submittedAt) : null;
  if (!submitted) return false;
  return workingDaysBetween(stockholmDate(submitted), stockholmDate(now)) > UNSENT_WARNING_WORKING_DAYS;
}
