// The data layer's order reads on a list past the list view threshold (issue 8, point 5), against
// the emulator that refuses, as SharePoint Online does, any query whose first indexed clause
// matches more than 5,000 rows (threshold.test.ts has the sources). With 30,000 generated orders,
// Genomförd and anna's own orders are each more than 5,000 rows; every list of orders must still
// come back newest first, 25 a page, complete and without duplicates, and in few requests.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { ID_WINDOW, idWindowToken } from '../../src/data/idWindows';
import { SpOrderRepository } from '../../src/data/orderRepository';
import { Page, StoredOrder } from '../../src/data/ports';
import { AS_SITE_OWNER, Emulator, startEmulator } from '../support/emulator';

jest.setTimeout(180000);

const COUNT = 30000;
let emu: Emulator;
let apiRequests = 0;
const realFetch = global.fetch;

beforeAll(async () => {
  emu = await startEmulator();
  const res = await fetch(`${emu.url}/_workbench/generate-orders`, { headers: AS_SITE_OWNER, method: 'POST', body: JSON.stringify({ count: COUNT, seed: 5 }) });
  expect(res.status).toBe(200);
  global.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input).includes('/_api/')) {
      apiRequests++;
      if (process.env.SHOW_REQUESTS) console.log(String(input instanceof Request ? input.url : input), String(init?.body ?? '').match(/GET [^ ]+/g)?.slice(0, 2).join(' | '));
    }
    return realFetch(input, init);
  };
});
afterAll(async () => {
  global.fetch = realFetch;
  await emu?.stop();
});

function repositoryFor(login: string): SpOrderRepository {
  const sp = emu.sp(login);
  return new SpOrderRepository(sp, new SpCatalogueRepository(sp));
}

async function userId(login: string): Promise<number> {
  return (await emu.sp(login).web.currentUser.select('Id')()).Id;
}

/** Requests made by `read` (the catalogue ids it needs are read first, outside the count). */
async function counted<T>(read: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = apiRequests;
  const result = await read();
  return { result, requests: apiRequests - before };
}

async function allPages(read: (token?: string) => Promise<Page<StoredOrder>>, limit: number): Promise<StoredOrder[]> {
  const rows: StoredOrder[] = [];
  let page = await read();
  rows.push(...page.items);
  while (page.next && rows.length < limit) {
    page = await read(page.next);
    rows.push(...page.items);
  }
  return rows;
}

function expectNewestFirst(rows: StoredOrder[]): void {
  for (let i = 1; i < rows.length; i++) expect(rows[i].id).toBeLessThan(rows[i - 1].id);
}

test('the desk queue with no criteria: the 25 newest orders, found through their records, in four requests', async () => {
  const orders = repositoryFor('hanna');
  // Catalogue ids, and the request digest the first $batch needs, are read once, first.
  await orders.listQueue({});
  const { result: page, requests } = await counted(() => orders.listQueue({}));
  expect(page.items).toHaveLength(25);
  expectNewestFirst(page.items);
  const [newest] = await emu.sp('hanna').web.lists.getByTitle('Avrop').items.select('Id').orderBy('ID', false).top(1)();
  expect(page.items[0].id).toBe(newest.Id);
  // Intake's probe (newest record and newest order, one $batch: nothing new to take in), the
  // records' probe, one window of records, and those 25 orders with their full records in one $batch.
  expect(requests).toBe(4);
  expect(page.next).toBeDefined();
  const second = await orders.listQueue({}, page.next);
  expect(second.items[0].id).toBe(page.items[24].id - 1);
});

test('follow-up (Genomförd, more than 5,000 rows) pages through windows without gaps or repeats', async () => {
  const orders = repositoryFor('ulla');
  const rows = await allPages((token) => orders.listQueue({ statuses: ['Genomförd'] }, token), 400);
  expect(rows.length).toBeGreaterThanOrEqual(400);
  expect(rows.every((s) => s.order.status === 'Genomförd')).toBe(true);
  expectNewestFirst(rows);
});

