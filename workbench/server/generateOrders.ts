// Fills Avrop and Avropshändelser with N orders spread over the last two years, for volume tests
// (the list view threshold) and for screens with realistic data.
//
// Nothing here decides what an order may look like. The catalogue is read the way the product
// reads it (the data layer's queries and mapping); each order's history is a sequence of the
// domain's own transitions (orderHistory.ts); and the Avrop item and its audit rows are the data
// layer's mapping of the resulting order (orderToItem, eventToItem; orderStories.ts, made on a
// second thread by storyThread.ts). This file checks each row like a REST write (applyBody) and
// puts it straight into the store: the data is what the product itself would have written.
import { buildCatalogue, LoadedCatalogue } from '../../src/data/catalogueRepository';
import { AREA_QUERY, ListQuery, ORGANISATION_QUERY, RANKING_QUERY, SUPPLIER_QUERY, TRAINING_ITEM_QUERY } from '../../src/data/mapping/catalogue';
import { SpItem } from '../../src/data/mapping/values';
import { siteTimeZoneOf } from '../../src/data/siteSettings';
import { ORDER_EVENTS, ORDER_RECORDS, ORDERS } from '../../src/schema/lists';
import { GROUPS } from '../../src/schema/permissions';
import { FIRST_NAMES, LAST_NAMES } from './generatedRequests';
import { applyBody, buildProjection, itemJson } from './items';
import { catalogueIdPairs, Person, StoryPlan, StoryRow } from './orderStories';
import { forEachStoryBatch } from './storyThread';
import { timeZoneJson } from './regional';
import { claimsLogin, ensureUserRec } from './site';
import { ItemRec, ListRec, Store, UserRec } from './store';
import { isoSeconds, newGuid } from './util';

export interface GenerateResult {
  orders: number;
  events: number;
  ms: number;
  firstId: number;
  lastId: number;
}

function byTitle(store: Store, title: string): ListRec {
  const list = store.site.lists.find((l) => l.title === title);
  if (!list) throw new Error(`Listan ${title} finns inte. Installera webbplatsen (starta servern) innan avrop genereras.`);
  return list;
}

/** A list's rows as the REST API answers the data layer's query for them. */
function rowsOf(store: Store, query: ListQuery): SpItem[] {
  const list = byTitle(store, query.listTitle);
  const projection = buildProjection(store, list, query.select.join(','), query.expand.join(','));
  const ctx = { store, user: store.site.users[0], origin: '', siteUrl: '' };
  return [...store.listItems(list).items.values()].map((rec) => itemJson(ctx, list, rec, projection));
}

function readCatalogue(store: Store): LoadedCatalogue {
  const [areas, training, suppliers, rankings, organisations] = [AREA_QUERY, TRAINING_ITEM_QUERY, SUPPLIER_QUERY, RANKING_QUERY, ORGANISATION_QUERY].map((q) => rowsOf(store, q));
  return buildCatalogue(areas, training, suppliers, rankings, organisations);
}

interface People {
  frequentOrderers: Array<{ user: UserRec; share: number }>;
  orderers: UserRec[];
  handlers: UserRec[];
}

/** As the order form and the desk record everyone: the claims login (the name goes beside it). */
const ordererActor = (u: UserRec): string => u.login;
const handlerActor = ordererActor;

/** anna a fifth of the orders (Mina avrop with many orders), erik less, forty others. */
function people(store: Store): People {
  const site = store.site;
  const seeded = (login: string): UserRec => {
    const user = site.users.find((u) => u.login === claimsLogin(login));
    if (!user) throw new Error(`Personen ${login} finns inte på webbplatsen.`);
    return user;
  };
  // Employees order as the site's Visitors (the access model in src/schema/permissions.ts), so
  // the generated ones are Visitors too: each of them could have placed their orders.
  const visitors = site.groups.find((g) => g.id === site.associatedVisitorGroupId);
  if (!visitors) throw new Error('Webbplatsen saknar sin besökargrupp, så de genererade beställarna kan inte få behörighet att beställa.');
  const orderers: UserRec[] = [];
  for (let i = 0; i < 40; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    const user = ensureUserRec(store, `gen${String(i + 1).padStart(3, '0')}@region.example`, name);
    if (!visitors.members.includes(user.id)) visitors.members.push(user.id);
    orderers.push(user);
  }
  store.saveSite();
  const handlerGroupTitle = GROUPS.find((g) => g.audience === 'handlers')?.title;
  const group = site.groups.find((g) => g.title === handlerGroupTitle);
  const handlers = (group?.members ?? []).map((id) => site.users.find((u) => u.id === id)).filter((u): u is UserRec => !!u);
  if (!handlers.length) throw new Error(`Gruppen ${handlerGroupTitle} har inga medlemmar, så ingen kan handlägga de genererade avropen.`);
  return { frequentOrderers: [{ user: seeded('anna'), share: 0.2 }, { user: seeded('erik'), share: 0.15 }], orderers, handlers };
}

