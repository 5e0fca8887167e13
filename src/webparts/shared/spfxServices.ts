import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { AppServices, createServices } from '../../apps/shared/services';

/** PnPjs configured once per web part with SPFx's own authenticated fetch and request digest. */
export function createSpfxServices(siteUrl: string, context: WebPartContext): AppServices {
  return createServices(spfi(siteUrl).using(SPFx(context)));
}
