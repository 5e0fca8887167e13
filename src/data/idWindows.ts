// Newest-first reads of a list that grows past SharePoint's list view threshold. SharePoint refuses
// a query whose first indexed clause matches more than 5,000 rows, however small $top is, and rows
// the reader may not see count too. So a filter that can match many rows (a status, a person's
// orders, or none at all) is read in windows over the always-indexed ID, `ID ge a and ID le b`
// with b - a < 5,000, newest window first, until a page is full. An unfiltered
// `$orderby=ID desc&$top=1` finds where to start: ordered by ID without a filter SharePoint only
// touches the row it returns. Sources: https://learn.microsoft.com/en-us/previous-versions/msp-n-p/ff798465(v=pandp.10),
// https://learn.microsoft.com/en-us/microsoft-365/community/large-lists-large-libraries-in-sharepoint,
// https://github.com/pnp/pnpjs/issues/3163.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { itemsQuery, listOf } from './listQuery';
import { ListQuery } from './mapping/catalogue';
import { readPage } from './paging';

/** Ids per window: a window's first clause never matches more than the threshold. */
export const ID_WINDOW = 5000;
/** Windows read together in one $batch when the rows are sparse. */
const MAX_WINDOWS_PER_ROUND = 8;

export interface IdWindowPage<T> {
  items: T[];
  /** Where the next page starts; absent when nothing older can match. */
  next?: string;
}

interface IdRow {
  Id?: unknown;
  ID?: unknown;
}

function idOf(row: IdRow): number {
  const id = Number(row.Id ?? row.ID);
  return Number.isInteger(id) ? id : 0;
}

const TOKEN = /^ids-to:(\d+)$/;

export function idWindowToken(highestId: number): string | undefined {
  return highestId >= 1 ? `ids-to:${highestId}` : undefined;
}

/** The highest id a token still has to read, or undefined when it is not one of ours. */
export function idWindowStart(token: string): number | undefined {
  const m = TOKEN.exec(token);
  return m ? Number(m[1]) : undefined;
}

/** The highest item id the current user can see in `listTitle` (0 for an empty list). */
export async function highestId(sp: SPFI, listTitle: string): Promise<number> {
  const page = await readPage<IdRow>(listOf(sp, listTitle).items.select('Id').orderBy('ID', false).top(1));
  return page.items.length ? idOf(page.items[0]) : 0;
}

/**
 * One page of `query` rows matching every clause in `clauses`, newest (highest id) first.
 * `start` is a token from an earlier page; without one the read starts at the newest item.
 */
export async function readNewestFirst<T extends IdRow>(sp: SPFI, query: ListQuery, clauses: string[], pageSize: number, start?: string): Promise<IdWindowPage<T>> {
  let hi = start === undefined ? await highestId(sp, query.listTitle) : idWindowStart(start);
  if (hi === undefined) throw new Error(`Ogiltig sidmarkör (invalid page token): ${start}`);
  const rows: T[] = [];
  let perRound = 1;
  // One row more than the page shows: then a full page knows whether anything older matched.
  while (hi >= 1 && rows.length <= pageSize) {
    const need = pageSize + 1 - rows.length;
    const windows: Array<[number, number]> = [];
    for (let top = hi; top >= 1 && windows.length < perRound; top -= ID_WINDOW) windows.push([Math.max(1, top - ID_WINDOW + 1), top]);
    const pages = await readWindows<T>(sp, query, clauses, windows, need);
    for (const page of pages) rows.push(...page);
    hi = windows[windows.length - 1][0] - 1;
    perRound = Math.min(perRound * 2, MAX_WINDOWS_PER_ROUND);
  }
  if (rows.length <= pageSize) return { items: rows };
  const items = rows.slice(0, pageSize);
  const next = idWindowToken(idOf(items[items.length - 1]) - 1);
  return next ? { items, next } : { items };
}

async function readWindows<T>(sp: SPFI, query: ListQuery, clauses: string[], windows: Array<[number, number]>, top: number): Promise<T[][]> {
  const read = (on: SPFI, [lo, hi]: [number, number]) =>
    readPage<T>(
      itemsQuery(on, query, top)
        .filter([`ID ge ${lo}`, `ID le ${hi}`, ...clauses].join(' and '))
        .orderBy('ID', false)
    ).then((page) => page.items);
  if (windows.length === 1) return [await read(sp, windows[0])];
  const [batched, execute] = sp.batched();
  const reads = windows.map((window) => read(batched, window));
  const [pages] = await Promise.all([Promise.all(reads), execute()]);
  return pages;
}
