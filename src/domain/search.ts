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

/**
 * What `searchAreas` gives for an empty query without filters (every area, in catalogue order),
 * without building the index: the catalogue's first view needs no index, so building it can wait
 * until the cards are on the screen.
 */
export function unsearchedHits(catalogue: Catalogue): SearchHit[] {
  return catalogue.areas
    .slice()
    .sort(compareAreas)
    .map((area) => ({ area, areaKey: area.key, matchedFields: [], score: 0 }));
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

/** The hits among `entries` (in index order), and the entries that matched, in index order too. */
function scan(entries: SearchEntry[], words: string[], filters: SearchFilters): { hits: SearchHit[]; matched: SearchEntry[] } {
  const starts = words.map((w) => ` ${w}`);
  const hits: SearchHit[] = [];
  const matched: SearchEntry[] = [];
  for (const entry of entries) {
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
    matched.push(entry);
  }
  if (words.length === 0) return { hits, matched };
  const order = hits.map((_, i) => i).sort((a, b) => hits[a].score - hits[b].score || matched[a].position - matched[b].position);
  return { hits: order.map((i) => hits[i]), matched };
}

/**
 * Areas where every query word starts some word of the area's texts. Without a query the
 * catalogue order is kept; with one, areas matched in more prominent fields come first.
 */
export function searchAreas(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchHit[] {
  return scan(index.entries, queryWords(query), filters).hits;
}

/**
 * `searchAreas` for a search box: typing on only narrows. When each word of the last query starts
 * some word of the new one (and the filters are the same), every new hit was a hit before, since a
 * text with a word starting "ledars" has one starting "ledar"; so only the last hits are scanned.
 */
export function incrementalSearch(index: SearchIndex): (query: string, filters?: SearchFilters) => SearchHit[] {
  let last: { words: string[]; filters: string; matched: SearchEntry[] } | undefined;
  return (query, filters = {}) => {
    const words = queryWords(query);
    const filterKey = JSON.stringify([filters.targetGroups ?? [], filters.supplierKey ?? '', filters.statuses ?? []]);
    const narrows = !!last && last.filters === filterKey && last.words.length > 0 && last.words.every((w) => words.some((n) => n.startsWith(w)));
    const { hits, matched } = scan(narrows && last ? last.matched : index.entries, words, filters);
    last = { words, filters: filterKey, matched };
    return hits;
  };
}

interface FoldedWord {
  start: number;
  end: number;
  folded: string;
  /** Length of `folded` after each original character of the word. */
  endAfter: number[];
}

// A keystroke highlights the same card texts again and again: each text is cut and folded once.
// Bounded, because the texts come from lists anybody with edit rights can fill.
const FOLDED_TEXTS = new Map<string, FoldedWord[]>();
const FOLDED_TEXTS_MAX = 4000;

function foldedWords(source: string): FoldedWord[] {
  let words = FOLDED_TEXTS.get(source);
  if (words) return words;
  words = wordSpans(source).map((span) => {
    // Fold character by character so a position in the folded word maps back to the original.
    let folded = '';
    const endAfter: number[] = [];
    for (let i = span.start; i < span.end; i++) {
      folded += normalizeText(source.charAt(i));
      endAfter.push(folded.length);
    }
    return { start: span.start, end: span.end, folded, endAfter };
  });
  if (FOLDED_TEXTS.size >= FOLDED_TEXTS_MAX) FOLDED_TEXTS.clear();
  FOLDED_TEXTS.set(source, words);
  return words;
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
  for (const { start, end: wordEnd, folded, endAfter } of foldedWords(source)) {
    let longest = 0;
    for (const word of words) if (word.length > longest && folded.startsWith(word)) longest = word.length;
    if (longest === 0) continue;
    let end = start;
    while (end < wordEnd && endAfter[end - start] < longest) end++;
    end++;
    // Combining marks after the last matched letter belong to it.
    while (end < wordEnd && endAfter[end - start] === endAfter[end - start - 1]) end++;
    if (start > plainFrom) segments.push({ text: source.slice(plainFrom, start), match: false });
    segments.push({ text: source.slice(start, end), match: true });
    plainFrom = end;
  }
  if (plainFrom < source.length) segments.push({ text: source.slice(plainFrom), match: false });
  return segments;
}
