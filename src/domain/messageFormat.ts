// How message templates write numbers, dates, lists and the fixed choices in each language.
// Pure (no Intl): the grouping is the one Intl gives, a no-break space in Swedish ("4 000").
import { joinSwedish, numberWord } from './swedishText';
import { formatDate, formatDateTime } from './time';
import type { Adaptation, CascadeReason, OrderStatus, TrainingFormat } from './types';

export type Lang2 = 'sv' | 'en';

export function groupDigits(n: number, lang: Lang2): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, fraction] = String(Math.abs(n)).split('.');
  // From four digits, as Intl.NumberFormat groups for sv-SE and en-US.
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? '\u00a0' : ',');
  const sign = n < 0 ? '−' : '';
  return `${sign}${grouped}${fraction ? (lang === 'sv' ? ',' : '.') + fraction : ''}`;
}

function joinEnglish(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
}

export function joinIn(lang: Lang2, items: readonly string[], alternatives = false): string {
  return lang === 'sv' ? joinSwedish(items, alternatives ? 'eller' : 'och') : joinEnglish(items, alternatives ? 'or' : 'and');
}

const ENGLISH_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Small numbers in running text as words ("fem dagar", "five days"). */
export function countWord(n: number, lang: Lang2): string {
  if (lang === 'sv') return numberWord(n);
  return Number.isInteger(n) && n >= 0 && n < ENGLISH_NUMBER_WORDS.length ? ENGLISH_NUMBER_WORDS[n] : groupDigits(n, 'en');
}

export function dayCount(n: number, lang: Lang2): string {
  if (lang === 'sv') return n === 1 ? 'en dag' : `${countWord(n, 'sv')} dagar`;
  return n === 1 ? 'one day' : `${countWord(n, 'en')} days`;
}

export const dateIn = (value: string | Date, lang: Lang2): string => formatDate(value, lang);
export const dateTimeIn = (value: string | Date, lang: Lang2): string => formatDateTime(value, lang);

const STATUS_EN: Readonly<Record<OrderStatus, string>> = {
  Ny: 'New',
  'Väntar på svar': 'Awaiting answer',
  Antagen: 'Accepted',
  'Ingen leverantör': 'No supplier',
  Genomförd: 'Completed',
  Avbruten: 'Cancelled'
};

const REASON_EN: Readonly<Record<CascadeReason, string>> = {
  'Avböjt: saknar kapacitet': 'Declined: no capacity',
  'Avböjt: kan inte starta i tid': 'Declined: cannot start in time',
  'Inget svar före svarstiden': 'No answer by the deadline',
  Annat: 'Other'
};

const FORMAT_EN: Readonly<Record<TrainingFormat, string>> = { Platsbunden: 'on site', Digital: 'digital', Hybrid: 'hybrid' };

const ADAPTATION_EN: Readonly<Record<Adaptation, string>> = {
  Teckenspråkstolk: 'Sign language interpreter',
  Skrivtolk: 'Speech-to-text interpreter',
  Hörslinga: 'Hearing loop',
  'Tillgänglig lokal utan trappsteg': 'Step-free accessible venue',
  'Material i förväg': 'Material in advance',
  'Material i tillgängligt format': 'Material in an accessible format',
  'Pauser och anpassat tempo': 'Breaks and adapted pace',
  Annat: 'Other'
};

function labelIn<K extends string>(english: Readonly<Record<K, string>>, value: string, lang: Lang2): string {
  return lang === 'sv' ? value : english[value as K] || value;
}

export const statusIn = (value: string, lang: Lang2): string => labelIn(STATUS_EN, value, lang);
export const reasonIn = (value: string, lang: Lang2): string => labelIn(REASON_EN, value, lang);
export const formatIn = (value: string, lang: Lang2): string => (lang === 'sv' ? value.toLowerCase() : labelIn(FORMAT_EN, value, lang));
export const adaptationIn = (value: string, lang: Lang2): string => labelIn(ADAPTATION_EN, value, lang);
