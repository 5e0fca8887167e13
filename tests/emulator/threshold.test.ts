// The 5,000-item list view threshold on a list filled by the order generator, as SharePoint Online
// applies it: what counts is the rows the query's first (indexed) clause matches, not the page
// size, and rows the caller cannot see count too. Sources (Microsoft docs and known threads):
// - https://learn.microsoft.com/en-us/previous-versions/msp-n-p/ff798465(v=pandp.10) (Query Throttling
//   and Indexing: "The list view threshold does not apply simply to the number of results returned
//   by your query. Instead, it restricts the numbers of database rows that can be accessed";
//   sorting by the always-indexed ID works on a large list)
// - https://learn.microsoft.com/en-us/sharepoint/install/software-boundaries-and-limits (the items
//   "a database operation, such as a query, can process at the same time")
// - https://learn.microsoft.com/en-us/microsoft-365/community/large-lists-large-libraries-in-sharepoint
//   (filtered by an indexed column first, and that filter returns no more than 5,000)
// - https://support.microsoft.com/office/b8588dae-9387-48c2-9248-c24122f07c59 (Manage large lists and libraries)
// - https://support.microsoft.com/office/f3f00554-b7dc-44d1-a2ed-d477eac463b0 (Add an index to a column)
// - https://github.com/pnp/pnpjs/issues/3149, /3163, /1158 (an indexed filter matching more than
//   5,000 items is refused even with $top; "come up with a filter condition that retrieves <5k at a time")
// - https://github.com/pnp/PnP-PowerShell/pull/2066 (paging a large list by ID ranges)
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { AS_SITE_OWNER, Emulator, startEmulator } from '../support/emulator';
import { spError } from '../support/orders';

jest.setTimeout(180000);

let emu: Emulator;
const ORDERS = 'Avrop';
// Enough that one status (Genomförd) and one person's orders (anna's fifth) pass 5,000 each.
const COUNT = 30000;
const THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';

beforeAll(async () => {
  emu = await startEmulator();
  const res = await fetch(`${emu.url}/_workbench/generate-orders`, { headers: AS_SITE_OWNER, method: 'POST', body: JSON.stringify({ count: COUNT, seed: 7 }) });
  expect(res.status).toBe(200);
  const result = await res.json();
  expect(result.orders).toBe(COUNT);
  expect(result.events).toBeGreaterThan(COUNT);
});
afterAll(async () => {
  await emu?.stop();
});

const items = (login = 'hanna') => emu.sp(login).web.lists.getByTitle(ORDERS).items;

async function expectThrottled(query: Promise<unknown>): Promise<void> {
  const e = await spError(query);
  expect(e.status).toBe(500);
  expect(e.code).toBe(THROTTLED);
  expect(e.message).toMatch(/exceeds the list view threshold/);
}

async function maxId(login = 'hanna'): Promise<number> {
  const [top] = await items(login).select('Id').orderBy('ID', false).top(1)();
  return top.Id;
}

test('the generated orders are there and respect the schema', async () => {
  const list = await emu.sp('hanna').web.lists.getByTitle(ORDERS).select('ItemCount')();
  expect(list.ItemCount).toBe(COUNT);
  const sample = await items().select('Id', 'Title', 'Status', 'Area/Id', 'Trail', 'Author/Title').expand('Area', 'Author').top(50)();
  for (const o of sample) {
    expect(o.Title).toMatch(/^AVR-\d{4}-\d{4,}$/);
    expect(o.Area.Id).toBeGreaterThan(0);
    expect(Array.isArray(JSON.parse(o.Trail))).toBe(true);
  }
});

test('a filter on a non-indexed column is throttled (500 SPQueryThrottledException)', async () => {
  await expectThrottled(items().filter("Unit eq 'Akutmottagningen'")());
  await expectThrottled(items().filter("Unit eq 'Akutmottagningen' and Status eq 'Ny'")());
});

