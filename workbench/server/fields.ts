// List columns: SharePoint's built-in columns, CreateFieldAsXml (SchemaXml parsing) and the JSON
// a field answers with.
import { FieldRec, ListRec } from './store';
import { BUILTIN_LIST_FIELDS } from './builtinFieldSet';
import { escapeXml, newGuid, SpError, CODES, err } from './util';

// ---- a small XML reader, enough for <Field> schemas ----------------------------------------

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16));
    return String.fromCodePoint(parseInt(l.slice(1), 10));
  });
}

export function parseXml(xml: string): XmlNode {
  let i = 0;
  const s = xml;
  const fail = (msg: string): never => {
    throw err.badRequest(`Invalid field schema XML: ${msg} (at ${i}).`, CODES.argument);
  };
  const skipMisc = () => {
    for (;;) {
      while (i < s.length && /\s/.test(s[i])) i++;
      if (s.startsWith('<?', i)) {
        const end = s.indexOf('?>', i);
        if (end < 0) fail('unterminated declaration');
        i = end + 2;
      } else if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else return;
    }
  };
  const parseElement = (): XmlNode => {
    if (s[i] !== '<') fail('expected <');
    i++;
    const nameMatch = /^[A-Za-z_][\w.:-]*/.exec(s.slice(i));
    if (!nameMatch) fail('expected element name');
    const name = nameMatch![0];
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      while (i < s.length && /\s/.test(s[i])) i++;
      if (s.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (s[i] === '>') {
        i++;
        break;
      }
      const am = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(s.slice(i));
      if (!am) fail('bad attribute');
      attrs[am![1]] = decodeEntities(am![3] ?? am![4] ?? '');
      i += am![0].length;
    }
    const children: XmlNode[] = [];
    let text = '';
    for (;;) {
      if (i >= s.length) fail(`unterminated <${name}>`);
      if (s.startsWith('</', i)) {
        const end = s.indexOf('>', i);
        const closing = s.slice(i + 2, end).trim();
        if (closing !== name) fail(`mismatched </${closing}>`);
        i = end + 1;
        return { name, attrs, children, text: decodeEntities(text) };
      }
      if (s.startsWith('<![CDATA[', i)) {
        const end = s.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA');
        text += s.slice(i + 9, end);
        i = end + 3;
        continue;
      }
      if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i);
        i = end + 3;
        continue;
      }
      if (s[i] === '<') {
        children.push(parseElement());
        continue;
      }
      const next = s.indexOf('<', i);
      text += s.slice(i, next < 0 ? s.length : next);
      i = next < 0 ? s.length : next;
    }
  };
  skipMisc();
  const root = parseElement();
  skipMisc();
  if (i < s.length) fail('trailing content');
  return root;
}

// ---- names ---------------------------------------------------------------------------------

/** SharePoint's internal name for a display name: other than [A-Za-z0-9] becomes _xHHHH_, max 32 chars. */
export function encodeInternalName(displayName: string): string {
  let out = '';
  for (const ch of displayName) {
    if (/[A-Za-z0-9]/.test(ch)) out += ch;
    else {
      const cp = ch.codePointAt(0) ?? 0;
      out += `_x${cp.toString(16).padStart(4, '0')}_`;
    }
  }
  return out.slice(0, 32);
}

/** Property name of a field in item JSON: names starting with _ get OData_ in front. */
export function entityPropertyName(f: FieldRec): string {
  const base = f.type === 'Lookup' || f.type === 'User' ? f.internalName : f.internalName;
  return base.startsWith('_') ? `OData_${base}` : base;
}

// ---- built-in columns ----------------------------------------------------------------------

/** Built-ins a REST item body may set: Title, and the hidden Number column Order. */
const WRITABLE_BUILTINS = new Set(['Title', 'Order']);

export function builtinFields(titleDisplayName = 'Rubrik'): FieldRec[] {
  return BUILTIN_LIST_FIELDS.map((spec) => {
    const f: FieldRec = {
      id: spec.id,
      internalName: spec.internalName,
      staticName: spec.internalName,
      title: spec.title,
      description: '',
      type: spec.type,
      required: false,
      unique: false,
      indexed: false,
      hidden: spec.hidden,
      readOnly: !WRITABLE_BUILTINS.has(spec.internalName),
      builtIn: true,
      sealed: spec.internalName !== 'Title'
    };
    if (spec.internalName === 'Title') Object.assign(f, { title: titleDisplayName, required: true, maxLength: 255 });
    if (spec.internalName === 'LinkTitle' || spec.internalName === 'LinkTitleNoMenu' || spec.internalName === 'LinkTitle2') f.title = titleDisplayName;
    if (spec.type === 'DateTime') f.format = 'DateTime';
    return f;
  });
}

