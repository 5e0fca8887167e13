// Reading and writing single column values. SharePoint gives null for empty columns, numbers for
// numbers, multi-choice as an array (or {results: [...]} in verbose OData), dates as UTC ISO strings.
import { SiteTimeZone, siteDateInstant, siteDateOf, STOCKHOLM_SITE_ZONE } from '../../domain/time';

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

/**
 * Date-only columns: SharePoint stores midnight of the date in the site's time zone and answers in
 * UTC, so a Stockholm site returns 1 March as `2026-02-28T23:00:00Z` and a Pacific site as
 * `2026-03-01T08:00:00Z`. The date is the one on the site's calendar.
 */
export function dateOnly(value: unknown, zone: SiteTimeZone = STOCKHOLM_SITE_ZONE): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return '';
  return siteDateOf(parsed, zone);
}

/** Written as midnight of the date on the site's clock, so the site keeps the same calendar day. */
export function dateOnlyOut(value: string, zone: SiteTimeZone = STOCKHOLM_SITE_ZONE): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? siteDateInstant(value, zone).toISOString().replace('.000Z', 'Z') : value;
}
