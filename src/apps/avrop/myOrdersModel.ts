// Pure helpers for "Mina avrop": what an order is about (course or training areas), whether it
// matches the orderer's search, what happens next to it, and the mail link to the handlers.
// Everything here reads the orderer's own item, which is only her request: it is shown back to
// her, never trusted for anything else.
import type { Catalogue, Order } from '../../domain/types';

/** How many weekdays the handlers usually need to send a new order to the rank-1 supplier. */
export const USUAL_SEND_WEEKDAYS = 2;

/** The course title (with its code) when one was chosen, otherwise the training areas' titles. */
export function orderSubject(order: Order, catalogue: Catalogue): { kind: 'course' | 'trainingAreas' | 'none'; text: string } {
  if (order.courseKey) {
    const course = catalogue.courses.find((c) => c.key === order.courseKey);
    const text = course ? (course.code ? `${course.code} – ${course.title}` : course.title) : order.courseKey;
    return { kind: 'course', text };
  }
  const areas = (order.trainingAreaKeys || []).map((key) => catalogue.trainingAreas.find((ta) => ta.key === key)?.title || key);
  return areas.length ? { kind: 'trainingAreas', text: areas.join(', ') } : { kind: 'none', text: '' };
}

function normalise(text: string): string {
  return String(text || '')
    .toLocaleLowerCase('sv-SE')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search; an order matches when every word is found somewhere in it. */
export function searchWords(query: string): string[] {
  const text = normalise(query);
  return text ? text.split(' ') : [];
}

/** Searches the reference, the agreement area, the course or training areas and the unit text. */
export function orderMatches(order: Order, catalogue: Catalogue, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const area = catalogue.areas.find((a) => a.key === order.areaKey)?.title || order.areaKey;
  const course = catalogue.courses.find((c) => c.key === order.courseKey);
  const haystack = normalise(
    [
      order.reference,
      area,
      order.courseKey,
      course ? `${course.code} ${course.title}` : '',
      orderSubject({ ...order, courseKey: '' }, catalogue).text,
      order.unit
    ].join(' \u0000 ')
  );
  return words.every((word) => haystack.indexOf(word) >= 0);
}

export type NextStep =
  | { kind: 'send'; supplier: string; weekdays: number }
  | { kind: 'answer'; supplier: string; deadline: string; more: boolean }
  | { kind: 'accepted'; supplier: string; startDate: string; contact: string }
  | { kind: 'noSupplier' }
  | { kind: 'cancelled' }
  | { kind: 'completed' }
  | { kind: 'unknown' };

/** What happens next to the order, as the orderer should hear it. */
export function nextStep(order: Order, supplierName: string): NextStep {
  switch (order.status) {
    case 'Ny':
      return { kind: 'send', supplier: supplierName, weekdays: USUAL_SEND_WEEKDAYS };
    case 'Väntar på svar': {
      const more = (order.ranking || []).some((r) => r.rank > order.assignedRank);
      return { kind: 'answer', supplier: supplierName, deadline: order.answerDeadline, more };
    }
    case 'Antagen':
      return { kind: 'accepted', supplier: supplierName, startDate: order.startDate, contact: order.contactName };
    case 'Ingen leverantör':
      return { kind: 'noSupplier' };
    case 'Avbruten':
      return { kind: 'cancelled' };
    case 'Genomförd':
      return { kind: 'completed' };
    default:
      return { kind: 'unknown' };
  }
}

/** Only a plain single address is put into a mailto link; anything else gives no link. */
export function mailboxAddress(value: string | undefined): string {
  const text = String(value || '').trim();
  return /^[^\s@<>()[\]\\,;:"?&=%]+@[^\s@<>()[\]\\,;:"?&=%]+\.[^\s@<>()[\]\\,;:"?&=%]+$/.test(text) ? text : '';
}

export function handlerMailto(address: string, subject: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}`;
}