test('Mina avrop for a person with more than 5,000 orders, and the desk filters by status and area', async () => {
  const anna = await userId('anna');
  const mine = await allPages((token) => repositoryFor('anna').listMine(anna, token), 100);
  expect(mine.length).toBeGreaterThanOrEqual(100);
  expect(mine.every((s) => s.authorId === anna)).toBe(true);
  expectNewestFirst(mine);

  const desk = repositoryFor('hanna');
  const open = await desk.listQueue({ statuses: ['Ny', 'Väntar på svar'] });
  expect(open.items.every((s) => s.order.status === 'Ny' || s.order.status === 'Väntar på svar')).toBe(true);
  const areaKey = open.items[0].order.areaKey;
  const inArea = await desk.listQueue({ areaKey, statuses: ['Genomförd'] });
  expect(inArea.items.length).toBeGreaterThan(0);
  expect(inArea.items.every((s) => s.order.areaKey === areaKey && s.order.status === 'Genomförd')).toBe(true);
});

test('a filter that matches nothing reads every window, batched, and ends without a next page', async () => {
  const orders = repositoryFor('lars');
  const lars = await userId('lars');
  await orders.listQueue({ reference: 'AVR-2001-0001' });
  const { result: page, requests } = await counted(() => orders.listMine(lars));
  expect(page).toEqual({ items: [] });
  // A probe, then rounds of 1, 2, 4, 8, 8... windows, each round one request ($batch).
  const windows = Math.ceil(COUNT / ID_WINDOW);
  expect(requests).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(windows + 1)) + 1);
});

test('the last page of a read says so: no next token once nothing older matches', async () => {
  const orders = repositoryFor('hanna');
  const [oldest] = await emu.sp('hanna').web.lists.getByTitle('Avrop').items.select('Id', 'Title').orderBy('ID', true).top(1)();
  const found = await orders.listQueue({ reference: oldest.Title });
  expect(found.items.map((s) => s.id)).toEqual([oldest.Id]);
  expect(found.next).toBeUndefined();
  const tail = await orders.listQueue({}, idWindowToken(oldest.Id + 2));
  expect(tail.items.map((s) => s.id)).toEqual([oldest.Id + 2, oldest.Id + 1, oldest.Id]);
  expect(tail.next).toBeUndefined();
});

test('the open queue is ordered over every open order, not per page: overdue, then unsent oldest first, then waiting', async () => {
  const desk = repositoryFor('hanna');
  const rows = await allPages((token) => desk.listQueue({ urgency: true }, token), 100000);
  // Every open record, read straight from the handlers' list.
  const records = emu.sp('hanna').web.lists.getByTitle('Avropsstatus').items;
  const open: number[] = [];
  for (const status of ['Ny', 'Väntar på svar']) {
    const found = await records.select('ParentOrder/Id').expand('ParentOrder').filter(`Status eq '${status}'`).top(5000)();
    open.push(...found.map((r: { ParentOrder: { Id: number } }) => r.ParentOrder.Id));
  }
  expect(open.length).toBeGreaterThan(25);
  expect(rows.map((s) => s.id).sort((a, b) => a - b)).toEqual(open.sort((a, b) => a - b));
  const now = Date.now();
  const rank = (s: StoredOrder) => (s.order.status === 'Ny' ? 1 : Date.parse(s.order.answerDeadline) <= now ? 0 : 2);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    expect(rank(a)).toBeLessThanOrEqual(rank(b));
    if (rank(a) !== rank(b)) continue;
    const key = (s: StoredOrder) => Date.parse(rank(s) === 1 ? s.order.submittedAt : s.order.answerDeadline);
    expect(key(a)).toBeLessThanOrEqual(key(b));
  }
  // The oldest unsent order is on the first page whenever there are fewer than 25 overdue answers.
  const overdue = rows.filter((s) => rank(s) === 0).length;
  if (overdue < 25) expect(rows.slice(0, 25).some((s) => s.order.status === 'Ny')).toBe(true);
});
