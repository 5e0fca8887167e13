// The SPFI for the local emulator and other browser hosts outside SharePoint's own pages. In
// SharePoint the SPFx shell builds it with spfi().using(SPFx(context)) instead. Either way the
// data layer runs on its own send behaviour (requestRetry.ts): PnPjs's default one re-sends
// writes whose answer was lost.
import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';
import { SPBrowser, SPFI, spfi } from '@pnp/sp';
import { RequestRetry } from './requestRetry';

/** Sends cookies with every request, so the workbench's sign-in cookie reaches the emulator. */
export function IncludeCredentials(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      init.credentials = 'include';
      return [url, init, result];
    });
    return instance;
  };
}

export function createBrowserSp(siteUrl: string): SPFI {
  const absolute = new URL(siteUrl, typeof location === 'undefined' ? undefined : location.href).toString().replace(/\/$/, '');
  return spfi(absolute).using(SPBrowser({ baseUrl: absolute }), RequestRetry(), IncludeCredentials());
}

/**
 * A copy of `sp` (SPFx or browser) that sends through RequestRetry: reads retried, writes never
 * re-sent unless SharePoint throttled them. The original `sp` is left as it is.
 */
export function withSafeRetries(sp: SPFI): SPFI {
  return spfi(sp).using(RequestRetry());
}
