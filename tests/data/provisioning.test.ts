import { NoRightsError } from '../../src/data/errors';
import { maskOf } from '../../src/data/permissions';
import { provisionSite } from '../../src/data/provisioning';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { GROUPS, LISTS, ROLES } from '../../src/schema';
import { FakeSharePoint, READ_MASK } from './support/fakeSharePoint';
import { CATALOGUE, spFor } from './support/fixtures';

const EXPECTED_TYPE: Record<string, string> = { Integer: 'Number' };

describe('provisionSite', () => {
  it('creates all seven lists with every field, index, view and security setting, and seeds the empty catalogue lists', async () => {
    const fake = new FakeSharePoint();
    const lines: string[] = [];
    const report = await provisionSite(spFor(fake), { seed: CATALOGUE, log: (line) => lines.push(line) });

    expect(fake.lists.map((l) => l.Title)).toEqual(LISTS.map((l) => l.title));
    for (const def of LISTS) {
      const list = fake.list(def.title);
      expect(list.url).toBe(def.url);
      expect(list.Description).toBe(def.description);
      expect(list.ReadSecurity).toBe(def.readSecurity);
      expect(list.WriteSecurity).toBe(def.writeSecurity);

      const title = fake.field(def.title, 'Title')!;
      expect(title.Title).toBe(def.titleField.title);
      expect(title.Required).toBe(def.titleField.required);
      expect(title.EnforceUniqueValues).toBe(!!def.titleField.unique);
      expect(title.Indexed).toBe(!!(def.titleField.indexed || def.titleField.unique));
      if (def.titleField.maxLength) expect(title.MaxLength).toBe(def.titleField.maxLength);

      for (const fieldDef of def.fields) {
        const field = fake.field(def.title, fieldDef.internalName);
        expect(field).toBeDefined();
        expect(field!.Title).toBe(fieldDef.title);
        expect(field!.TypeAsString).toBe(EXPECTED_TYPE[fieldDef.type] ?? fieldDef.type);
        expect(field!.Required).toBe(!!fieldDef.required);
        expect(field!.EnforceUniqueValues).toBe(!!fieldDef.unique);
        expect(field!.Indexed).toBe(!!(fieldDef.indexed || fieldDef.unique));
        if (fieldDef.type === 'Text') expect(field!.MaxLength).toBe(fieldDef.maxLength);
        if (fieldDef.choices) expect(field!.Choices).toEqual(fieldDef.choices.filter((c) => c !== ''));
        if (fieldDef.defaultValue !== undefined) expect(field!.DefaultValue).toBe(fieldDef.defaultValue);
        if (fieldDef.type === 'DateTime') expect(field!.Format).toBe(fieldDef.dateOnly ? 'DateOnly' : 'DateTime');
        if (fieldDef.min !== undefined) expect(field!.Min).toBe(fieldDef.min);
        if (fieldDef.max !== undefined) expect(field!.Max).toBe(fieldDef.max);
        if (fieldDef.type === 'Lookup') {
          const target = LISTS.find((l) => l.key === fieldDef.lookupListKey)!;
          expect(field!.LookupList).toBe(`{${fake.list(target.title).Id}}`);
          expect(field!.SchemaXml).toContain('ShowField="Title"');
        }
      }
      for (const builtIn of def.indexedBuiltIns) expect(fake.field(def.title, builtIn)!.Indexed).toBe(true);
      expect(list.viewFields).toEqual(def.viewFields);

      expect(list.hasUniqueRoleAssignments).toBe(true);
      for (const [audience, access] of Object.entries(def.access)) {
        if (access === 'none') continue;
        const associated: Record<string, string> = { owners: 'Utbildning – ägare', members: 'Utbildning – medlemmar', visitors: 'Utbildning – besökare' };
        const groupTitle = associated[audience] ?? GROUPS.find((g) => g.audience === audience)!.title;
        const group = fake.siteGroups.find((g) => g.Title === groupTitle)!;
        const role = ROLES.find((r) => r.access === access)!;
        const roleDef = fake.roleDefinitions.find((r) => r.Name === role.name)!;
        expect(list.roleAssignments.find((a) => a.principalId === group.Id)?.roleIds).toContain(roleDef.Id);
      }
    }

    // The solution's permission levels, with exactly the rights the schema gives them.
    for (const role of ROLES.filter((r) => ['edit-all', 'read-all', 'contribute-own'].includes(r.access))) {
      const created = fake.roleDefinitions.find((r) => r.Name === role.name)!;
      expect(created.BasePermissions).toEqual(maskOf(role.permissions));
    }
    // Owners and members are the site's associated groups; the other two are created.
    expect(fake.siteGroups.map((g) => g.Title)).toEqual([
      'Utbildning – ägare',
      'Utbildning – besökare',
      'Utbildning – medlemmar',
      'Utbildningsavrop – avropshandläggare',
      'Utbildningsavrop – uppföljning'
    ]);

    // Lists are created under their ASCII URL name, then renamed.
    const creations = fake.requests.filter((r) => r.method === 'POST' && r.path === 'web/lists');
    expect(creations.map((r) => r.body)).toEqual(
      LISTS.map((def) => ({ AllowContentTypes: false, BaseTemplate: 100, ContentTypesEnabled: false, Description: def.description, Title: def.url }))
    );
    const renameAreas = fake.requests.find((r) => r.method === 'MERGE' && r.path === "web/lists/getByTitle('Avtalsomraden')");
    expect(renameAreas?.body).toEqual({ Title: 'Avtalsområden' });
    const renameOrders = fake.requests.find((r) => r.method === 'MERGE' && r.path === "web/lists/getByTitle('Avrop')");
    expect(renameOrders?.body).toEqual({ ReadSecurity: 2, WriteSecurity: 2 });

    // Seeded: catalogue lists filled, lookups resolved to the new ids; orders and events empty.
    expect(fake.items('Avtalsområden').map((i) => i.AreaKey)).toEqual(['ledarskap', 'ekonomi']);
    const areaId = (key: string): unknown => fake.items('Avtalsområden').find((i) => i.AreaKey === key)!.Id;
    const supplierId = (key: string): unknown => fake.items('Leverantörer').find((i) => i.SupplierKey === key)!.Id;
    expect(fake.items('Utbildningsområden').map((i) => [i.ItemKey, i.ItemKind, i.AreaId])).toEqual([
      ['ledarskap-grund', 'Utbildningsområde', areaId('ledarskap')],
      ['ekonomi-budget', 'Utbildningsområde', areaId('ekonomi')],
      ['ugl', 'Kurs', areaId('ledarskap')],
      ['ledarskap-tidigare', 'Tidigare utbildning', areaId('ledarskap')]
    ]);
    expect(fake.items('Rangordning').map((i) => [i.AreaId, i.SupplierId, i.Rank])).toEqual([
      [areaId('ledarskap'), supplierId('alfa'), 1],
      [areaId('ledarskap'), supplierId('beta'), 2],
      [areaId('ekonomi'), supplierId('gamma'), 1]
    ]);
    expect(fake.items('Beställande organisationer')).toHaveLength(2);
    expect(fake.items('Avrop')).toHaveLength(0);
    expect(fake.items('Avropshändelser')).toHaveLength(0);
    // Seed items are written through $batch, never one HTTP request per item.
    expect(fake.http.filter((r) => r.method === 'POST' && /\/items$/.test(r.path))).toHaveLength(0);
    expect(fake.requests.filter((r) => r.inBatch && r.method === 'POST')).toHaveLength(2 + 4 + 3 + 3 + 2);

    expect(report.changed).toBe(true);
    expect(report.created).toEqual(expect.arrayContaining(['lista Avrop', 'fält Avrop.Status', 'grupp Utbildningsavrop – uppföljning', 'behörighetsnivå Utbildningsavrop – egna avrop']));
    expect(report.seeded).toEqual([
      { list: 'Avtalsområden', count: 2 },
      { list: 'Utbildningsområden', count: 4 },
      { list: 'Leverantörer', count: 3 },
      { list: 'Rangordning', count: 3 },
      { list: 'Beställande organisationer', count: 2 }
    ]);
    expect(report.warnings).toEqual([]);
    expect(lines).toContain('Skapade listan Avrop (Lists/Avrop).');
  });

  it("names the field class when an update carries a type-specific property (an untyped body is SP.Field, which has no MaxLength)", async () => {
    const fake = new FakeSharePoint();
    await provisionSite(spFor(fake), { seed: CATALOGUE });
    const titleWrites = fake.requests.filter((r) => r.method === 'MERGE' && r.path === "web/lists/getByTitle('Avrop')/fields/getByInternalNameOrTitle('Title')");
    expect(titleWrites.map((r) => r.body)).toEqual([{ '@odata.type': '#SP.FieldText', Title: 'Referens', Indexed: true, MaxLength: 20 }]);
    const untyped = fake.requests.filter((r) => r.method === 'MERGE' && /\/fields\//.test(r.path) && !/'Title'\)$/.test(r.path));
    expect(untyped.length).toBeGreaterThan(0);
    for (const r of untyped) expect(Object.keys(r.body as object)).not.toContain('MaxLength');
  });

  it('changes nothing on a second run', async () => {
    const fake = new FakeSharePoint();
    const sp = spFor(fake);
    await provisionSite(sp, { seed: CATALOGUE });
    fake.reset();
    const lines: string[] = [];
    const report = await provisionSite(sp, { seed: CATALOGUE, log: (line) => lines.push(line) });
    expect(fake.writes()).toEqual([]);
    expect(fake.http.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(report).toEqual({ created: [], updated: [], seeded: [], warnings: [], changed: false });
    expect(lines[lines.length - 1]).toBe('Allt var redan installerat. Inget behövde ändras.');
  });

  it('refuses a user without site owner rights, before writing anything', async () => {
    const fake = new FakeSharePoint();
    fake.webPermissions = READ_MASK;
    const run = provisionSite(spFor(fake), { seed: CATALOGUE });
    await expect(run).rejects.toBeInstanceOf(NoRightsError);
    await expect(run).rejects.toThrow('Du saknar behörighet att installera Utbildningsavrop. Be en webbplatsägare köra installationen.');
    expect(fake.writes()).toEqual([]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET web/EffectiveBasePermissions']);
    expect(fake.lists).toHaveLength(0);
  });

  it('creates owner and member groups by title when the site has no associated groups', async () => {
    const fake = new FakeSharePoint();
    fake.hasAssociatedGroups = false;
    await provisionSite(spFor(fake), { seed: CATALOGUE });
    const titles = fake.siteGroups.map((g) => g.Title);
    for (const group of GROUPS) expect(titles).toContain(group.title);
    const owners = fake.siteGroups.find((g) => g.Title === 'Utbildningsavrop – ägare')!;
    expect(fake.list('Avrop').roleAssignments.find((a) => a.principalId === owners.Id)?.roleIds).toEqual([1073741829]);
    const groupPosts = fake.requests.filter((r) => r.method === 'POST' && r.path === 'web/sitegroups').map((r) => r.body);
    expect(groupPosts).toEqual(GROUPS.map((g) => ({ Title: g.title, Description: g.description })));
  });

  it('finishes a half-done installation: finds lists by ASCII title or URL, completes fields, leaves non-empty lists alone', async () => {
    const fake = new FakeSharePoint();
    // A list left under its ASCII title, one renamed by someone, one with a field missing its index.
    fake.createList('Avtalsomraden', 'Avtalsomraden', [{ InternalName: 'AreaKey', TypeAsString: 'Text', MaxLength: 50 }]);
    fake.createList('Våra leverantörer', 'Leverantorer');
    fake.seedItem('Våra leverantörer', { Title: 'Egen leverantör' });
    const report = await provisionSite(spFor(fake), { seed: CATALOGUE });

    expect(fake.lists.map((l) => l.Title)).toEqual(['Avtalsområden', 'Leverantörer', 'Utbildningsområden', 'Rangordning', 'Beställande organisationer', 'Avrop', 'Avropsstatus', 'Avropshändelser']);
    const areaKey = fake.field('Avtalsområden', 'AreaKey')!;
    expect([areaKey.Required, areaKey.Indexed, areaKey.EnforceUniqueValues]).toEqual([true, true, true]);
    // Index first, then uniqueness: SharePoint refuses uniqueness on an unindexed column.
    const fieldWrites = fake.requests.filter((r) => r.method === 'MERGE' && r.path === "web/lists/getByTitle('Avtalsområden')/fields/getByInternalNameOrTitle('AreaKey')");
    expect(fieldWrites.map((r) => r.body)).toEqual([{ Required: true, Indexed: true }, { EnforceUniqueValues: true }]);
    expect(report.updated).toEqual(expect.arrayContaining(['lista Avtalsområden', 'lista Leverantörer', 'fält Avtalsområden.AreaKey']));
    // Leverantörer had an item: not seeded, and Rangordning resolved suppliers from the list (none match).
    expect(fake.items('Leverantörer').map((i) => i.Title)).toEqual(['Egen leverantör']);
    expect(report.seeded.map((s) => s.list)).not.toContain('Leverantörer');
    expect(report.warnings.some((w) => w.includes('Rangordning'))).toBe(true);
  });

  it('seeds the built-in catalogue when no seed is given, in batches of at most 100 writes', async () => {
    const fake = new FakeSharePoint();
    const report = await provisionSite(spFor(fake));
    expect(fake.items('Avtalsområden')).toHaveLength(SEED_CATALOGUE.areas.length);
    expect(fake.items('Utbildningsområden')).toHaveLength(SEED_CATALOGUE.trainingAreas.length + SEED_CATALOGUE.courses.length);
    expect(fake.items('Leverantörer')).toHaveLength(SEED_CATALOGUE.suppliers.length);
    expect(fake.items('Rangordning')).toHaveLength(SEED_CATALOGUE.rankings.length);
    expect(fake.items('Beställande organisationer')).toHaveLength(SEED_CATALOGUE.organisations.length);
    expect(report.warnings).toEqual([]);
    for (const batch of fake.http.filter((r) => r.path === '$batch')) {
      const writes = (batch.rawBody ?? '').split('\n').filter((line) => /^POST \S+ HTTP\/1\.1$/.test(line));
      expect(writes.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('seed import', () => {
  it('writes a large seed in $batch requests of at most 100 adds each', async () => {
    const fake = new FakeSharePoint();
    const organisations = Array.from({ length: 250 }, (_, i) => ({ key: `org-${i}`, name: `Organisation ${i}`, active: true }));
    const report = await provisionSite(spFor(fake), { seed: { ...CATALOGUE, organisations } });
    expect(fake.items('Beställande organisationer')).toHaveLength(250);
    const organisationBatches = fake.http
      .filter((r) => r.path === '$batch' && (r.rawBody ?? '').includes('Best%C3%A4llande%20organisationer'))
      .map((r) => (r.rawBody ?? '').split('\n').filter((line) => /^POST \S+ HTTP\/1\.1$/.test(line)).length);
    expect(organisationBatches).toEqual([100, 100, 50]);
    expect(report.seeded).toContainEqual({ list: 'Beställande organisationer', count: 250 });
  });
});
