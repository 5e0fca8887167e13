// SharePoint Online's permission levels as the emulator must model them, and the access model the
// provisioner builds on top of them.
//
// Sources:
// - Permission levels in SharePoint (Online): Members get Edit, Visitors Read, Owners Full Control;
//   Limited Access is added by SharePoint itself when someone is given access to one list only.
//   https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels
// - User permissions and permission levels in SharePoint Server: Manage Lists is in Edit, Design and
//   Full Control; "Override List Behaviors ... change or override settings that allow users to
//   read/edit only their own items" is in Design and Full Control only (not in Edit); Limited Access
//   holds View Application Pages, Browse User Information, Use Remote Interfaces, Use Client
//   Integration Features and Open, but not View Pages.
//   https://learn.microsoft.com/en-us/sharepoint/technical-reference/user-permissions-and-permission-levels
// - SPPermissionGroup64.Guest (Limited Access): Open, BrowseUserInfo, ViewFormPages,
//   UseClientIntegration, UseRemoteAPIs; Reader adds ViewPages, ViewListItems, ...
//   https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms412585(v=office.15)
// - SecurableObject.BreakRoleInheritance: "If the value [copyRoleAssignments] is false, the
//   collection of role assignments must contain only 1 role assignment containing the current user".
//   https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee545470(v=office.15)
// - ReadSecurity 2: "Each item in the list is visible only to the item's author and list administrators."
//   https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-wsscaml/bf869a72-d417-448e-9b46-805094c1395a
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users/web';
import { SPFI, SPQueryable, spPost } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { LISTS } from '../../src/schema/lists';
import { GROUPS, PermissionKind } from '../../src/schema/permissions';
import { hasPermission } from '../../src/data/permissions';
import { Emulator, startEmulator } from '../support/emulator';
import { catalogueIds, orderBody, spError } from '../support/orders';

jest.setTimeout(60000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu?.stop();
});

interface Binding {
  Id: number;
  Name: string;
  RoleTypeKind: number;
}
interface Assignment {
  PrincipalId: number;
  Member: { Id: number; Title: string; PrincipalType: number; LoginName: string };
  RoleDefinitionBindings: Binding[];
}

const ROLE_TYPE = { limitedAccess: 1, read: 2, contribute: 3, design: 4, fullControl: 5, edit: 6 };
const PRINCIPAL_USER = 1;

async function roleDefIdOfType(sp: SPFI, roleTypeKind: number): Promise<number> {
  const defs: Binding[] = await SPQueryable(sp.web, 'roledefinitions')();
  return defs.find((d) => d.RoleTypeKind === roleTypeKind)!.Id;
}

async function webAssignments(sp: SPFI): Promise<Assignment[]> {
  return SPQueryable(sp.web, 'roleassignments').expand('Member', 'RoleDefinitionBindings')();
}

async function listAssignments(sp: SPFI, title: string): Promise<Assignment[]> {
  return SPQueryable(sp.web.lists.getByTitle(title), 'roleassignments').expand('Member', 'RoleDefinitionBindings')();
}

async function webMask(login: string) {
  return SPQueryable(emu.sp(login).web, 'EffectiveBasePermissions')();
}

