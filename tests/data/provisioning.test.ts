// The provisioner against the emulator, on a half-done installation put in place through the
// emulator's REST API as the site owner lars: lists deleted, one left under its ASCII title, one
// renamed by someone, a column's flags dropped. The requests it sends are recorded, so the
// order of field writes (index before uniqueness: SharePoint refuses EnforceUniqueValues on an
// unindexed column, https://learn.microsoft.com/en-us/sharepoint/dev/schema/field-element-list
// "EnforceUniqueValues"), typed field updates (typedFieldUpdates.test.ts has the sources), seed
// writes in $batch of at most 100 operations (the $batch limit,
// https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis)
// and the rights check before any write are asserted on what the emulator received.
// The clean second run and a built-in-named column are in tests/emulator/provisioning.test.ts.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import { SPQueryable } from '@pnp/sp';
import { NoRightsError } from '../../src/data/errors';
import { maskOf } from '../../src/data/permissions';
import { provisionSite } from '../../src/data/provisioning';
import { ProvisionReport } from '../../src/data/provisioning/report';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { GROUPS, LISTS, ROLES } from '../../src/schema';
import { Emulator, startEmulator } from '../support/emulator';
import { recordRequests, RequestLog, SentRequest, writesIn } from '../support/requestLog';
import { CATALOGUE } from './support/fixtures';

jest.setTimeout(120000);

const DELETED = ['Avropshändelser', 'Avropsstatus', 'Avrop', 'Rangordning', 'Beställande organisationer'];
const ORGANISATIONS = Array.from({ length: 250 }, (_, i) => ({ key: `org-${i}`, name: `Organisation ${i}`, active: true }));

let emu: Emulator;
let log: RequestLog;
let report: ProvisionReport;
let lines: string[];
let sent: SentRequest[];

beforeAll(async () => {
  emu = await startEmulator();
  const sp = emu.sp('lars');
  for (const title of DELETED) await sp.web.lists.getByTitle(title).delete();
  await sp.web.lists.getByTitle('Avtalsområden').update({ Title: 'Avtalsomraden' });
  await sp.web.lists.getByTitle('Leverantörer').update({ Title: 'Våra leverantörer' });
  const areaKey = sp.web.lists.getByTitle('Avtalsomraden').fields.getByInternalNameOrTitle('AreaKey');
  await areaKey.update({ EnforceUniqueValues: false });
  await areaKey.update({ Indexed: false, Required: false });

  log = recordRequests();
  lines = [];
  report = await provisionSite(sp, { seed: { ...CATALOGUE, organisations: ORGANISATIONS }, log: (line) => lines.push(line) });
  sent = [...log.requests];
});
afterAll(async () => {
  log?.stop();
  await emu?.stop();
});

const bodiesOf = (method: string, path: string): unknown[] => sent.filter((r) => r.method === method && r.path === path).map((r) => r.body);
const postLines = (raw: string): number => raw.split(/\r?\n/).filter((line) => /^POST \S+ HTTP\/1\.1$/.test(line)).length;

