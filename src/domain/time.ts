// Europe/Stockholm wall-clock time without Intl or time-zone libraries: SharePoint stores UTC,
// people read Swedish time, and Intl's zone data differs between browsers and test machines.
// Rule: CET (UTC+1), and CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last
// Sunday of October 01:00 UTC (the EU rule, in force in Sweden since 1996).
import { daysInMonth, formatIsoDate, isoWeekday, parseIsoDate } from './calendar';
import { DomainError } from './errors';
import { data, message } from './messages';

const MINUTE_MS = 60000;
const CET_MINUTES = 60;
const CEST_MINUTES = 120;

export interface StockholmParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 1 = måndag … 7 = söndag. */
  weekday: number;
  /** 60 in winter (CET), 120 in summer (CEST). */
  offsetMinutes: number;
}

function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - (isoWeekday(formatIsoDate(year, month, last)) % 7);
}

/** The instant summer time begins in `year`. */
export function summerTimeStart(year: number): Date {
  return new Date(Date.UTC(year, 2, lastSunday(year, 3), 1));
}

/** The instant summer time ends in `year`. */
export function summerTimeEnd(year: number): Date {
  return new Date(Date.UTC(year, 9, lastSunday(year, 10), 1));
}

function requireValidDate(date: Date): number {
  const t = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(t)) throw new DomainError('invalid-date', message('time.invalidInstant'));
  return t;
}

// Every conversion needs the two switch instants of its year; they never change, so keep them.
const switches = new Map<number, [number, number]>();

function offsetAt(t: number): number {
  // Both switches lie well inside the UTC year, so the UTC year picks the right pair.
  const year = new Date(t).getUTCFullYear();
  let pair = switches.get(year);
  if (!pair) {
    pair = [summerTimeStart(year).getTime(), summerTimeEnd(year).getTime()];
    switches.set(year, pair);
  }
  return t >= pair[0] && t < pair[1] ? CEST_MINUTES : CET_MINUTES;
}

/** Minutes to add to UTC to get Swedish time at `date`. */
export function stockholmOffsetMinutes(date: Date): number {
  return offsetAt(requireValidDate(date));
}

/**
 * Wall-clock milliseconds: Swedish local time written as if it were UTC. Arithmetic on them
 * counts clock hours, which is what a deadline in "hours of working days" means.
 */
export function toWallClock(date: Date): number {
  const t = requireValidDate(date);
  return t + offsetAt(t) * MINUTE_MS;
}

/**
 * The instant a Swedish clock shows `wall`. When the clocks go back an hour repeats and the
 * earlier (summer-time) instant is chosen; when they go forward 02:00–02:59 does not exist and
 * is read as winter time, i.e. 02:30 becomes 03:30 summer time.
 */
export function fromWallClock(wall: number): Date {
  const asSummer = wall - CEST_MINUTES * MINUTE_MS;
  if (offsetAt(asSummer) === CEST_MINUTES) return new Date(asSummer);
  return new Date(wall - CET_MINUTES * MINUTE_MS);
}

export function toStockholmParts(date: Date): StockholmParts {
  const t = requireValidDate(date);
  const offsetMinutes = offsetAt(t);
  const w = new Date(t + offsetMinutes * MINUTE_MS);
  const year = w.getUTCFullYear();
  const month = w.getUTCMonth() + 1;
  const day = w.getUTCDate();
  return {
    year,
    month,
    day,
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
    millisecond: w.getUTCMilliseconds(),
    weekday: w.getUTCDay() === 0 ? 7 : w.getUTCDay(),
    offsetMinutes
  };
}

/** The instant of a Swedish wall-clock time (month 1–12). */
export function fromStockholmLocal(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const valid =
    [year, month, day, hour, minute, second].every((n) => Number.isInteger(n)) &&
    parseIsoDate(formatIsoDate(year, month, day)) !== null &&
    hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
  if (!valid) throw new DomainError('invalid-date', message('time.invalidDateTime'));
  return fromWallClock(Date.UTC(year, month - 1, day, hour, minute, second));
}

/** Swedish calendar date of an instant, YYYY-MM-DD. */
export function stockholmDate(date: Date): string {
  const p = toStockholmParts(date);
  return formatIsoDate(p.year, p.month, p.day);
}

