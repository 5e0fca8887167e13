// Data survives a restart; the provisioner runs again on every start and changes nothing on a
// provisioned site; /_workbench/reset starts over.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AS_SITE_OWNER, Emulator, startEmulator } from '../support/emulator';
import { catalogueIds, orderBody } from '../support/orders';

jest.setTimeout(90000);

let first: Emulator | undefined;
let second: Emulator | undefined;
afterAll(async () => {
  await first?.stop(false);
  await second?.stop(true);
});

test('orders, ETags and catalogue edits survive a restart', async () => {
  first = await startEmulator();
  const ids = await catalogueIds(first.sp('anna'));
  const added = await first.sp('anna').web.lists.getByTitle('Avrop').items.add(orderBody(ids, { Unit: 'Omstartsenheten' }));
  const updated = await first.sp('anna').web.lists.getByTitle('Avrop').items.getById(added.Id).update({ Participants: 21 }, added['odata.etag']);
  await first.sp('lars').web.lists.getByTitle('Leverantörer').items.add({ Title: 'Omstart AB', SupplierKey: 'omstart' });
  await first.stop(false);

  second = await startEmulator({ dataDir: first.dataDir });
  const item = await second.sp('anna').web.lists.getByTitle('Avrop').items.getById(added.Id).select('Id', 'Unit', 'Participants')();
  expect(item.Unit).toBe('Omstartsenheten');
  expect(item.Participants).toBe(21);
  expect(item['odata.etag']).toBe(updated.etag);
  const suppliers = await second.sp('anna').web.lists.getByTitle('Leverantörer').items.select('SupplierKey').filter("SupplierKey eq 'omstart'")();
  expect(suppliers.length).toBe(1);
  // erik still cannot see anna's order after the restart
  const erikSees = await second.sp('erik').web.lists.getByTitle('Avrop').items.select('Id')();
  expect(erikSees).toEqual([]);
  // a new item after the restart gets the next id
  const next = await second.sp('anna').web.lists.getByTitle('Avrop').items.add(orderBody(ids));
  expect(next.Id).toBe(added.Id + 1);
});

test('the provisioner ran again at the restart and found nothing to change', async () => {
  const health = await (await fetch(`${second!.url}/_workbench/health`)).json();
  expect(health.provisioned).toBe(true);
  expect(health.provision.summary).toMatch(/^0 skapade, 0 ändrade, 0 katalogposter, 0 varningar/);
});

test('POST /_workbench/reset wipes the data and provisions a fresh site', async () => {
  const res = await fetch(`${second!.url}/_workbench/reset`, { headers: AS_SITE_OWNER, method: 'POST' });
  expect(res.status).toBe(200);
  const orders = await second!.sp('hanna').web.lists.getByTitle('Avrop').select('ItemCount')();
  expect(orders.ItemCount).toBe(0);
  const suppliers = await second!.sp('anna').web.lists.getByTitle('Leverantörer').items.select('SupplierKey').filter("SupplierKey eq 'omstart'")();
  expect(suppliers).toEqual([]);
  const areas = await second!.sp('anna').web.lists.getByTitle('Avtalsområden').select('ItemCount')();
  expect(areas.ItemCount).toBeGreaterThan(0);
});
