// A field MERGE whose body names no type is read as SP.Field, and SharePoint refuses the
// properties only a typed field class has:
// - "The property 'MaxLength' does not exist on type 'SP.Field'. Make sure to only use property
//   names that are defined by the type." (https://github.com/pnp/pnpcore/issues/1541)
// - the same for 'Choices', 'EditFormat', 'FillInChoice' (https://github.com/pnp/pnpcore/issues/1644)
// - the same for 'RelationshipDeleteBehavior'; the body `{"@odata.type":"#SP.FieldLookup", ...}`
//   with Content-Type application/json works (https://github.com/pnp/pnpjs/issues/1187)
// - PnPjs v4 `field.update(props, type)` ignores `type` and sends the bare properties
//   (node_modules/@pnp/sp/fields/types.js, _Field.update).
// - a type that does not exist: "A type named 'SP.FieldNote' could not be resolved by the model."
//   (https://github.com/pnp/pnpjs/issues/1294)
// - `__metadata` only means something in odata=verbose bodies; in a plain JSON body it is an
//   unknown property (https://github.com/SharePoint/sp-dev-docs/issues/5665).
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
const LIST = 'Typade fältändringar';
let listId = '';

beforeAll(async () => {
  emu = await startEmulator();
  lars = emu.sp('lars');
  await lars.web.lists.add(LIST, 'Testlista', 100, false);
  listId = (await lars.web.lists.getByTitle(LIST).select('Id')()).Id;
  const fields = lars.web.lists.getByTitle(LIST).fields;
  const options = 12 as AddFieldOptions;
  await fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Code" StaticName="Code" DisplayName="Kod" MaxLength="50" />', Options: options });
  await fields.createFieldAsXml({
    SchemaXml: '<Field Type="Choice" Name="Colour" StaticName="Colour" DisplayName="Färg"><CHOICES><CHOICE>Röd</CHOICE><CHOICE>Blå</CHOICE></CHOICES></Field>',
    Options: options
  });
  await fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Amount" StaticName="Amount" DisplayName="Antal" Min="1" Max="10" />', Options: options });
});
afterAll(async () => {
  await emu?.stop();
});

const field = (name: string) => lars.web.lists.getByTitle(LIST).fields.getByInternalNameOrTitle(name);

/** A raw MERGE on a field of the test list, as lars. */
async function merge(name: string, body: unknown, contentType = 'application/json;charset=utf-8'): Promise<{ status: number; message: string }> {
  const digest = await emu.fetch('/sites/utbildning/_api/contextinfo', { method: 'POST', login: 'lars', headers: { Accept: 'application/json' } });
  const value = ((await digest.json()) as { FormDigestValue: string }).FormDigestValue;
  const res = await emu.fetch(`/sites/utbildning/_api/web/lists(guid'${listId}')/fields/getByInternalNameOrTitle('${name}')`, {
    method: 'POST',
    login: 'lars',
    headers: { Accept: 'application/json', 'Content-Type': contentType, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'X-RequestDigest': value },
    body: JSON.stringify(body)
  });
  const text = await res.text();
  let message = '';
  try {
    const parsed = JSON.parse(text) as { 'odata.error'?: { message?: { value?: string } }; error?: { message?: { value?: string } } };
    message = parsed['odata.error']?.message?.value ?? parsed.error?.message?.value ?? '';
  } catch {
    message = text;
  }
  return { status: res.status, message };
}

test("PnPjs field.update() with MaxLength is refused: the property does not exist on type 'SP.Field'", async () => {
  const e = await spError(field('Code').update({ MaxLength: 20 }, 'SP.FieldText'));
  expect(e.status).toBe(400);
  expect(e.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  expect(e.message).toBe("The property 'MaxLength' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type.");
  expect((await field('Code').select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(50);
});

test('the same for the Title column of a list and for Choices, FillInChoice, MinimumValue', async () => {
  expect((await merge('Title', { MaxLength: 20 })).message).toMatch(/The property 'MaxLength' does not exist on type 'SP.Field'/);
  expect((await merge('Colour', { Choices: ['Röd', 'Blå', 'Grön'] })).message).toMatch(/The property 'Choices' does not exist on type 'SP.Field'/);
  expect((await merge('Colour', { FillInChoice: true })).message).toMatch(/The property 'FillInChoice' does not exist on type 'SP.Field'/);
  expect((await merge('Amount', { MinimumValue: 2 })).message).toMatch(/The property 'MinimumValue' does not exist on type 'SP.Field'/);
});

test('a typed body (@odata.type in plain JSON) may set the properties of its type', async () => {
  expect((await merge('Code', { '@odata.type': '#SP.FieldText', MaxLength: 20, Required: true })).status).toBe(204);
  const code = await field('Code').select('MaxLength', 'Required')<{ MaxLength: number; Required: boolean }>();
  expect([code.MaxLength, code.Required]).toEqual([20, true]);
  expect((await merge('Title', { '@odata.type': '#SP.FieldText', MaxLength: 30 })).status).toBe(204);
  expect((await field('Title').select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(30);
  expect((await merge('Colour', { '@odata.type': '#SP.FieldChoice', Choices: ['Röd', 'Blå', 'Grön'] })).status).toBe(204);
  expect((await field('Colour').select('Choices')()).Choices).toEqual(['Röd', 'Blå', 'Grön']);
});

test('a verbose body names its type in __metadata', async () => {
  const res = await merge('Code', { __metadata: { type: 'SP.FieldText' }, MaxLength: 25 }, 'application/json;odata=verbose');
  expect(res.status).toBe(204);
  expect((await field('Code').select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(25);
});

test('__metadata in a plain JSON body, an unknown type and a type of another field class are refused', async () => {
  const plain = await merge('Code', { __metadata: { type: 'SP.FieldText' }, MaxLength: 10 });
  expect(plain.status).toBe(400);
  expect(plain.message).toMatch(/The property '__metadata' does not exist on type 'SP.Field'/);
  const unknown = await merge('Code', { '@odata.type': '#SP.FieldNote', MaxLength: 10 });
  expect(unknown.status).toBe(400);
  expect(unknown.message).toBe("A type named 'SP.FieldNote' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.");
  const other = await merge('Code', { '@odata.type': '#SP.FieldNumber', MinimumValue: 1 });
  expect(other.status).toBe(400);
  expect((await field('Code').select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(25);
});

test('untyped updates of SP.Field properties still work', async () => {
  await field('Amount').update({ Required: true, Indexed: true });
  const amount = await field('Amount').select('Required', 'Indexed')();
  expect([amount.Required, amount.Indexed]).toEqual([true, true]);
});
