// Fills Avrop and Avropshändelser with N orders spread over the last two years, for volume tests
// (the list view threshold) and for screens with realistic data.
//
// Nothing here decides what an order may look like. The catalogue is read the way the product
// reads it (the data layer's queries and mapping); each order's history is a sequence of the
// domain's own transitions (orderHistory.ts); and the Avrop item and its audit rows are the data
// layer's mapping of the resulting order (orderToItem, eventToItem), checked like a REST write
// (applyBody) and put straight into the store. So the data is what the product itself would
// have written, only faster.
import { buildCatalogue, LoadedCatalogue } from '../../src/data/catalogueRepository';
import { AREA_QUERY, ListQuery, ORGANISATION_QUERY, RANKING_QUERY, SUPPLIER_QUERY, TRAINING_ITEM_QUERY } from '../../src/data/mapping/catalogue';
import { eventToItem } from '../../src/data/mapping/event';
import { orderToItem } from '../../src/data/mapping/order';
import { SpItem } from '../../src/data/mapping/values';
import { formatReference } from '../../src/domain/reference';
import { stockholmDate } from '../../src/domain/time';
import { ORDER_EVENTS, ORDERS } from '../../src/schema/lists';
import { GROUPS } from '../../src/schema/permissions';
import { FIRST_NAMES, LAST_NAMES, requestCatalogue, sampleRequest } from './generatedRequests';
import { applyBody, buildProjection, itemJson } from './items';
import { fateFor, orderStory, submissionTime } from './orderHistory';
import { seededGuid, seededRandom, pick, Random } from './seededRandom';
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

const DAY = 86400000;
const TWO_YEARS_DAYS = 730;
/** Orders per transaction. */
const CHUNK = 5000;

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
  /** Who places orders, in the proportions wanted: anna a fifth (Mina avrop with many orders), erik less, many others. */
  orderer: (r: Random) => UserRec;
  handlers: UserRec[];
  byActor: Map<string, UserRec>;
}

/** As the order form records the orderer (the login name) and the desk a handler (the e-mail). */
const ordererActor = (u: UserRec): string => u.login;
const handlerActor = (u: UserRec): string => u.email || u.login;

function people(store: Store): People {
  const site = store.site;
  const seeded = (login: string): UserRec => {
    const user = site.users.find((u) => u.login === claimsLogin(login));
    if (!user) throw new Error(`Personen ${login} finns inte på webbplatsen.`);
    return user;
  };
  const anna = seeded('anna');
  const erik = seeded('erik');
  const others: UserRec[] = [];
  for (let i = 0; i < 40; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    others.push(ensureUserRec(store, `gen${String(i + 1).padStart(3, '0')}@region.example`, name));
  }
  store.saveSite();
  const handlerGroupTitle = GROUPS.find((g) => g.audience === 'handlers')?.title;
  const group = site.groups.find((g) => g.title === handlerGroupTitle);
  const handlers = (group?.members ?? []).map((id) => site.users.find((u) => u.id === id)).filter((u): u is UserRec => !!u);
  if (!handlers.length) throw new Error(`Gruppen ${handlerGroupTitle} har inga medlemmar, så ingen kan handlägga de genererade avropen.`);
  const byActor = new Map<string, UserRec>();
  for (const u of [anna, erik, ...others]) byActor.set(ordererActor(u), u);
  for (const u of handlers) byActor.set(handlerActor(u), u);
  return {
    orderer: (r) => {
      const x = r();
      return x < 0.2 ? anna : x < 0.35 ? erik : pick(r, others);
    },
    handlers,
    byActor
  };
}

/** The Swedish calendar day of an instant; the reference's year is the submission's (as the data layer gives it). */
function swedishDay(ms: number): string {
  return stockholmDate(new Date(ms));
}

/** SharePoint's system dates have whole seconds; the domain's timestamps are toISOString()'s. */
function seconds(domainTimestamp: string): string {
  return `${domainTimestamp.slice(0, 19)}Z`;
}

