// Readers for columns that the person who created an item can write with nothing but the REST API.
// SharePoint checks a column's type, not its meaning: a note column may hold `[null]`, a text
// column an object when a hostile client sends one. Each reader returns a value the screens can
// always render and notes the column as a problem instead of throwing, so one bad item is shown
// as unreadable and never takes a list or a page down with it.
import {
  CASCADE_REASONS,
  CascadeReason,
  ORDER_STATUSES,
  OrderEventKind,
  OrderStatus,
  OrderTrailEntry,
  RankedSupplier
} from '../../domain/types';
import { ORDER_EVENT_KINDS } from '../../schema/lists';

/** Internal names of the columns that could not be read as the schema says. */
export class ReadProblems {
  private readonly columns: string[] = [];

  note(column: string): void {
    if (this.columns.indexOf(column) < 0) this.columns.push(column);
  }

  list(): string[] {
    return [...this.columns];
  }
}

const MAX_RANK = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).indexOf(value) >= 0;
}

/** A single text column: null is empty; numbers are text; anything else is a problem. */
export function readText(value: unknown, column: string, problems: ReadProblems): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  problems.note(column);
  return '';
}

export function readChoice<T extends string>(value: unknown, allowed: readonly T[], column: string, problems: ReadProblems, fallback: T): T {
  if (oneOf(allowed, value)) return value;
  problems.note(column);
  return fallback;
}

/** JSON in a note column; `undefined` when the text is not JSON at all. */
function parseJson(value: unknown, column: string, problems: ReadProblems): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    problems.note(column);
    return undefined;
  }
  try {
    return JSON.parse(value);
  } catch {
    problems.note(column);
    return undefined;
  }
}

function jsonList(value: unknown, column: string, problems: ReadProblems): unknown[] {
  const parsed = parseJson(value, column, problems);
  if (parsed === undefined) return [];
  if (!Array.isArray(parsed)) {
    problems.note(column);
    return [];
  }
  return parsed;
}

/** Elements that do not fit are left out, and the column is noted: a partial list is never silent. */
function listOf<T>(value: unknown, column: string, problems: ReadProblems, read: (element: unknown) => T | undefined): T[] {
  const out: T[] = [];
  for (const element of jsonList(value, column, problems)) {
    const read_ = read(element);
    if (read_ === undefined) problems.note(column);
    else out.push(read_);
  }
  return out;
}

export function readStringList(value: unknown, column: string, problems: ReadProblems): string[] {
  return listOf(value, column, problems, (element) => (typeof element === 'string' ? element : undefined));
}

function rankOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_RANK ? value : undefined;
}

export function readRanking(value: unknown, column: string, problems: ReadProblems): RankedSupplier[] {
  return listOf(value, column, problems, (element) => {
    if (!isRecord(element)) return undefined;
    const rank = rankOf(element.rank);
    const { supplierKey, supplierName } = element;
    if (rank === undefined || typeof supplierKey !== 'string' || !supplierKey || typeof supplierName !== 'string') return undefined;
    return { rank, supplierKey, supplierName };
  });
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && !Number.isNaN(Date.parse(value));
}

function optionalText(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

function trailEntry(element: unknown): OrderTrailEntry | undefined {
  if (!isRecord(element)) return undefined;
  const e = element;
  const texts = [optionalText(e.by), optionalText(e.fromSupplierKey), optionalText(e.toSupplierKey), optionalText(e.comment)];
  if (texts.some((text) => text === undefined)) return undefined;
  if (!isTimestamp(e.at) || !oneOf(ORDER_EVENT_KINDS as readonly OrderEventKind[], e.kind) || !oneOf(ORDER_STATUSES, e.toStatus)) return undefined;
  const fromStatus = e.fromStatus === undefined || e.fromStatus === null || e.fromStatus === '' ? '' : e.fromStatus;
  if (fromStatus !== '' && !oneOf(ORDER_STATUSES, fromStatus)) return undefined;
  const reason = e.reason === undefined || e.reason === null || e.reason === '' ? '' : e.reason;
  if (reason !== '' && !oneOf(CASCADE_REASONS, reason)) return undefined;
  const entry: OrderTrailEntry = {
    at: e.at,
    by: texts[0] as string,
    kind: e.kind,
    fromStatus: fromStatus as OrderStatus | '',
    toStatus: e.toStatus,
    fromSupplierKey: texts[1] as string,
    toSupplierKey: texts[2] as string,
    reason: reason as CascadeReason | '',
    comment: texts[3] as string
  };
  for (const key of ['fromRank', 'toRank'] as const) {
    if (e[key] === undefined || e[key] === null) continue;
    const rank = rankOf(e[key]);
    if (rank === undefined) return undefined;
    entry[key] = rank;
  }
  if (e.answerDeadline !== undefined && e.answerDeadline !== null && e.answerDeadline !== '') {
    if (!isTimestamp(e.answerDeadline)) return undefined;
    entry.answerDeadline = e.answerDeadline;
  }
  if (e.startDate !== undefined && e.startDate !== null && e.startDate !== '') {
    if (typeof e.startDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.startDate)) return undefined;
    entry.startDate = e.startDate;
  }
  if (e.answeredOn !== undefined && e.answeredOn !== null && e.answeredOn !== '') {
    if (typeof e.answeredOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.answeredOn)) return undefined;
    entry.answeredOn = e.answeredOn;
  }
  const byName = optionalText(e.byName);
  if (byName === undefined) return undefined;
  if (byName !== '') entry.byName = byName;
  if (e.commentForOrderer !== undefined && e.commentForOrderer !== null) {
    if (typeof e.commentForOrderer !== 'boolean') return undefined;
    if (e.commentForOrderer) entry.commentForOrderer = true;
  }
  return entry;
}

export function readTrail(value: unknown, column: string, problems: ReadProblems): OrderTrailEntry[] {
  return listOf(value, column, problems, trailEntry);
}

/** A number column: SharePoint keeps it numeric, but a reader never trusts that. */
export function readNumber(value: unknown, column: string, problems: ReadProblems): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (Number.isFinite(n)) return n;
  problems.note(column);
  return undefined;
}

/** A timestamp column: an unparseable value is empty and noted. */
export function readTimestamp(value: unknown, column: string, problems: ReadProblems): string {
  if (value === null || value === undefined || value === '') return '';
  if (isTimestamp(value)) return value;
  problems.note(column);
  return '';
}
