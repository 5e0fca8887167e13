// Exactly-once writes through the data layer while SharePoint throttles and answers get lost.
//
// The emulator answers 30 % of API requests with 429 + Retry-After and, for 10 % of the writes
// it commits, drops the answer (the client sees a network error although the change is saved).
// Orders are submitted and moved through the desk with the services the apps use
// (createServices), and then counted with faults off, straight from the lists.
//
// Why a lost answer is dangerous: PnPjs's default send behaviour (BrowserFetchWithRetry, used by
// SPFx() and SPBrowser()) re-sends any request whose fetch failed, POST and MERGE included, so a
// committed add is added again and a committed ETag update comes back as 412.
// node_modules/@pnp/queryable/behaviors/browser-fetch.js; throttling and Retry-After:
// https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AppServices, createServices } from '../../src/apps/shared/services';
import { ORDER_EVENTS, ORDER_RECORDS, ORDERS } from '../../src/schema/lists';
import { createOrder, completeOrder, moveToNextSupplier, recordAcceptance, sendToSupplier, TransitionResult } from '../../src/domain/cascade';
import { rankedSuppliers } from '../../src/domain/ranking';
import { areaOrderingProblem } from '../../src/domain/orderability';
import { Catalogue, Order, OrderRequest } from '../../src/domain/types';
import { StoredOrder } from '../../src/data/ports';
import { Emulator, startEmulator } from '../support/emulator';

jest.setTimeout(240000);

const FLAKY = { rate429: 0.3, retryAfterSeconds: 0, dropAfterWriteRate: 0.1 };
const ORDER_COUNT = 20;
const DESK_COUNT = 6;

let emu: Emulator;
let catalogue: Catalogue;

beforeAll(async () => {
  emu = await startEmulator();
  catalogue = await createServices(emu.sp('anna')).catalogue.load();
});
afterAll(async () => {
  await emu?.stop();
});
afterEach(async () => {
  await emu.setFaults({ rate429: 0, dropAfterWriteRate: 0 });
});

/** An open area whose ranking has at least two suppliers, so a decline has somewhere to go. */
function areaWithTwoSuppliers(): string {
  const area = catalogue.areas.find((a) => areaOrderingProblem(a.key, catalogue) === null && rankedSuppliers(a.key, catalogue).length >= 2);
  if (!area) throw new Error('The seeded catalogue has no open area with two ranked suppliers.');
  return area.key;
}

function request(n: number): OrderRequest {
  const year = new Date().getFullYear() + 1;
  return {
    organisationKey: catalogue.organisations.find((o) => o.active)!.key,
    unit: `Enhet ${n}`,
    contactName: 'Anna Andersson',
    contactEmail: 'anna@region.example',
    contactPhone: '',
    invoiceReference: 'KST 1234',
    areaKey: areaWithTwoSuppliers(),
    trainingAreaKeys: [],
    courseKey: '',
    need: 'Nya chefer behöver grunderna i ledarskap.',
    targetGroup: 'Nya chefer',
    participants: 12,
    format: 'Digital',
    periodFrom: `${year}-03-01`,
    periodTo: `${year}-04-30`,
    place: '',
    adaptations: [],
    adaptationsOther: '',
    otherInfo: ''
  };
}

interface RawRow {
  Id: number;
  Title: string;
  RequestKey?: string;
  EventKind?: string;
}

/** Rows as they are in the list (as the site owner, faults off), not as the data layer presents them. */
async function ordersWithKey(requestKey: string): Promise<RawRow[]> {
  return emu.sp('lars').web.lists.getByTitle(ORDERS.title).items.select('Id', 'Title', 'RequestKey').filter(`RequestKey eq '${requestKey}'`)();
}

async function auditRows(reference: string): Promise<RawRow[]> {
  return emu.sp('lars').web.lists.getByTitle(ORDER_EVENTS.title).items.select('Id', 'Title', 'EventKind').filter(`OrderReference eq '${reference}'`).orderBy('ID', true)();
}

