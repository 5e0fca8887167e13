// The catalogue web part's repository: its first load is built from the pages the entry chunk
// read early (earlyReads.ts), so PnPjs is not part of what the page downloads before the cards
// show. Only when those pages are not the whole catalogue (a list with more than one page) or the
// early read failed, and on every later load (retry), is the PnPjs repository loaded and used;
// it pages on, retries and reads itself as before.
import type { Catalogue } from '../domain/types';
import { buildCatalogue } from './catalogueRows';
import type { SpItem } from './mapping/values';
import type { RawPage } from './paging';
import type { CatalogueRepository } from './ports';

/** The full repository, taking over the early pages when there are any (its first read uses them). */
export type LoadFullRepository = (firstPages: Promise<RawPage<SpItem>[]> | undefined) => Promise<CatalogueRepository>;

export class EarlyFirstCatalogueRepository implements CatalogueRepository {
  private firstPages: Promise<RawPage<SpItem>[]> | undefined;
  private full: Promise<CatalogueRepository> | undefined;

  constructor(
    firstPages: Promise<RawPage<SpItem>[]> | undefined,
    private readonly loadFull: LoadFullRepository
  ) {
    this.firstPages = firstPages;
  }

  async load(): Promise<Catalogue> {
    const early = this.firstPages;
    this.firstPages = undefined;
    const pages = early ? await early.catch(() => undefined) : undefined;
    if (pages && pages.length === 5 && pages.every((page) => !page.nextLink)) {
      return buildCatalogue(pages[0].items, pages[1].items, pages[2].items, pages[3].items, pages[4].items).catalogue;
    }
    if (!this.full) {
      const full = this.loadFull(pages ? Promise.resolve(pages) : undefined);
      this.full = full;
      // A chunk that failed to load is tried again on the next load.
      full.catch(() => {
        if (this.full === full) this.full = undefined;
      });
    }
    return (await this.full).load();
  }
}
