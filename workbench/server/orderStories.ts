// The generated orders as the data layer would write them, one after the other: who orders what
// and when, the order's life through the domain (orderHistory.ts), and the Avrop item and audit
// rows as the data layer's mapping gives them (orderToItem, eventToItem). No store here, so this
// can run on a second thread (storyThread.ts); the same plan always gives the same orders.
import type { Actor } from '../../src/data/actor';
import { CatalogueIds, KeyIdMap } from '../../src/data/catalogueIds';
import { eventToItem } from '../../src/data/mapping/event';
import { orderToItem } from '../../src/data/mapping/order';
import { recordToItem } from '../../src/data/mapping/record';
import { requestOf } from '../../src/domain/cascade';
import { SpItem } from '../../src/data/mapping/values';
import { formatReference } from '../../src/domain/reference';
import { SiteTimeZone, stockholmDate } from '../../src/domain/time';
import { Catalogue } from '../../src/domain/types';
import { requestCatalogue, sampleRequest } from './generatedRequests';
import { fateFor, orderStory, submissionTime } from './orderHistory';
import { pick, Random, seededGuid, seededRandom } from './seededRandom';

const DAY = 86400000;
const TWO_YEARS_DAYS = 730;

export interface Person {
  /** As the product records everyone in a trail: the claims login. */
  actor: string;
  name: string;
  email: string;
}

function actorOfPerson(person: Person): Actor {
  return { user: person.actor, userName: person.name };
}

/** Everything the orders are made from, as plain data (it crosses to another thread). */
export interface StoryPlan {
  seed: number;
  now: number;
  count: number;
  /** Item id of the first order; the others follow one by one. */
  firstId: number;
  catalogue: Catalogue;
  /** The site's regional time zone: what date-only columns hold depends on it. */
  zone: SiteTimeZone;
  /** Key and item id of every area, supplier and organisation. */
  ids: Record<keyof CatalogueIds, Array<[string, number]>>;
  /** People with a set share of the orders (anna a fifth, so Mina avrop has 20,000 at 100,000). */
  frequentOrderers: Array<{ person: Person; share: number }>;
  /** Everyone else who orders, equally often. */
  orderers: Person[];
  /** The handlers. */
  handlers: Person[];
}

/** One Avrop item or audit row: the mapped body, who wrote it and when (whole seconds, UTC). */
export interface StoryRow {
  item: SpItem;
  by: string;
  at: string;
}

export interface GeneratedOrder extends StoryRow {
  id: number;
  /** The orderer's actor (the item's Author); `by` and `at` are the last change's. */
  author: string;
  created: string;
  /** Added, given its reference, then one update per later transition: as the data layer writes it. */
  version: number;
  events: StoryRow[];
  /** The handlers' record (Avropsstatus), once a handler has acted on the order; added at her first action. */
  record?: StoryRow & { created: string };
}

/** The pairs of `ids` for the keys the catalogue has. */
export function catalogueIdPairs(catalogue: Catalogue, ids: CatalogueIds): StoryPlan['ids'] {
  const pairs = (keys: string[], map: KeyIdMap): Array<[string, number]> =>
    keys.flatMap((key) => {
      const id = map.id(key);
      return id === undefined ? [] : [[key, id] as [string, number]];
    });
  return {
    areas: pairs(catalogue.areas.map((a) => a.key), ids.areas),
    suppliers: pairs(catalogue.suppliers.map((s) => s.key), ids.suppliers),
    organisations: pairs(catalogue.organisations.map((o) => o.key), ids.organisations)
  };
}

/** SharePoint's system dates have whole seconds; the domain's timestamps are toISOString()'s. */
function seconds(domainTimestamp: string): string {
  return `${domainTimestamp.slice(0, 19)}Z`;
}

function chooser(plan: StoryPlan): (r: Random) => Person {
  return (r) => {
    let x = r();
    for (const { person, share } of plan.frequentOrderers) {
      if (x < share) return person;
      x -= share;
    }
    return pick(r, plan.orderers);
  };
}

/** When a desk took the order in: a few minutes after it came, never after the first action or now. */
function intakeAt(submittedAt: string, firstAction: string | undefined, now: number): string {
  const soon = Date.parse(submittedAt) + 5 * 60000;
  const limit = Math.min(firstAction ? Date.parse(firstAction) : Number.POSITIVE_INFINITY, now);
  return new Date(Math.max(Date.parse(submittedAt), Math.min(soon, limit))).toISOString();
}

export function* orderStories(plan: StoryPlan): Generator<GeneratedOrder> {
  const r = seededRandom(plan.seed);
  const { catalogue } = plan;
  const ids: CatalogueIds = {
    areas: new KeyIdMap(plan.ids.areas),
    suppliers: new KeyIdMap(plan.ids.suppliers),
    organisations: new KeyIdMap(plan.ids.organisations)
  };
  const requests = requestCatalogue(catalogue);
  const areas = new Map(catalogue.areas.map((a) => [a.key, a]));
  const courses = new Map(catalogue.courses.map((c) => [c.key, c]));
  const orderer = chooser(plan);
  const handlers = plan.handlers.map(actorOfPerson);

  // Submission times first, sorted, so that ids and references follow time.
  const times: number[] = [];
  for (let i = 0; i < plan.count; i++) times.push(submissionTime(r, plan.now, Math.floor(r() * TWO_YEARS_DAYS * DAY) + 3600000));
  times.sort((a, b) => a - b);

  for (let i = 0; i < plan.count; i++) {
    const submittedAt = times[i];
    const id = plan.firstId + i;
    const author = orderer(r);
    const day = stockholmDate(new Date(submittedAt));
    const request = sampleRequest(r, requests, author, day);
    const order = orderStory(r, {
      request,
      catalogue,
      responseHours: areas.get(request.areaKey)!.responseHours,
      courseDays: request.courseKey ? courses.get(request.courseKey)?.days : undefined,
      submittedAt,
      now: plan.now,
      fate: fateFor(r, (plan.now - submittedAt) / DAY),
      orderer: actorOfPerson(author),
      handlers,
      requestKey: seededGuid(plan.seed, id),
      // The data layer's reference: the submission's year in Swedish time and the item id.
      reference: formatReference(Number(day.slice(0, 4)), id)
    });
    const last = order.trail[order.trail.length - 1];
    const handled = order.trail.filter((entry) => entry.by !== order.submittedBy);
    yield {
      id,
      item: orderToItem(order, ids, plan.zone),
      author: author.actor,
      by: last.by,
      created: seconds(order.submittedAt),
      at: seconds(last.at),
      version: order.trail.length + 1,
      // Handlers' actions only: the orderer's 'Skapad' is the item itself, and her cancellation
      // lives on her item (she cannot write the audit list or the record).
      events: handled.map((entry) => ({ item: eventToItem(entry, id, order.reference, ids), by: entry.by, at: seconds(entry.at) })),
      // Every order has its record: a handler's desk takes each new order in within minutes
      // (src/data/intake.ts) and writes an orderer's cancellation into it when it sees one.
      record: {
        item: recordToItem(order, id, ids, plan.zone, order.sentAt ? requestOf(order) : undefined),
        by: handled.length > 0 ? handled[handled.length - 1].by : handlers[id % handlers.length].user,
        at: seconds(last.at),
        created: seconds(intakeAt(order.submittedAt, handled[0]?.at, plan.now))
      }
    };
  }
}
