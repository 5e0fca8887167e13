// SharePoint (and so the emulator, requiredColumns.test.ts) stores a REST add that leaves required
// columns empty (https://github.com/SharePoint/PnP-JS-Core/issues/376). The data layer refuses an
// incomplete order or audit row itself, by src/schema's required flags, and writes nothing.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createServices } from '../../src/apps/shared/services';
import { createOrder, sendToSupplier } from '../../src/domain/cascade';
import { Order } from '../../src/domain/types';
import { IncompleteItemError } from '../../src/data/requiredFields';
import { Emulator, startEmulator } from '../support/emulator';
import { orderRequest } from '../support/orders';

jest.setTimeout(60000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu?.stop();
});

async function rowCount(list: string): Promise<number> {
  return (await emu.sp('lars').web.lists.getByTitle(list).select('ItemCount')()).ItemCount;
}

async function newOrder(key: string): Promise<{ services: ReturnType<typeof createServices>; order: Order }> {
  const services = createServices(emu.sp('anna'));
  const catalogue = await services.catalogue.load();
  const { order } = createOrder(orderRequest(catalogue), catalogue, { now: new Date(), user: 'Anna Andersson', requestKey: key, reference: '' });
  return { services, order };
}

test('an order without its unit and need is refused before anything is written', async () => {
  const { services, order } = await newOrder(`incomplete-${Date.now()}`);
  const before = [await rowCount('Avrop'), await rowCount('Avropshändelser')];
  const submit = services.orders.submit({ ...order, unit: '', need: '   ' });
  await expect(submit).rejects.toBeInstanceOf(IncompleteItemError);
  await expect(submit).rejects.toMatchObject({ listTitle: 'Avrop', fields: ['Unit', 'Need'] });
  await expect(submit).rejects.toThrow(/Förvaltning\/enhet, Behov/);
  expect([await rowCount('Avrop'), await rowCount('Avropshändelser')]).toEqual(before);
});

test('a complete order is stored, with no audit row: the item itself records it, and orderers cannot write the audit', async () => {
  const { services, order } = await newOrder(`complete-${Date.now()}`);
  const events = await rowCount('Avropshändelser');
  const stored = await services.orders.submit(order);
  expect(stored.id).toBeGreaterThan(0);
  expect(await rowCount('Avropshändelser')).toBe(events);
  const seen = await createServices(emu.sp('hanna')).orders.getById(stored.id);
  expect(seen?.order.trail.map((e) => e.kind)).toEqual(['Skapad']);
});

test('a handler action whose audit row would have no actor is refused before anything is written', async () => {
  const { services, order } = await newOrder(`no-actor-${Date.now()}`);
  const submitted = await services.orders.submit(order);
  const hanna = createServices(emu.sp('hanna'));
  const stored = (await hanna.orders.getById(submitted.id))!;
  const counts = [await rowCount('Avropshändelser'), await rowCount('Avropsstatus')];
  const { order: sent, entry } = sendToSupplier(stored.order, { now: new Date(), user: 'x', responseHours: 24 });
  const anonymous = { ...entry, by: '' };
  const update = hanna.orders.update(stored, { ...sent, trail: [...stored.order.trail, anonymous] }, anonymous);
  await expect(update).rejects.toBeInstanceOf(IncompleteItemError);
  expect([await rowCount('Avropshändelser'), await rowCount('Avropsstatus')]).toEqual(counts);
});
