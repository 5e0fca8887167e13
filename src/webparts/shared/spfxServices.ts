import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { AppServices, createServices } from '../../apps/shared/services';
import { SpSiteSettings } from '../../data/siteSettings';

/** PnPjs configured once per web part with SPFx's own authenticated fetch and request digest. */
export function createSpfxServices(siteUrl: string, context: WebPartContext): AppServices {
  return createServices(spfi(siteUrl).using(SPFx(context)));
}

/**
 * The tenant-wide list site (tenant property), read from the page's own site: a Teams personal
 * app runs on the tenant's root site and has no property pane. '' when unset or unreadable.
 */
export function tenantListSite(context: WebPartContext): Promise<string> {
  const here = spfi(context.pageContext.web.absoluteUrl).using(SPFx(context));
  return new SpSiteSettings(here).listSiteDefault().catch(() => '');
}
