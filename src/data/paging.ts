// Paged reads: SharePoint returns at most $top rows and an `odata.nextLink` for the rest, which
// has to be followed as given (it carries the $skiptoken position). Every list read goes through here.
import { isUrlAbsolute } from '@pnp/core';
import { parseBinderWithErrorCheck } from '@pnp/queryable';
import { ISPQueryable, SPCollection } from '@pnp/sp';

export interface RawPage<T> {
  items: T[];
  nextLink?: string;
}

interface PageJson {
  value?: unknown[];
  'odata.nextLink'?: string;
  d?: { results?: unknown[]; __next?: string };
}

function pageParser() {
  return parseBinderWithErrorCheck(async (response: Response): Promise<RawPage<unknown>> => {
    const text = await response.text();
    const json: PageJson = text.trim() ? JSON.parse(text) : {};
    const items = json.value ?? json.d?.results ?? [];
    const nextLink = json['odata.nextLink'] ?? json.d?.__next;
    return typeof nextLink === 'string' && nextLink.length > 0 ? { items, nextLink } : { items };
  });
}

/** A nextLink the server gave relative to itself is resolved against the query it answered. */
function absoluteLink(base: ISPQueryable, nextLink: string): string {
  if (isUrlAbsolute(nextLink)) return nextLink;
  const baseUrl = base.toUrl();
  return isUrlAbsolute(baseUrl) ? new URL(nextLink, baseUrl).toString() : nextLink;
}

/** The first page of `query` (which carries $select/$filter/$top...). */
export function readPage<T>(query: ISPQueryable): Promise<RawPage<T>> {
  return query.using(pageParser())() as Promise<RawPage<T>>;
}

/** The page behind `nextLink`; `base` supplies the configuration (and batch, if batched). */
export function readNextPage<T>(base: ISPQueryable, nextLink: string): Promise<RawPage<T>> {
  return SPCollection([base, absoluteLink(base, nextLink)]).using(pageParser())() as Promise<RawPage<T>>;
}

/** Every row of `query`, following nextLinks one after the other. */
export async function readAll<T>(query: ISPQueryable): Promise<T[]> {
  let page = await readPage<T>(query);
  const rows = [...page.items];
  while (page.nextLink) {
    page = await readNextPage<T>(query, page.nextLink);
    rows.push(...page.items);
  }
  return rows;
}
