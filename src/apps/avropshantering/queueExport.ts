// The queue as a CSV for Excel: one row per order with what a handler follows up on. The need,
// adaptations and other free text of the request stay out: a queue export travels further than
// the desk, and those fields can hold health details.
import type { StoredOrder } from '../../data/ports';
import type { CsvCell } from '../../domain/csv';
import type { Catalogue } from '../../domain/types';
import type { Lang } from '../shared/appTypes';
import { DeskTexts, orderColumnLabels, orderColumnValues } from './exportCells';

/** Header row first, then the orders in the order given (the queue's own order). */
export function queueCsvRows(orders: readonly StoredOrder[], catalogue: Catalogue, t: DeskTexts, lang: Lang, now: Date): CsvCell[][] {
  return [orderColumnLabels(t), ...orders.map((stored) => orderColumnValues(stored.order, catalogue, t, lang, now))];
}
