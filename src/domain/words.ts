// Word splitting and diacritic folding shared by catalogue search and the health-detail check.
// Hand-written character tests instead of Unicode regex classes: they run per keystroke, and
// the SPFx build targets runtimes where \p{L} is not available.

const FOLDED: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd' };
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNFOLDABLE = /[øæœßłđ]/g;

/** Lower case without diacritics: "Prové" -> "prove", "Ångest" -> "angest", "Ölandsbro" -> "olandsbro". */
export function normalizeText(text: string): string {
  const lower = (typeof text === 'string' ? text : '').toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(UNFOLDABLE, (c) => FOLDED[c]);
}

/** Letters (any script with case), digits and combining marks belong to words. */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0x300 && code <= 0x36f) return true;
  return ch.toLowerCase() !== ch.toUpperCase();
}

export interface WordSpan {
  start: number;
  end: number;
}

/** Where the words of `text` are, as [start, end) index pairs. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text.charAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      spans.push({ start, end: i });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: text.length });
  return spans;
}

/** The normalized words of `text`, in order, repeats kept. */
export function normalizedWords(text: string): string[] {
  const normalized = normalizeText(text);
  return wordSpans(normalized).map((s) => normalized.slice(s.start, s.end));
}