function kindsOf(rows: RawRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[String(row.EventKind)] = (counts[String(row.EventKind)] ?? 0) + 1;
  return counts;
}

const submitted: StoredOrder[] = [];

test(`${ORDER_COUNT} orders submitted under 30 % throttling and 10 % lost answers are stored once: one item each, no audit row (orderers cannot write the audit), one Skapad in the handlers' view`, async () => {
  const anna: AppServices = createServices(emu.sp('anna'));
  const user = await anna.user.currentUser();
  const orders: Order[] = [];
  for (let n = 0; n < ORDER_COUNT; n++) {
    orders.push(createOrder(request(n), catalogue, { now: new Date(), user: user.title, requestKey: `${String(n).padStart(4, '0')}-once-${Date.now()}`, reference: '' }).order);
  }
  await emu.setFaults(FLAKY);
  const failures: string[] = [];
  for (const order of orders) {
    try {
      submitted.push(await anna.orders.submit(order));
    } catch (error) {
      failures.push(`${order.requestKey}: ${(error as Error).message}`);
    }
  }
  await emu.setFaults({ rate429: 0, dropAfterWriteRate: 0 });

  const problems: string[] = [];
  for (const order of orders) {
    const rows = await ordersWithKey(order.requestKey);
    if (rows.length !== 1) {
      problems.push(`${order.requestKey}: ${rows.length} orders (${rows.map((r) => `${r.Id} ${r.Title}`).join(', ')})`);
      continue;
    }
    const stored = submitted.find((s) => s.order.requestKey === order.requestKey);
    if (stored && (stored.id !== rows[0].Id || stored.order.reference !== rows[0].Title)) problems.push(`${order.requestKey}: submit answered ${stored.id} ${stored.order.reference}, the list holds ${rows[0].Id} ${rows[0].Title}`);
    const counts = kindsOf(await auditRows(rows[0].Title));
    if (JSON.stringify(counts) !== '{}') problems.push(`${rows[0].Title}: audit rows ${JSON.stringify(counts)}`);
    const seen = await createServices(emu.sp('hanna')).orders.getById(rows[0].Id);
    if (JSON.stringify(seen?.order.trail.map((e) => e.kind)) !== '["Skapad"]') problems.push(`${rows[0].Title}: handlers see ${JSON.stringify(seen?.order.trail)}`);
  }
  expect({ failures, problems }).toEqual({ failures: [], problems: [] });
});

test(`desk actions on ${DESK_COUNT} orders under the same faults: one audit row per action and no false conflict`, async () => {
  expect(submitted.length).toBeGreaterThanOrEqual(DESK_COUNT);
  const hanna: AppServices = createServices(emu.sp('hanna'));
  const handler = (await hanna.user.currentUser()).title;
  const today = new Date();
  const startDate = `${today.getFullYear() + 1}-03-15`;
  const steps: Array<(order: Order, now: Date) => TransitionResult> = [
    (order, now) => sendToSupplier(order, { now, user: handler, responseHours: 24 }),
    (order, now) => moveToNextSupplier(order, { now, user: handler, reason: 'Avböjt: saknar kapacitet', comment: '' }),
    (order, now) => sendToSupplier(order, { now, user: handler, responseHours: 24 }),
    (order, now) => recordAcceptance(order, { now, user: handler, startDate }),
    // The start is next year: the handler confirms that the training is done all the same.
    (order, now) => completeOrder(order, { now, user: handler, actualParticipants: 10, confirmedBeforeStart: true })
  ];

  await emu.setFaults(FLAKY);
  const failures: string[] = [];
  for (const first of submitted.slice(0, DESK_COUNT)) {
    let stored: StoredOrder | undefined = await hanna.orders.getById(first.id);
    for (const step of steps) {
      if (!stored) break;
      const result = step(stored.order, new Date());
      try {
        stored = await hanna.orders.update(stored, result.order, result.entry);
      } catch (error) {
        failures.push(`${first.order.reference} ${result.entry.kind}: ${(error as Error).name} ${(error as Error).message}`);
        break;
      }
    }
  }
  await emu.setFaults({ rate429: 0, dropAfterWriteRate: 0 });

  const problems: string[] = [];
  for (const first of submitted.slice(0, DESK_COUNT)) {
    const counts = kindsOf(await auditRows(first.order.reference));
    const wanted = { Skickad: 2, 'Vidare till nästa leverantör': 1, Antagen: 1, Genomförd: 1 };
    if (JSON.stringify(counts, Object.keys(wanted).sort()) !== JSON.stringify(wanted, Object.keys(wanted).sort())) {
      problems.push(`${first.order.reference}: audit rows ${JSON.stringify(counts)}`);
    }
    const now = await hanna.orders.getById(first.id);
    if (now?.order.status !== 'Genomförd') problems.push(`${first.order.reference}: status ${now?.order.status}`);
    if (now && now.order.trail.length !== 6) problems.push(`${first.order.reference}: ${now.order.trail.length} trail entries`);
    const records = await emu.sp('lars').web.lists.getByTitle(ORDER_RECORDS.title).items.select('Id').filter(`ParentOrder/Id eq ${first.id}`)();
    if (records.length !== 1) problems.push(`${first.order.reference}: ${records.length} records`);
  }
  expect({ failures, problems }).toEqual({ failures: [], problems: [] });
});

