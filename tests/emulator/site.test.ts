// The rest of the REST surface in docs/rest-surface.md, through PnPjs: context info, web, users,
// groups, permission levels, lists by id/URL, fields (createfieldasxml as SharePoint does it),
// views, list settings and their validation.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/views';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/context-info';
import { SPQueryable, spPost } from '@pnp/sp';
import { AddFieldOptions } from '@pnp/sp/fields';
import { Emulator, startEmulator } from '../support/emulator';
import { spError } from '../support/orders';

jest.setTimeout(60000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu?.stop();
});

test('contextinfo gives a form digest and the site URLs', async () => {
  const info = await emu.sp('anna').web.getContextInfo();
  expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
  expect(info.FormDigestTimeoutSeconds).toBe(1800);
  expect(info.WebFullUrl).toBe(emu.siteUrl);
});

test('web: Title, Url, Id, ServerRelativeUrl', async () => {
  const web = await emu.sp('anna').web.select('Title', 'Url', 'Id', 'ServerRelativeUrl')();
  expect(web).toMatchObject({ Title: 'Utbildning', Url: emu.siteUrl, ServerRelativeUrl: '/sites/utbildning' });
  expect(web.Id).toMatch(/^[0-9a-f-]{36}$/);
});

test('site users and ensureuser', async () => {
  const sp = emu.sp('lars');
  const users: Array<{ LoginName: string; Email: string }> = await sp.web.siteUsers();
  expect(users.map((u) => u.Email)).toEqual(expect.arrayContaining(['anna@region.example', 'lars@region.example']));
  const ensured = await sp.web.ensureUser('i:0#.f|membership|nykomling@region.example');
  expect(ensured.Id).toBeGreaterThan(0);
  expect(ensured.LoginName).toBe('i:0#.f|membership|nykomling@region.example');
  const again = await sp.web.ensureUser('nykomling@region.example');
  expect(again.Id).toBe(ensured.Id);
  const byLogin = await sp.web.siteUsers.getByLoginName('i:0#.f|membership|anna@region.example')();
  expect(byLogin.Title).toBe('Anna Andersson');
  expect((await spError(sp.web.ensureUser('someone@elsewhere.example'))).status).toBe(400);
});

test('groups: associated groups, getByName, users add', async () => {
  const sp = emu.sp('lars');
  const owner = await sp.web.associatedOwnerGroup();
  const visitors = await sp.web.associatedVisitorGroup();
  expect(owner.Id).not.toBe(visitors.Id);
  const created = await sp.web.siteGroups.add({ Title: 'Testgrupp', Description: 'för test' });
  await sp.web.siteGroups.getById(created.Id).users.add('i:0#.f|membership|erik@region.example');
  const users: Array<{ Title: string }> = await sp.web.siteGroups.getByName('Testgrupp').users();
  expect(users.map((u) => u.Title)).toContain('Erik Ek');
  expect((await spError(sp.web.siteGroups.add({ Title: 'Testgrupp' }))).status).toBe(400);
  expect((await spError(emu.sp('anna').web.siteGroups.add({ Title: 'Annas grupp' }))).status).toBe(403);
  const erikGroups: Array<{ Title: string }> = await emu.sp('erik').web.currentUser.groups();
  expect(erikGroups.map((g) => g.Title)).toContain('Testgrupp');
});

test('permission levels: built-ins with SharePoint masks, getByName, add', async () => {
  const sp = emu.sp('lars');
  const full = await sp.web.roleDefinitions.getByName('Fullständig behörighet')();
  expect(full).toMatchObject({ RoleTypeKind: 5, BasePermissions: { High: '2147483647', Low: '4294967295' } });
  const read = await sp.web.roleDefinitions.getByType(2)();
  expect(read.Name).toBe('Läsa');
  const edit = await sp.web.roleDefinitions.getByName('Redigera')();
  expect(edit.RoleTypeKind).toBe(6);
  const added = await sp.web.roleDefinitions.add('Testnivå', 'test', 2000, { High: 0, Low: 3 });
  expect(added.data.BasePermissions).toMatchObject({ High: '0', Low: '3' });
  expect((await spError(sp.web.roleDefinitions.add('Testnivå', 'igen', 2001, { High: 0, Low: 1 }))).status).toBe(400);
});