describe('provisionSite on a half-done installation', () => {
  it('finds lists by ASCII title or by URL and gives them their titles back; recreates the deleted ones', async () => {
    const lists: Array<{ Title: string; RootFolder: { ServerRelativeUrl: string } }> = await emu.sp('lars').web.lists.select('Title', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    for (const def of LISTS) expect(lists.find((l) => l.Title === def.title)?.RootFolder.ServerRelativeUrl).toBe(`/sites/utbildning/Lists/${def.url}`);
    expect(lists.map((l) => l.Title)).not.toContain('Våra leverantörer');
    expect(bodiesOf('MERGE', "web/lists/getByTitle('Avtalsomraden')")).toContainEqual(expect.objectContaining({ Title: 'Avtalsområden' }));
    expect(bodiesOf('MERGE', "web/lists/getByTitle('Våra leverantörer')")).toContainEqual(expect.objectContaining({ Title: 'Leverantörer' }));
    expect(report.updated).toEqual(expect.arrayContaining(['lista Avtalsområden', 'lista Leverantörer', 'fält Avtalsområden.AreaKey']));
  });

  it('creates a missing list under its ASCII URL name, then renames it and sets item-level security', () => {
    const recreated = LISTS.filter((def) => DELETED.includes(def.title));
    expect(bodiesOf('POST', 'web/lists')).toEqual(
      recreated.map((def) => ({ AllowContentTypes: false, BaseTemplate: 100, ContentTypesEnabled: false, Description: def.description, Title: def.url }))
    );
    expect(bodiesOf('MERGE', "web/lists/getByTitle('Avrop')")).toContainEqual({ ReadSecurity: 2, WriteSecurity: 2 });
    const organisations = LISTS.find((def) => def.title === 'Beställande organisationer')!;
    expect(bodiesOf('MERGE', `web/lists/getByTitle('${organisations.url}')`)).toContainEqual(expect.objectContaining({ Title: 'Beställande organisationer' }));
    expect(report.created).toEqual(expect.arrayContaining(['lista Avrop', 'fält Avrop.Status']));
    expect(lines).toContain('Skapade listan Avrop (Lists/Avrop).');
  });

  it('completes a column: index first, then uniqueness', async () => {
    const writes = bodiesOf('MERGE', "web/lists/getByTitle('Avtalsområden')/fields/getByInternalNameOrTitle('AreaKey')");
    expect(writes).toEqual([{ Required: true, Indexed: true }, { EnforceUniqueValues: true }]);
    const areaKey: { Required: boolean; Indexed: boolean; EnforceUniqueValues: boolean } = await emu.sp('lars').web.lists.getByTitle('Avtalsområden').fields.getByInternalNameOrTitle('AreaKey')();
    expect([areaKey.Required, areaKey.Indexed, areaKey.EnforceUniqueValues]).toEqual([true, true, true]);
  });

  it("names the field class when an update carries a type-specific property (an untyped body is SP.Field, which has no MaxLength)", () => {
    expect(bodiesOf('MERGE', "web/lists/getByTitle('Avrop')/fields/getByInternalNameOrTitle('Title')")).toEqual([{ '@odata.type': '#SP.FieldText', Title: 'Referens', Indexed: true, MaxLength: 20 }]);
    const untyped = sent.filter((r) => r.method === 'MERGE' && /\/fields\//.test(r.path) && !/'Title'\)$/.test(r.path));
    expect(untyped.length).toBeGreaterThan(0);
    for (const r of untyped) expect(Object.keys(r.body as object)).not.toContain('MaxLength');
  });

  it('gives the recreated lists unique role assignments from the access map', async () => {
    const sp = emu.sp('lars');
    const groups: Array<{ Id: number; Title: string }> = await sp.web.siteGroups();
    const associated: Record<string, number> = {
      owners: (await sp.web.associatedOwnerGroup()).Id,
      members: (await sp.web.associatedMemberGroup()).Id,
      visitors: (await sp.web.associatedVisitorGroup()).Id
    };
    const groupId = (audience: string) => associated[audience] ?? groups.find((g) => g.Title === GROUPS.find((x) => x.audience === audience)!.title)!.Id;
    for (const def of LISTS.filter((l) => DELETED.includes(l.title))) {
      const list = sp.web.lists.getByTitle(def.title);
      expect(await SPQueryable(list, 'HasUniqueRoleAssignments')()).toBe(true);
      const ras: Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> }> = await SPQueryable(list, 'roleassignments').expand('RoleDefinitionBindings')();
      for (const [audience, access] of Object.entries(def.access)) {
        const bindings = ras.find((r) => r.PrincipalId === groupId(audience))?.RoleDefinitionBindings.map((b) => b.Name);
        const expected = access === 'none' ? undefined : [ROLES.find((r) => r.access === access)!.name];
        expect({ list: def.title, audience, bindings }).toEqual({ list: def.title, audience, bindings: expected });
      }
    }
  });

  it("gives the solution's permission levels exactly the rights the schema names", async () => {
    const defs: Array<{ Name: string; BasePermissions: { High: string; Low: string } }> = await emu.sp('lars').web.roleDefinitions();
    for (const role of ROLES.filter((r) => ['edit-all', 'read-all', 'contribute-own'].includes(r.access))) {
      const created = defs.find((d) => d.Name === role.name)!;
      expect({ role: role.name, mask: { High: String(created.BasePermissions.High), Low: String(created.BasePermissions.Low) } }).toEqual({ role: role.name, mask: maskOf(role.permissions) });
    }
  });

  it('seeds only the empty catalogue lists, in $batch requests of at most 100 adds', async () => {
    const sp = emu.sp('lars');
    expect(report.seeded).toEqual([{ list: 'Beställande organisationer', count: 250 }]);
    // Leverantörer kept its items, so CATALOGUE's suppliers are not on the site: the empty
    // Rangordning gets none of its rows, each skipped with a warning.
    expect(report.warnings.length).toBeGreaterThan(0);
    for (const w of report.warnings) expect(w).toMatch(/^Hoppade över en post i Rangordning: /);
    expect(await sp.web.lists.getByTitle('Rangordning').items.select('Id').top(10)()).toHaveLength(0);
    const suppliers: Array<{ SupplierKey: string }> = await sp.web.lists.getByTitle('Leverantörer').items.select('SupplierKey').top(5000)();
    expect(suppliers.map((s) => s.SupplierKey)).not.toContain('alfa');
    expect(await sp.web.lists.getByTitle('Beställande organisationer').items.select('Id').top(5000)()).toHaveLength(250);
    expect((await sp.web.lists.getByTitle('Avrop').select('ItemCount')()).ItemCount).toBe(0);

    expect(sent.filter((r) => !r.inBatch && r.method === 'POST' && /\/items$/.test(r.path))).toEqual([]);
    const organisationBatches = log.http.filter((r) => r.path === '$batch' && r.rawBody.includes('Best%C3%A4llande%20organisationer')).map((r) => postLines(r.rawBody));
    expect(organisationBatches).toEqual([100, 100, 50]);
    for (const batch of log.http.filter((r) => r.path === '$batch')) expect(postLines(batch.rawBody)).toBeLessThanOrEqual(100);
  });

  it('fills the still-empty Rangordning from the built-in seed with lookups resolved to the ids on the site, and then changes nothing', async () => {
    const fill = await provisionSite(emu.sp('lars'));
    expect(fill).toMatchObject({ created: [], updated: [], seeded: [{ list: 'Rangordning', count: SEED_CATALOGUE.rankings.length }], warnings: [] });
    const sp = emu.sp('lars');
    const idsOf = async (title: string) => new Set((await sp.web.lists.getByTitle(title).items.select('Id').top(5000)()).map((i: { Id: number }) => i.Id));
    const [areas, suppliers] = [await idsOf('Avtalsområden'), await idsOf('Leverantörer')];
    const rows: Array<{ AreaId: number; SupplierId: number }> = await sp.web.lists.getByTitle('Rangordning').items.select('AreaId', 'SupplierId').top(5000)();
    expect(rows).toHaveLength(SEED_CATALOGUE.rankings.length);
    for (const row of rows) expect([areas.has(row.AreaId), suppliers.has(row.SupplierId)]).toEqual([true, true]);
    log.clear();
    const again: string[] = [];
    const second = await provisionSite(emu.sp('lars'), { log: (line) => again.push(line) });
    expect(writesIn(log.requests)).toEqual([]);
    expect(second).toEqual({ created: [], updated: [], seeded: [], warnings: [], changed: false });
    expect(again[again.length - 1]).toBe('Allt var redan installerat. Inget behövde ändras.');
  });

  it('refuses a user without site owner rights, before writing anything', async () => {
    log.clear();
    const run = provisionSite(emu.sp('anna'), { seed: CATALOGUE });
    await expect(run).rejects.toBeInstanceOf(NoRightsError);
    await expect(run).rejects.toThrow('Du saknar behörighet att installera Utbildningsavrop. Be en webbplatsägare köra installationen.');
    expect(log.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET web/EffectiveBasePermissions']);
  });
});