test('ordering by a non-indexed column without an indexed filter is throttled', async () => {
  await expectThrottled(items().orderBy('Participants')());
});

test('an indexed first clause that matches more than 5,000 rows is refused, whatever $top says', async () => {
  await expectThrottled(items().select('Id').filter('ID gt 0').orderBy('ID', false).top(25)());
  await expectThrottled(items().select('Id').filter("Status eq 'Genomförd'").orderBy('ID', false).top(25)());
  // The second clause narrows the result, but SharePoint has already matched the first.
  await expectThrottled(items().select('Id').filter("Status eq 'Genomförd' and Title eq 'AVR-2099-0001'").top(1)());
  await expectThrottled(items().select('Id').filter("(Status eq 'Ny' or Status eq 'Genomförd') and ID gt 0").top(25)());
});

test('a window over ID of at most 5,000 rows first is answered; one row more is refused', async () => {
  const hi = await maxId();
  expect(hi).toBeGreaterThan(10000);
  const window = await items().select('Id', 'Status').filter(`ID gt ${hi - 5000} and ID le ${hi} and Status eq 'Genomförd'`).orderBy('ID', false).top(25)();
  expect(window.length).toBeGreaterThan(0);
  expect(window.every((r: { Id: number; Status: string }) => r.Status === 'Genomförd' && r.Id > hi - 5000)).toBe(true);
  await expectThrottled(items().select('Id').filter(`ID gt ${hi - 5001} and ID le ${hi} and Status eq 'Genomförd'`).top(25)());
  // A one-sided bound is not a window.
  await expectThrottled(items().select('Id').filter(`ID gt ${hi - 10000}`).top(25)());
});

test('the max-id probe and unfiltered reads in ID order work on the large list', async () => {
  const hi = await maxId();
  const newest = await items().select('Id').top(25).orderBy('ID', false)();
  expect(newest[0].Id).toBe(hi);
  let total = 0;
  for await (const page of items().select('Id').top(5000)) total += page.length;
  expect(total).toBe(COUNT);
});

test('selective indexed first clauses still work, and are fast', async () => {
  const started = Date.now();
  const one = await items().select('Id', 'Title').filter("Title eq 'AVR-2099-0001' or RequestKey eq 'x'")();
  expect(one).toEqual([]);
  const [sample] = await items().select('Id', 'Title').orderBy('ID', false).top(1)();
  const found = await items().select('Id').filter(`Title eq '${sample.Title}' and Status ne 'Avbruten'`)();
  expect(found.length).toBeLessThanOrEqual(1);
  expect(Date.now() - started).toBeLessThan(2000);
});

test('rows the caller cannot see count too: anna is refused what only hanna could see', async () => {
  const me = await emu.sp('anna').web.currentUser.select('Id')();
  // She sees about a fifth of the list, but the first clause matches all of it.
  await expectThrottled(items('anna').select('Id').filter('ID gt 0').top(25)());
  // Her own orders are more than 5,000 rows: the Author index alone is refused as well.
  await expectThrottled(items('anna').select('Id').filter(`Author/Id eq ${me.Id}`).top(10)());
  const hi = await maxId('anna');
  const mine = await items('anna').select('Id', 'AuthorId').filter(`ID gt ${hi - 5000} and ID le ${hi} and Author/Id eq ${me.Id}`).top(5000)();
  expect(mine.length).toBeGreaterThan(500);
  expect(mine.length).toBeLessThan(2000);
  expect(mine.every((r: { AuthorId: number }) => r.AuthorId === me.Id)).toBe(true);
});

test('item-level security still applies when anna pages through the list in ID order', async () => {
  const me = await emu.sp('anna').web.currentUser.select('Id')();
  let total = 0;
  for await (const page of items('anna').select('Id', 'AuthorId').top(5000)) {
    total += page.length;
    for (const r of page) expect(r.AuthorId).toBe(me.Id);
  }
  expect(total).toBeGreaterThan(COUNT * 0.15);
  expect(total).toBeLessThan(COUNT * 0.25);
});
