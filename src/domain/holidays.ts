// Swedish public holidays and the de facto days off of the Swedish public sector.
// Rules in force since 2005 (nationaldagen replaced annandag pingst); earlier years get today's rules.
import { addDays, formatIsoDate, isoWeekday, parseIsoDate } from './calendar';
import { DomainError } from './errors';
import { data, message } from './messages';

export interface Holiday {
  date: string;
  name: string;
  /** False for julafton, midsommarafton and nyårsafton: not holidays by law but days off in the region. */
  official: boolean;
}

function requireYear(year: number): void {
  // The computus below is the Gregorian one; Sweden's calendar before 1753 was different anyway.
  if (!Number.isInteger(year) || year < 1753 || year > 9999) {
    throw new DomainError('invalid-date', message('time.invalidYear', { year: String(year) }));
  }
}

/** Easter Sunday (Gregorian calendar) as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  requireYear(year);
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

/** The first date from `firstDay` of the month that falls on ISO weekday `weekday`. */
function weekdayOnOrAfter(year: number, month: number, firstDay: number, weekday: number): string {
  const start = formatIsoDate(year, month, firstDay);
  return addDays(start, (weekday - isoWeekday(start) + 7) % 7);
}

const FRIDAY = 5;
const SATURDAY = 6;

function computeHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number): string => formatIsoDate(year, month, day);
  const list: Holiday[] = [
    { date: fixed(1, 1), name: 'Nyårsdagen', official: true },
    { date: fixed(1, 6), name: 'Trettondedag jul', official: true },
    { date: addDays(easter, -2), name: 'Långfredagen', official: true },
    { date: easter, name: 'Påskdagen', official: true },
    { date: addDays(easter, 1), name: 'Annandag påsk', official: true },
    { date: fixed(5, 1), name: 'Första maj', official: true },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag', official: true },
    { date: addDays(easter, 49), name: 'Pingstdagen', official: true },
    { date: fixed(6, 6), name: 'Sveriges nationaldag', official: true },
    { date: weekdayOnOrAfter(year, 6, 19, FRIDAY), name: 'Midsommarafton', official: false },
    { date: weekdayOnOrAfter(year, 6, 20, SATURDAY), name: 'Midsommardagen', official: true },
    // Alla helgons dag is the Saturday between 31 October and 6 November.
    { date: weekdayOnOrAfter(year, 10, 31, SATURDAY), name: 'Alla helgons dag', official: true },
    { date: fixed(12, 24), name: 'Julafton', official: false },
    { date: fixed(12, 25), name: 'Juldagen', official: true },
    { date: fixed(12, 26), name: 'Annandag jul', official: true },
    { date: fixed(12, 31), name: 'Nyårsafton', official: false }
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// Deadlines ask about the same few years over and over; the answer for a year never changes.
const cache = new Map<number, { list: Holiday[]; byDate: Map<string, Holiday> }>();

function holidaysOf(year: number): { list: Holiday[]; byDate: Map<string, Holiday> } {
  let entry = cache.get(year);
  if (!entry) {
    requireYear(year);
    const list = computeHolidays(year);
    entry = { list, byDate: new Map(list.map((h) => [h.date, h])) };
    cache.set(year, entry);
  }
  return entry;
}

/** Holidays and de facto days off in `year`, in date order. */
export function swedishHolidays(year: number): Holiday[] {
  return holidaysOf(year).list.map((h) => ({ ...h }));
}

/** The holiday on `isoDate`, or undefined. */
export function holidayOn(isoDate: string): Holiday | undefined {
  const d = parseIsoDate(isoDate);
  if (!d) throw new DomainError('invalid-date', message('time.invalidDate', { value: data(String(isoDate)) }));
  const h = holidaysOf(d.year).byDate.get(isoDate);
  return h ? { ...h } : undefined;
}

/** Monday to Friday and not a holiday or de facto day off. */
export function isWorkingDay(isoDate: string): boolean {
  return isoWeekday(isoDate) <= FRIDAY && holidayOn(isoDate) === undefined;
}

/** The first working day after `isoDate`. */
export function nextWorkingDay(isoDate: string): string {
  let day = addDays(isoDate, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
