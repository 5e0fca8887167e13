// SharePoint (and so the emulator, requiredColumns.test.ts) stores a REST add that leaves required
// columns empty (https://github.com/SharePoint/PnP-JS-Core/issues/376). The data layer refuses an
// incomplete order or audit row itself, by src/schema's required flags, and writes nothing.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createServices } from '../../src/apps/shared/services';
import { createOrder } from '../../src/domain/cascade';
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

test('a complete order is stored with its audit row', async () => {
  const { services, order } = await newOrder(`complete-${Date.now()}`);
  const stored = await services.orders.submit(order);
  expect(stored.id).toBeGreaterThan(0);
  expect((await services.orders.listEvents(stored.id)).map((e) => e.kind)).toEqual(['Skapad']);
});

test('an audit row without its actor is refused and not written', async () => {
  const { services, order } = await newOrder(`no-actor-${Date.now()}`);
  const stored = await services.orders.submit(order);
  const events = await rowCount('Avropshändelser');
  const cancel = { ...order.trail[0], at: new Date().toISOString(), by: '', kind: 'Avbruten' as const, fromStatus: 'Ny' as const, toStatus: 'Avbruten' as const };
  const update = services.orders.update(stored, { ...stored.order, status: 'Avbruten', trail: [...stored.order.trail, cancel] }, cancel);
  await expect(update).rejects.toMatchObject({ cause: expect.any(IncompleteItemError) });
  expect(await rowCount('Avropshändelser')).toBe(events);
});
