import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { SpCatalogueRepository } from '../../data/catalogueRepository';
import { withSafeRetries } from '../../data/createSp';
import { CATALOGUE_VIEW_QUERIES } from '../../data/mapping/catalogueQueries';
import type { SpItem } from '../../data/mapping/values';
import type { RawPage } from '../../data/paging';

/** The catalogue's PnPjs repository on `siteUrl`, reading the shown columns; `firstPages` are used by its first read. */
export function pnpCatalogue(siteUrl: string, context: WebPartContext, firstPages: Promise<RawPage<SpItem>[]> | undefined): SpCatalogueRepository {
  return new SpCatalogueRepository(withSafeRetries(spfi(siteUrl).using(SPFx(context))), { queries: CATALOGUE_VIEW_QUERIES, firstPages });
}
