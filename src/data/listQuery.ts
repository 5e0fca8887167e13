// Builds item queries with an explicit $select (and $expand for lookups) so that no read pulls
// every column, and SharePoint can answer from the columns asked for.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IItems } from '@pnp/sp/items';
import { IList } from '@pnp/sp/lists';
import { ListQuery } from './mapping/catalogue';

export { MAX_PAGE } from './pageSize';

export function listOf(sp: SPFI, listTitle: string): IList {
  return sp.web.lists.getByTitle(listTitle);
}

export function itemsQuery(sp: SPFI, query: ListQuery, top: number): IItems {
  const items = listOf(sp, query.listTitle).items.select(...query.select).top(top);
  return query.expand.length ? items.expand(...query.expand) : items;
}
