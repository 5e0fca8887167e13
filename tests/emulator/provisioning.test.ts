// The emulator's first start ran the project's own provisioner over REST: the seven lists exist
// with the schema's columns, indexes, item-level security, role assignments and default views,
// the catalogue is seeded, and a second run changes nothing.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/security';
import { body } from '@pnp/queryable';
import { SPQueryable, spPostMerge } from '@pnp/sp';
import { LISTS, ORDER_EVENTS, ORDERS } from '../../src/schema/lists';
import { GROUPS, ROLES } from '../../src/schema/permissions';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { provisionSite } from '../../src/data/provisioning';
import { ensureList, readLists } from '../../src/data/provisioning/lists';
import { ReportBuilder } from '../../src/data/provisioning/report';
import { Emulator, startEmulator } from '../support/emulator';

jest.setTimeout(60000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu?.stop();
});

interface FieldJson {
  InternalName: string;
  TypeAsString: string;
  Required: boolean;
  EnforceUniqueValues: boolean;
  Indexed: boolean;
  Choices?: string[];
  MaxLength?: number;
  MinimumValue?: number;
  MaximumValue?: number;
  LookupList?: string;
  Title: string;
}

test('the seven lists exist with their titles, URLs and item-level security', async () => {
  const sp = emu.sp('lars');
  const lists: Array<{ Id: string; Title: string; ReadSecurity: number; WriteSecurity: number; BaseTemplate: number; RootFolder: { ServerRelativeUrl: string } }> =
    await sp.web.lists.select('Id', 'Title', 'ReadSecurity', 'WriteSecurity', 'BaseTemplate', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
  for (const def of LISTS) {
    const list = lists.find((l) => l.Title === def.title);
    expect(list).toBeDefined();
    expect(list!.BaseTemplate).toBe(100);
    expect(list!.RootFolder.ServerRelativeUrl).toBe(`/sites/utbildning/Lists/${def.url}`);
    expect(list!.ReadSecurity).toBe(def.readSecurity);
    expect(list!.WriteSecurity).toBe(def.writeSecurity);
  }
});

test('every schema column exists with its type, required/unique/indexed flags and limits', async () => {
  const sp = emu.sp('lars');
  const ids = new Map<string, string>();
  for (const def of LISTS) ids.set(def.key, (await sp.web.lists.getByTitle(def.title).select('Id')()).Id);
  for (const def of LISTS) {
    const fields: FieldJson[] = await sp.web.lists.getByTitle(def.title).fields();
    const byName = new Map(fields.map((f) => [f.InternalName, f]));
    const title = byName.get('Title')!;
    expect(title.Title).toBe(def.titleField.title);
    expect(title.Required).toBe(def.titleField.required);
    expect(title.EnforceUniqueValues).toBe(!!def.titleField.unique);
    if (def.titleField.unique) expect(title.Indexed).toBe(true);
    for (const f of def.fields) {
      const got = byName.get(f.internalName);
      expect({ list: def.title, field: f.internalName, found: !!got }).toEqual({ list: def.title, field: f.internalName, found: true });
      expect(got!.Title).toBe(f.title);
      expect(f.type === 'Integer' ? ['Number', 'Integer'] : [f.type]).toContain(got!.TypeAsString);
      expect(got!.Required).toBe(!!f.required);
      expect(got!.EnforceUniqueValues).toBe(!!f.unique);
      expect(got!.Indexed).toBe(!!(f.indexed || f.unique));
      if (f.type === 'Text' && f.maxLength) expect(got!.MaxLength).toBe(f.maxLength);
      if (f.choices) expect(got!.Choices).toEqual(f.choices.filter((c) => c !== ''));
      if (f.min !== undefined) expect(got!.MinimumValue).toBe(f.min);
      if (f.max !== undefined) expect(got!.MaximumValue).toBe(f.max);
      if (f.type === 'Lookup') expect(got!.LookupList).toBe(`{${ids.get(f.lookupListKey!)}}`);
    }
    for (const builtIn of def.indexedBuiltIns) expect(byName.get(builtIn)!.Indexed).toBe(true);
  }
});

test('default views show the schema columns', async () => {
  const sp = emu.sp('lars');
  for (const def of LISTS) {
    const vf: { Items: string[] } = await SPQueryable(sp.web.lists.getByTitle(def.title), 'DefaultView/ViewFields')();
    expect(vf.Items).toEqual(def.viewFields);
  }
});

test('role assignments follow the access map; groups and permission levels exist', async () => {
  const sp = emu.sp('lars');
  const groups: Array<{ Id: number; Title: string }> = await sp.web.siteGroups();
  const owner = await sp.web.associatedOwnerGroup();
  const member = await sp.web.associatedMemberGroup();
  const visitor = await sp.web.associatedVisitorGroup();
  const groupId = (audience: string) => {
    if (audience === 'owners') return owner.Id;
    if (audience === 'members') return member.Id;
    if (audience === 'visitors') return visitor.Id;
    return groups.find((g) => g.Title === GROUPS.find((x) => x.audience === audience)!.title)!.Id;
  };
  const roleDefs: Array<{ Id: number; Name: string }> = await sp.web.roleDefinitions();
  for (const role of ROLES.filter((r) => r.access !== 'none')) expect(roleDefs.map((d) => d.Name)).toContain(role.name);
  for (const def of LISTS) {
    const list = sp.web.lists.getByTitle(def.title);
    expect(await SPQueryable(list, 'HasUniqueRoleAssignments')()).toBe(true);
    const ras: Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> }> = await SPQueryable(list, 'roleassignments').expand('Member', 'RoleDefinitionBindings')();
    for (const [audience, access] of Object.entries(def.access)) {
      if (access === 'none') continue;
      const name = ROLES.find((r) => r.access === access)!.name;
      const ra = ras.find((r) => r.PrincipalId === groupId(audience));
      expect({ list: def.title, audience, bindings: ra?.RoleDefinitionBindings.map((b) => b.Name) }).toEqual({ list: def.title, audience, bindings: [name] });
    }
  }
});