/** A list of lars's with unique permissions, ReadSecurity 2 / WriteSecurity 2. */
async function ownItemsList(): Promise<string> {
  const lars = emu.sp('lars');
  const title = `Egna poster ${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  await lars.web.lists.add(title, 'Behörighet på objektnivå', 100, false);
  const list = lars.web.lists.getByTitle(title);
  await list.update({ ReadSecurity: 2, WriteSecurity: 2 });
  await spPost(SPQueryable(list, 'breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)'));
  return title;
}

async function grant(listTitle: string, principalId: number, roleTypeKind: number): Promise<void> {
  const lars = emu.sp('lars');
  const roleId = await roleDefIdOfType(lars, roleTypeKind);
  await spPost(SPQueryable(lars.web.lists.getByTitle(listTitle), `roleassignments/addroleassignment(principalid=${principalId},roledefid=${roleId})`));
}

async function groupIdOf(audience: string): Promise<number> {
  const groups: Array<{ Id: number; Title: string }> = await emu.sp('lars').web.siteGroups.select('Id', 'Title')();
  return groups.find((g) => g.Title === GROUPS.find((x) => x.audience === audience)!.title)!.Id;
}

async function userId(login: string): Promise<number> {
  return (await emu.sp(login).web.currentUser.select('Id')()).Id;
}

describe('SharePoint Online permission levels (emulator conformance)', () => {
  test("the site's Members group has Edit, Visitors Read, Owners Full Control", async () => {
    const lars = emu.sp('lars');
    const ras = await webAssignments(lars);
    const kinds = async (group: 'associatedMemberGroup' | 'associatedVisitorGroup' | 'associatedOwnerGroup') => {
      const g: { Id: number } = await SPQueryable(lars.web, group).select('Id')();
      return ras.find((r) => r.PrincipalId === g.Id)?.RoleDefinitionBindings.map((b) => b.RoleTypeKind);
    };
    expect(await kinds('associatedMemberGroup')).toEqual([ROLE_TYPE.edit]);
    expect(await kinds('associatedVisitorGroup')).toEqual([ROLE_TYPE.read]);
    expect(await kinds('associatedOwnerGroup')).toEqual([ROLE_TYPE.fullControl]);
  });

  test('Manage Lists (Edit) does not reach past "read/edit only own items"; Override List Behaviors (Design) does', async () => {
    const title = await ownItemsList();
    // anna gets Edit directly on the list, erik Contribute, ulla Design.
    await grant(title, await userId('anna'), ROLE_TYPE.edit);
    await grant(title, await userId('erik'), ROLE_TYPE.contribute);
    await grant(title, await userId('ulla'), ROLE_TYPE.design);
    const erikItem = await emu.sp('erik').web.lists.getByTitle(title).items.add({ Title: 'Eriks rad' });

    const annaMask = await SPQueryable(emu.sp('anna').web.lists.getByTitle(title), 'EffectiveBasePermissions')();
    expect(hasPermission(annaMask, PermissionKind.ManageLists)).toBe(true);
    expect(hasPermission(annaMask, PermissionKind.CancelCheckout)).toBe(false);
    const annaRows: Array<{ Id: number }> = await emu.sp('anna').web.lists.getByTitle(title).items.select('Id')();
    expect(annaRows).toEqual([]);
    expect((await spError(emu.sp('anna').web.lists.getByTitle(title).items.getById(erikItem.Id)())).status).toBe(404);

    const ullaMask = await SPQueryable(emu.sp('ulla').web.lists.getByTitle(title), 'EffectiveBasePermissions')();
    expect(hasPermission(ullaMask, PermissionKind.CancelCheckout)).toBe(true);
    const ullaRows: Array<{ Id: number }> = await emu.sp('ulla').web.lists.getByTitle(title).items.select('Id')();
    expect(ullaRows.map((r) => r.Id)).toEqual([erikItem.Id]);
    await emu.sp('ulla').web.lists.getByTitle(title).items.getById(erikItem.Id).update({ Title: 'Ändrad med Design' });
  });

  test('breaking inheritance without copying leaves exactly one assignment: the current user with Full Control', async () => {
    const lars = emu.sp('lars');
    const title = `Utan kopia ${Date.now()}`;
    await lars.web.lists.add(title, '', 100, false);
    await spPost(SPQueryable(lars.web.lists.getByTitle(title), 'breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)'));
    const ras = await listAssignments(lars, title);
    expect(ras.map((r) => ({ id: r.PrincipalId, type: r.Member.PrincipalType, kinds: r.RoleDefinitionBindings.map((b) => b.RoleTypeKind) }))).toEqual([
      { id: await userId('lars'), type: PRINCIPAL_USER, kinds: [ROLE_TYPE.fullControl] }
    ]);
    // The site's Visitors are not on the list any more.
    const visitor: { Id: number } = await SPQueryable(lars.web, 'associatedVisitorGroup').select('Id')();
    expect(ras.some((r) => r.PrincipalId === visitor.Id)).toBe(false);
  });

  test('a group with rights on one list only gets Limited Access on the site: API calls work, pages do not', async () => {
    // Ulla, taken out of the follow-up group (its Read on the site) for the test: only the seeded
    // people are workbench users, so the person with one list only is one of them.
    const lars = emu.sp('lars');
    const followUp = await groupIdOf('followUp');
    const ulla: { Id: number; LoginName: string } = await lars.web.siteUsers.getByLoginName('i:0#.f|membership|ulla@region.example').select('Id', 'LoginName')();
    await spPost(SPQueryable(lars.web, `sitegroups/getbyid(${followUp})/users/removebyid(${ulla.Id})`));
    try {
      const group: { Id: number } = await spPost(SPQueryable(lars.web, 'sitegroups'), body({ Title: `Bara en lista ${Date.now()}`, Description: '' }));
      const person: { Id: number } = await spPost(SPQueryable(lars.web, `sitegroups/getbyid(${group.Id})/users`), body({ LoginName: ulla.LoginName }));
      const title = await ownItemsList();
      await grant(title, group.Id, ROLE_TYPE.contribute);

      const web = await webMask('ulla');
      expect(hasPermission(web, PermissionKind.Open)).toBe(true);
      expect(hasPermission(web, PermissionKind.ViewPages)).toBe(false);
      expect(hasPermission(web, PermissionKind.ViewListItems)).toBe(false);
      const added = await emu.sp('ulla').web.lists.getByTitle(title).items.add({ Title: 'Min rad' });
      expect(added.Id).toBeGreaterThan(0);
      // The site's pages (the page holding a web part) stay closed.
      expect((await spError(emu.sp('ulla').web.lists.getByTitle('Webbplatssidor').items())).status).toBe(403);
      const ras = await webAssignments(lars);
      expect(ras.find((r) => r.PrincipalId === group.Id)?.RoleDefinitionBindings.map((b) => b.RoleTypeKind)).toEqual([ROLE_TYPE.limitedAccess]);
      expect(person.Id).toBe(ulla.Id);
      await spPost(SPQueryable(lars.web, `sitegroups/getbyid(${group.Id})/users/removebyid(${ulla.Id})`));
    } finally {
      await spPost(SPQueryable(lars.web, `sitegroups/getbyid(${followUp})/users`), body({ LoginName: ulla.LoginName }));
    }
  });
});

describe('the access model the provisioner builds', () => {

  test('vera, a visitor and nothing else, reads the whole catalogue and places an order', async () => {
    const vera = emu.sp('vera');
    const me = await vera.web.currentUser.select('Title')();
    expect(me.Title).toBe('Vera Viklund');
    for (const def of LISTS.filter((l) => l.seeded)) {
      const rows: unknown[] = await vera.web.lists.getByTitle(def.title).items.select('Id').top(5)();
      expect({ list: def.title, some: rows.length > 0 }).toEqual({ list: def.title, some: true });
    }
    const ids = await catalogueIds(vera);
    const order = await vera.web.lists.getByTitle('Avrop').items.add(orderBody(ids, { ContactName: 'Vera Viklund' }));
    const annaOrder = await emu.sp('anna').web.lists.getByTitle('Avrop').items.add(orderBody(ids, { ContactName: 'Anna' }));
    const seen: Array<{ Id: number }> = await vera.web.lists.getByTitle('Avrop').items.select('Id')();
    expect(seen.map((r) => r.Id)).toEqual([order.Id]);
    expect((await spError(vera.web.lists.getByTitle('Avrop').items.getById(annaOrder.Id)())).status).toBe(404);
    expect((await spError(vera.web.lists.getByTitle('Leverantörer').items.add({ Title: 'Ny', SupplierKey: 'ny' }))).status).toBe(403);
  });

  test('handlers and follow-up open the site (Read on the web), not through the Visitors group', async () => {
    const lars = emu.sp('lars');
    const visitors: Array<{ LoginName: string }> = await SPQueryable(lars.web, 'associatedVisitorGroup/users')();
    expect(visitors.map((u) => u.LoginName)).not.toEqual(expect.arrayContaining([expect.stringContaining('hanna@')]));
    expect(visitors.map((u) => u.LoginName)).not.toEqual(expect.arrayContaining([expect.stringContaining('ulla@')]));
    const ras = await webAssignments(lars);
    for (const audience of ['handlers', 'followUp']) {
      const id = await groupIdOf(audience);
      expect({ audience, kinds: ras.find((r) => r.PrincipalId === id)?.RoleDefinitionBindings.map((b) => b.RoleTypeKind).filter((k) => k !== ROLE_TYPE.limitedAccess) }).toEqual({
        audience,
        kinds: [ROLE_TYPE.read]
      });
    }
    for (const login of ['hanna', 'ulla']) {
      expect({ login, viewPages: hasPermission(await webMask(login), PermissionKind.ViewPages) }).toEqual({ login, viewPages: true });
      await emu.sp(login).web.lists.getByTitle('Webbplatssidor').items.select('Id')();
    }
  });

  test('nothing is left over: no list keeps a direct assignment of a person (the installer)', async () => {
    const lars = emu.sp('lars');
    for (const def of LISTS) {
      const people = (await listAssignments(lars, def.title)).filter((r) => r.Member.PrincipalType === PRINCIPAL_USER);
      expect({ list: def.title, people: people.map((r) => r.Member.Title) }).toEqual({ list: def.title, people: [] });
    }
  });

  test('a site member (Edit on the site) still sees only her own orders', async () => {
    const memberMask = await webMask('erik');
    expect(hasPermission(memberMask, PermissionKind.ManageLists)).toBe(true);
    const ids = await catalogueIds(emu.sp('erik'));
    const mine = await emu.sp('erik').web.lists.getByTitle('Avrop').items.add(orderBody(ids, { ContactName: 'Erik' }));
    const rows: Array<{ Id: number }> = await emu.sp('erik').web.lists.getByTitle('Avrop').items.select('Id')();
    expect(rows.map((r) => r.Id)).toEqual([mine.Id]);
  });
});
