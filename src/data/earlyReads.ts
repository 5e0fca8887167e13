// Reads a web part's entry chunk starts while its app chunks still download, so the data and the
// code travel at the same time. No PnPjs here (it loads with the app): the web part hands in a
// `send` over SPFx's own HTTP client, and the answers are parsed by hand. What comes back is the
// same RawPage the repositories read, so paging and mapping stay theirs.
import type { ListQuery } from './mapping/catalogue';
import type { SpItem } from './mapping/values';
import type { RawPage } from './paging';
import { LIST_SITE_PROPERTY, siteUrlFrom } from './siteUrl';

/** The smallest JSON SharePoint answers with: no per-item type, id, etag or edit link. */
export const NO_METADATA = 'application/json;odata=nometadata';

/** window.fetch, or a stand-in in tests. */
export type EarlyFetch = (url: string, init: RequestInit) => Promise<Response>;

const quoted = (title: string): string => `'${encodeURIComponent(title.replace(/'/g, "''"))}'`;

/** `<site>/_api/web/lists/getByTitle('…')/items?$select=…&$expand=…&$top=…`, as PnPjs would build it. */
export function itemsUrl(siteUrl: string, query: ListQuery, top: number): string {
  const params = [`$select=${encodeURIComponent(query.select.join(','))}`];
  if (query.expand.length) params.push(`$expand=${encodeURIComponent(query.expand.join(','))}`);
  params.push(`$top=${top}`);
  return `${siteUrl.replace(/\/$/, '')}/_api/web/lists/getByTitle(${quoted(query.listTitle)})/items?${params.join('&')}`;
}

/** One $batch of GETs (no changeset: reads only), each asking for nometadata JSON. */
export function readBatchBody(urls: string[], boundary: string): string {
  const parts = urls.map((url) => [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `GET ${url} HTTP/1.1`, `Accept: ${NO_METADATA}`, '', ''].join('\r\n'));
  return `${parts.join('')}--${boundary}--\r\n`;
}

/** The parts of a $batch answer in order: status and body text. */
export function batchAnswerParts(text: string): Array<{ status: number; body: string }> {
  const first = /^--(\S+)/m.exec(text);
  if (!first) throw new Error('The $batch answer has no parts.');
  const marker = `--${first[1]}`;
  const parts: Array<{ status: number; body: string }> = [];
  for (const chunk of text.split(marker).slice(1)) {
    if (chunk.startsWith('--')) break;
    const statusLine = /^HTTP\/\d\.\d (\d{3})/m.exec(chunk);
    if (!statusLine) throw new Error('A $batch part has no status line.');
    const afterStatus = chunk.slice(statusLine.index);
    const blank = /\r?\n\r?\n/.exec(afterStatus);
    parts.push({ status: Number(statusLine[1]), body: blank ? afterStatus.slice(blank.index + blank[0].length).trim() : '' });
  }
  return parts;
}

function pageOf(body: string): RawPage<SpItem> {
  const json: { value?: SpItem[]; 'odata.nextLink'?: string } = body ? JSON.parse(body) : {};
  const items = Array.isArray(json.value) ? json.value : [];
  const nextLink = json['odata.nextLink'];
  return typeof nextLink === 'string' && nextLink ? { items, nextLink } : { items };
}

/**
 * The first page of every query in one $batch. Rejects on any failed part, so the caller can fall
 * back to its own (retrying) read: an early read is an optimisation, never the only way.
 */
