// Unique columns and "read own items" exclude each other on SharePoint: a list whose item-level
// read access is "Read items that were created by the user" (ReadSecurity = 2) cannot enforce
// unique values on any column, and a list with a unique column cannot be switched to it. A unique
// check would have to look at items the writer may not read.
//
// Sources:
// - List settings > Advanced settings > Item-level permissions: "When list item permissions is set
//   to 'Read items that were created by the user', setting unique values on a column is not
//   possible and vice-versa." https://www.formsandflows.nl/2023/10/23/item-level-permissions/
// - Unique column limitations, "Item-level permissions not allowed":
//   http://www.zquad.in/2010/03/unique-column.html
// - What a unique column is (indexed, case-insensitive) and that ReadSecurity 2 means "users have
//   Read access only to items that they create":
//   https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee536168(v=office.14)
//   https://learn.microsoft.com/en-us/sharepoint/dev/schema/readsecurity-element
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { AddFieldOptions } from '@pnp/sp/fields';
import { ORDERS } from '../../src/schema/lists';
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

const HINT = AddFieldOptions.AddFieldInternalNameHint;

async function listWith(title: string, readSecurity: number): Promise<void> {
  const lars = emu.sp('lars');
  await lars.web.lists.add(title, '', 100, false);
  await lars.web.lists.getByTitle(title).update({ ReadSecurity: readSecurity });
}

test('a new column enforcing unique values is refused on a list where people read only their own items', async () => {
  await listWith('Egna rader', 2);
  const fields = emu.sp('lars').web.lists.getByTitle('Egna rader').fields;
  const e = await spError(fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Nyckel" DisplayName="Nyckel" EnforceUniqueValues="TRUE" Indexed="TRUE" />', Options: HINT }));
  expect(e.status).toBe(400);
  expect(e.code).toMatch(/SPException/);
  expect(e.message).toMatch(/unique values/i);
  expect(e.message).toMatch(/created by the user/i);
  // Nothing was created; the same column without uniqueness is fine.
  expect((await spError(fields.getByInternalNameOrTitle('Nyckel')())).message).toMatch(/does not exist/);
  const plain = await fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Nyckel" DisplayName="Nyckel" Indexed="TRUE" />', Options: HINT });
  expect(plain.InternalName).toBe('Nyckel');
});

test('turning on unique values for an existing column is refused there too, Title included', async () => {
  const fields = emu.sp('lars').web.lists.getByTitle('Egna rader').fields;
  const key = fields.getByInternalNameOrTitle('Nyckel');
  const e = await spError(key.update({ EnforceUniqueValues: true }, 'SP.Field'));
  expect(e.status).toBe(400);
  expect(e.message).toMatch(/created by the user/i);
  expect((await key.select('EnforceUniqueValues')()).EnforceUniqueValues).toBe(false);
  const title = fields.getByInternalNameOrTitle('Title');
  await title.update({ Indexed: true }, 'SP.Field');
  expect((await spError(title.update({ EnforceUniqueValues: true }, 'SP.Field'))).status).toBe(400);
});

test('a list with a unique column cannot be switched to "read items created by the user"', async () => {
  await listWith('Delade rader', 1);
  const list = emu.sp('lars').web.lists.getByTitle('Delade rader');
  await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Kod" DisplayName="Kod" EnforceUniqueValues="TRUE" Indexed="TRUE" />', Options: HINT });
  const e = await spError(list.update({ ReadSecurity: 2 }));
  expect(e.status).toBe(400);
  expect(e.message).toMatch(/unique values/i);
  expect((await list.select('ReadSecurity')()).ReadSecurity).toBe(1);
  // Once the column allows duplicates again, the switch is allowed.
  await list.fields.getByInternalNameOrTitle('Kod').update({ EnforceUniqueValues: false }, 'SP.Field');
  await list.update({ ReadSecurity: 2 });
  expect((await list.select('ReadSecurity')()).ReadSecurity).toBe(2);
});

test('the provisioned Avrop list reads own items and has no unique column', async () => {
  const avrop = emu.sp('lars').web.lists.getByTitle(ORDERS.title);
  expect((await avrop.select('ReadSecurity')()).ReadSecurity).toBe(2);
  const unique: Array<{ InternalName: string }> = await avrop.fields.filter('EnforceUniqueValues eq true').select('InternalName')();
  expect(unique.map((f) => f.InternalName)).toEqual([]);
  expect(ORDERS.titleField.unique).toBeFalsy();
  expect(ORDERS.fields.filter((f) => f.unique).map((f) => f.internalName)).toEqual([]);
});
