// Reads the whole catalogue — five lists — in one $batch round trip. Each list is read page by
// page (5,000 rows, the most SharePoint serves), so a list of any size works; only lists that
// have more pages cost further round trips, again batched together.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { InjectHeaders } from '@pnp/queryable';
import { AgreementArea, Catalogue, Course, Organisation, RankingEntry, Supplier, TrainingArea } from '../domain/types';
import { CatalogueIds, CatalogueLookup, KeyIdMap } from './catalogueIds';
import { UnknownCatalogueKeyError } from './errors';
import { itemsQuery, MAX_PAGE } from './listQuery';
import {
  areaFromItem,
  CATALOGUE_QUERIES,
  keyIdMapOf,
  ListQuery,
  organisationFromItem,
  rankingFromItem,
  supplierFromItem,
  trainingItemFromItem
} from './mapping/catalogue';
import { SpItem } from './mapping/values';
import { RawPage, readNextPage, readPage } from './paging';
import type { FirstReadBatch } from './firstReads';
import { NO_METADATA } from './earlyReads';
import { CatalogueRepository } from './ports';

export interface LoadedCatalogue {
  catalogue: Catalogue;
  ids: CatalogueIds;
}

const byText = (a: string, b: string): number => a.localeCompare(b, 'sv');

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

/** Rows whose lookups point at a deleted area or supplier are left out rather than failing the catalogue. */
function mapRows<T>(rows: SpItem[], map: (row: SpItem) => T): T[] {
  const result: T[] = [];
  for (const row of rows) {
    try {
      result.push(map(row));
    } catch (error) {
      if (!(error instanceof UnknownCatalogueKeyError)) throw error;
    }
  }
  return result;
}

export function buildCatalogue(
  areaRows: SpItem[],
  trainingRows: SpItem[],
  supplierRows: SpItem[],
  rankingRows: SpItem[],
  organisationRows: SpItem[]
): LoadedCatalogue {
  const ids: CatalogueIds = {
    areas: keyIdMapOf(areaRows, 'AreaKey'),
    suppliers: keyIdMapOf(supplierRows, 'SupplierKey'),
    organisations: keyIdMapOf(organisationRows, 'OrganisationKey')
  };
  const areas: AgreementArea[] = areaRows.map(areaFromItem);
  const trainingAreas: TrainingArea[] = [];
  const courses: Course[] = [];
  for (const item of mapRows(trainingRows, (row) => trainingItemFromItem(row, ids.areas))) {
    if (item.kind === 'course') courses.push(item.value);
    else trainingAreas.push(item.value);
  }
  const suppliers: Supplier[] = supplierRows.map(supplierFromItem);
  const rankings: RankingEntry[] = mapRows(rankingRows, (row) => rankingFromItem(row, ids.areas, ids.suppliers));
  const organisations: Organisation[] = organisationRows.map(organisationFromItem);

  // Reads carry no $orderby (sorting on unindexed columns trips the view threshold): sort here,
  // everything that belongs to an area in the areas' order.
  areas.sort((a, b) => a.sortOrder - b.sortOrder || byText(a.title, b.title));
  const areaOrder = new Map(areas.map((area, index) => [area.key, index]));
  const byArea = (a: { areaKey: string }, b: { areaKey: string }): number => (areaOrder.get(a.areaKey) ?? 0) - (areaOrder.get(b.areaKey) ?? 0);
  trainingAreas.sort((a, b) => byArea(a, b) || a.sortOrder - b.sortOrder || byText(a.title, b.title));
  courses.sort((a, b) => byArea(a, b) || a.sortOrder - b.sortOrder || byText(a.title, b.title));
  suppliers.sort((a, b) => byText(a.name, b.name));
  rankings.sort((a, b) => byArea(a, b) || a.rank - b.rank);
  organisations.sort((a, b) => byText(a.name, b.name));

  return { catalogue: { areas, trainingAreas, courses, suppliers, rankings, organisations }, ids };
}

export { KeyIdMap };
