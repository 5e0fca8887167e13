// Cells shared by the desk's two CSV exports (the queue, one order's documentation): instants as
// Swedish local time the way Excel reads a date and time, and names looked up in the catalogue.
import type { CsvCell } from '../../domain/csv';
import { isOverdue } from '../../domain/deadline';
import { parseInstant, stockholmDate, stockholmTime } from '../../domain/time';
import type { Catalogue, Order } from '../../domain/types';
import { courseTitle } from '../../domain/callOffRequest';
import { catalogueNames } from './deskContext';
import { statusLabel, strings } from './strings';
import type { Lang } from '../shared/appTypes';

export type DeskTexts = Record<keyof typeof strings.sv, string>;

/** "2026-03-10 10:00" in Swedish time: Excel on a Swedish machine reads it as a date and time. */
export function instantCell(iso: string): CsvCell {
  const at = parseInstant(iso);
  return at ? `${stockholmDate(at)} ${stockholmTime(at)}` : '';
}

/** A date cell, empty when the order has none. */
export function dateCell(value: string): CsvCell {
  return value ? { date: value } : '';
}

interface ColumnContext {
  catalogue: Catalogue;
  t: DeskTexts;
  lang: Lang;
  now: Date;
}

interface Column {
  label: keyof DeskTexts;
  value: (order: Order, c: ColumnContext) => CsvCell;
}

function supplierOfOrder(order: Order, catalogue: Catalogue): string {
  if (!order.assignedSupplierKey) return '';
  return order.ranking.find((r) => r.supplierKey === order.assignedSupplierKey)?.supplierName || catalogueNames(catalogue).supplier(order.assignedSupplierKey);
}

/** The columns both exports describe an order with. */
const ORDER_COLUMNS: readonly Column[] = [
  { label: 'colReference', value: (o) => o.reference },
  { label: 'status', value: (o, c) => statusLabel(c.lang, o.status) },
  { label: 'area', value: (o, c) => catalogueNames(c.catalogue).area(o.areaKey) },
  { label: 'course', value: (o, c) => courseTitle(o, c.catalogue) },
  { label: 'organisation', value: (o, c) => catalogueNames(c.catalogue).organisation(o.organisationKey) },
  { label: 'unit', value: (o) => o.unit },
  { label: 'contact', value: (o) => o.contactName },
  { label: 'contactEmail', value: (o) => o.contactEmail },
  { label: 'participants', value: (o) => (o.participants > 0 ? o.participants : '') },
  { label: 'exportPeriodFrom', value: (o) => dateCell(o.periodFrom) },
  { label: 'exportPeriodTo', value: (o) => dateCell(o.periodTo) },
  { label: 'exportSupplierKey', value: (o, c) => supplierOfOrder(o, c.catalogue) },
  { label: 'exportRank', value: (o) => (o.assignedSupplierKey ? o.assignedRank : '') },
  { label: 'submitted', value: (o) => instantCell(o.submittedAt) },
  { label: 'sentAt', value: (o) => instantCell(o.sentAt) },
  { label: 'deadline', value: (o) => instantCell(o.answerDeadline) },
  { label: 'exportOverdue', value: (o, c) => (isOverdue(o, c.now) ? c.t.exportYes : c.t.exportNo) },
  { label: 'acceptedAt', value: (o) => instantCell(o.acceptedAt) },
  { label: 'startDate', value: (o) => dateCell(o.startDate) },
  { label: 'completedAt', value: (o) => instantCell(o.completedAt) },
  { label: 'actualParticipants', value: (o) => o.actualParticipants ?? '' },
  { label: 'cancelledAt', value: (o) => instantCell(o.cancelledAt) },
  { label: 'cancelReason', value: (o) => o.cancelReason }
];

export function orderColumnLabels(t: DeskTexts): string[] {
  return ORDER_COLUMNS.map((column) => t[column.label]);
}

export function orderColumnValues(order: Order, catalogue: Catalogue, t: DeskTexts, lang: Lang, now: Date): CsvCell[] {
  const c = { catalogue, t, lang, now };
  return ORDER_COLUMNS.map((column) => column.value(order, c));
}
