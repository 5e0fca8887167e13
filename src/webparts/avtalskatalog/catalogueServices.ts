import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { EarlyCatalogueRead } from '../../data/earlyReads';
import { EarlyFirstCatalogueRepository, LoadFullRepository } from '../../data/earlyCatalogue';
import type { CatalogueServices } from '../../apps/avtalskatalog/CatalogueApp';
import type { ServicesModule } from '../shared/AppWebPart';

/**
 * The catalogue's own services chunk: only the catalogue repository (no orders, no user context),
 * reading the shown columns, and taking over the read the entry chunk started when it is for the
 * same site. PnPjs comes in its own chunk, loaded only when the early read is not enough.
 */
export function catalogueServices(early: EarlyCatalogueRead): ServicesModule<CatalogueServices> {
  let unused = true;
  return {
    tenantListSite: () => early.listSiteDefault,
    createSpfxServices: (siteUrl: string, context: WebPartContext) => {
      const firstPages = unused ? early.siteUrl.then((site) => (site === siteUrl ? early.firstPages : Promise.reject(new Error('another site')))) : undefined;
      unused = false;
      const loadFull: LoadFullRepository = (pages) =>
        import(/* webpackChunkName: 'avtalskatalog-pnp' */ './cataloguePnp').then((m) => m.pnpCatalogue(siteUrl, context, pages));
      return { catalogue: new EarlyFirstCatalogueRepository(firstPages, loadFull) };
    }
  };
}
