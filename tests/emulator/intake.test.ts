// Intake (issue 9): the desk finds orders through the handlers' records only, so every order gets
// its record when a handler's desk first sees it, and an orderer's cancellation on her own item
// reaches the record. Run as the seeded people against the emulator.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AppServices, createServices } from '../../src/apps/shared/services';
import { cancelOrder, createOrder } from '../../src/domain/cascade';
import { Catalogue } from '../../src/domain/types';
import { StoredOrder } from '../../src/data/ports';
import { ORDER_EVENTS, ORDER_RECORDS, ORDERS } from '../../src/schema/lists';
import { Emulator, startEmulator } from '../support/emulator';
import { orderRequest } from '../support/orders';

jest.setTimeout(120000);

let emu: Emulator;
let catalogue: Catalogue;
const services = (login: string): AppServices => createServices(emu.sp(login));
const items = (login: string, title: string) => emu.sp(login).web.lists.getByTitle(title).items;

async function submit(login: string, n: number): Promise<StoredOrder> {
  const s = services(login);
  const user = await s.user.currentUser();
  const { order } = createOrder(orderRequest(catalogue, { unit: `Enhet ${login} ${n}` }), catalogue, { now: new Date(), user: user.loginName, requestKey: `intake-${login}-${n}-${Date.now()}`, reference: '' });
  return s.orders.submit(order);
}

async function recordsOf(orderId: number): Promise<Array<{ Id: number; Status: string; Trail: string }>> {
  return items('hanna', ORDER_RECORDS.title).select('Id', 'Status', 'Trail').filter(`ParentOrder/Id eq ${orderId}`)();
}

async function openQueue(login = 'hanna'): Promise<number[]> {
  const ids: number[] = [];
  let token: string | undefined;
  do {
    const page = await services(login).orders.listQueue({ urgency: true }, token);
    ids.push(...page.items.map((s) => s.id));
    token = page.next;
  } while (token);
  return ids;
}

beforeAll(async () => {
  emu = await startEmulator();
  catalogue = await services('anna').catalogue.load();
});
afterAll(async () => {
  await emu?.stop();
});

test('a new order gets exactly one record when the desk reads its queue, and is in the open queue', async () => {
  const order = await submit('anna', 1);
  expect(await recordsOf(order.id)).toHaveLength(0);
  expect(await openQueue()).toContain(order.id);
  const records = await recordsOf(order.id);
  expect(records).toHaveLength(1);
  expect(records[0].Status).toBe('Ny');
  // A second read adds nothing.
  await openQueue();
  expect(await recordsOf(order.id)).toHaveLength(1);
});

test('follow-up may not add records: its reads take nothing in and write nothing', async () => {
  const order = await submit('erik', 1);
  await services('ulla').orders.listQueue({ statuses: ['Ny'] });
  expect(await recordsOf(order.id)).toHaveLength(0);
  await openQueue();
  expect(await recordsOf(order.id)).toHaveLength(1);
});

test('her cancellation on her own item leaves the open queue and is written into the record, with no audit row', async () => {
  const anna = services('anna');
  const order = await submit('anna', 2);
  expect(await openQueue()).toContain(order.id);
  const mine = (await anna.orders.getById(order.id))!;
  const { order: cancelled, entry } = cancelOrder(mine.order, { now: new Date(), user: mine.order.submittedBy, reason: 'Behovet har försvunnit' });
  await anna.orders.update(mine, cancelled, entry);
  expect(await openQueue()).not.toContain(order.id);
  const [record] = await recordsOf(order.id);
  expect(record.Status).toBe('Avbruten');
  expect(JSON.parse(record.Trail).map((e: { kind: string }) => e.kind)).toEqual(['Skapad', 'Avbruten']);
  expect(await items('hanna', ORDER_EVENTS.title).filter(`ParentOrder/Id eq ${order.id}`)()).toHaveLength(0);
  // Read again: still one cancellation, nothing more written.
  await openQueue();
  const [again] = await recordsOf(order.id);
  expect(JSON.parse(again.Trail)).toHaveLength(2);
});

test('a record whose add failed is taken in by the next intake that has new orders', async () => {
  const lost = await submit('anna', 3);
  await openQueue();
  const [record] = await recordsOf(lost.id);
  // As if its add had failed while later ones went in: the site owner removes it.
  await items('lars', ORDER_RECORDS.title).getById(record.Id).delete();
  const later = await submit('erik', 2);
  const queue = await openQueue();
  expect(queue).toEqual(expect.arrayContaining([lost.id, later.id]));
  expect(await recordsOf(lost.id)).toHaveLength(1);
});

test('an order acted on by link before any queue read gets its record through intake, once', async () => {
  const order = await submit('erik', 3);
  const hanna = services('hanna');
  const seen = (await hanna.orders.getById(order.id))!;
  expect(seen.record?.id).toBe(0);
  const { sendToSupplier } = await import('../../src/domain/cascade');
  const sent = sendToSupplier(seen.order, { now: new Date(), user: 'i:0#.f|membership|hanna@region.example', responseHours: 24 });
  await hanna.orders.update(seen, sent.order, sent.entry);
  const records = await recordsOf(order.id);
  expect(records).toHaveLength(1);
  expect(records[0].Status).toBe('Väntar på svar');
  expect(await items('hanna', ORDERS.title).select('Id').filter(`ID eq ${order.id}`)()).toHaveLength(1);
});

test('the desk searches unit, contact name and e-mail text in every order; hostile text is only text', async () => {
  const order = await submit('erik', 4);
  const hanna = services('hanna').orders;
  const byUnit = await hanna.listQueue({ text: 'enhet ERIK 4' });
  expect(byUnit.items.map((s) => s.id)).toEqual([order.id]);
  // The order is shown as its record has it, found by text only.
  expect(byUnit.items[0].record?.id).toBeGreaterThan(0);
  for (const hostile of ["' or 1 eq 1", "x') or (Id gt 0", '%', '🎓']) {
    const found = await hanna.listQueue({ text: hostile });
    expect(found.items).toEqual([]);
  }
  expect((await hanna.listQueue({ text: 'e' })).items).toEqual([]);
});
