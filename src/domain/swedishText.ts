// Small helpers for building Swedish sentences.

/** "A", "A och B", "A, B och C" (or "eller" for alternatives). */
export function joinSwedish(items: readonly string[], conjunction: 'och' | 'eller' = 'och'): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const NUMBER_WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** Swedish style writes small numbers in running text as words. Uses the common gender ("en dag"). */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Capitalised and ending with a full stop, unless it already ends with punctuation. */
export function asSentence(s: string): string {
  const t = s.trim();
  if (t === '') return '';
  return /[.!?…]$/.test(t) ? capitalize(t) : `${capitalize(t)}.`;
}

export function nonSpaceLength(s: string): number {
  return s.replace(/\s+/g, '').length;
}

/** Treats undefined and null as empty, because form state is not always complete at run time. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
