// Orders are read by suppliers and handlers, so they must not carry health data about
// participants. The form asks for the adaptation needed; these words suggest someone wrote the
// diagnosis instead. The check is a gentle reminder, not a filter, so false alarms are tolerable.
import { normalizeText, wordSpans } from './words';

/** Matched anywhere inside a word, so compounds such as "adhd-diagnos" or "långtidssjukskriven" are caught. */
const PARTS = [
  'diagnos', 'autism', 'autist', 'asperger', 'dyslexi', 'dyslekti', 'depression', 'deprimerad',
  'sjukdom', 'sjukskriv', 'funktionsnedsattning', 'funktionsnedsatt', 'funktionshinder', 'funktionsvariation',
  'neuropsykiatri', 'utmattningssyndrom', 'utbrand', 'angest', 'bipolar', 'epilepsi', 'diabetes',
  'horselnedsattning', 'synnedsattning'
];

/** Short abbreviations matched only at the start of a word, where they cannot be part of an ordinary word. */
const ABBREVIATIONS = ['adhd', 'npf', 'ptsd', 'ocd'];

/** The words in `text` that look like health details, as written, each once. */
export function healthDetailWords(text: string): string[] {
  const source = typeof text === 'string' ? text : '';
  const found: string[] = [];
  for (const span of wordSpans(source)) {
    const word = source.slice(span.start, span.end);
    const normalized = normalizeText(word);
    const hit = PARTS.some((p) => normalized.indexOf(p) >= 0) || ABBREVIATIONS.some((a) => normalized.startsWith(a));
    if (hit && found.every((f) => normalizeText(f) !== normalized)) found.push(word);
  }
  return found;
}

/** Put in place of a word that looks like a health detail, in text that leaves the region. */
export const WITHHELD_WORD = '[borttaget]';

/** `text` with every word that looks like a health detail replaced by WITHHELD_WORD. */
export function withoutHealthDetails(text: string): string {
  const source = typeof text === 'string' ? text : '';
  const spans = wordSpans(source);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (healthDetailWords(source.slice(span.start, span.end)).length === 0) continue;
    out += source.slice(at, span.start) + WITHHELD_WORD;
    at = span.end;
  }
  return out + source.slice(at);
}