export async function readFirstPagesEarly(siteUrl: string, digest: string, queries: readonly ListQuery[], top: number, send: EarlyFetch): Promise<RawPage<SpItem>[]> {
  const boundary = `batch_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const answer = await send(`${siteUrl.replace(/\/$/, '')}/_api/$batch`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': `multipart/mixed; boundary=${boundary}`, 'X-RequestDigest': digest },
    body: readBatchBody(
      queries.map((q) => itemsUrl(siteUrl, q, top)),
      boundary
    )
  });
  if (!answer.ok) throw new Error(`$batch answered ${answer.status}`);
  const parts = batchAnswerParts(await answer.text());
  if (parts.length !== queries.length) throw new Error(`$batch answered ${parts.length} parts for ${queries.length} reads`);
  return parts.map((part) => {
    if (part.status < 200 || part.status > 299) throw new Error(`$batch part answered ${part.status}`);
    return pageOf(part.body);
  });
}

/** The tenant-wide list site (see siteSettings.ts), '' when unset or unreadable. */
export async function listSiteDefaultEarly(webUrl: string, send: EarlyFetch): Promise<string> {
  try {
    const url = `${webUrl.replace(/\/$/, '')}/_api/web/GetStorageEntity('${LIST_SITE_PROPERTY}')`;
    const answer = await send(url, { method: 'GET', credentials: 'same-origin', headers: { Accept: NO_METADATA } });
    if (!answer.ok) return '';
    const entity: { Value?: unknown; 'odata.null'?: boolean } = JSON.parse((await answer.text()) || '{}');
    return entity && !entity['odata.null'] ? siteUrlFrom(entity.Value) : '';
  } catch {
    return '';
  }
}

/** A request digest for another site than the page's (the page's own comes with the page). */
async function digestFor(siteUrl: string, send: EarlyFetch): Promise<string> {
  const answer = await send(`${siteUrl.replace(/\/$/, '')}/_api/contextinfo`, { method: 'POST', credentials: 'same-origin', headers: { Accept: NO_METADATA } });
  if (!answer.ok) throw new Error(`contextinfo answered ${answer.status}`);
  const info: { FormDigestValue?: unknown } = JSON.parse(await answer.text());
  if (typeof info.FormDigestValue !== 'string' || !info.FormDigestValue) throw new Error('contextinfo gave no digest');
  return info.FormDigestValue;
}

export interface EarlyCatalogueRead {
  /** The tenant-wide list site, '' when unset; asked only when the web part has no site set. */
  listSiteDefault: Promise<string>;
  /** The site read from: the web part's, else the tenant's, else the page's own. */
  siteUrl: Promise<string>;
  /** The first pages of `queries`; rejects when anything went wrong (the repository then reads itself). */
  firstPages: Promise<RawPage<SpItem>[]>;
}

export interface EarlyCatalogueOptions {
  /** The page's web (pageContext.web.absoluteUrl) and its request digest (legacyPageContext.formDigestValue). */
  webUrl: string;
  pageDigest: string | undefined;
  /** The web part's site property; '' for the tenant default. */
  siteUrl: string;
  queries: readonly ListQuery[];
  top: number;
  send: EarlyFetch;
}

const sameSite = (a: string, b: string): boolean => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/**
 * Starts the catalogue's first read now; the answers wait in the returned promises. Without a site
 * of its own the web part reads the page's site at once, beside the tenant property: that is
 * where the lists usually are, and waiting for the property would cost a round trip before the
 * data starts. Only when the property names another site is that read dropped for one there.
 */
export function startEarlyCatalogueRead(options: EarlyCatalogueOptions): EarlyCatalogueRead {
  const read = (site: string): Promise<RawPage<SpItem>[]> =>
    (sameSite(site, options.webUrl) && options.pageDigest ? Promise.resolve(options.pageDigest) : digestFor(site, options.send)).then((digest) =>
      readFirstPagesEarly(site, digest, options.queries, options.top, options.send)
    );
  const listSiteDefault = options.siteUrl ? Promise.resolve('') : listSiteDefaultEarly(options.webUrl, options.send);
  const siteUrl = options.siteUrl ? Promise.resolve(options.siteUrl) : listSiteDefault.then((tenant) => tenant || options.webUrl);
  const onPageSite = !options.siteUrl && options.pageDigest ? read(options.webUrl) : undefined;
  onPageSite?.catch(() => undefined);
  const firstPages = siteUrl.then((site) => (onPageSite && sameSite(site, options.webUrl) ? onPageSite : read(site)));
  // Nobody may be listening yet; a failure is handled where the pages are used.
  firstPages.catch(() => undefined);
  return { listSiteDefault, siteUrl, firstPages };
}
