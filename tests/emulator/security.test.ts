// Permissions as the provisioner set them, enforced by the emulator: item-level security on Avrop,
// read-only catalogue for members, handlers seeing and editing everything, 401 for nobody.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import { SPQueryable } from '@pnp/sp';
import { PermissionKind } from '../../src/schema/permissions';
import { hasPermission } from '../../src/data/permissions';
import { Emulator, startEmulator } from '../support/emulator';
import { catalogueIds, CatalogueIds, orderBody, spError } from '../support/orders';

jest.setTimeout(60000);

let emu: Emulator;
let ids: CatalogueIds;
let annaOrder: { Id: number; 'odata.etag': string };
let erikOrder: { Id: number; 'odata.etag': string };
const ORDERS = 'Avrop';

beforeAll(async () => {
  emu = await startEmulator();
  ids = await catalogueIds(emu.sp('anna'));
  annaOrder = await emu.sp('anna').web.lists.getByTitle(ORDERS).items.add(orderBody(ids, { ContactName: 'Anna' }));
  erikOrder = await emu.sp('erik').web.lists.getByTitle(ORDERS).items.add(orderBody(ids, { ContactName: 'Erik' }));
});
afterAll(async () => {
  await emu?.stop();
});

const idsOf = (rows: Array<{ Id: number }>) => rows.map((r) => r.Id).sort((a, b) => a - b);

test('anna sees only her own order; erik only his', async () => {
  const annaRows = await emu.sp('anna').web.lists.getByTitle(ORDERS).items.select('Id')();
  const erikRows = await emu.sp('erik').web.lists.getByTitle(ORDERS).items.select('Id')();
  expect(idsOf(annaRows)).toEqual([annaOrder.Id]);
  expect(idsOf(erikRows)).toEqual([erikOrder.Id]);
});

test("reading someone else's order by id is a 404, as in SharePoint", async () => {
  const e = await spError(emu.sp('anna').web.lists.getByTitle(ORDERS).items.getById(erikOrder.Id)());
  expect(e.status).toBe(404);
});

test("erik cannot update anna's order (he cannot even see it)", async () => {
  const e = await spError(emu.sp('erik').web.lists.getByTitle(ORDERS).items.getById(annaOrder.Id).update({ Participants: 2 }));
  expect(e.status).toBe(404);
});

