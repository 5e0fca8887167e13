// Reads the whole catalogue — five lists — in one $batch round trip. Each list is read page by
// page (5,000 rows, the most SharePoint serves), so a list of any size works; only lists that
// have more pages cost further round trips, again batched together.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { InjectHeaders } from '@pnp/queryable';
import { Catalogue } from '../domain/types';
import { CatalogueIds, CatalogueLookup, KeyIdMap } from './catalogueIds';
import { buildCatalogue, LoadedCatalogue } from './catalogueRows';
import { itemsQuery, MAX_PAGE } from './listQuery';
import { CATALOGUE_QUERIES, ListQuery } from './mapping/catalogue';
import { SpItem } from './mapping/values';
import { RawPage, readNextPage, readPage } from './paging';
import type { FirstReadBatch } from './firstReads';
import { NO_METADATA } from './earlyReads';
import { CatalogueRepository } from './ports';

export interface CatalogueReadOptions {
  /** Which columns to read; the catalogue web part reads only what it shows. Default: all five lists in full. */
  queries?: readonly ListQuery[];
  /** The first pages of `queries`, already on their way (earlyReads.ts); used for the first read only. */
  firstPages?: Promise<RawPage<SpItem>[]>;
}

export class SpCatalogueRepository implements CatalogueRepository, CatalogueLookup {
  private latest: Promise<LoadedCatalogue> | undefined;
  private readonly queries: readonly ListQuery[];
  private firstPages: Promise<RawPage<SpItem>[]> | undefined;

  constructor(
    private readonly sp: SPFI,
    options: CatalogueReadOptions = {}
  ) {
    this.queries = options.queries ?? CATALOGUE_QUERIES;
    this.firstPages = options.firstPages;
  }

  /** The first pages, asked in a screen's first $batch (firstReads.ts) unless already on their way. */
  prime(batch: FirstReadBatch): void {
    if (this.firstPages || this.latest) return;
    this.firstPages = batch.part(Promise.all(this.firstPageReads(batch.sp)));
  }

  async load(): Promise<Catalogue> {
    return (await this.loadWithIds(true)).catalogue;
  }

  /** The catalogue with its key <-> id maps; reread when `refresh` or never read. */
  loadWithIds(refresh = false): Promise<LoadedCatalogue> {
    if (!this.latest || refresh) {
      const reading = this.read();
      this.latest = reading;
      // A failed read must not stick: the next caller tries again.
      reading.catch(() => {
        if (this.latest === reading) this.latest = undefined;
      });
    }
    return this.latest;
  }

  async currentCatalogue(): Promise<Catalogue> {
    return (await this.loadWithIds()).catalogue;
  }

  async catalogueIds(refresh = false): Promise<CatalogueIds> {
    return (await this.loadWithIds(refresh)).ids;
  }

  private async read(): Promise<LoadedCatalogue> {
    const rows = await this.readAllRows();
    return buildCatalogue(rows[0], rows[1], rows[2], rows[3], rows[4]);
  }

  /** One $batch with every list's first page; the items come without OData metadata. */
  private async readFirstPages(): Promise<RawPage<SpItem>[]> {
    const early = this.firstPages;
    this.firstPages = undefined;
    // A failed early read costs one more round trip, never the catalogue.
    const pages = early ? await early.catch(() => undefined) : undefined;
    if (pages) return pages;
    const [batched, execute] = this.sp.batched();
    const [firstPages] = await Promise.all([Promise.all(this.firstPageReads(batched)), execute()]);
    return firstPages;
  }

  private firstPageReads(batched: SPFI): Array<Promise<RawPage<SpItem>>> {
    return this.queries.map((query) => readPage<SpItem>(itemsQuery(batched, query, MAX_PAGE).using(InjectHeaders({ Accept: NO_METADATA }))));
  }

  private async readAllRows(): Promise<SpItem[][]> {
    const pages = await this.readFirstPages();
    const rows = pages.map((page) => [...page.items]);
    let links = pages.map((page) => page.nextLink);
    while (links.some((link) => link !== undefined)) {
      const [round, executeRound] = this.sp.batched();
      const pending = links.map((link) => (link === undefined ? Promise.resolve(undefined) : readNextPage<SpItem>(round.web, link)));
      const [next] = await Promise.all([Promise.all<RawPage<SpItem> | undefined>(pending), executeRound()]);
      links = next.map((page, index) => {
        if (!page) return undefined;
        rows[index].push(...page.items);
        return page.nextLink;
      });
    }
    return rows;
  }
}

export { KeyIdMap };
export { buildCatalogue };
export type { LoadedCatalogue };
