// Reading and writing single column values. SharePoint gives null for empty columns, numbers for
// numbers, multi-choice as an array (or {results: [...]} in verbose OData), dates as UTC ISO strings.

/** A list item as REST returns it (or as we send it). */
export type SpItem = Record<string, unknown>;

/** The lookup object that `$expand=F&$select=F/Id,F/Title` yields. */
export interface LookupValue {
  Id: number;
  Title?: string;
}

export function str(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function num(value: unknown, fallback = 0): number {
  const n = typeof value === 'number' ? value : value === null || value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

export function optNum(value: unknown): number | undefined {
  const n = num(value, NaN);
  return Number.isFinite(n) ? n : undefined;
}

export function bool(value: unknown, fallback = false): boolean {
  if (value === null || value === undefined || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  return value === 1 || value === '1' || String(value).toLowerCase() === 'true';
}

export function optBool(value: unknown): boolean | undefined {
  return value === null || value === undefined || value === '' ? undefined : bool(value);
}

/** Empty strings are stored as null so SharePoint sees the column as empty. */
export function orNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

export function numOrNull(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

export function multi(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const results = (value as { results?: unknown[] } | null)?.results;
  if (Array.isArray(results)) return results.map(String);
  if (typeof value === 'string' && value) return value.split(';#').filter(Boolean);
  return [];
}

export function jsonArray<T>(value: unknown): T[] {
  if (typeof value !== 'string' || !value.trim()) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

/** The id of a lookup column, whether read expanded (`F: {Id}`) or flat (`FId`). */
export function lookupId(item: SpItem, field: string): number | undefined {
  const expanded = item[field] as LookupValue | null | undefined;
  if (expanded && typeof expanded === 'object' && expanded.Id !== undefined && expanded.Id !== null) return num(expanded.Id, NaN) || undefined;
  const flat = item[`${field}Id`];
  return flat === null || flat === undefined ? undefined : num(flat, NaN) || undefined;
}

/** Timestamps: SharePoint answers in UTC without milliseconds; empty is ''. */
export function timestamp(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

function swedishDate(at: Date): string {
  const part = (type: string): string => SWEDISH_DATE.formatToParts(at).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Date-only columns: SharePoint stores local midnight and answers in UTC, so a Swedish site returns
 * 1 March as `2026-02-28T23:00:00Z`. The date is the one in Swedish time.
 */
export function dateOnly(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return '';
  return swedishDate(parsed);
}

/** Written as UTC midnight of the date; Swedish time is then the same day. */
export function dateOnlyOut(value: string): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}
