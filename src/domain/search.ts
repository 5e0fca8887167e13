// Catalogue search for the overview page. It runs on every keystroke, so all text is folded and
// split into sorted word lists once in buildSearchIndex; a search is then a binary search per
// query word and field, with no regular expressions and no string building per area.
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
  /** Sorted, unique, normalized words per field, indexed like SEARCH_FIELDS. */
  words: string[][];
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

function sortedUnique(words: string[]): string[] {
  return Array.from(new Set(words)).sort();
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
    return {
      area,
      position,
      words: SEARCH_FIELDS.map((field) => sortedUnique(normalizedWords(texts[field].join(' ')))),
      supplierKeys: ranked.map((r) => r.supplierKey)
    };
  });
  return { entries };
}

/** The normalized words of a query, each once. */
export function queryWords(query: string): string[] {
  return Array.from(new Set(normalizedWords(query)));
}

/** Whether some word in the sorted list `words` starts with `prefix`. */
function hasWordStartingWith(words: string[], prefix: string): boolean {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo].startsWith(prefix);
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
  const hits: SearchHit[] = [];
  const positions: number[] = [];
  for (const entry of index.entries) {
    if (!passesFilters(entry, filters)) continue;
    let score = 0;
    let matchedMask = 0;
    let all = true;
    for (const word of words) {
      let best = -1;
      for (let f = 0; f < SEARCH_FIELDS.length; f++) {
        if (hasWordStartingWith(entry.words[f], word)) {
          if (best < 0) best = f;
          matchedMask |= 1 << f;
        }
      }
      if (best < 0) {
        all = false;
        break;
      }
      score += best;
    }
    if (!all) continue;
    const matchedFields = SEARCH_FIELDS.filter((_, f) => (matchedMask & (1 << f)) !== 0);
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
