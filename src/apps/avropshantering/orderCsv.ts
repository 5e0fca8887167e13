// One order's call-off documentation as a CSV for Excel: what the order page shows, as two
// columns (field, value), then the ranking kept on the order, then the history with times and
// people. For the handlers' own records, so the request's free text is included.
import type { CsvCell } from '../../domain/csv';
import { describeTrailEntry } from '../../domain/cascade';
import { actorName } from '../../domain/trailAudience';
import type { Catalogue, Order } from '../../domain/types';
import { adaptationTexts, trainingAreaTitles } from '../../domain/callOffRequest';
import type { Lang } from '../shared/appTypes';
import { DeskTexts, instantCell, orderColumnLabels, orderColumnValues } from './exportCells';
import { format } from '../../i18n/strings';
import { formatLabel } from './strings';

export function orderCsvRows(order: Order, catalogue: Catalogue, t: DeskTexts, lang: Lang, now: Date): CsvCell[][] {
  const labels = orderColumnLabels(t);
  const values = orderColumnValues(order, catalogue, t, lang, now);
  const request: Array<[string, CsvCell]> = [
    [t.contactPhone, order.contactPhone],
    [t.invoiceReference, order.invoiceReference],
    [t.trainingAreas, trainingAreaTitles(order, catalogue).join(', ')],
    [t.need, order.need],
    [t.targetGroup, order.targetGroup],
    [t.format, order.format ? formatLabel(lang, order.format) : ''],
    [t.place, order.place],
    [t.adaptations, adaptationTexts(order).join(', ')],
    [t.otherInfo, order.otherInfo],
    [t.participantsWomen, order.participantsWomen ?? ''],
    [t.participantsMen, order.participantsMen ?? ''],
    [t.participantsOther, order.participantsOtherOrUnstated ?? ''],
    [t.evaluationScore, order.evaluationScore ?? '']
  ];
  const supplierName = (key: string): string => order.ranking.find((r) => r.supplierKey === key)?.supplierName || catalogue.suppliers.find((s) => s.key === key)?.name || key;
  return [
    [t.exportField, t.exportValue],
    ...labels.map((label, i): CsvCell[] => [label, values[i]]),
    ...request.map(([label, value]): CsvCell[] => [label, value]),
    [],
    [t.ranking],
    [t.exportRank, t.exportSupplierKey],
    ...order.ranking.map((r): CsvCell[] => [r.rank, r.supplierName]),
    [],
    [t.exportHistory],
    [t.exportWhen, t.exportBy, t.exportWhat],
    ...order.trail.map((entry): CsvCell[] => [instantCell(entry.at), actorName(entry), describeTrailEntry(entry, supplierName)])
  ];
}

/** The file's name: the reference, so that several downloads stay apart. */
export function orderCsvFileName(order: Order, t: DeskTexts): string {
  return format('{name}-{reference}.csv', { name: t.exportFileName, reference: order.reference.replace(/[^A-Za-z0-9-]/g, '') || 'avrop' });
}