function person(user: UserRec, actor: string): Person {
  return { actor, name: user.title, email: user.email };
}

function itemRec(list: ListRec, id: number, row: StoryRow, author: UserRec, editor: UserRec, created: string, version: number, data: Record<string, unknown>): ItemRec {
  return { listId: list.id, id, authorId: author.id, editorId: editor.id, created, modified: row.at, version, uniqueId: newGuid(), ix: {}, data };
}

/** Writes the items; their data is dropped from memory afterwards (the store reads it on demand). */
function insertItems(store: Store, list: ListRec, recs: ItemRec[]): void {
  for (const rec of recs) {
    store.putItem(list, rec);
    rec.data = null;
  }
}

export function generateOrders(store: Store, count: number, opts: { seed?: number; now?: number } = {}): GenerateResult {
  const started = Date.now();
  const ordersList = byTitle(store, ORDERS.title);
  const eventsList = byTitle(store, ORDER_EVENTS.title);
  const recordsList = byTitle(store, ORDER_RECORDS.title);
  const { catalogue, ids } = readCatalogue(store);
  const who = people(store);
  const byActor = new Map<string, UserRec>();
  for (const u of [...who.frequentOrderers.map((f) => f.user), ...who.orderers]) byActor.set(ordererActor(u), u);
  for (const u of who.handlers) byActor.set(handlerActor(u), u);
  const user = (actor: string): UserRec => {
    const found = byActor.get(actor);
    if (!found) throw new Error(`Okänd aktör ${actor} i ett genererat avrop.`);
    return found;
  };
  const firstId = store.allocateItemIds(ordersList, count);
  const plan: StoryPlan = {
    seed: opts.seed ?? 20240601,
    now: Math.floor((opts.now ?? Date.now()) / 60000) * 60000,
    count,
    firstId,
    catalogue,
    // The zone the data layer would read from web/RegionalSettings/TimeZone.
    zone: siteTimeZoneOf(timeZoneJson('') as Parameters<typeof siteTimeZoneOf>[0]),
    ids: catalogueIdPairs(catalogue, ids),
    frequentOrderers: who.frequentOrderers.map((f) => ({ person: person(f.user, ordererActor(f.user)), share: f.share })),
    orderers: who.orderers.map((u) => person(u, ordererActor(u))),
    handlers: who.handlers.map((u) => person(u, handlerActor(u)))
  };

  let eventCount = 0;
  // Bulk load: no fsync per transaction; durability is restored at the end.
  store.db.exec('PRAGMA synchronous = OFF');
  try {
    forEachStoryBatch(plan, (batch) =>
      store.transaction(() => {
        for (const order of batch) {
          // Checked like the REST writes the data layer makes (applyBody), then stored directly.
          const data = applyBody(store, ordersList, order.item, undefined);
          insertItems(store, ordersList, [itemRec(ordersList, order.id, order, user(order.author), user(order.by), order.created, order.version, data)]);
          // The audit rows point at the order, so they are checked once it is stored.
          const firstEventId = store.allocateItemIds(eventsList, order.events.length);
          const events = order.events.map((row, n) => {
            const by = user(row.by);
            return itemRec(eventsList, firstEventId + n, row, by, by, row.at, 1, applyBody(store, eventsList, row.item, undefined));
          });
          insertItems(store, eventsList, events);
          eventCount += events.length;
          if (order.record) {
            const by = user(order.record.by);
            const recordId = store.allocateItemIds(recordsList, 1);
            insertItems(store, recordsList, [itemRec(recordsList, recordId, order.record, by, by, order.record.created, order.events.length, applyBody(store, recordsList, order.record.item, undefined))]);
          }
        }
      })
    );
  } finally {
    store.db.exec('PRAGMA synchronous = NORMAL');
  }
  const stamp = isoSeconds(Date.now());
  ordersList.lastModified = stamp;
  eventsList.lastModified = stamp;
  recordsList.lastModified = stamp;
  store.saveSite();
  return { orders: count, events: eventCount, ms: Date.now() - started, firstId, lastId: firstId + count - 1 };
}
