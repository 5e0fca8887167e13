// The 5,000-item list view threshold on a list filled by the order generator: a query whose
// filter does not start with an indexed column fails as in SharePoint; indexed ones answer fast.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { Emulator, startEmulator } from '../support/emulator';
import { spError } from '../support/orders';

jest.setTimeout(120000);

let emu: Emulator;
const ORDERS = 'Avrop';

beforeAll(async () => {
  emu = await startEmulator();
  const res = await fetch(`${emu.url}/_workbench/generate-orders`, { method: 'POST', body: JSON.stringify({ count: 6000, seed: 7 }) });
  expect(res.status).toBe(200);
  const result = await res.json();
  expect(result.orders).toBe(6000);
  expect(result.events).toBeGreaterThan(6000);
});
afterAll(async () => {
  await emu?.stop();
});

const items = (login = 'hanna') => emu.sp(login).web.lists.getByTitle(ORDERS).items;

test('the generated orders are there and respect the schema', async () => {
  const list = await emu.sp('hanna').web.lists.getByTitle(ORDERS).select('ItemCount')();
  expect(list.ItemCount).toBe(6000);
  const sample = await items().select('Id', 'Title', 'Status', 'Area/Id', 'Trail', 'Author/Title').expand('Area', 'Author').top(50)();
  for (const o of sample) {
    expect(o.Title).toMatch(/^AVR-\d{4}-\d{4,}$/);
    expect(o.Area.Id).toBeGreaterThan(0);
    expect(Array.isArray(JSON.parse(o.Trail))).toBe(true);
  }
  const events = await emu.sp('hanna').web.lists.getByTitle('Avropshändelser').items.select('Id', 'Order/Id', 'Order/Title', 'OrderReference').expand('Order').top(20)();
  for (const e of events) expect(e.Order.Title).toBe(e.OrderReference);
});

test('a filter on a non-indexed column is throttled (500 SPQueryThrottledException)', async () => {
  const e = await spError(items().filter("Unit eq 'Akutmottagningen'")());
  expect(e.status).toBe(500);
  expect(e.code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  expect(e.message).toMatch(/exceeds the list view threshold/);
  expect((await spError(items().filter("Unit eq 'Akutmottagningen' and Status eq 'Ny'")())).status).toBe(500);
});

test('ordering by a non-indexed column without an indexed filter is throttled', async () => {
  expect((await spError(items().orderBy('Participants')())).status).toBe(500);
});

test('filters that start with an indexed column work, and are fast', async () => {
  const started = Date.now();
  const rows = await items().select('Id', 'Status').filter("Status eq 'Ny' and Unit eq 'Akutmottagningen'").top(5000)();
  expect(Date.now() - started).toBeLessThan(1000);
  expect(rows.every((r: { Status: string }) => r.Status === 'Ny')).toBe(true);
  const recent = await items().select('Id', 'Created').orderBy('Created', false).top(10)();
  expect(recent.length).toBe(10);
  const one = await items().select('Id', 'Title').filter("Title eq 'AVR-2099-0001' or RequestKey eq 'x'")();
  expect(one).toEqual([]);
});

test('paging through the whole list by ID works without a filter', async () => {
  let total = 0;
  for await (const page of items().select('Id').top(5000)) total += page.length;
  expect(total).toBe(6000);
});

test('item-level security still applies: anna pages through only her own orders', async () => {
  const me = await emu.sp('anna').web.currentUser.select('Id')();
  let total = 0;
  for await (const page of items('anna').select('Id', 'AuthorId').top(5000)) {
    total += page.length;
    for (const r of page) expect(r.AuthorId).toBe(me.Id);
  }
  expect(total).toBeGreaterThan(500);
  expect(total).toBeLessThan(3000);
  const mine = await items('anna').select('Id').filter(`Author/Id eq ${me.Id}`).top(10)();
  expect(mine.length).toBe(10);
});