/** Built-ins whose values live on the item record rather than in `data`. */
export const SYSTEM_FIELDS = new Set(['ID', 'Modified', 'Created', 'Author', 'Editor', 'ContentTypeId', 'LinkTitle', 'LinkTitleNoMenu', 'Attachments', '_UIVersionString', 'GUID']);

export const FIELD_TYPE_KIND: Record<string, number> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  Computed: 12,
  Guid: 14,
  MultiChoice: 15,
  File: 18,
  Attachments: 19,
  User: 20,
  ModStat: 23,
  ContentTypeId: 25
};

const ODATA_TYPE: Record<string, string> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  Integer: 'SP.Field',
  Boolean: 'SP.Field',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  DateTime: 'SP.FieldDateTime',
  Lookup: 'SP.FieldLookup',
  User: 'SP.FieldUser',
  Computed: 'SP.FieldComputed',
  Counter: 'SP.Field',
  Guid: 'SP.FieldGuid',
  Attachments: 'SP.Field',
  ContentTypeId: 'SP.Field'
};

export const SUPPORTED_TYPES = new Set(['Text', 'Note', 'Number', 'Currency', 'Integer', 'Boolean', 'Choice', 'MultiChoice', 'DateTime', 'Lookup']);

// ---- typed field updates -------------------------------------------------------------------

/** Properties of SP.Field itself, which an untyped field MERGE may carry. */
const BASE_FIELD_PROPS = ['Title', 'Description', 'Required', 'Indexed', 'EnforceUniqueValues', 'Hidden', 'DefaultValue', 'Group', 'ValidationFormula', 'ValidationMessage', 'JSLink'];

/** Type-specific properties the emulator can change, by field class. */
const CLASS_PROPS: Record<string, string[]> = {
  'SP.Field': [],
  'SP.FieldText': ['MaxLength'],
  'SP.FieldMultiLineText': [],
  'SP.FieldNumber': ['MinimumValue', 'MaximumValue'],
  'SP.FieldCurrency': ['MinimumValue', 'MaximumValue'],
  'SP.FieldChoice': ['Choices', 'FillInChoice'],
  'SP.FieldMultiChoice': ['Choices', 'FillInChoice'],
  'SP.FieldDateTime': [],
  'SP.FieldLookup': [],
  'SP.FieldUser': [],
  'SP.FieldComputed': [],
  'SP.FieldGuid': [],
  'SP.FieldCalculated': [],
  'SP.FieldUrl': []
};

export function fieldClassOf(f: FieldRec): string {
  return ODATA_TYPE[f.type] ?? 'SP.Field';
}

/**
 * The type a field MERGE body is read as, and the body without its type annotation. SharePoint
 * reads an unannotated body as SP.Field; JSON light annotates with `@odata.type` ("#SP.FieldText"),
 * verbose JSON with `__metadata.type`, and `__metadata` in a JSON-light body is just an unknown
 * property.
 */
export function typedFieldUpdate(f: FieldRec, body: Record<string, unknown>, contentType: string): { props: Record<string, unknown>; typeName: string } {
  const verbose = /odata=verbose/i.test(contentType);
  let named: string | undefined;
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (verbose && k === '__metadata') {
      named = String((v as { type?: unknown } | null)?.type ?? '') || undefined;
      continue;
    }
    if (!verbose && (k === '@odata.type' || k === 'odata.type')) {
      named = String(v ?? '').replace(/^#/, '') || undefined;
      continue;
    }
    if (k.startsWith('@odata.') || k.startsWith('odata.')) continue;
    props[k] = v;
  }
  const typeName = named ?? 'SP.Field';
  if (!(typeName in CLASS_PROPS)) {
    throw err.badRequest(`A type named '${typeName}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
  }
  // The emulator's own wording: a body typed as another field class is refused too.
  if (typeName !== 'SP.Field' && typeName !== fieldClassOf(f)) {
    throw err.badRequest(`The type '${typeName}' does not match the field '${f.internalName}', which is of type '${fieldClassOf(f)}'.`);
  }
  const allowed = new Set([...BASE_FIELD_PROPS, ...CLASS_PROPS[typeName]]);
  for (const k of Object.keys(props)) {
    if (!allowed.has(k)) {
      throw err.badRequest(`The property '${k}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);
    }
  }
  return { props, typeName };
}

