// Generated data follows the rules (issue 8, point 11). Every generated order's audit rows
// (Avropshändelser), read back through the data layer's own mapping, are replayed through the
// domain's transitions (createOrder, sendToSupplier, recordAcceptance, moveToNextSupplier,
// completeOrder, cancelOrder): each step must be one allowedActions offers to the person who
// made it, must produce exactly the audit row that is stored, and the replay must end in exactly
// the Avrop item that is stored. The data is also checked for the spread the threshold tests and
// screens rely on: two years, every orderable area, one orderer with a fifth of the orders, and
// about 60 % Genomförd.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { SPFI } from '@pnp/sp';
import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { itemsQuery } from '../../src/data/listQuery';
import { EVENT_QUERY, eventFromItem, eventOrderId } from '../../src/data/mapping/event';
import { ORDER_QUERY, storedOrderFromItem } from '../../src/data/mapping/order';
import { dateOnly, SpItem } from '../../src/data/mapping/values';
import { readAll } from '../../src/data/paging';
import { StoredOrder } from '../../src/data/ports';
import { SpSiteSettings } from '../../src/data/siteSettings';
import {
  allowedActions,
  cancelOrder,
  canOrderArea,
  CascadeReason,
  Catalogue,
  completeOrder,
  createOrder,
  formatReference,
  moveToNextSupplier,
  Order,
  OrderAction,
  OrderEvent,
  OrderRole,
  recordAcceptance,
  sendToSupplier,
  stockholmDate,
  TransitionResult,
  validateOrderRequest
} from '../../src/domain';
import { GROUPS } from '../../src/schema/permissions';
import { AS_SITE_OWNER, Emulator, startEmulator } from '../support/emulator';

jest.setTimeout(180000);

const WINDOW = 2000;

/** A site the generator filled, read back the way the product reads it. */
interface Site {
  emu: Emulator;
  catalogue: Catalogue;
  orders: StoredOrder[];
  events: Map<number, OrderEvent[]>;
  loginById: Map<number, string>;
  handlers: Set<string>;
  /** Logins in the site's Visitors or Members group: the people who may place orders. */
  mayOrder: Set<string>;
}

/** All rows of a list, read in windows over the always-indexed ID so no query nears the threshold. */
async function readWindows(sp: SPFI, query: typeof ORDER_QUERY): Promise<SpItem[]> {
  const rows: SpItem[] = [];
  for (let from = 1; ; from += WINDOW) {
    const window = await readAll<SpItem>(itemsQuery(sp, query, WINDOW).filter(`ID ge ${from} and ID lt ${from + WINDOW}`).orderBy('ID', true));
    rows.push(...window);
    if (window.length === 0) {
      const rest = await itemsQuery(sp, query, 1).filter(`ID ge ${from}`)();
      if ((rest as SpItem[]).length === 0) return rows;
    }
  }
}

