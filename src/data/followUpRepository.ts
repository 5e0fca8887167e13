// Follow-up's read: the handlers' records (Avropsstatus) of the orders submitted in a period, and
// nothing from the orderers' own items. A year can hold far more than the 5,000 rows SharePoint's
// list view threshold lets one query touch, so the list is read newest first in windows over the
// always-indexed ID (a window's ID range is the first clause and never spans more than 5,000 ids;
// see idWindows.ts and workbench/server/threshold.ts for the rule and its sources), with the
// period on the indexed SubmittedAt inside each window. A record is added when a handler first
// acts on an order, after it was submitted, and ids grow with Created: once a window's lowest row
// was created before the period began, every older row was too, and the read stops there.
// Each row brings the short form of its counted trail steps (Kpis), never the full Trail, except
// for records written before that column existed: those are read again for their Trail only.
import { InjectHeaders } from '@pnp/queryable';
import { SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/batching';
import { FollowUpRecord, isValidPeriod, periodBounds } from '../domain/scorecard';
import { SiteTimeZone } from '../domain/time';
import { ORDER_RECORDS } from '../schema/lists';
import { CatalogueIds, CatalogueLookup } from './catalogueIds';
import { highestId, ID_WINDOW } from './idWindows';
import { itemsQuery, listOf, MAX_PAGE } from './listQuery';
import { FOLLOW_UP_QUERY, FOLLOW_UP_TRAIL_QUERY, followUpRecordFromItem, needsFullTrail, unknownFollowUpIds } from './mapping/followUp';
import { SpItem } from './mapping/values';
import { NO_METADATA } from './earlyReads';
import { readNextPage, readPage, RawPage } from './paging';
import { BasePermissions } from './permissions';
import { ListRights } from './ports';
import { SiteSettings, SpSiteSettings } from './siteSettings';
import { listRightsOf } from './userContext';

export interface FollowUpRepository {
  /** The records of the orders submitted from `from` to `to` (Swedish dates, both included). */
  recordsSubmitted(from: string, to: string): Promise<FollowUpRecord[]>;
  /**
   * The signed-in person's rights on the records and, when she may read them, the period's
   * records: the rights travel in the same $batch as the first read, so the screen waits for one
   * round trip less. Absent in test set-ups, which ask followUpRights and recordsSubmitted.
   */
  openPeriod?(from: string, to: string): Promise<OpenedPeriod>;
}

export interface OpenedPeriod {
  rights: ListRights;
  /** Absent when she may not read the records. */
  records?: FollowUpRecord[];
}

/**
 * Windows in one $batch (two reads each: its rows and its oldest row's Created). Three full
 * windows answer some 7 MB: small enough that the browser parses one answer while the next
 * arrives, and that Chromium's inspector keeps the body for the bench to count its rows.
 */
const WINDOWS_PER_BATCH = 3;
/**
 * Windows read at once, in $batches sent side by side (six: what a browser sends at once to one
 * host over HTTP/1.1): 90,000 ids, some two years of a busy site, so a year usually comes in one
 * round; a quiet site's year is in the first window, and there are no more windows to read.
 */
const WINDOWS_PER_ROUND = 18;

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
    private readonly site: SiteSettings = new SpSiteSettings(sp),
    /** Fewer in tests, to see the read stop at the period's start below 90,000 ids. */
    private readonly windowsPerRound = WINDOWS_PER_ROUND
  ) {}

  async recordsSubmitted(from: string, to: string): Promise<FollowUpRecord[]> {
    const { start, period } = this.periodClause(from, to);
    const zone = this.siteZone ? Promise.resolve(this.siteZone) : this.site.timeZone();
    zone.catch(() => undefined);
    const hi = await highestId(this.sp, ORDER_RECORDS.title);
    this.siteZone = await zone;
    return this.readPeriod(start, period, hi);
  }

  async openPeriod(from: string, to: string): Promise<OpenedPeriod> {
    const { start, period } = this.periodClause(from, to);
    const [batched, execute] = this.sp.batched();
    const mask = SPQueryable(listOf(batched, ORDER_RECORDS.title), 'EffectiveBasePermissions')<BasePermissions>();
    // Refused inside the $batch for someone who may not read the records: no failed request on the page.
    const hi = highestId(batched, ORDER_RECORDS.title);
    const zone = this.siteZone ? Promise.resolve(this.siteZone) : new SpSiteSettings(batched).timeZone();
    const settled = <T>(p: Promise<T>) => p.then(() => undefined, () => undefined);
    await Promise.all([settled(mask), settled(hi), settled(zone), execute()]);
    const rights = listRightsOf(await mask, ORDER_RECORDS.readSecurity, ORDER_RECORDS.writeSecurity);
    if (!rights.canRead) return { rights };
    this.siteZone = await zone;
    return { rights, records: await this.readPeriod(start, period, await hi) };
  }

  private periodClause(from: string, to: string): { start: string; period: string } {
    if (!isValidPeriod(from, to)) throw new RangeError(`Ogiltig period (invalid period): ${from} – ${to}`);
    const { start, end } = periodBounds(from, to);
    return { start, period: `SubmittedAt ge datetime'${start}' and SubmittedAt lt datetime'${end}'` };
  }

  /** The rows of `period` in ID windows from `highest` down, the zone already known. */
  private async readPeriod(start: string, period: string, highest: number): Promise<FollowUpRecord[]> {
    const ids = this.lookup.catalogueIds();
    ids.catch(() => undefined);
    const rows: SpItem[] = [];
    const read: Array<[number, number]> = [];
    let hi = highest;
    while (hi >= 1) {
      const windows: Array<[number, number]> = [];
      for (let top = hi; top >= 1 && windows.length < this.windowsPerRound; top -= ID_WINDOW) windows.push([Math.max(1, top - ID_WINDOW + 1), top]);
      const reads = await this.readWindows(windows, period);
      let done = false;
      for (const [i, w] of reads.entries()) {
        rows.push(...w.rows);
        read.push(windows[i]);
        if (w.lowestCreated !== undefined && Date.parse(w.lowestCreated) < Date.parse(start)) {
          done = true;
          break;
        }
      }
      if (done) break;
      hi = windows[windows.length - 1][0] - 1;
    }
    await this.fullTrails(rows, read, period);
    return this.toRecords(rows, await ids);
  }

  /** Trail for the rows written before Kpis existed, read in the windows they came from. */
  private async fullTrails(rows: SpItem[], windows: Array<[number, number]>, period: string): Promise<void> {
    const missing = new Map<number, SpItem>();
    for (const row of rows) if (needsFullTrail(row)) missing.set(Number(row.Id ?? row.ID), row);
    if (missing.size === 0) return;
    const idsOf = [...missing.keys()];
    const needed = windows.filter(([lo, hi]) => idsOf.some((id) => id >= lo && id <= hi));
    for (let i = 0; i < needed.length; i += WINDOWS_PER_BATCH) {
      const [batched, execute] = this.sp.batched();
      const reads = needed
        .slice(i, i + WINDOWS_PER_BATCH)
        .map(([lo, hi]) => readPage<SpItem>(itemsQuery(batched, FOLLOW_UP_TRAIL_QUERY, MAX_PAGE).using(InjectHeaders({ Accept: NO_METADATA })).filter(`ID ge ${lo} and ID le ${hi} and ${period}`).orderBy('ID', false)));
      const [pages] = await Promise.all([Promise.all(reads), execute()]);
      for (const page of pages) {
        for (const item of await this.rest(page)) {
          const row = missing.get(Number(item.Id ?? item.ID));
          if (row) row.Trail = item.Trail ?? '';
        }
      }
    }
  }

  private async readWindows(windows: Array<[number, number]>, period: string): Promise<WindowRead[]> {
    const batches: Array<Promise<WindowRead[]>> = [];
    for (let i = 0; i < windows.length; i += WINDOWS_PER_BATCH) batches.push(this.readBatch(windows.slice(i, i + WINDOWS_PER_BATCH), period));
    return (await Promise.all(batches)).flat();
  }

  private async readBatch(windows: Array<[number, number]>, period: string): Promise<WindowRead[]> {
    const [batched, execute] = this.sp.batched({ maxRequests: windows.length * 2 });
    // No per-row OData annotations (type, id, etag, edit link): a year is tens of thousands of rows.
    const bare = { Accept: NO_METADATA };
    const reads = windows.map(([lo, hi]) => {
      const range = `ID ge ${lo} and ID le ${hi}`;
      const rows = readPage<SpItem>(itemsQuery(batched, FOLLOW_UP_QUERY, MAX_PAGE).using(InjectHeaders(bare)).filter(`${range} and ${period}`).orderBy('ID', false));
      const lowest = readPage<SpItem>(listOf(batched, ORDER_RECORDS.title).items.using(InjectHeaders(bare)).select('Id', 'Created').filter(range).orderBy('ID', true).top(1));
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

  private async toRecords(rows: SpItem[], cached: CatalogueIds): Promise<FollowUpRecord[]> {
    if (rows.length === 0) return [];
    let ids = cached;
    if (rows.some((row) => unknownFollowUpIds(row, ids))) ids = await this.lookup.catalogueIds(true);
    const zone = this.siteZone!;
    // Oldest first, as the orders were submitted.
    return rows.map((row) => followUpRecordFromItem(row, ids, zone)).reverse();
  }
}