/** Swedish clock time of an instant, HH:mm. */
export function stockholmTime(date: Date): string {
  const p = toStockholmParts(date);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** Start of the Swedish calendar day `isoDate`. */
export function startOfStockholmDay(isoDate: string): Date {
  const d = parseIsoDate(isoDate);
  if (!d) throw new DomainError('invalid-date', message('time.invalidDate', { value: data(String(isoDate)) }));
  return fromStockholmLocal(d.year, d.month, d.day);
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads an ISO timestamp. One without a zone is read as Swedish time, never as the time zone of
 * the machine (which is what Date.parse would do). Null when the text is not a timestamp.
 */
export function parseInstant(value: string): Date | null {
  const m = INSTANT.exec(typeof value === 'string' ? value.trim() : '');
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (!parseIsoDate(formatIsoDate(year, month, day)) || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const zone = m[8];
  if (!zone) return fromWallClock(wall);
  if (zone.toUpperCase() === 'Z') return new Date(wall);
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  return new Date(wall - offset * MINUTE_MS);
}

export const SWEDISH_MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'];
export const SWEDISH_WEEKDAYS: readonly string[] = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return parseInstant(value);
}

function dateText(year: number, month: number, day: number): string {
  return `${day} ${SWEDISH_MONTH_ABBREVIATIONS[month - 1]} ${year}`;
}

/**
 * "24 nov 2026". A plain date (YYYY-MM-DD) is shown as is; a timestamp is shown as its Swedish
 * date. Empty input gives ''; text that is not a date is returned unchanged rather than hidden.
 */
export function formatSwedishDate(value: string | Date): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const d = parseIsoDate(value.trim());
    if (d) return dateText(d.year, d.month, d.day);
  }
  const date = toDate(value);
  if (!date) return String(value);
  const p = toStockholmParts(date);
  return dateText(p.year, p.month, p.day);
}

/** "24 nov 2026 kl. 14:30" in Swedish time. Empty input gives ''; unreadable text is returned unchanged. */
export function formatSwedishDateTime(value: string | Date): string {
  if (value === '' || value === null || value === undefined) return '';
  const date = toDate(value);
  if (!date) return String(value);
  return `${formatSwedishDate(date)} kl. ${stockholmTime(date)}`;
}

/**
 * A SharePoint site's regional time zone, as `web/RegionalSettings/TimeZone` describes it: minutes
 * to add to UTC in standard time, and how many more in daylight-saving time. What SharePoint
 * stores in date-only columns depends on it (midnight of the date there); what people see does not
 * (they read Swedish time).
 */
export interface SiteTimeZone {
  id: number;
  description: string;
  standardOffsetMinutes: number;
  daylightExtraMinutes: number;
}

/** SharePoint's zone 4, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna". */
export const STOCKHOLM_SITE_ZONE: SiteTimeZone = {
  id: 4,
  description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
  standardOffsetMinutes: CET_MINUTES,
  daylightExtraMinutes: CEST_MINUTES - CET_MINUTES
};

/** Zones whose clocks are Sweden's all year (UTC+1, EU summer time): the same calendar days. */
const SWEDISH_CLOCK_ZONES = [3, 4, 6, 57];

export function isOnSwedishTime(zone: SiteTimeZone): boolean {
  return SWEDISH_CLOCK_ZONES.includes(zone.id);
}

const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The instant to store for the date-only value `isoDate` on a site in `zone`: midnight there. On
 * Swedish time it is exact; elsewhere it is standard-time midnight, which summer time shows as
 * 01:00 the same day, so no other country's DST rules are needed.
 */
export function siteDateInstant(isoDate: string, zone: SiteTimeZone): Date {
  if (isOnSwedishTime(zone)) return startOfStockholmDay(isoDate);
  const d = parseIsoDate(isoDate);
  if (!d) throw new DomainError('invalid-date', message('time.invalidDate', { value: data(String(isoDate)) }));
  return new Date(Date.UTC(d.year, d.month - 1, d.day) - zone.standardOffsetMinutes * MINUTE_MS);
}

/**
 * The calendar date a date-only column holds on a site in `zone`. On Swedish time it is the
 * Swedish date of the instant; elsewhere SharePoint keeps local midnight (an hour off standard
 * midnight in summer), so rounding to the nearest standard-time midnight gives the date.
 */
export function siteDateOf(instant: Date, zone: SiteTimeZone): string {
  if (isOnSwedishTime(zone)) return stockholmDate(instant);
  const local = requireValidDate(instant) + zone.standardOffsetMinutes * MINUTE_MS;
  const day = new Date(Math.round(local / DAY_MS) * DAY_MS);
  return formatIsoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function datePartsOf(value: string | Date): { year: number; month: number; day: number } | null {
  if (typeof value === 'string') {
    const d = parseIsoDate(value.trim());
    if (d) return d;
  }
  const date = toDate(value);
  return date ? toStockholmParts(date) : null;
}

/** "24 nov 2026" or, on an English page, "Nov 24, 2026" (US order). Same empty and unreadable handling as formatSwedishDate. */
export function formatDate(value: string | Date, lang: 'sv' | 'en'): string {
  if (lang === 'sv') return formatSwedishDate(value);
  if (value === '' || value === null || value === undefined) return '';
  const d = datePartsOf(value);
  return d ? `${ENGLISH_MONTH_ABBREVIATIONS[d.month - 1]} ${d.day}, ${d.year}` : String(value);
}

/** "24 nov 2026 kl. 14:30" or "Nov 24, 2026, 2:30 PM", both in Swedish time (the region's). */
export function formatDateTime(value: string | Date, lang: 'sv' | 'en'): string {
  if (lang === 'sv') return formatSwedishDateTime(value);
  if (value === '' || value === null || value === undefined) return '';
  const date = toDate(value);
  if (!date) return String(value);
  const [h, m] = stockholmTime(date).split(':').map(Number);
  const clock = `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  return `${formatDate(date, 'en')}, ${clock}`;
}
