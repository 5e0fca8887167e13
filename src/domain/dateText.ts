// How a date field writes and reads a calendar date in the page's language. A browser's own date
// input follows the browser's locale, not the page's, so a Swedish page in an English browser
// showed 12/10/2026; the date field writes the date itself. Swedish is the ISO form the region
// uses ("2026-12-10"); English puts the month in words ("10 Dec 2026") so that neither a US nor a
// British reader can take the day for the month. Both languages accept the ISO form as typed.
import { daysInMonth, formatIsoDate, parseIsoDate } from './calendar';

export type DateLang = 'sv' | 'en';

export const MONTH_NAMES: Readonly<Record<DateLang, readonly string[]>> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
};

export const SHORT_MONTH_NAMES: Readonly<Record<DateLang, readonly string[]>> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

/** Sunday first, as calendars count a week's days (getDay()); Monday still starts the week shown. */
export const WEEKDAY_NAMES: Readonly<Record<DateLang, readonly string[]>> = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
};

export const SHORT_WEEKDAY_NAMES: Readonly<Record<DateLang, readonly string[]>> = {
  sv: ['sö', 'må', 'ti', 'on', 'to', 'fr', 'lö'],
  en: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']
};

/** What a field's text holds: nothing, a date (as ISO), or text that is not a date. */
export type DateTextValue = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

/** The date as the field shows it: "2026-12-10" or "10 Dec 2026". Anything but an ISO date is returned unchanged. */
export function formatDateText(value: string, lang: DateLang): string {
  const d = parseIsoDate(value);
  if (!d) return value;
  return lang === 'sv' ? value : `${d.day} ${SHORT_MONTH_NAMES.en[d.month - 1]} ${d.year}`;
}

/** "10 december 2026", "10 December 2026": a date read out in full (the calendar's day labels). */
export function longDateText(year: number, month: number, day: number, lang: DateLang): string {
  return `${day} ${MONTH_NAMES[lang][month - 1]} ${year}`;
}

function isoOf(year: number, month: number, day: number): DateTextValue {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { kind: 'invalid' };
  const iso = formatIsoDate(year, month, day);
  return parseIsoDate(iso) ? { kind: 'date', iso } : { kind: 'invalid' };
}

/** A month written in words in the page's language: the full name or its first three letters or more ("sep", "sept."). */
function monthNumber(word: string, lang: DateLang): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.length < 3) return 0;
  return MONTH_NAMES[lang].findIndex((name) => name.toLowerCase().startsWith(w)) + 1;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Every month name in both languages is written with the letters a–z.
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s+([A-Za-z]+\.?)\s+(\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/;

/**
 * Reads what a person typed. Both languages take the ISO form (month and day with one or two
 * digits) and the day, month in words and year ("10 dec 2026"); English also takes the month first
 * as its dates are written elsewhere on the page ("Dec 10, 2026"). Nothing is guessed: "10/12/2026"
 * is a different day in London and in New York, so it is not a date here.
 */
export function parseDateText(text: string, lang: DateLang): DateTextValue {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return { kind: 'empty' };
  const iso = ISO.exec(t);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) return isoOf(Number(dmy[3]), monthNumber(dmy[2], lang), Number(dmy[1]));
  const mdy = lang === 'en' ? MONTH_DAY_YEAR.exec(t) : null;
  if (mdy) return isoOf(Number(mdy[3]), monthNumber(mdy[1], lang), Number(mdy[2]));
  return { kind: 'invalid' };
}

/**
 * What the form gets from a field: the ISO date when the text is one, '' when it is empty, and
 * otherwise the text itself, which the form's own rules refuse as not a date (in the page's
 * language) instead of the field quietly dropping it.
 */
export function dateFieldValue(text: string, lang: DateLang): string {
  const parsed = parseDateText(text, lang);
  return parsed.kind === 'date' ? parsed.iso : parsed.kind === 'empty' ? '' : text.trim();
}