test('the catalogue is seeded from SEED_CATALOGUE', async () => {
  const sp = emu.sp('anna');
  const count = async (title: string) => (await sp.web.lists.getByTitle(title).select('ItemCount')()).ItemCount;
  expect(await count('Avtalsområden')).toBe(SEED_CATALOGUE.areas.length);
  expect(await count('Utbildningsområden')).toBe(SEED_CATALOGUE.trainingAreas.length + SEED_CATALOGUE.courses.length);
  expect(await count('Leverantörer')).toBe(SEED_CATALOGUE.suppliers.length);
  expect(await count('Rangordning')).toBe(SEED_CATALOGUE.rankings.length);
  expect(await count('Beställande organisationer')).toBe(SEED_CATALOGUE.organisations.length);
  expect(await count('Avrop')).toBe(0);
  const keys: Array<{ AreaKey: string }> = await sp.web.lists.getByTitle('Avtalsområden').items.select('AreaKey').top(100)();
  expect(keys.map((k) => k.AreaKey).sort()).toEqual(SEED_CATALOGUE.areas.map((a) => a.key).sort());
});

test('the seeded people are in the solution groups', async () => {
  const sp = emu.sp('lars');
  const usersOf = async (title: string): Promise<string[]> => {
    const users: Array<{ LoginName: string }> = await sp.web.siteGroups.getByName(title).users();
    return users.map((u) => u.LoginName.replace('i:0#.f|membership|', '').split('@')[0]);
  };
  expect(await usersOf(GROUPS.find((g) => g.audience === 'handlers')!.title)).toContain('hanna');
  expect(await usersOf(GROUPS.find((g) => g.audience === 'followUp')!.title)).toContain('ulla');
  const members = await usersOf((await sp.web.associatedMemberGroup()).Title);
  expect(members).toEqual(expect.arrayContaining(['anna', 'erik']));
  expect(members).not.toContain('ulla');
  const owners = await usersOf((await sp.web.associatedOwnerGroup()).Title);
  expect(owners).toContain('lars');
});

test('a second provisioning run over REST changes nothing', async () => {
  const report = await provisionSite(emu.sp('lars'));
  expect(report.warnings).toEqual([]);
  expect(report.created).toEqual([]);
  expect(report.updated).toEqual([]);
  expect(report.changed).toBe(false);
});

test('the first run, on the fresh site at start-up, passed the strict emulator without warnings', async () => {
  const health = (await (await emu.fetch('/_workbench/health')).json()) as { provisioned: boolean; provision: { summary: string } | null };
  expect(health.provisioned).toBe(true);
  expect(health.provision?.summary).toMatch(/ 0 varningar$/);
  expect(emu.output()).not.toMatch(/VARNING/);
});