// Without a unique column two tabs (or devices) can add the same order at the same moment. The
// lowest item id is the order for every reader. Orderers and handlers have no delete right
// (src/schema/permissions.ts: orders are records, the audit is append-only), so a later copy
// usually stays in the list, under its provisional title, and the readers skip it.
describe('two tabs or devices with the same request key', () => {
  async function visibleIds(services: AppServices, requestKey: string, mine: boolean): Promise<number[]> {
    const user = await services.user.currentUser();
    const page = mine ? await services.orders.listMine(user.id) : await services.orders.listQueue({});
    return page.items.filter((s) => s.order.requestKey === requestKey).map((s) => s.id);
  }

  test('submitting at the same moment gives both tabs the lowest id, and every reader sees only it', async () => {
    const tab1 = createServices(emu.sp('anna'));
    const tab2 = createServices(emu.sp('anna'));
    const user = await tab1.user.currentUser();
    const order = createOrder(request(100), catalogue, { now: new Date(), user: user.title, requestKey: `tabs-${Date.now()}`, reference: '' }).order;
    const [a, b] = await Promise.all([tab1.orders.submit(order), tab2.orders.submit(order)]);
    const rows = await ordersWithKey(order.requestKey);
    expect(b.id).toBe(a.id);
    expect(b.order.reference).toBe(a.order.reference);
    expect(rows[0]).toMatchObject({ Id: a.id, Title: a.order.reference });
    for (const extra of rows.slice(1)) {
      expect(extra.Title).toMatch(/^NY-/);
      expect(await tab1.orders.getById(extra.Id)).toBeUndefined();
    }
    expect(await visibleIds(tab1, order.requestKey, true)).toEqual([a.id]);
    expect(await visibleIds(createServices(emu.sp('hanna')), order.requestKey, false)).toEqual([a.id]);
    expect(kindsOf(await auditRows(a.order.reference))).toEqual({});
    expect((await createServices(emu.sp('hanna')).orders.getById(a.id))?.order.trail.map((e) => e.kind)).toEqual(['Skapad']);
  });

  test('a copy left behind is skipped by every reader, and a repeated submit answers with the lowest id', async () => {
    const anna = createServices(emu.sp('anna'));
    const user = await anna.user.currentUser();
    const order = createOrder(request(101), catalogue, { now: new Date(), user: user.title, requestKey: `left-${Date.now()}`, reference: '' }).order;
    const first = await anna.orders.submit(order);
    // What a tab that lost the race leaves: the same request under its provisional title.
    const avrop = emu.sp('anna').web.lists.getByTitle(ORDERS.title).items;
    const [winner] = await avrop.filter(`ID eq ${first.id}`)();
    const writable = ['RequestKey', 'AreaId', 'Status', 'OrganisationId', 'Unit', 'ContactName', 'ContactEmail', 'InvoiceReference', 'Need', 'TargetGroup', 'Participants', 'Format', 'PeriodFrom', 'PeriodTo', 'Trail', 'SubmittedAt', 'SubmittedBy'];
    const copy = await avrop.add({ ...Object.fromEntries(writable.map((k) => [k, winner[k]])), Title: `NY-${order.requestKey.slice(0, 12)}` });
    expect(copy.Id).toBeGreaterThan(first.id);

    expect(await anna.orders.getById(copy.Id)).toBeUndefined();
    expect(await visibleIds(anna, order.requestKey, true)).toEqual([first.id]);
    expect(await visibleIds(createServices(emu.sp('hanna')), order.requestKey, false)).toEqual([first.id]);

    const again = await anna.orders.submit(order);
    expect(again).toMatchObject({ id: first.id, order: { reference: first.order.reference } });
    expect(kindsOf(await auditRows(first.order.reference))).toEqual({});
  });

  test('an audit row written twice at once counts once for readers', async () => {
    const hanna = createServices(emu.sp('hanna'));
    const stored = submitted[0];
    const before = await hanna.orders.listEvents(stored.id);
    const [skapad] = await emu.sp('lars').web.lists.getByTitle(ORDER_EVENTS.title).items.filter(`OrderReference eq '${stored.order.reference}' and EventKind eq 'Antagen'`)();
    const columns = Object.keys(skapad).filter((k) => /^(Title|OrderReference|EventKind|FromStatus|ToStatus|FromSupplierId|FromRank|ToSupplierId|ToRank|Reason|Comment|EventAt|Actor|[A-Za-z]*OrderId)$/.test(k));
    await emu.sp('lars').web.lists.getByTitle(ORDER_EVENTS.title).items.add(Object.fromEntries(columns.map((k) => [k, skapad[k]])));
    expect(kindsOf(await auditRows(stored.order.reference)).Antagen).toBe(2);
    expect(await hanna.orders.listEvents(stored.id)).toEqual(before);
  });
});

