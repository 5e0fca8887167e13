// Catalogue search for the overview page. It runs on every keystroke, so all text is folded into
// words once in buildSearchIndex, one string per field; a search is then a substring scan of the
// area's text per query word, and per field only for the hits (to rank them). It replaced sorted word
// lists with a binary search per word and field: the same hits, less code, and no faster than this on
// the bench (BENCH_ONLY=search npm run bench: medians 1.4-6.1 ms for the lists, 2.0-2.8 ms for the
// scan, on a loaded 2-core machine; the unranked scan of one string per area is about 1.2 ms).
import { compareAreas, rankedSuppliers } from './ranking';
import { AgreementArea, AreaStatus, Catalogue, TargetGroup } from './types';
import { normalizedWords, normalizeText, wordSpans } from './words';

export { normalizeText } from './words';

/** Fields in the order they rank a hit: a match in the title beats one in the body text. */
export type SearchField = 'title' | 'summary' | 'trainingAreas' | 'courses' | 'suppliers' | 'targetGroups' | 'targetAudience' | 'about' | 'notes';
export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'summary', 'trainingAreas', 'courses', 'suppliers', 'targetGroups', 'targetAudience', 'about', 'notes'];

export interface SearchEntry {
  area: AgreementArea;
  /** Position in catalogue order. */
  position: number;
  /** Per field (indexed like SEARCH_FIELDS) its normalized words, each after a space: a query word starts one of them where " word" occurs. */
  texts: string[];
  /** All of `texts` in one string: most areas fail one scan of it, and only hits are ranked per field. */
  all: string;
  supplierKeys: string[];
}

export interface SearchIndex {
  entries: SearchEntry[];
}

export interface SearchFilters {
  /** Areas aimed at any of these groups. */
  targetGroups?: TargetGroup[];
  /** Areas where this supplier is among the active ranked suppliers. */
  supplierKey?: string;
  statuses?: AreaStatus[];
}

export interface SearchHit {
  area: AgreementArea;
  areaKey: string;
  /** Fields where at least one query word matched, in SEARCH_FIELDS order. Empty for an empty query. */
  matchedFields: SearchField[];
  /** Lower is better; 0 when every query word matched the title. */
  score: number;
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

export function buildSearchIndex(catalogue: Catalogue): SearchIndex {
  const areas = catalogue.areas.slice().sort(compareAreas);
  const entries = areas.map((area, position): SearchEntry => {
    const ranked = rankedSuppliers(area.key, catalogue);
    const trainingAreas = catalogue.trainingAreas.filter((t) => t.areaKey === area.key);
    const courses = catalogue.courses.filter((c) => c.areaKey === area.key);
    const texts: Record<SearchField, string[]> = {
      title: [area.title],
      summary: [area.summary],
      trainingAreas: trainingAreas.map((t) => `${t.title} ${t.description}`),
      courses: courses.map((c) => `${c.code} ${c.title} ${c.description}`),
      suppliers: ranked.map((r) => r.supplierName),
      targetGroups: area.targetGroups.slice(),
      targetAudience: [area.targetAudience],
      about: [area.about],
      notes: [area.notes]
    };
    const fieldTexts = SEARCH_FIELDS.map((field) => ` ${normalizedWords(texts[field].join(' ')).join(' ')}`);
    return { area, position, texts: fieldTexts, all: fieldTexts.join(''), supplierKeys: ranked.map((r) => r.supplierKey) };
  });
  return { entries };
}

/** The normalized words of a query, each once. */
export function queryWords(query: string): string[] {
  return Array.from(new Set(normalizedWords(query)));
}

function passesFilters(entry: SearchEntry, filters: SearchFilters): boolean {
  const groups = filters.targetGroups;
  if (groups && groups.length > 0 && !groups.some((g) => entry.area.targetGroups.indexOf(g) >= 0)) return false;
  if (filters.supplierKey && entry.supplierKeys.indexOf(filters.supplierKey) < 0) return false;
  if (filters.statuses && filters.statuses.length > 0 && filters.statuses.indexOf(entry.area.status) < 0) return false;
  return true;
}

/**
 * Areas where every query word starts some word of the area's texts. Without a query the
 * catalogue order is kept; with one, areas matched in more prominent fields come first.
 */
export function searchAreas(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchHit[] {
  const words = queryWords(query);
  const starts = words.map((w) => ` ${w}`);
  const hits: SearchHit[] = [];
  const positions: number[] = [];
  for (const entry of index.entries) {
    if (!passesFilters(entry, filters)) continue;
    if (!starts.every((start) => entry.all.includes(start))) continue;
    // A hit: ranked by the most prominent field each query word starts a word in.
    let score = 0;
    let mask = 0;
    for (const start of starts) {
      let best = -1;
      for (let f = 0; f < SEARCH_FIELDS.length; f++) {
        if (entry.texts[f].includes(start)) {
          if (best < 0) best = f;
          mask |= 1 << f;
        }
      }
      score += best;
    }
    const matchedFields = SEARCH_FIELDS.filter((_, f) => (mask & (1 << f)) !== 0);
    hits.push({ area: entry.area, areaKey: entry.area.key, matchedFields, score });
    positions.push(entry.position);
  }
  if (words.length === 0) return hits;
  const order = hits.map((_, i) => i).sort((a, b) => hits[a].score - hits[b].score || positions[a] - positions[b]);
  return order.map((i) => hits[i]);
}

/**
 * The original text cut into segments, with the parts that match a query word marked. A word
 * matches from its start, ignoring case and diacritics, so "prove" marks "Prov" in "Prové".
 */
export function highlight(text: string, query: string): HighlightSegment[] {
  const source = typeof text === 'string' ? text : '';
  if (source === '') return [];
  const words = queryWords(query);
  if (words.length === 0) return [{ text: source, match: false }];
  const segments: HighlightSegment[] = [];
  let plainFrom = 0;
  for (const span of wordSpans(source)) {
    // Fold character by character so a position in the folded word maps back to the original.
    let folded = '';
    const endAfter: number[] = [];
    for (let i = span.start; i < span.end; i++) {
      folded += normalizeText(source.charAt(i));
      endAfter.push(folded.length);
    }
    let longest = 0;
    for (const word of words) if (word.length > longest && folded.startsWith(word)) longest = word.length;
    if (longest === 0) continue;
    let end = span.start;
    while (end < span.end && endAfter[end - span.start] < longest) end++;
    end++;
    // Combining marks after the last matched letter belong to it.
    while (end < span.end && endAfter[end - span.start] === endAfter[end - span.start - 1]) end++;
    if (span.start > plainFrom) segments.push({ text: source.slice(plainFrom, span.start), match: false });
    segments.push({ text: source.slice(span.start, end), match: true });
    plainFrom = end;
  }
  if (plainFrom < source.length) segments.push({ text: source.slice(plainFrom), match: false });
  return segments;
}
