// Every SharePoint Online custom list (BaseTemplate 100) comes with hidden built-in columns, among
// them `Order` (Number). A column whose internal name collides with one of them cannot be created
// under that name, so the emulator's lists must carry the same set.
//
// Source for the set: SharePoint Online's answer to `GET _api/web/lists(...)/fields` for a list
// just created with ListTemplateType.GenericList, recorded by the PnP Core SDK's tests
// (github.com/pnp/pnpcore, src/sdk/PnP.Core.Test/Security/MockData/ListItemSecurityTests/
// GetRoleAssignmentsTest-0-00005.response.json, June 2023: 82 fields); the base fields and their
// ids are also in Microsoft's [MS-WSSTS] 2.4.2 "Base Data Fields"
// (https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-wssts/bac496c6-c19e-4243-94e0-4f92477b6e82).
// The refusal of a duplicate internal name: "A duplicate field name "GUID" was found." from
// AddFieldAsXml (https://github.com/pnp/powershell/issues/4796).
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { SPFI } from '@pnp/sp';
import { AddFieldOptions } from '@pnp/sp/fields';
import { Emulator, startEmulator } from '../support/emulator';
import { spError } from '../support/orders';

jest.setTimeout(60000);

let emu: Emulator;
let lars: SPFI;
const LIST = 'Inbyggda kolumner';

beforeAll(async () => {
  emu = await startEmulator();
  lars = emu.sp('lars');
  await lars.web.lists.add(LIST, 'Testlista', 100, false);
});
afterAll(async () => {
  await emu?.stop();
});

interface FieldJson {
  Id: string;
  InternalName: string;
  TypeAsString: string;
  Hidden: boolean;
  FromBaseType: boolean;
  CanBeDeleted: boolean;
}

// A sample of the recorded set: name, type and id as SharePoint Online answered them.
const SAMPLE: Array<[string, string, string]> = [
  ['Order', 'Number', 'ca4addac-796f-4b23-b093-d2a3f65c0774'],
  ['FileRef', 'Lookup', '94f89715-e097-4e8b-ba79-ea02aa8b7adb'],
  ['FileLeafRef', 'File', '8553196d-ec8d-4564-9861-3dbe931050c8'],
  ['FSObjType', 'Lookup', '30bb605f-5bae-48fe-b4e3-1f81d9772af9'],
  ['_ModerationStatus', 'ModStat', 'fdc3b2ed-5bf2-4835-a4bc-b885f3396a61'],
  ['Edit', 'Computed', '503f1caa-358e-4918-9094-4a2cdc4bc034'],
  ['DocIcon', 'Computed', '081c6e4c-5c14-4f20-b23e-1a71ceb6a67c'],
  ['ItemChildCount', 'Lookup', 'b824e17e-a1b3-426e-aecf-f0184d900485'],
  ['FolderChildCount', 'Lookup', '960ff01f-2b6d-4f1b-9c3f-e19ad8927341'],
  ['AppAuthor', 'Lookup', '6bfaba20-36bf-44b5-a1b2-eb6346d49716'],
  ['AppEditor', 'Lookup', 'e08400f3-c779-4ed2-a18c-ab7f34caa318'],
  ['ComplianceAssetId', 'Text', '3a6b296c-3f50-445c-a13f-9c679ea9dda3'],
  ['_ComplianceFlags', 'Lookup', 'ccc1037f-f65e-434a-868e-8c98af31fe29'],
  ['_IsRecord', 'Computed', '8382d247-72a9-44b1-9794-7b177edc89f3'],
  ['_ColorTag', 'Text', '76d13cd2-1bae-45a5-8b74-545b87b65037'],
  ['GUID', 'Guid', 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0'],
  ['owshiddenversion', 'Integer', 'd4e44a66-ee3a-4d02-88c9-4ec5ff3f4cd5'],
  ['ContentType', 'Computed', 'c042a256-787d-4a6f-8a8a-cf6ab767f12d']
];

test('a new custom list has the built-in columns of SharePoint Online, hidden ones included', async () => {
  const fields: FieldJson[] = await lars.web.lists.getByTitle(LIST).fields();
  expect(fields.length).toBeGreaterThanOrEqual(82);
  const byName = new Map(fields.map((f) => [f.InternalName, f]));
  for (const [name, type, id] of SAMPLE) {
    const got = byName.get(name);
    expect({ name, type: got?.TypeAsString, id: got?.Id, fromBaseType: got?.FromBaseType, canBeDeleted: got?.CanBeDeleted }).toEqual({
      name,
      type,
      id,
      fromBaseType: true,
      canBeDeleted: false
    });
  }
  expect(byName.get('Order')!.Hidden).toBe(true);
  expect(byName.get('FSObjType')!.Hidden).toBe(true);
});

test('createfieldasxml with AddFieldInternalNameHint and a built-in name (Order) is refused', async () => {
  const target = await lars.web.lists.getByTitle('Avrop').select('Id')();
  const xml = `<Field Type="Lookup" Name="Order" StaticName="Order" DisplayName="Avrop" List="{${target.Id}}" ShowField="Title" />`;
  const e = await spError(lars.web.lists.getByTitle(LIST).fields.createFieldAsXml({ SchemaXml: xml, Options: 12 as AddFieldOptions }));
  expect(e.status).toBe(400);
  expect(e.message).toBe('A duplicate field name "Order" was found.');
  const fields: FieldJson[] = await lars.web.lists.getByTitle(LIST).fields();
  expect(fields.filter((f) => f.InternalName === 'Order').map((f) => f.TypeAsString)).toEqual(['Number']);
});

test('the same for other hidden built-ins, whatever the case of the name', async () => {
  for (const name of ['FileLeafRef', 'ItemChildCount', 'ComplianceAssetId', 'appauthor']) {
    const xml = `<Field Type="Text" Name="${name}" StaticName="${name}" DisplayName="X ${name}" />`;
    const e = await spError(lars.web.lists.getByTitle(LIST).fields.createFieldAsXml({ SchemaXml: xml, Options: 12 as AddFieldOptions }));
    expect({ name, status: e.status }).toEqual({ name, status: 400 });
    expect(e.message).toMatch(/A duplicate field name/);
  }
});