// ---- CreateFieldAsXml ----------------------------------------------------------------------

export const AddFieldOptions = {
  AddToDefaultContentType: 1,
  AddToNoContentType: 2,
  AddToAllContentTypes: 4,
  AddFieldInternalNameHint: 8,
  AddFieldToDefaultView: 16,
  AddFieldCheckDisplayName: 32
};

const bool = (v: string | undefined, dflt = false): boolean => (v === undefined ? dflt : /^(true|1)$/i.test(v.trim()));
const num = (v: string | undefined): number | undefined => {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

const KNOWN_ATTRS = new Set([
  'Type', 'Name', 'StaticName', 'DisplayName', 'Required', 'EnforceUniqueValues', 'Indexed', 'MaxLength', 'Min', 'Max',
  'Decimals', 'Format', 'List', 'ShowField', 'ID', 'Description', 'Hidden', 'ReadOnly', 'FillInChoice', 'Group', 'SourceID', 'ColName', 'RowOrdinal', 'Version'
]);

/**
 * SharePoint refuses unique values on a list whose item-level read access is "Read items that were
 * created by the user" (ReadSecurity 2), and the switch to it on a list with a unique column: the
 * uniqueness check would have to see items the writer cannot read.
 */
export function refuseUniqueOnOwnItemsList(list: ListRec, internalName: string): void {
  if (list.readSecurity !== 2) return;
  throw new SpError(
    400,
    CODES.spException,
    `Unique values cannot be enforced on the column '${internalName}' because the list's item-level permissions let users read only the items created by the user.`
  );
}

/** The other direction: no "read own items" while a column enforces unique values. */
export function refuseOwnItemsWithUniqueColumns(list: ListRec): void {
  const unique = list.fields.find((f) => f.unique);
  if (!unique) return;
  throw new SpError(
    400,
    CODES.spException,
    `Item-level read access "Read items that were created by the user" cannot be set while the column '${unique.internalName}' enforces unique values.`
  );
}

export interface LookupResolver {
  (ref: string): ListRec | undefined;
}

/**
 * Builds a field from a <Field> schema as SharePoint's CreateFieldAsXml does. Without the
 * AddFieldInternalNameHint option SharePoint ignores `Name` and derives the internal name from
 * DisplayName (encoded, max 32 characters) — the emulator does the same.
 */
export function fieldFromXml(list: ListRec, schemaXml: string, options: number, resolveList: LookupResolver): { field: FieldRec; addToDefaultView: boolean } {
  const root = parseXml(schemaXml);
  if (root.name !== 'Field') throw err.badRequest('The schema XML must have <Field> as its root element.', CODES.argument);
  const a = root.attrs;
  const type = a.Type;
  if (!type) throw err.badRequest('The field schema has no Type attribute.', CODES.argument);
  if (!SUPPORTED_TYPES.has(type)) {
    throw err.badRequest(`Field type ${type} is not installed properly. Go to the list settings page to delete this field.`, CODES.argument);
  }
  const displayName = a.DisplayName ?? a.Name;
  if (!displayName) throw err.badRequest('The field schema has neither DisplayName nor Name.', CODES.argument);
  const hint = (options & AddFieldOptions.AddFieldInternalNameHint) !== 0;
  let internalName: string;
  if (hint && a.Name) {
    internalName = a.Name;
    if (list.fields.some((f) => f.internalName.toLowerCase() === internalName.toLowerCase())) {
      throw err.badRequest(`A duplicate field name "${internalName}" was found.`, CODES.spException);
    }
  } else {
    const base = encodeInternalName(displayName);
    internalName = base;
    for (let n = 0; list.fields.some((f) => f.internalName.toLowerCase() === internalName.toLowerCase()); n++) {
      internalName = `${base.slice(0, 31 - String(n).length)}${n}`;
    }
  }
  if ((options & AddFieldOptions.AddFieldCheckDisplayName) !== 0 && list.fields.some((f) => f.title.toLowerCase() === displayName.toLowerCase())) {
    throw err.badRequest(`A duplicate field name "${displayName}" was found.`, CODES.spException);
  }
  const field: FieldRec = {
    id: (a.ID || newGuid()).replace(/[{}]/g, '').toLowerCase(),
    internalName,
    staticName: hint ? a.StaticName || internalName : internalName,
    title: displayName,
    description: a.Description ?? '',
    type,
    required: bool(a.Required),
    unique: bool(a.EnforceUniqueValues),
    indexed: bool(a.Indexed),
    hidden: bool(a.Hidden),
    readOnly: bool(a.ReadOnly),
    builtIn: false,
    sealed: false,
    group: a.Group ?? 'Anpassade kolumner'
  };
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(a)) if (!KNOWN_ATTRS.has(k)) extra[k] = v;
  if (Object.keys(extra).length) field.extraAttrs = extra;

  if (type === 'Text') {
    const max = num(a.MaxLength) ?? 255;
    if (max < 1 || max > 255) throw err.badRequest(`MaxLength of a single line of text must be between 1 and 255 (field ${internalName}).`, CODES.argument);
    field.maxLength = max;
  }
  if (type === 'Note') {
    const max = num(a.MaxLength);
    if (max !== undefined) field.maxLength = max;
  }
  if (type === 'Number' || type === 'Integer' || type === 'Currency') {
    field.min = num(a.Min);
    field.max = num(a.Max);
    field.decimals = num(a.Decimals);
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      throw err.badRequest(`Min is greater than Max for field ${internalName}.`, CODES.argument);
    }
  }
  if (type === 'DateTime') field.format = a.Format === 'DateOnly' ? 'DateOnly' : 'DateTime';
  if (type === 'Choice' || type === 'MultiChoice') {
    const choicesNode = root.children.find((c) => c.name === 'CHOICES');
    field.choices = (choicesNode?.children ?? []).filter((c) => c.name === 'CHOICE').map((c) => c.text);
    field.fillIn = bool(a.FillInChoice);
    field.format = a.Format ?? (type === 'Choice' ? 'Dropdown' : undefined);
  }
  if (type === 'Lookup') {
    const ref = a.List;
    if (!ref) throw err.badRequest(`The lookup field ${internalName} has no List attribute.`, CODES.argument);
    const target = resolveList(ref);
    if (!target) throw err.badRequest(`List does not exist. The lookup field ${internalName} points to '${ref}'.`, CODES.argument);
    field.lookupList = target.id;
    field.lookupField = a.ShowField || 'Title';
    if (!target.fields.some((f) => f.internalName === field.lookupField)) {
      throw err.badRequest(`The lookup field ${internalName} shows '${field.lookupField}', which does not exist in '${target.title}'.`, CODES.argument);
    }
  }
  const defaultNode = root.children.find((c) => c.name === 'Default');
  if (defaultNode) field.defaultValue = defaultNode.text;
  if (field.unique && !field.indexed) {
    throw new SpError(400, CODES.spException, `This field must be indexed to enforce unique values. (Field '${internalName}': set Indexed="TRUE" as well.)`);
  }
  if (field.unique && (type === 'Note' || type === 'MultiChoice' || type === 'Boolean')) {
    throw new SpError(400, CODES.spException, `Unique values cannot be enforced on field '${internalName}' of type ${type}.`);
  }
  if (field.unique) refuseUniqueOnOwnItemsList(list, internalName);
  return { field, addToDefaultView: (options & AddFieldOptions.AddFieldToDefaultView) !== 0 };
}