test('lists by id, by URL, and the 404s', async () => {
  const sp = emu.sp('anna');
  const byTitle = await sp.web.lists.getByTitle('Avrop').select('Id', 'Title')();
  expect((await sp.web.lists.getById(byTitle.Id).select('Title')()).Title).toBe('Avrop');
  const byGuidSyntax = await SPQueryable(`${emu.siteUrl}/_api/web/lists(guid'${byTitle.Id}')`).using(...([] as never[]));
  expect(byGuidSyntax).toBeDefined();
  const res = await emu.fetch(`/sites/utbildning/_api/web/lists(guid'${byTitle.Id}')?$select=Title`, { login: 'anna', headers: { Accept: 'application/json' } });
  expect((await res.json()).Title).toBe('Avrop');
  expect((await sp.web.getList('/sites/utbildning/Lists/Avrop').select('Title')()).Title).toBe('Avrop');
  expect((await spError(sp.web.lists.getById('00000000-0000-0000-0000-000000000001')())).status).toBe(404);
});

describe('creating a list and its columns as SharePoint does', () => {
  const title = 'Emulatortest';
  test('lists.add, duplicate title, update with ReadSecurity/WriteSecurity, unknown property', async () => {
    const sp = emu.sp('lars');
    const created = await sp.web.lists.add(title, 'beskrivning', 100, false);
    expect(created.Title).toBe(title);
    expect((await spError(sp.web.lists.add(title))).status).toBe(400);
    await sp.web.lists.getByTitle(title).update({ ReadSecurity: 2, WriteSecurity: 2, Description: 'ny' });
    const list = await sp.web.lists.getByTitle(title).select('ReadSecurity', 'WriteSecurity', 'Description')();
    expect(list).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2, Description: 'ny' });
    // Back to "read all items": the unique column added below is refused under "read own items".
    await sp.web.lists.getByTitle(title).update({ ReadSecurity: 1 });
    expect((await spError(sp.web.lists.getByTitle(title).update({ Nonsense: true } as never))).status).toBe(400);
    expect((await spError(sp.web.lists.getByTitle(title).update({ ReadSecurity: 3 }))).status).toBe(400);
    // Visitors (Read) may not create lists; Members have Edit, which includes Manage Lists
    // (https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels).
    expect((await spError(emu.sp('vera').web.lists.add('Veras lista'))).status).toBe(403);
  });

  test('createFieldAsXml without AddFieldInternalNameHint takes the internal name from DisplayName', async () => {
    const fields = emu.sp('lars').web.lists.getByTitle(title).fields;
    const plain = await fields.createFieldAsXml('<Field Type="Text" Name="Kod" StaticName="Kod" DisplayName="Kort kod" />');
    expect(plain.InternalName).toBe('Kort_x0020_kod');
    const hinted = await fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Kod" StaticName="Kod" DisplayName="Kort kod" />', Options: AddFieldOptions.AddFieldInternalNameHint });
    expect(hinted.InternalName).toBe('Kod');
    const dup = await spError(fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Kod" DisplayName="Igen" />', Options: AddFieldOptions.AddFieldInternalNameHint }));
    expect(dup.status).toBe(400);
    expect(dup.message).toMatch(/duplicate field name/);
  });

  test('choice, number, lookup columns from XML; unique needs an index', async () => {
    const lars = emu.sp('lars');
    const fields = lars.web.lists.getByTitle(title).fields;
    const areas = await lars.web.lists.getByTitle('Avtalsområden').select('Id')();
    const opts = AddFieldOptions.AddFieldInternalNameHint;
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="Choice" Name="Farg" DisplayName="Färg" Required="TRUE" Format="Dropdown"><CHOICES><CHOICE>Röd</CHOICE><CHOICE>Blå &amp; grön</CHOICE></CHOICES><Default>Röd</Default></Field>', Options: opts });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Antal" DisplayName="Antal" Min="1" Max="10" Decimals="0" />', Options: opts });
    await fields.createFieldAsXml({ SchemaXml: `<Field Type="Lookup" Name="Omrade" DisplayName="Område" List="{${areas.Id}}" ShowField="Title" Indexed="TRUE" />`, Options: opts });
    const notIndexed = await spError(fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Unik" DisplayName="Unik" EnforceUniqueValues="TRUE" />', Options: opts }));
    expect(notIndexed.status).toBe(400);
    const color = await fields.getByInternalNameOrTitle('Farg')();
    expect(color.Choices).toEqual(['Röd', 'Blå & grön']);
    expect(color.DefaultValue).toBe('Röd');
    const item = await emu.sp('anna').web.lists.getByTitle(title).items.add({ Title: 'rad', Antal: 3, OmradeId: 1 });
    expect(item.Farg).toBe('Röd');
    expect((await spError(emu.sp('anna').web.lists.getByTitle(title).items.add({ Title: 'rad', Antal: 11 }))).status).toBe(400);
  });

  test('field MERGE: index first, then unique; duplicates block uniqueness', async () => {
    const fields = emu.sp('lars').web.lists.getByTitle(title).fields;
    const kod = fields.getByInternalNameOrTitle('Kod');
    expect((await spError(kod.update({ EnforceUniqueValues: true }, 'SP.Field'))).status).toBe(400);
    await kod.update({ Indexed: true, Title: 'Kod (unik)' }, 'SP.Field');
    await kod.update({ EnforceUniqueValues: true }, 'SP.Field');
    const read = await kod.select('Indexed', 'EnforceUniqueValues', 'Title')();
    expect(read).toMatchObject({ Indexed: true, EnforceUniqueValues: true, Title: 'Kod (unik)' });
    await fields.getByInternalNameOrTitle('Created').update({ Indexed: true }, 'SP.Field');
    expect((await fields.getByInternalNameOrTitle('Created').select('Indexed')()).Indexed).toBe(true);
    const list = emu.sp('anna').web.lists.getByTitle(title);
    await list.items.add({ Title: 'a', Kort_x0020_kod: 'x', Kod: 'k1' });
    await list.items.add({ Title: 'b', Kort_x0020_kod: 'x', Kod: 'k2' });
    const other = fields.getByInternalNameOrTitle('Kort_x0020_kod');
    await other.update({ Indexed: true }, 'SP.Field');
    expect((await spError(other.update({ EnforceUniqueValues: true }, 'SP.Field'))).status).toBe(400);
    expect((await spError(list.items.add({ Title: 'c', Kod: 'K1' }))).code).toMatch(/SPDuplicateValuesFoundException/);
  });

  test('default view fields: read, remove all, add', async () => {
    const list = emu.sp('lars').web.lists.getByTitle(title);
    const before: { Items: string[] } = await SPQueryable(list, 'DefaultView/ViewFields')();
    expect(before.Items).toEqual(['LinkTitle']);
    await spPost(SPQueryable(list, 'DefaultView/ViewFields/removeAllViewFields'));
    await spPost(SPQueryable(list, "DefaultView/ViewFields/addViewField('Farg')"));
    await spPost(SPQueryable(list, "DefaultView/ViewFields/addViewField('Antal')"));
    const after: { Items: string[]; SchemaXml: string } = await SPQueryable(list, 'DefaultView/ViewFields')();
    expect(after.Items).toEqual(['Farg', 'Antal']);
    expect(after.SchemaXml).toBe('<FieldRef Name="Farg" /><FieldRef Name="Antal" />');
    expect((await spError(spPost(SPQueryable(list, "DefaultView/ViewFields/addViewField('Finnsinte')")))).status).toBe(400);
    const view = await list.defaultView.select('Title', 'DefaultView')();
    expect(view.DefaultView).toBe(true);
  });

  test('breakroleinheritance(false) keeps the caller with Full Control; addroleassignment; members lose access', async () => {
    const lars = emu.sp('lars');
    const list = lars.web.lists.getByTitle(title);
    expect(await SPQueryable(list, 'HasUniqueRoleAssignments')()).toBe(false);
    const beforeAdd = await spError(
      spPost(SPQueryable(list, `roleassignments/addroleassignment(principalid=${(await lars.web.associatedMemberGroup()).Id},roledefid=1073741826)`))
    );
    expect(beforeAdd.status).toBe(400);
    await spPost(SPQueryable(list, 'breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)'));
    const ras: Array<{ PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> }> = await SPQueryable(list, 'roleassignments').expand('Member', 'RoleDefinitionBindings')();
    expect(ras.map((r) => [r.Member.Title, r.RoleDefinitionBindings.map((b) => b.Name)])).toEqual([['Lars Lind', ['Fullständig behörighet']]]);
    expect((await spError(emu.sp('anna').web.lists.getByTitle(title).items())).status).toBe(403);
    const visitors = await lars.web.associatedVisitorGroup();
    await spPost(SPQueryable(list, `roleassignments/addroleassignment(principalid=${visitors.Id},roledefid=1073741826)`));
    // vera visits the site: with Read on the list she reads the rows (ReadSecurity is back to 1), not write
    expect((await emu.sp('vera').web.lists.getByTitle(title).items.select('Id')()).length).toBeGreaterThan(0);
    expect((await spError(emu.sp('vera').web.lists.getByTitle(title).items.add({ Title: 'x' }))).status).toBe(403);
  });
});
