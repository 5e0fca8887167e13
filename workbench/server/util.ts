// Small helpers shared by the emulator: GUIDs, SharePoint-shaped errors, dates.
import { siteTimeZoneName } from './regional';
import { randomUUID } from 'node:crypto';

export function newGuid(): string {
  return randomUUID();
}

/** An error the REST layer turns into SharePoint's JSON error shape. */
export class SpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export const CODES = {
  argument: '-2147024809, System.ArgumentException',
  listMissing: '-1, System.ArgumentException',
  accessDenied: '-2147024891, System.UnauthorizedAccessException',
  invalidQuery: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  spException: '-2130575305, Microsoft.SharePoint.SPException',
  columnMissing: '-2146232832, Microsoft.SharePoint.SPException',
  duplicate: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  throttled: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  etag: '-1, Microsoft.SharePoint.Client.ClientServiceException',
  itemMissing: '-2130575338, System.ArgumentException',
  fieldValue: '-2130575155, Microsoft.SharePoint.SPFieldValidationException',
  listExists: '-2130575342, Microsoft.SharePoint.SPException',
  nameInUse: '-2130575293, Microsoft.SharePoint.SPException',
  notSupported: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException'
} as const;

export const err = {
  badRequest: (message: string, code: string = CODES.invalidQuery) => new SpError(400, code, message),
  accessDenied: () => new SpError(403, CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.'),
  notFound: (message: string, code: string = CODES.argument) => new SpError(404, code, message),
  itemNotFound: () => new SpError(404, CODES.itemMissing, 'Item does not exist. It may have been deleted by another user.'),
  columnMissing: (name: string) => new SpError(400, CODES.columnMissing, `Column '${name}' does not exist. It may have been deleted by another user.`),
  fieldValue: (message: string) => new SpError(400, CODES.fieldValue, message),
  throttled: () =>
    new SpError(
      500,
      CODES.throttled,
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  unknownResource: (segment: string) =>
    new SpError(404, CODES.notSupported, `Cannot find resource for the request ${segment}.`)
};

/** Seconds-precision UTC ISO form SharePoint returns: 2024-03-01T08:00:00Z. */
export function isoSeconds(d: Date | number): string {
  const date = typeof d === 'number' ? new Date(d) : d;
  return date.toISOString().slice(0, 19) + 'Z';
}

/** The site's regional time zone (IANA name); WORKBENCH_TIME_ZONE picks another (see regional.ts). */
export const SITE_TIME_ZONE = siteTimeZoneName();

const ZONE_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: SITE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit'
});

/** Offset in minutes of the site's time zone from UTC at the given UTC instant. */
const offsetCache = new Map<number, number>();

function zoneOffsetMinutes(utcMillis: number): number {
  // The offset only changes on the hour (DST), so it is cached per UTC hour.
  const hour = Math.floor(utcMillis / 3600000);
  const cached = offsetCache.get(hour);
  if (cached !== undefined) return cached;
  const offset = computeZoneOffset(hour * 3600000);
  if (offsetCache.size > 200000) offsetCache.clear();
  offsetCache.set(hour, offset);
  return offset;
}

function computeZoneOffset(utcMillis: number): number {
  const parts = ZONE_PARTS.formatToParts(new Date(utcMillis));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - utcMillis) / 60000);
}

/**
 * Parses a date value the way SharePoint does: with `Z` or an offset it is an instant; without,
 * it is wall-clock time in the site's regional time zone. Returns epoch millis or NaN.
 */
export function parseSpDate(value: string, localIsUtc = false): number {
  const s = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
  const check = new Date(wall);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return NaN;
  if (zone) {
    if (/^z$/i.test(zone)) return wall;
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const off = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    return wall - off * 60000;
  }
  if (localIsUtc) return wall;
  // Local wall time -> UTC: iterate once to land on the right side of a DST change.
  let guess = wall - zoneOffsetMinutes(wall) * 60000;
  guess = wall - zoneOffsetMinutes(guess) * 60000;
  return guess;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Parses an OData string literal body ('' -> '). Input without surrounding quotes. */
export function unquote(literal: string): string {
  const t = literal.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}
