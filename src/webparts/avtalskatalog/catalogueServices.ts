import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { SpCatalogueRepository } from '../../data/catalogueRepository';
import { withSafeRetries } from '../../data/createSp';
import type { EarlyCatalogueRead } from '../../data/earlyReads';
import { CATALOGUE_VIEW_QUERIES } from '../../data/mapping/catalogue';
import type { CatalogueServices } from '../../apps/avtalskatalog/CatalogueApp';
import type { ServicesModule } from '../shared/AppWebPart';

/**
 * The catalogue's own services chunk: only the catalogue repository (no orders, no user context),
 * reading the shown columns, and taking over the read the entry chunk started when it is for the
 * same site.
 */
export function catalogueServices(early: EarlyCatalogueRead): ServicesModule<CatalogueServices> {
  let unused = true;
  return {
    tenantListSite: () => early.listSiteDefault,
    createSpfxServices: (siteUrl: string, context: WebPartContext) => {
      const sp = withSafeRetries(spfi(siteUrl).using(SPFx(context)));
      const firstPages = unused ? early.siteUrl.then((site) => (site === siteUrl ? early.firstPages : Promise.reject(new Error('another site')))) : undefined;
      unused = false;
      return { catalogue: new SpCatalogueRepository(sp, { queries: CATALOGUE_VIEW_QUERIES, firstPages }) };
    }
  };
}