describe('what is not ours stays a conflict, and references lead to their item', () => {
  test('a change by someone else in between is still a ConcurrencyError with the fresh order, and no audit row is written', async () => {
    const hanna = createServices(emu.sp('hanna'));
    const handler = (await hanna.user.currentUser()).title;
    const stored = (await hanna.orders.getById(submitted[DESK_COUNT + 1].id))!;
    const theirs = sendToSupplier(stored.order, { now: new Date(), user: handler, responseHours: 24 });
    const saved = await hanna.orders.update(stored, theirs.order, theirs.entry);
    const mine = sendToSupplier(stored.order, { now: new Date(Date.now() + 1000), user: handler, responseHours: 48 });
    const error = await hanna.orders.update(stored, mine.order, mine.entry).then(
      () => undefined,
      (e: Error) => e
    );
    expect(error?.name).toBe('ConcurrencyError');
    expect((error as unknown as { fresh?: StoredOrder }).fresh?.record?.etag).toBe(saved.record?.etag);
    expect(kindsOf(await auditRows(stored.order.reference))).toEqual({ Skickad: 1 });
  });

  test('getByReference goes by the item id the reference holds, and only answers for the exact reference', async () => {
    const anna = createServices(emu.sp('anna'));
    const first = submitted[0];
    expect((await anna.orders.getByReference(first.order.reference))?.id).toBe(first.id);
    expect((await anna.orders.getByReference(` ${first.order.reference.toLowerCase()} `))?.id).toBe(first.id);
    const otherYear = first.order.reference.replace(/^AVR-(\d{4})/, (_, y: string) => `AVR-${Number(y) - 1}`);
    expect(await anna.orders.getByReference(otherYear)).toBeUndefined();
    expect(await anna.orders.getByReference('inte en referens')).toBeUndefined();
    // Erik cannot read Anna's order, whatever its reference.
    expect(await createServices(emu.sp('erik')).orders.getByReference(first.order.reference)).toBeUndefined();
  });
});