// ---- output --------------------------------------------------------------------------------

const TF = (b: boolean) => (b ? 'TRUE' : 'FALSE');

export function fieldSchemaXml(f: FieldRec, list: ListRec): string {
  const attrs: Array<[string, string]> = [
    ['Type', f.type],
    ['DisplayName', f.title],
    ['Required', TF(f.required)],
    ['EnforceUniqueValues', TF(f.unique)],
    ['Indexed', TF(f.indexed)]
  ];
  if (f.maxLength !== undefined) attrs.push(['MaxLength', String(f.maxLength)]);
  if (f.min !== undefined) attrs.push(['Min', String(f.min)]);
  if (f.max !== undefined) attrs.push(['Max', String(f.max)]);
  if (f.decimals !== undefined) attrs.push(['Decimals', String(f.decimals)]);
  if (f.format) attrs.push(['Format', f.format]);
  if (f.fillIn) attrs.push(['FillInChoice', 'TRUE']);
  if (f.type === 'Lookup') {
    attrs.push(['List', `{${f.lookupList}}`], ['ShowField', f.lookupField ?? 'Title']);
  }
  if (f.hidden) attrs.push(['Hidden', 'TRUE']);
  if (f.readOnly && !f.builtIn) attrs.push(['ReadOnly', 'TRUE']);
  if (f.description) attrs.push(['Description', f.description]);
  for (const [k, v] of Object.entries(f.extraAttrs ?? {})) attrs.push([k, v]);
  attrs.push(['ID', `{${f.id}}`], ['SourceID', `{${list.id}}`], ['StaticName', f.staticName], ['Name', f.internalName]);
  if (f.group) attrs.push(['Group', f.group]);
  const open = `<Field ${attrs.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ')}`;
  const inner: string[] = [];
  if (f.defaultValue !== undefined && f.defaultValue !== null) inner.push(`<Default>${escapeXml(f.defaultValue)}</Default>`);
  if (f.choices) inner.push(`<CHOICES>${f.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`);
  return inner.length ? `${open}>${inner.join('')}</Field>` : `${open} />`;
}

