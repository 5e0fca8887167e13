import { fieldSchemaXml } from '../../src/data/provisioning/fieldSchemaXml';
import { ORDER_EVENTS, ORDERS, AREAS } from '../../src/schema/lists';
import { FieldDef } from '../../src/schema/types';

const field = (list: { fields: FieldDef[] }, name: string): FieldDef => list.fields.find((f) => f.internalName === name)!;

describe('fieldSchemaXml', () => {
  it('writes an indexed text column with its internal name, Swedish display name and length', () => {
    expect(fieldSchemaXml(field(ORDERS, 'RequestKey'))).toBe(
      '<Field Type="Text" Name="RequestKey" StaticName="RequestKey" DisplayName="Idempotensnyckel" Required="TRUE" Indexed="TRUE" MaxLength="64" />'
    );
  });

  it('writes a unique column as indexed too, with its description', () => {
    expect(fieldSchemaXml(field(AREAS, 'AreaKey'))).toBe(
      '<Field Type="Text" Name="AreaKey" StaticName="AreaKey" DisplayName="Nyckel" Description="Kort nyckel utan mellanslag, t.ex. ledarskap. Används i länkar." Required="TRUE" EnforceUniqueValues="TRUE" Indexed="TRUE" MaxLength="50" />'
    );
  });

  it('writes the audit lookup under its contract name ParentOrder, clear of the built-in Order', () => {
    expect(fieldSchemaXml(field(ORDER_EVENTS, 'ParentOrder'), () => 'b2c3d4e5-0000-4000-8000-000000000002')).toBe(
      '<Field Type="Lookup" Name="ParentOrder" StaticName="ParentOrder" DisplayName="Avrop" Required="TRUE" Indexed="TRUE" List="{b2c3d4e5-0000-4000-8000-000000000002}" ShowField="Title" />'
    );
  });

  it('writes a lookup with the target list id and Title as shown field', () => {
    const xml = fieldSchemaXml(field(ORDERS, 'Area'), (key) => (key === 'areas' ? 'a1b2c3d4-0000-4000-8000-000000000001' : undefined));
    expect(xml).toBe(
      '<Field Type="Lookup" Name="Area" StaticName="Area" DisplayName="Avtalsområde" Required="TRUE" Indexed="TRUE" List="{a1b2c3d4-0000-4000-8000-000000000001}" ShowField="Title" />'
    );
    expect(() => fieldSchemaXml(field(ORDERS, 'Area'), () => undefined)).toThrow('finns inte');
  });

  it('writes choices (leaving out the empty one), defaults, number ranges and date-only format', () => {
    expect(fieldSchemaXml(field(ORDER_EVENTS, 'FromStatus'))).toBe(
      '<Field Type="Choice" Name="FromStatus" StaticName="FromStatus" DisplayName="Från status" Required="FALSE" Format="Dropdown" FillInChoice="FALSE">' +
        '<CHOICES><CHOICE>Ny</CHOICE><CHOICE>Väntar på svar</CHOICE><CHOICE>Antagen</CHOICE><CHOICE>Ingen leverantör</CHOICE><CHOICE>Genomförd</CHOICE><CHOICE>Avbruten</CHOICE></CHOICES></Field>'
    );
    expect(fieldSchemaXml(field(AREAS, 'ResponseHours'))).toBe(
      '<Field Type="Number" Name="ResponseHours" StaticName="ResponseHours" DisplayName="Svarstid (vardagstimmar)" Required="TRUE" Decimals="0" Min="1" Max="240"><Default>24</Default></Field>'
    );
    expect(fieldSchemaXml(field(ORDERS, 'PeriodFrom'))).toBe(
      '<Field Type="DateTime" Name="PeriodFrom" StaticName="PeriodFrom" DisplayName="Önskad period från" Required="TRUE" Format="DateOnly" />'
    );
    expect(fieldSchemaXml(field(ORDERS, 'SubmittedAt'))).toContain('Format="DateTime"');
    expect(fieldSchemaXml(field(ORDERS, 'Need'))).toBe(
      '<Field Type="Note" Name="Need" StaticName="Need" DisplayName="Behov" Required="TRUE" NumLines="6" RichText="FALSE" RichTextMode="Compatible" MaxLength="4000" />'
    );
  });

  it('escapes XML in names and choices', () => {
    const xml = fieldSchemaXml({ internalName: 'X', title: 'A & "B" <C>', type: 'Choice', choices: ['a<b'] });
    expect(xml).toContain('DisplayName="A &amp; &quot;B&quot; &lt;C&gt;"');
    expect(xml).toContain('<CHOICE>a&lt;b</CHOICE>');
  });
});
