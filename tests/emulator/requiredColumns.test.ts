// SharePoint enforces "Require that this column contains information" in its forms (and in
// validateUpdateListItem), not on plain REST/CSOM item writes: "it's a standard CSOM/JSOM/REST
// behavior ... Client object model always allowed to ignore required fields"
// (https://github.com/SharePoint/PnP-JS-Core/issues/376). The emulator does the same, so the
// product's own check (src/data/requiredFields.ts) is what keeps incomplete rows out.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SPFI } from '@pnp/sp';
import { Emulator, startEmulator } from '../support/emulator';
import { catalogueIds, CatalogueIds, orderBody } from '../support/orders';

jest.setTimeout(60000);

let emu: Emulator;
let anna: SPFI;
let ids: CatalogueIds;

beforeAll(async () => {
  emu = await startEmulator();
  anna = emu.sp('anna');
  ids = await catalogueIds(anna);
});
afterAll(async () => {
  await emu?.stop();
});

test('a REST add without required columns is stored, with the missing columns empty', async () => {
  const body = orderBody(ids, { Unit: null, Need: '' });
  delete body.OrganisationId;
  delete body.ContactName;
  const added = await anna.web.lists.getByTitle('Avrop').items.add(body);
  expect(added.Id).toBeGreaterThan(0);
  expect([added.Unit, added.Need, added.OrganisationId, added.ContactName]).toEqual([null, null, null, null]);
});

test('a REST update may clear a required column', async () => {
  const added = await anna.web.lists.getByTitle('Avrop').items.add(orderBody(ids));
  const item = anna.web.lists.getByTitle('Avrop').items.getById(added.Id);
  await item.update({ Need: '' });
  expect((await item.select('Need')()).Need).toBeNull();
});

test('other value rules still hold on such an add', async () => {
  const body = orderBody(ids, { Format: 'Brevduva' });
  delete body.Unit;
  await expect(anna.web.lists.getByTitle('Avrop').items.add(body)).rejects.toThrow();
});
