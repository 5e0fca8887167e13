// One audit row per action and one record per order, even when an add reaches SharePoint twice.
// A browser re-sends a POST by itself when the kept-alive connection it used closes before any
// answer; the page then sees one answer and never learns that two rows were written (seen in the
// desk's fault browser test: "Antagen, Antagen"). Neither list reads own items only, so SharePoint
// may enforce unique values there (tests/emulator/uniqueReadSecurity.test.ts), and it refuses the
// second add with 500 SPDuplicateValuesFoundException (pnp/pnpcore#1280;
// nittygritty-uk/Atvero-Issues#135). Handlers cannot delete audit rows, so refusing is the only
// way to keep one.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createServices } from '../../src/apps/shared/services';
import { createOrder, sendToSupplier } from '../../src/domain/cascade';
import { eventToItem } from '../../src/data/mapping/event';
import { recordToItem } from '../../src/data/mapping/record';
import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { STOCKHOLM_SITE_ZONE } from '../../src/domain/time';
import { ORDER_EVENTS, ORDER_RECORDS } from '../../src/schema/lists';
import { Emulator, startEmulator } from '../support/emulator';
import { orderRequest, spError } from '../support/orders';

jest.setTimeout(120000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu?.stop();
});

test('the same audit row added twice: the second is refused (500 SPDuplicateValuesFoundException) and one row stays', async () => {
  const anna = createServices(emu.sp('anna'));
  const catalogue = await anna.catalogue.load();
  const { order } = createOrder(orderRequest(catalogue), catalogue, { now: new Date(), user: 'anna', requestKey: `twice-${Date.now()}`, reference: '' });
  const stored = await anna.orders.submit(order);
  const { order: sent, entry } = sendToSupplier(stored.order, { now: new Date(), user: 'hanna@region.example', responseHours: 24 });
  const ids = await new SpCatalogueRepository(emu.sp('hanna')).catalogueIds();
  const events = emu.sp('hanna').web.lists.getByTitle(ORDER_EVENTS.title).items;
  const row = eventToItem(entry, stored.id, stored.order.reference, ids);
  await events.add(row);
  const second = await spError(events.add(row));
  expect(second.status).toBe(500);
  expect(second.code).toMatch(/SPDuplicateValuesFoundException/);
  const rows = await events.filter(`ParentOrder/Id eq ${stored.id}`).select('Id', 'ActionKey')();
  expect(rows).toHaveLength(1);
  // Another action on the same order is a row of its own.
  await events.add(eventToItem({ ...entry, at: new Date(Date.parse(entry.at) + 2000).toISOString() }, stored.id, stored.order.reference, ids));
  expect(await events.filter(`ParentOrder/Id eq ${stored.id}`).select('Id')()).toHaveLength(2);

  const records = emu.sp('hanna').web.lists.getByTitle(ORDER_RECORDS.title).items;
  const record = recordToItem(sent, stored.id, ids, STOCKHOLM_SITE_ZONE, undefined);
  await records.add(record);
  const again = await spError(records.add(record));
  expect(again.status).toBe(500);
  expect(again.code).toMatch(/SPDuplicateValuesFoundException/);
  expect(await records.filter(`ParentOrder/Id eq ${stored.id}`).select('Id')()).toHaveLength(1);
});