export function fieldJson(f: FieldRec, list: ListRec, base: string): Record<string, unknown> {
  const kind = FIELD_TYPE_KIND[f.type] ?? 0;
  const o: Record<string, unknown> = {
    'odata.type': ODATA_TYPE[f.type] ?? 'SP.Field',
    'odata.id': `${base}/_api/Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`,
    'odata.editLink': `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`,
    AutoIndexed: false,
    CanBeDeleted: !f.builtIn,
    DefaultFormula: null,
    DefaultValue: f.defaultValue ?? null,
    Description: f.description,
    Direction: 'none',
    EnforceUniqueValues: f.unique,
    EntityPropertyName: entityPropertyName(f),
    Filterable: true,
    FromBaseType: f.builtIn,
    Group: f.group ?? (f.builtIn ? 'Anpassade kolumner' : 'Anpassade kolumner'),
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed,
    InternalName: f.internalName,
    JSLink: 'clienttemplates.js',
    ReadOnlyField: f.readOnly,
    Required: f.required,
    SchemaXml: fieldSchemaXml(f, list),
    Scope: list.url,
    Sealed: f.sealed,
    Sortable: f.type !== 'MultiChoice' && f.type !== 'Note',
    StaticName: f.staticName,
    Title: f.title,
    FieldTypeKind: kind,
    TypeAsString: f.type,
    TypeDisplayName: f.type,
    TypeShortDescription: f.type,
    ValidationFormula: null,
    ValidationMessage: null
  };
  if (f.type === 'Text' || f.type === 'Note') o.MaxLength = f.maxLength ?? (f.type === 'Text' ? 255 : null);
  if (f.type === 'Note') {
    o.NumberOfLines = 6;
    o.RichText = false;
    o.AppendOnly = false;
  }
  if (f.type === 'Number' || f.type === 'Integer' || f.type === 'Currency') {
    o.MinimumValue = f.min ?? -1.7976931348623157e308;
    o.MaximumValue = f.max ?? 1.7976931348623157e308;
    o.DisplayFormat = f.decimals ?? -1;
  }
  if (f.type === 'DateTime') {
    o.DisplayFormat = f.format === 'DateOnly' ? 0 : 1;
    o.DateTimeCalendarType = 0;
    o.FriendlyDisplayFormat = 0;
  }
  if (f.type === 'Choice' || f.type === 'MultiChoice') {
    o.Choices = f.choices ?? [];
    o.FillInChoice = !!f.fillIn;
    o.EditFormat = f.format === 'RadioButtons' ? 1 : 0;
  }
  if (f.type === 'Lookup') {
    o.AllowMultipleValues = false;
    o.IsRelationship = true;
    o.LookupField = f.lookupField ?? 'Title';
    o.LookupList = `{${f.lookupList}}`;
    o.LookupWebId = '00000000-0000-0000-0000-000000000000';
    o.PrimaryFieldId = null;
    o.RelationshipDeleteBehavior = 0;
  }
  if (f.type === 'User') {
    o.AllowMultipleValues = false;
    o.LookupField = 'ImnName';
    o.SelectionMode = 0;
  }
  return o;
}
