// Calendar arithmetic on ISO dates (YYYY-MM-DD). Date.UTC is used only as a day counter, so
// the time zone of the machine running the code can never leak into a result.
import { DomainError } from './errors';
import { data, message } from './messages';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86400000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Null unless the string is a real calendar date in the years 1000–9999. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(typeof value === 'string' ? value : '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function requireDate(value: string): CalendarDate {
  const d = parseIsoDate(value);
  if (!d) throw new DomainError('invalid-date', message('time.invalidDate', { value: data(String(value)) }));
  return d;
}

/** Days since 1970-01-01. */
export function dayNumber(isoDate: string): number {
  const d = requireDate(isoDate);
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Signed number of days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 = måndag … 7 = söndag (ISO 8601). */
export function isoWeekday(isoDate: string): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(isoDate) + 3) % 7) + 7) % 7) + 1;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(isoDate: string, years: number): string {
  const d = requireDate(isoDate);
  const year = d.year + years;
  return formatIsoDate(year, d.month, Math.min(d.day, daysInMonth(year, d.month)));
}

export function compareIsoDates(a: string, b: string): number {
  // Zero-padded ISO dates sort correctly as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}