test('drifted columns are put back with typed field updates, and the run after that changes nothing', async () => {
  // SharePoint refuses MaxLength in an untyped (SP.Field) body; typedFieldUpdates.test.ts has the sources.
  const sp = emu.sp('lars');
  const field = (list: string, name: string) => sp.web.lists.getByTitle(list).fields.getByInternalNameOrTitle(name);
  await spPostMerge(field('Avrop', 'Title'), body({ '@odata.type': '#SP.FieldText', MaxLength: 255 }));
  await field('Avrop', 'Unit').update({ Required: false });
  await field('Avropshändelser', 'EventAt').update({ Indexed: false });

  const repair = await provisionSite(sp);
  expect(repair.warnings).toEqual([]);
  expect(repair.created).toEqual([]);
  expect(repair.updated.sort()).toEqual(['fält Avrop.Title', 'fält Avrop.Unit', 'fält Avropshändelser.EventAt']);
  const title: { MaxLength: number } = await field('Avrop', 'Title').select('MaxLength')();
  const unit: { Required: boolean } = await field('Avrop', 'Unit').select('Required')();
  const eventAt: { Indexed: boolean } = await field('Avropshändelser', 'EventAt').select('Indexed')();
  expect([title.MaxLength, unit.Required, eventAt.Indexed]).toEqual([ORDERS.titleField.maxLength, true, true]);

  const again = await provisionSite(sp);
  expect(again).toEqual({ created: [], updated: [], seeded: [], warnings: [], changed: false });
});

test('a site installed before a new choice gets it, keeps the values it has, and the run after that changes nothing', async () => {
  // A Choice column's values are updated through SP.FieldChoice (an untyped SP.Field body has no
  // Choices: typedFieldUpdates.test.ts has the sources); a value missing from Choices is stored but
  // shown as invalid by SharePoint's forms (SharepointPlus issue #65).
  const sp = emu.sp('lars');
  const field = () => sp.web.lists.getByTitle(ORDER_EVENTS.title).fields.getByInternalNameOrTitle('EventKind');
  const wanted = ORDER_EVENTS.fields.find((f) => f.internalName === 'EventKind')!.choices!;
  const older = [...wanted.slice(0, -1), 'Gammalt värde'];
  await spPostMerge(field(), body({ '@odata.type': '#SP.FieldChoice', Choices: older }));

  const repair = await provisionSite(sp);
  expect(repair.warnings).toEqual([]);
  expect(repair.updated).toEqual(['fält Avropshändelser.EventKind']);
  const after: FieldJson = await field().select('Choices')();
  expect(after.Choices).toEqual([...older, wanted[wanted.length - 1]]);

  const again = await provisionSite(sp);
  expect(again).toEqual({ created: [], updated: [], seeded: [], warnings: [], changed: false });
});

test("the audit lookup is ParentOrder; the list keeps SharePoint's own Order column", async () => {
  const fields: FieldJson[] = await emu.sp('lars').web.lists.getByTitle(ORDER_EVENTS.title).fields();
  const byName = new Map(fields.map((f) => [f.InternalName, f]));
  expect(byName.get('ParentOrder')).toMatchObject({ TypeAsString: 'Lookup', Required: true, Indexed: true });
  expect(byName.get('Order')).toMatchObject({ TypeAsString: 'Number', Required: false, Indexed: false });
});

test('a member may not run the provisioner', async () => {
  await expect(provisionSite(emu.sp('anna'))).rejects.toThrow();
});

test('a schema column whose internal name a built-in already has stops the run instead of adopting the built-in', async () => {
  const sp = emu.sp('lars');
  const def = { ...ORDER_EVENTS, key: 'collision', title: 'Krocktest', url: 'Krocktest', fields: [{ internalName: 'Order', title: 'Ordning', type: 'Number' as const, required: true, indexed: true }] };
  const ctx = { sp, report: new ReportBuilder(() => undefined), roles: new Map(), groups: new Map(), lists: new Map() };
  await expect(ensureList(ctx, def, await readLists(sp))).rejects.toThrow('Fältet Order i Krocktest är ett inbyggt SharePoint-fält. Lösningens schema får inte använda det namnet.');
  const order: FieldJson = await sp.web.lists.getByTitle('Krocktest').fields.getByInternalNameOrTitle('Order')();
  expect([order.TypeAsString, order.Required, order.Indexed]).toEqual(['Number', false, false]);
});
