// Dates and numbers on the page in its language ("24 nov 2026", "Nov 24, 2026"; "4 000", "4,000"), dates in Swedish time.
import { formatDate, formatDateTime } from '../domain/time';
import { groupDigits } from '../domain/messageFormat';
import type { Lang } from '../i18n/lang';

export function showDate(value: string | Date, lang: Lang): string {
  return formatDate(value, lang === 'en-US' ? 'en' : 'sv');
}

export function showDateTime(value: string | Date, lang: Lang): string {
  return formatDateTime(value, lang === 'en-US' ? 'en' : 'sv');
}

/** "4 000" (with the no-break space Intl gives) or "4,000". */
export function showNumber(n: number, lang: Lang): string {
  return groupDigits(n, lang === 'en-US' ? 'en' : 'sv');
}
