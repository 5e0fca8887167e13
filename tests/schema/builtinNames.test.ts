// No column of src/schema may take the name of a SharePoint built-in column (Order, FileRef,
// AppAuthor, ...) or of a property every list item answers with: on SharePoint Online such a
// column cannot be created under its name, and the provisioner would find the built-in instead.
// The built-in set is the emulator's (workbench/server/builtinFieldSet.ts, with its sources).
import { BUILTIN_LIST_FIELDS, itemPropertyNames, RESERVED_COLUMN_NAMES } from '../../workbench/server/builtinFieldSet';
import { LISTS, ORDER_EVENTS } from '../../src/schema/lists';
import { FieldDef, ListDef } from '../../src/schema/types';

/** Names of `def` that collide with a built-in or with each other, as "<list>.<name>" lines. */
function collisions(def: ListDef): string[] {
  const found: string[] = [];
  const own = new Map<string, string>();
  for (const field of def.fields) {
    const names = [field.internalName, ...itemPropertyNames(field.internalName, field.type)];
    for (const name of new Set(names)) {
      const key = name.toLowerCase();
      if (RESERVED_COLUMN_NAMES.has(key)) found.push(`${def.title}.${field.internalName}: ${name} is built in`);
      const other = own.get(key);
      if (other && other !== field.internalName) found.push(`${def.title}.${field.internalName}: ${name} is also ${other}`);
      own.set(key, field.internalName);
    }
  }
  return found;
}

const withField = (def: ListDef, field: FieldDef): ListDef => ({ ...def, fields: [...def.fields, field] });

test('the built-in set is the one recorded from SharePoint Online: 82 columns, Order among them', () => {
  expect(BUILTIN_LIST_FIELDS).toHaveLength(82);
  expect(new Set(BUILTIN_LIST_FIELDS.map((f) => f.internalName.toLowerCase())).size).toBe(82);
  expect(BUILTIN_LIST_FIELDS.find((f) => f.internalName === 'Order')).toMatchObject({ type: 'Number', hidden: true });
});

test('no internal name or item property of a schema column collides with a built-in', () => {
  expect(LISTS.flatMap(collisions)).toEqual([]);
});

test('the check finds a built-in name, an OData_ name, a lookup property and a clash between two columns', () => {
  const base = withField(ORDER_EVENTS, { internalName: 'Order', title: 'Avrop', type: 'Lookup', lookupListKey: 'orders' });
  expect(collisions(base)).toEqual(['Avropshändelser.Order: Order is built in']);
  expect(collisions(withField(ORDER_EVENTS, { internalName: '_ColorTag', title: 'Färg', type: 'Text' }))).toContain('Avropshändelser._ColorTag: _ColorTag is built in');
  expect(collisions(withField(ORDER_EVENTS, { internalName: 'AuthorId', title: 'Författare', type: 'Text' }))).toEqual(['Avropshändelser.AuthorId: AuthorId is built in']);
  expect(collisions(withField(ORDER_EVENTS, { internalName: 'ToSupplierId', title: 'Till leverantör-id', type: 'Integer' }))).toEqual([
    'Avropshändelser.ToSupplierId: ToSupplierId is also ToSupplier'
  ]);
});

test('built-in columns the schema indexes or shows exist on every list', () => {
  const builtIns = new Set(BUILTIN_LIST_FIELDS.map((f) => f.internalName));
  for (const def of LISTS) {
    for (const name of def.indexedBuiltIns) expect({ list: def.title, name, builtIn: builtIns.has(name) }).toEqual({ list: def.title, name, builtIn: true });
    const own = new Set(def.fields.map((f) => f.internalName));
    for (const name of def.viewFields) expect({ list: def.title, name, known: builtIns.has(name) || own.has(name) }).toEqual({ list: def.title, name, known: true });
  }
});