test('hanna (handler) sees and edits every order', async () => {
  const rows = await emu.sp('hanna').web.lists.getByTitle(ORDERS).items.select('Id', 'Author/Title').expand('Author')();
  expect(idsOf(rows)).toEqual(idsOf([annaOrder, erikOrder]));
  const r = await emu.sp('hanna').web.lists.getByTitle(ORDERS).items.getById(annaOrder.Id).update({ Status: 'Väntar på svar' }, annaOrder['odata.etag']);
  expect(r.etag).toMatch(/,2"$/);
  const again = await emu.sp('anna').web.lists.getByTitle(ORDERS).items.getById(annaOrder.Id).select('Status', 'Editor/Title').expand('Editor')();
  expect(again.Status).toBe('Väntar på svar');
  expect(again.Editor.Title).toBe('Hanna Holm');
});

test('ulla (follow-up) reads every order but may neither edit nor add', async () => {
  const rows = await emu.sp('ulla').web.lists.getByTitle(ORDERS).items.select('Id')();
  expect(idsOf(rows)).toEqual(idsOf([annaOrder, erikOrder]));
  expect((await spError(emu.sp('ulla').web.lists.getByTitle(ORDERS).items.getById(annaOrder.Id).update({ Participants: 3 }))).status).toBe(403);
  expect((await spError(emu.sp('ulla').web.lists.getByTitle(ORDERS).items.add(orderBody(ids)))).status).toBe(403);
});

test('a member writing a catalogue list gets 403 with SharePoint\'s access-denied error', async () => {
  const e = await spError(emu.sp('anna').web.lists.getByTitle('Leverantörer').items.add({ Title: 'Ny leverantör', SupplierKey: 'ny' }));
  expect(e.status).toBe(403);
  expect(e.code).toBe('-2147024891, System.UnauthorizedAccessException');
  expect(e.message).toMatch(/Access denied/);
  const area = (await emu.sp('anna').web.lists.getByTitle('Avtalsområden').items.select('Id').top(1)())[0];
  expect((await spError(emu.sp('anna').web.lists.getByTitle('Avtalsområden').items.getById(area.Id).update({ Summary: 'x' }))).status).toBe(403);
  // lars, the list owner, may
  await emu.sp('lars').web.lists.getByTitle('Avtalsområden').items.getById(area.Id).update({ Summary: 'Ändrad av ägaren' });
});

test('EffectiveBasePermissions answer each person\'s rights as {High, Low} strings', async () => {
  const perms = async (login: string, list: string) => SPQueryable(emu.sp(login).web.lists.getByTitle(list), 'EffectiveBasePermissions')();
  const anna = await perms('anna', ORDERS);
  expect(typeof anna.High).toBe('string');
  expect(typeof anna.Low).toBe('string');
  expect(hasPermission(anna, PermissionKind.AddListItems)).toBe(true);
  expect(hasPermission(anna, PermissionKind.CancelCheckout)).toBe(false);
  expect(hasPermission(await perms('hanna', ORDERS), PermissionKind.CancelCheckout)).toBe(true);
  expect(hasPermission(await perms('ulla', ORDERS), PermissionKind.EditListItems)).toBe(false);
  expect(hasPermission(await perms('anna', 'Leverantörer'), PermissionKind.AddListItems)).toBe(false);
  expect(hasPermission(await perms('anna', 'Leverantörer'), PermissionKind.ViewListItems)).toBe(true);
  const lars = await SPQueryable(emu.sp('lars').web, 'EffectiveBasePermissions')();
  expect(lars).toMatchObject({ High: '2147483647', Low: '4294967295' });
});

test('the current user comes from X-Workbench-User or the wb-user cookie; nobody gets 401', async () => {
  const me = await emu.sp('erik').web.currentUser.select('Id', 'Title', 'Email', 'LoginName', 'IsSiteAdmin')();
  expect(me).toMatchObject({ Title: 'Erik Ek', Email: 'erik@region.example', LoginName: 'i:0#.f|membership|erik@region.example', IsSiteAdmin: false });
  const cookie = await emu.fetch('/sites/utbildning/_api/web/currentuser', { headers: { Cookie: 'wb-user=ulla', Accept: 'application/json' } });
  expect((await cookie.json()).Title).toBe('Ulla Uhr');
  const anonymous = await emu.fetch('/sites/utbildning/_api/web');
  expect(anonymous.status).toBe(401);
  expect((await anonymous.json())['odata.error']).toBeDefined();
});

test('writes need a request digest, as in SharePoint', async () => {
  const res = await emu.fetch(`/sites/utbildning/_api/web/lists/getByTitle('Avrop')/items`, {
    method: 'POST',
    login: 'anna',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(orderBody(ids))
  });
  expect(res.status).toBe(403);
  expect((await res.json())['odata.error'].message.value).toMatch(/security validation/);
});

test('members cannot read role assignments; owners can', async () => {
  const list = (login: string) => SPQueryable(emu.sp(login).web.lists.getByTitle(ORDERS), 'roleassignments');
  expect((await spError(list('anna')())).status).toBe(403);
  expect((await list('lars')()).length).toBeGreaterThan(0);
});

test('WriteSecurity 2 on a readable list: others may read but not edit an item (403); WriteSecurity 4: nobody edits', async () => {
  const lars = emu.sp('lars');
  const title = `Testlista ${Date.now()}`;
  await lars.web.lists.add(title, 'Test av behörighet på objektnivå', 100, false);
  await lars.web.lists.getByTitle(title).update({ ReadSecurity: 1, WriteSecurity: 2 });
  const item = await emu.sp('anna').web.lists.getByTitle(title).items.add({ Title: 'Annas rad' });
  const asErik = emu.sp('erik').web.lists.getByTitle(title).items.getById(item.Id);
  expect((await asErik.select('Title')()).Title).toBe('Annas rad');
  expect((await spError(asErik.update({ Title: 'Eriks ändring' }))).status).toBe(403);
  await emu.sp('anna').web.lists.getByTitle(title).items.getById(item.Id).update({ Title: 'Annas ändring' });
  await lars.web.lists.getByTitle(title).update({ WriteSecurity: 4 });
  expect((await spError(emu.sp('anna').web.lists.getByTitle(title).items.getById(item.Id).update({ Title: 'igen' }))).status).toBe(403);
  await lars.web.lists.getByTitle(title).items.getById(item.Id).update({ Title: 'Ägaren får' });
});
