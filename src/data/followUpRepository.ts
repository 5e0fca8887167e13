// Follow-up's read: the handlers' records (Avropsstatus) of the orders submitted in a period, and
// nothing from the orderers' own items. A year can hold far more than the 5,000 rows SharePoint's
// list view threshold lets one query touch, so the list is read newest first in windows over the
// always-indexed ID (a window's ID range is the first clause and never spans more than 5,000 ids;
// see idWindows.ts and workbench/server/threshold.ts for the rule and its sources), with the
// period on the indexed SubmittedAt inside each window. A record is added when a handler first
// acts on an order, after it was submitted, and ids grow with Created: once a window's lowest row
// was created before the period began, every older row was too, and the read stops there.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { FollowUpRecord, isValidPeriod, periodBounds } from '../domain/scorecard';
import { SiteTimeZone } from '../domain/time';
import { ORDER_RECORDS } from '../schema/lists';
import { CatalogueLookup } from './catalogueIds';
import { highestId, ID_WINDOW } from './idWindows';
import { itemsQuery, listOf, MAX_PAGE } from './listQuery';
import { FOLLOW_UP_QUERY, followUpRecordFromItem, unknownFollowUpIds } from './mapping/followUp';
import { SpItem } from './mapping/values';
import { readNextPage, readPage, RawPage } from './paging';
import { SiteSettings, SpSiteSettings } from './siteSettings';

export interface FollowUpRepository {
  /** The records of the orders submitted from `from` to `to` (Swedish dates, both included). */
  recordsSubmitted(from: string, to: string): Promise<FollowUpRecord[]>;
}

/** Windows read together in one $batch once the first has shown the rows are there. */
const MAX_WINDOWS_PER_ROUND = 4;

interface WindowRead {
  rows: SpItem[];
  /** Created of the window's lowest row; undefined for an empty window. */
  lowestCreated?: string;
}

export class SpFollowUpRepository implements FollowUpRepository {
  private siteZone: SiteTimeZone | undefined;

  constructor(
    private readonly sp: SPFI,
    private readonly lookup: CatalogueLookup,
    private readonly site: SiteSettings = new SpSiteSettings(sp)
  ) {}

  async recordsSubmitted(from: string, to: string): Promise<FollowUpRecord[]> {
    if (!isValidPeriod(from, to)) throw new RangeError(`Ogiltig period (invalid period): ${from} – ${to}`);
    const { start, end } = periodBounds(from, to);
    const period = `SubmittedAt ge datetime'${start}' and SubmittedAt lt datetime'${end}'`;
    const rows: SpItem[] = [];
    let hi = await highestId(this.sp, ORDER_RECORDS.title);
    let perRound = 1;
    while (hi >= 1) {
      const windows: Array<[number, number]> = [];
      for (let top = hi; top >= 1 && windows.length < perRound; top -= ID_WINDOW) windows.push([Math.max(1, top - ID_WINDOW + 1), top]);
      const reads = await this.readWindows(windows, period);
      let done = false;
      for (const read of reads) {
        rows.push(...read.rows);
        if (read.lowestCreated !== undefined && Date.parse(read.lowestCreated) < Date.parse(start)) {
          done = true;
          break;
        }
      }
      if (done) break;
      hi = windows[windows.length - 1][0] - 1;
      perRound = Math.min(perRound * 2, MAX_WINDOWS_PER_ROUND);
    }
    return this.toRecords(rows);
  }

  private async readWindows(windows: Array<[number, number]>, period: string): Promise<WindowRead[]> {
    const [batched, execute] = this.sp.batched({ maxRequests: Math.max(20, windows.length * 2) });
    const reads = windows.map(([lo, hi]) => {
      const range = `ID ge ${lo} and ID le ${hi}`;
      const rows = readPage<SpItem>(itemsQuery(batched, FOLLOW_UP_QUERY, MAX_PAGE).filter(`${range} and ${period}`).orderBy('ID', false));
      const lowest = readPage<SpItem>(listOf(batched, ORDER_RECORDS.title).items.select('Id', 'Created').filter(range).orderBy('ID', true).top(1));
      return Promise.all([rows, lowest]);
    });
    const [pages] = await Promise.all([Promise.all(reads), execute()]);
    const out: WindowRead[] = [];
    for (const [page, lowest] of pages) {
      // A window holds at most ID_WINDOW = MAX_PAGE ids, so a next page is rare; it is followed all the same.
      const rows = await this.rest(page);
      const first = lowest.items[0];
      out.push(first ? { rows, lowestCreated: String(first.Created ?? '') } : { rows });
    }
    return out;
  }

  private async rest(page: RawPage<SpItem>): Promise<SpItem[]> {
    const rows = [...page.items];
    let next = page.nextLink;
    const base = listOf(this.sp, ORDER_RECORDS.title).items;
    while (next) {
      const more = await readNextPage<SpItem>(base, next);
      rows.push(...more.items);
      next = more.nextLink;
    }
    return rows;
  }

  private async toRecords(rows: SpItem[]): Promise<FollowUpRecord[]> {
    if (rows.length === 0) return [];
    let ids = await this.lookup.catalogueIds();
    if (rows.some((row) => unknownFollowUpIds(row, ids))) ids = await this.lookup.catalogueIds(true);
    if (!this.siteZone) this.siteZone = await this.site.timeZone();
    const zone = this.siteZone;
    // Oldest first, as the orders were submitted.
    return rows.map((row) => followUpRecordFromItem(row, ids, zone)).reverse();
  }
}
