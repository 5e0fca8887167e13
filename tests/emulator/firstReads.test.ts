// Issue 13, budgets for the lists of orders: what a screen needs for its first rows goes in one
// $batch (services.firstReads): the rights check, who is signed in, the catalogue and its ids,
// the site's time zone, the tenant property naming the list site and the rows. The screens then
// ask as they always did and get those answers; here each screen's first load is run as the
// data layer sees it, against the emulator, and the HTTP requests it sends are counted.
// The tenant property is a GET on any web (GetStorageEntity,
// https://learn.microsoft.com/en-us/sharepoint/dev/spfx/tenant-properties), so it can travel in
// the same $batch. Under Avrop's item-level security (ReadSecurity 2: "Users have Read access only
// to items that they create", https://learn.microsoft.com/en-us/sharepoint/dev/schema/readsecurity-element)
// an orderer's unfiltered read ordered by the always-indexed ID gives her own newest items; such a
// read touches only the rows it returns (https://learn.microsoft.com/en-us/previous-versions/msp-n-p/ff798465(v=pandp.10)),
// and a refusal of it falls back to the ID windows (idWindows.ts).
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AppServices, createServices } from '../../src/apps/shared/services';
import { createOrder } from '../../src/domain/cascade';
import { Catalogue } from '../../src/domain/types';
import { StoredOrder } from '../../src/data/ports';
import { Emulator, startEmulator } from '../support/emulator';
import { orderRequest } from '../support/orders';
import { recordRequests, RequestLog } from '../support/requestLog';

jest.setTimeout(120000);

let emu: Emulator;
let catalogue: Catalogue;
let log: RequestLog;
const services = (login: string): AppServices => createServices(emu.sp(login), undefined, { askListSite: true });

async function submit(login: string, n: number): Promise<StoredOrder> {
  const s = createServices(emu.sp(login));
  const user = await s.user.currentUser();
  const { order } = createOrder(orderRequest(catalogue, { unit: `Enhet ${login} ${n}` }), catalogue, { now: new Date(), user: user.loginName, requestKey: `first-${login}-${n}-${Date.now()}`, reference: '' });
  return s.orders.submit(order);
}

/** What the desk does before its queue's first rows (DeskApp, Queue). */
async function deskFirstRows(s: AppServices): Promise<StoredOrder[]> {
  const first = await s.firstReads?.('desk');
  expect(first?.listSite ?? '').toBe('');
  expect((await s.orderRights()).canEditAll).toBe(true);
  await Promise.all([s.catalogue.load(), s.user.currentUser()]);
  return (await s.orders.listQueue({ urgency: true })).items;
}

/** What Avrop does before Mina avrop's first rows (OrderApp, MyOrders). */
async function mineFirstRows(s: AppServices): Promise<{ items: StoredOrder[]; next?: string }> {
  await s.firstReads?.('mine');
  const [user] = await Promise.all([s.user.currentUser(), s.catalogue.load()]);
  // Her page's contact line names the handlers' mailbox (OrderScreens).
  const [page] = await Promise.all([s.orders.listMine(user.id), s.notifications.handlersMailbox()]);
  return page;
}

const paths = (): string[] => log.http.map((call) => call.path);

beforeAll(async () => {
  emu = await startEmulator();
  catalogue = await createServices(emu.sp('anna')).catalogue.load();
  log = recordRequests();
});
afterAll(async () => {
  log?.stop();
  await emu?.stop();
});
beforeEach(() => log.clear());

test("the desk's open queue: one $batch for rights, user, catalogue, time zone, tenant property and the open records, then one for the rows' orders", async () => {
  const order = await submit('anna', 1);
  // Taken in once already, as on any day but the first.
  await createServices(emu.sp('hanna')).orders.listQueue({ urgency: true });
  log.clear();
  const rows = await deskFirstRows(services('hanna'));
  expect(rows.map((s) => s.id)).toContain(order.id);
  expect(paths()).toEqual(['$batch', '$batch']);
  const firstParts = log.requests.filter((r) => r.inBatch).map((r) => r.path);
  expect(firstParts).toEqual(
    expect.arrayContaining([
      "web/lists/getByTitle('Avrop')/EffectiveBasePermissions",
      'web/currentuser',
      'web/RegionalSettings/TimeZone',
      "web/GetStorageEntity('UtbildningsavropSiteUrl')",
      "web/lists/getByTitle('Avropsstatus')/items"
    ])
  );
});

test('the desk takes new orders in before its queue: the open records read in the first $batch are read again after intake added records', async () => {
  const order = await submit('erik', 1);
  const rows = await deskFirstRows(services('hanna'));
  expect(rows.map((s) => s.id)).toContain(order.id);
});

test('Mina avrop for an orderer: her newest orders after one $batch, every row hers, and the next page as before', async () => {
  const mine = [await submit('anna', 2), await submit('anna', 3)];
  await submit('erik', 2);
  log.clear();
  const page = await mineFirstRows(services('anna'));
  expect(paths()).toEqual(['$batch']);
  const annaId = (await createServices(emu.sp('anna')).user.currentUser()).id;
  expect(page.items.length).toBeGreaterThanOrEqual(2);
  expect(page.items.every((s) => s.authorId === annaId)).toBe(true);
  expect(page.items.map((s) => s.id)).toEqual(expect.arrayContaining(mine.map((s) => s.id)));
  // Newest first, as listMine always gave them.
  const ids = page.items.map((s) => s.id);
  expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  // She may not read the records: no read of them per order.
  expect(log.requests.filter((r) => r.path.includes('Avropsstatus') && r.path.endsWith('/items'))).toHaveLength(0);
});

test("Mina avrop for a handler lists her own orders only (everyone's are readable to her): ID windows from the first $batch's newest id", async () => {
  const hannas = await submit('hanna', 1);
  await submit('anna', 4);
  const page = await mineFirstRows(services('hanna'));
  const hannaId = (await createServices(emu.sp('hanna')).user.currentUser()).id;
  expect(page.items.map((s) => s.id)).toContain(hannas.id);
  expect(page.items.every((s) => s.authorId === hannaId)).toBe(true);
});

test('Mina avrop after her own order was sent (she began on the form): read anew, the new order first', async () => {
  const s = services('anna');
  await s.firstReads?.('mine');
  const user = await s.user.currentUser();
  const { order } = createOrder(orderRequest(catalogue, { unit: 'Enhet efter formuläret' }), catalogue, { now: new Date(), user: user.loginName, requestKey: `first-after-${Date.now()}`, reference: '' });
  const sent = await s.orders.submit(order);
  expect((await s.orders.listMine(user.id)).items[0].id).toBe(sent.id);
});