function itemRec(list: ListRec, id: number, uniqueId: string, data: Record<string, unknown>, author: UserRec, editor: UserRec, created: string, modified: string, version: number): ItemRec {
  return { listId: list.id, id, authorId: author.id, editorId: editor.id, created, modified, version, uniqueId, ix: {}, data };
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
  const seed = opts.seed ?? 20240601;
  const r = seededRandom(seed);
  const now = Math.floor((opts.now ?? Date.now()) / 60000) * 60000;
  const ordersList = byTitle(store, ORDERS.title);
  const eventsList = byTitle(store, ORDER_EVENTS.title);
  const { catalogue, ids } = readCatalogue(store);
  const requests = requestCatalogue(catalogue);
  const areas = new Map(catalogue.areas.map((a) => [a.key, a]));
  const courses = new Map(catalogue.courses.map((c) => [c.key, c]));
  const who = people(store);
  const handlerActors = who.handlers.map(handlerActor);
  const actor = (by: string): UserRec => {
    const user = who.byActor.get(by);
    if (!user) throw new Error(`Okänd aktör ${by} i ett genererat avrop.`);
    return user;
  };

  // Submission times first, sorted, so that ids and references follow time.
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(submissionTime(r, now, Math.floor(r() * TWO_YEARS_DAYS * DAY) + 3600000));
  times.sort((a, b) => a - b);

  let eventCount = 0;
  let firstId = 0;
  let lastId = 0;
  // Bulk load: no fsync per transaction; durability is restored at the end.
  store.db.exec('PRAGMA synchronous = OFF');
  try {
    for (let start = 0; start < count; start += CHUNK) {
      store.transaction(() => {
        const end = Math.min(count, start + CHUNK);
        const firstOfChunk = store.allocateItemIds(ordersList, end - start);
        for (let i = start; i < end; i++) {
          const submittedAt = times[i];
          const author = who.orderer(r);
          const request = sampleRequest(r, requests, { name: author.title, email: author.email }, swedishDay(submittedAt));
          const area = areas.get(request.areaKey)!;
          const course = request.courseKey ? courses.get(request.courseKey) : undefined;
          const id = firstOfChunk + i - start;
          const order = orderStory(r, {
            request,
            catalogue,
            responseHours: area.responseHours,
            courseDays: course?.days,
            submittedAt,
            now,
            fate: fateFor(r, (now - submittedAt) / DAY),
            orderer: ordererActor(author),
            handlers: handlerActors,
            requestKey: seededGuid(seed, id),
            reference: formatReference(Number(swedishDay(submittedAt).slice(0, 4)), id)
          });
          const trail = order.trail;
          const last = trail[trail.length - 1];
          const data = applyBody(store, ordersList, orderToItem(order, ids), undefined);
          // Added, given its reference, then one update per later transition (as the data layer writes it).
          const version = trail.length + 1;
          insertItems(store, ordersList, [itemRec(ordersList, id, newGuid(), data, author, actor(last.by), seconds(order.submittedAt), seconds(last.at), version)]);
          // The audit rows point at the order, so they are checked once it is stored.
          const firstEventId = store.allocateItemIds(eventsList, trail.length);
          const eventRecs = trail.map((entry, n) => {
            const eventId = firstEventId + n;
            const at = seconds(entry.at);
            const by = actor(entry.by);
            const row = applyBody(store, eventsList, eventToItem(entry, id, order.reference, ids), undefined);
            return itemRec(eventsList, eventId, newGuid(), row, by, by, at, at, 1);
          });
          insertItems(store, eventsList, eventRecs);
          eventCount += eventRecs.length;
          if (!firstId) firstId = id;
          lastId = id;
        }
      });
    }
  } finally {
    store.db.exec('PRAGMA synchronous = NORMAL');
  }
  const stamp = isoSeconds(Date.now());
  ordersList.lastModified = stamp;
  eventsList.lastModified = stamp;
  store.saveSite();
  return { orders: count, events: eventCount, ms: Date.now() - started, firstId, lastId };
}