async function generatedSite(count: number, seed: number, env: Record<string, string> = {}): Promise<Site> {
  const emu = await startEmulator({ env });
  const res = await fetch(`${emu.url}/_workbench/generate-orders`, { headers: AS_SITE_OWNER, method: 'POST', body: JSON.stringify({ count, seed }) });
  expect(res.status).toBe(200);
  const sp = emu.sp('hanna');
  const { catalogue, ids } = await new SpCatalogueRepository(sp).loadWithIds(true);
  const zone = await new SpSiteSettings(sp).timeZone();
  const orders = (await readWindows(sp, ORDER_QUERY)).map((row) => storedOrderFromItem(row, ids, zone));
  const events = new Map<number, OrderEvent[]>();
  for (const row of await readWindows(sp, EVENT_QUERY)) {
    const orderId = eventOrderId(row);
    events.set(orderId, [...(events.get(orderId) ?? []), eventFromItem(row, ids)]);
  }
  const users: Array<{ Id: number; LoginName: string }> = await emu.sp('lars').web.siteUsers.select('Id', 'LoginName')();
  const handlerGroup = GROUPS.find((g) => g.audience === 'handlers')!.title;
  const members: Array<{ LoginName: string; Email: string }> = await emu.sp('lars').web.siteGroups.getByName(handlerGroup).users.select('LoginName', 'Email')();
  const orderers: Array<Array<{ LoginName: string }>> = await Promise.all([
    emu.sp('lars').web.associatedVisitorGroup.users.select('LoginName')(),
    emu.sp('lars').web.associatedMemberGroup.users.select('LoginName')()
  ]);
  return {
    emu,
    catalogue,
    orders,
    events,
    loginById: new Map(users.map((u) => [u.Id, u.LoginName])),
    handlers: new Set(members.flatMap((m) => [m.LoginName, m.Email])),
    mayOrder: new Set(orderers.flat().map((u) => u.LoginName))
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * A comparable text of a value: keys sorted, and instants written one way (stored timestamps have
 * whole seconds, the domain writes milliseconds).
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string' && INSTANT.test(v)) return new Date(v).toISOString();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/** The audit row's own fields (what Avropshändelser holds) of a trail entry. */
function rowOf(result: TransitionResult, reference: string): string {
  const { answerDeadline: _deadline, startDate: _start, ...entry } = result.entry;
  return canonical({ ...entry, orderReference: reference });
}

interface Step {
  action: OrderAction;
  /** `who`: the row's login and name, as the desk records them. */
  run: (order: Order, now: Date, who: { user: string; userName?: string }) => TransitionResult;
}

/** The transition an audit row records; the values it does not hold come from the final item. */
function stepFor(row: OrderEvent, final: Order, catalogue: Catalogue): Step {
  const area = catalogue.areas.find((a) => a.key === final.areaKey);
  switch (row.kind) {
    case 'Skickad':
      return { action: 'sendToSupplier', run: (order, now, who) => sendToSupplier(order, { now, ...who, responseHours: area ? area.responseHours : -1 }) };
    case 'Antagen':
      return { action: 'recordAcceptance', run: (order, now, who) => recordAcceptance(order, { now, ...who, startDate: final.startDate }) };
    case 'Vidare till nästa leverantör':
    case 'Ingen leverantör':
      return { action: 'moveToNextSupplier', run: (order, now, who) => moveToNextSupplier(order, { now, ...who, reason: row.reason as CascadeReason, comment: row.comment, commentForOrderer: row.commentForOrderer }) };
    case 'Genomförd':
      return {
        action: 'completeOrder',
        run: (order, now, who) =>
          completeOrder(order, {
            now,
            ...who,
            actualParticipants: final.actualParticipants as number,
            participantsWomen: final.participantsWomen,
            participantsMen: final.participantsMen,
            participantsOtherOrUnstated: final.participantsOtherOrUnstated,
            evaluationScore: final.evaluationScore
          })
      };
    case 'Avbruten':
      return { action: 'cancelOrder', run: (order, now, who) => cancelOrder(order, { now, ...who, reason: row.comment }) };
    default:
      throw new Error(`Okänd händelse "${row.kind}"`);
  }
}

/**
 * Replays one order; answers the first rule it breaks, or '' when the whole history holds. The
 * stored order stands in for the request: createOrder and the form validation read only the
 * request's own fields of it.
 */
function replay(site: Site, stored: StoredOrder): string {
  const { catalogue, handlers } = site;
  const final = stored.order;
  const where = `${final.reference} (id ${stored.id})`;
  // The whole history is the trail on the item; the audit list holds the handlers' part of it
  // (orderers cannot write there: the item itself records the order, and her cancellation is on it).
  const rows: OrderEvent[] = final.trail.map(({ answerDeadline: _deadline, startDate: _start, ...entry }) => ({ ...entry, orderReference: final.reference }));
  if (rows.length === 0) return `${where}: inga händelser`;
  const [first, ...rest] = rows;
  if (first.kind !== 'Skapad') return `${where}: första händelsen är "${first.kind}", inte "Skapad"`;
  const author = site.loginById.get(stored.authorId);
  if (first.by !== author) return `${where}: skapad av ${first.by} men Author är ${author}`;
  if (!site.mayOrder.has(first.by)) return `${where}: ${first.by} är varken besökare eller medlem på webbplatsen och kan inte beställa`;
  // Compared on what an audit row holds (a trail entry may carry more, such as the actor's name).
  const audit = site.events.get(stored.id) ?? [];
  const handled = rows.filter((row) => row.by !== author);
  const asRow = (row: OrderEvent, like: OrderEvent | undefined): Record<string, unknown> =>
    Object.fromEntries(Object.keys(like ?? row).map((key) => [key, (row as unknown as Record<string, unknown>)[key]]));
  if (canonical(audit) !== canonical(handled.map((row, i) => asRow(row, audit[i])))) {
    return `${where}: granskningsraderna är inte handläggarnas händelser i historiken:\n${canonical(audit)}\n${canonical(handled)}`;
  }
  const submitted = new Date(first.at);
  const expectedReference = formatReference(Number(dateOnly(first.at).slice(0, 4)), stored.id);
  if (final.reference !== expectedReference) return `${where}: referensen ska vara ${expectedReference} (från item-id)`;
  const validation = validateOrderRequest(final, catalogue, stockholmDate(submitted));
  if (validation.errors.length) return `${where}: formuläret skulle ha nekat beställningen: ${validation.errors[0].message}`;
  let result: TransitionResult;
  try {
    result = createOrder(final, catalogue, { now: submitted, user: first.by, userName: first.byName, requestKey: final.requestKey, reference: final.reference });
  } catch (e) {
    return `${where}: createOrder nekade: ${(e as Error).message}`;
  }
  if (rowOf(result, final.reference) !== canonical(first)) {
    return `${where}: Skapad-raden skiljer sig från domänens:\n${canonical(first)}\n${rowOf(result, final.reference)}`;
  }
  let order = result.order;
  for (const row of rest) {
    const now = new Date(row.at);
    if (now.getTime() < Date.parse(order.trail[order.trail.length - 1].at)) return `${where}: "${row.kind}" ligger före föregående händelse`;
    const role: OrderRole = row.by === first.by ? 'orderer' : 'handler';
    if (role === 'handler' && !handlers.has(row.by)) return `${where}: "${row.kind}" gjordes av ${row.by}, som varken är beställaren eller avropshandläggare`;
    const step = stepFor(row, final, catalogue);
    const offered = allowedActions(order, role, now);
    if (offered.indexOf(step.action) < 0) {
      return `${where}: "${row.kind}" (${step.action}) är inte tillåtet för ${role} i status "${order.status}" (tillåtet: ${offered.join(', ') || 'inget'})`;
    }
    try {
      result = step.run(order, now, { user: row.by, userName: row.byName });
    } catch (e) {
      return `${where}: ${step.action} i status "${order.status}" nekades: ${(e as Error).message}`;
    }
    if (rowOf(result, final.reference) !== canonical(row)) {
      return `${where}: "${row.kind}"-raden skiljer sig från domänens:\n${canonical(row)}\n${rowOf(result, final.reference)}`;
    }
    order = result.order;
  }
  if (canonical(order) !== canonical(final)) {
    const keys = [...new Set([...Object.keys(order), ...Object.keys(final)])] as Array<keyof Order>;
    const differing = keys.filter((k) => canonical(order[k]) !== canonical(final[k]));
    return `${where}: avropet efter händelserna skiljer sig från det sparade i ${differing.join(', ')}`;
  }
  return '';
}

function expectLawfulHistories(site: Site, count: number): void {
  expect(site.orders).toHaveLength(count);
  const problems = site.orders.map((stored) => replay(site, stored)).filter(Boolean);
  expect({ broken: problems.length, first: problems.slice(0, 5) }).toEqual({ broken: 0, first: [] });
  const rows = [...site.events.values()].reduce((n, list) => n + list.length, 0);
  expect(rows).toBe(site.orders.reduce((n, o) => n + o.order.trail.filter((e) => e.by !== site.loginById.get(o.authorId)).length, 0));
}

describe('on a site on Stockholm time', () => {
  const COUNT = 1500;
  let site: Site;
  beforeAll(async () => {
    site = await generatedSite(COUNT, 11);
  });
  afterAll(async () => {
    await site?.emu.stop();
  });

  test('every generated order has a history of allowed domain transitions that ends in the stored item', () => {
    expectLawfulHistories(site, COUNT);
  });

  test('the orders spread over two years, every orderable area, many orderers and the statuses', () => {
    const { orders, catalogue } = site;
    const share = (predicate: (o: StoredOrder) => boolean): number => orders.filter(predicate).length / orders.length;
    const submitted = orders.map((o) => Date.parse(o.order.submittedAt)).sort((a, b) => a - b);
    const days = (submitted[submitted.length - 1] - submitted[0]) / 86400000;
    expect(days).toBeGreaterThan(650);
    expect(days).toBeLessThanOrEqual(731);
    const orderable = catalogue.areas.filter((a) => canOrderArea(a.key, catalogue)).map((a) => a.key).sort();
    expect([...new Set(orders.map((o) => o.order.areaKey))].sort()).toEqual(orderable);

    const byAuthor = new Map<number, number>();
    for (const o of orders) byAuthor.set(o.authorId, (byAuthor.get(o.authorId) ?? 0) + 1);
    expect(byAuthor.size).toBeGreaterThan(20);
    const annaId = [...site.loginById].find(([, login]) => login.endsWith('|anna@region.example'))![0];
    // Mina avrop for a person with many orders: a fifth of 100,000 is 20,000.
    expect(share((o) => o.authorId === annaId)).toBeGreaterThan(0.17);
    expect(share((o) => o.authorId === annaId)).toBeLessThan(0.23);

    expect(share((o) => o.order.status === 'Genomförd')).toBeGreaterThan(0.55);
    expect(share((o) => o.order.status === 'Genomförd')).toBeLessThan(0.65);
    for (const status of ['Ny', 'Väntar på svar', 'Antagen', 'Ingen leverantör', 'Avbruten'] as const) {
      expect(share((o) => o.order.status === status)).toBeGreaterThan(0.005);
    }
    // Orders that moved down the ranking, were cancelled by their orderer, or skipped with "Annat".
    expect(share((o) => o.order.trail.some((e) => e.kind === 'Vidare till nästa leverantör'))).toBeGreaterThan(0.1);
    expect(share((o) => o.order.trail.some((e) => e.kind === 'Avbruten' && e.by === o.order.submittedBy))).toBeGreaterThan(0.01);
    expect(share((o) => o.order.trail.some((e) => e.reason === 'Annat'))).toBeGreaterThan(0.002);
  });
});

describe('on a site that is not on Stockholm time', () => {
  const COUNT = 300;
  let site: Site;
  beforeAll(async () => {
    site = await generatedSite(COUNT, 12, { WORKBENCH_TIME_ZONE: 'America/Los_Angeles' });
  });
  afterAll(async () => {
    await site?.emu.stop();
  });

  test('date-only columns hold what the data layer writes for that site, so the histories still replay', () => {
    expectLawfulHistories(site, COUNT);
  });
});
