import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { GraphPost } from '../../data/mail/graphMail';
import { AppServices, createServices, ServiceOptions } from '../../apps/shared/services';
import { SpSiteSettings } from '../../data/siteSettings';

/**
 * PnPjs configured once per web part with SPFx's own authenticated fetch and request digest, and
 * Microsoft Graph through MSGraphClientV3 (delegated Mail.Send, requested in package-solution.json;
 * https://learn.microsoft.com/en-us/sharepoint/dev/spfx/use-msgraph). The client is asked for on
 * the first mail only, so a page that sends nothing never asks for a Graph token.
 */
export function createSpfxServices(siteUrl: string, context: WebPartContext, options: ServiceOptions = {}): AppServices {
  let client: ReturnType<WebPartContext['msGraphClientFactory']['getClient']> | undefined;
  const graph: GraphPost = async (path, body) => {
    if (!client) client = context.msGraphClientFactory.getClient('3');
    const ready = await client.catch((error: unknown) => {
      client = undefined;
      throw error;
    });
    await ready.api(path).post(body);
  };
  return createServices(spfi(siteUrl).using(SPFx(context)), graph, options);
}

/**
 * The tenant-wide list site (tenant property), read from the page's own site: a Teams personal
 * app runs on the tenant's root site and has no property pane. '' when unset or unreadable.
 */
export function tenantListSite(context: WebPartContext): Promise<string> {
  const here = spfi(context.pageContext.web.absoluteUrl).using(SPFx(context));
  return new SpSiteSettings(here).listSiteDefault().catch(() => '');
}
