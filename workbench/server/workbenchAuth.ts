// Who may use the workbench. Only the seeded people are users (the system account and principals
// that ensureuser or the generator put in the site's user list are nobody's login), and the
// endpoints that change the whole site (reset, generate, faults, login) are for the site owner,
// from the workbench's own pages only: any web page can send a simple cross-origin POST to
// localhost without a preflight, and browsers mark it with Origin and Sec-Fetch-Site.
import { hostname } from 'node:os';
import { isIP } from 'node:net';
import { has, Kind } from './perms';
import { claimsLogin, findUserByLogin, SEED_USERS, webPermissions } from './site';
import { SiteState, UserRec } from './store';

export function findSeededUser(site: SiteState, login: string): UserRec | undefined {
  const user = findUserByLogin(site, login);
  if (!user) return undefined;
  const seeded = SEED_USERS.some((s) => claimsLogin(s.login).toLowerCase() === user.login.toLowerCase());
  return seeded ? user : undefined;
}

/** The site owner is whoever holds Full Control of the site, decided from the site's permissions. */
export function isSiteOwner(site: SiteState, user: UserRec): boolean {
  return has(webPermissions(site, user), Kind.FullMask);
}

/**
 * A request from another site: a foreign Origin, or Sec-Fetch-Site other than same-origin / none
 * (https://www.w3.org/TR/fetch-metadata/#sec-fetch-site-header). Node and test code send neither.
 */
export function isCrossSite(headers: Record<string, string>): boolean {
  if (!isOwnHost(headers.host ?? '')) return true;
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${headers.host ?? ''}`) return true;
  const site = headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}

/**
 * The workbench is reached as localhost, by an IP address or by this machine's name. Any other
 * name is DNS rebinding: a foreign page whose domain was made to point here, for which the
 * browser counts the workbench as the page's own origin.
 */
function isOwnHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0 || name === hostname().toLowerCase();
}

export interface Refusal {
  status: 401 | 403;
  error: string;
}

/** Why `login` (from X-Workbench-User or the wb-user cookie) may not change the site, or null. */
export function refuseUnlessOwner(site: SiteState, headers: Record<string, string>, login: string | undefined): Refusal | null {
  if (isCrossSite(headers)) return { status: 403, error: 'Arbetsbänkens ändringar tas bara emot från arbetsbänkens egna sidor.' };
  const user = login ? findSeededUser(site, login) : undefined;
  if (!user) return { status: 401, error: login ? `Okänd användare: ${login}` : 'Logga in: skicka X-Workbench-User eller kakan wb-user.' };
  if (!isSiteOwner(site, user)) return { status: 403, error: `${user.title} är inte webbplatsens ägare.` };
  return null;
}
