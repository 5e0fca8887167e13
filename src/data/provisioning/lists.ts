// One list brought in line with its ListDef: existence, title, security flags, columns, indexes,
// default view and role assignments. Reads first, writes only what differs, so a second run on
// a provisioned site writes nothing.
import { body } from '@pnp/queryable';
import { SPFI, SPQueryable, spPost, spPostMerge } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { IList } from '@pnp/sp/lists';
import { AddFieldOptions } from '@pnp/sp/fields';
import { FieldDef, FieldType, ListDef } from '../../schema/types';
import { ensureListAccess } from './access';
import { ADD_FIELD_OPTIONS, fieldSchemaXml } from './fieldSchemaXml';
import { GroupIds } from './groups';
import { ReportBuilder } from './report';
import { RoleIds } from './roles';

export interface ListJson {
  Id: string;
  Title: string;
  Description?: string;
  ReadSecurity?: number;
  WriteSecurity?: number;
  RootFolder?: { ServerRelativeUrl?: string };
}

export interface FieldJson {
  InternalName: string;
  Title: string;
  TypeAsString?: string;
  Required?: boolean;
  EnforceUniqueValues?: boolean;
  Indexed?: boolean;
  MaxLength?: number;
  /** Lookup columns: the id of the list they point at, "{guid}". */
  LookupList?: string;
  /** True for SharePoint's own columns (Title, Order, FileRef, ...). */
  FromBaseType?: boolean;
  /** Choice columns: their values (an array, or { results } in verbose answers). */
  Choices?: string[] | { results?: string[] };
}

function choicesOf(field: FieldJson): string[] {
  const c = field.Choices;
  return Array.isArray(c) ? c.map(String) : Array.isArray(c?.results) ? c!.results!.map(String) : [];
}

export interface ProvisionedList {
  id: string;
  title: string;
}

export interface ListContext {
  sp: SPFI;
  report: ReportBuilder;
  roles: RoleIds;
  groups: GroupIds;
  /** Lists already provisioned, by ListDef key (lookups point at them). */
  lists: Map<string, ProvisionedList>;
}

/** TypeAsString values that satisfy a schema type. */
export const TYPE_NAMES: Record<FieldType, string[]> = {
  Text: ['Text'],
  Note: ['Note'],
  Number: ['Number'],
  Integer: ['Number', 'Integer'],
  Boolean: ['Boolean'],
  Choice: ['Choice'],
  MultiChoice: ['MultiChoice'],
  DateTime: ['DateTime'],
  Lookup: ['Lookup']
};

export function readLists(sp: SPFI): Promise<ListJson[]> {
  return sp.web.lists.select('Id', 'Title', 'Description', 'ReadSecurity', 'WriteSecurity', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
}

/** By title, by the ASCII title a half-finished run leaves, or by URL (a list someone renamed). */
export function findList(lists: ListJson[], def: ListDef): ListJson | undefined {
  const urlEnd = `/lists/${def.url}`.toLowerCase();
  return (
    lists.find((list) => list.Title === def.title) ??
    lists.find((list) => list.Title === def.url) ??
    lists.find((list) => (list.RootFolder?.ServerRelativeUrl ?? '').toLowerCase().endsWith(urlEnd))
  );
}

export async function ensureList(ctx: ListContext, def: ListDef, existing: ListJson[]): Promise<ProvisionedList> {
  const { sp, report } = ctx;
  let list = findList(existing, def);
  const isNew = !list;
  if (!list) {
    // Created under the ASCII name so that the URL is Lists/<url>, then renamed.
    const created: ListJson = await sp.web.lists.add(def.url, def.description, 100, false);
    list = { Id: created.Id, Title: created.Title ?? def.url, Description: created.Description ?? def.description, ReadSecurity: created.ReadSecurity ?? 1, WriteSecurity: created.WriteSecurity ?? 1 };
    report.created(`lista ${def.title}`, `Skapade listan ${def.title} (Lists/${def.url}).`);
  }
  const changes: Record<string, unknown> = {};
  if (list.Title !== def.title) changes.Title = def.title;
  if ((list.Description ?? '') !== def.description) changes.Description = def.description;
  if (list.ReadSecurity !== def.readSecurity) changes.ReadSecurity = def.readSecurity;
  if (list.WriteSecurity !== def.writeSecurity) changes.WriteSecurity = def.writeSecurity;
  if (Object.keys(changes).length > 0) {
    await sp.web.lists.getByTitle(list.Title).update(changes);
    const what = Object.keys(changes).join(', ');
    if (isNew) report.info(`Satte ${what} för listan ${def.title}.`);
    else report.updated(`lista ${def.title}`, `Ändrade ${what} för listan ${def.title}.`);
  }
  const provisioned = { id: list.Id, title: def.title };
  const handle = sp.web.lists.getByTitle(def.title);
  await ensureTitleField(ctx, def, handle);
  await ensureFields(ctx, def, handle);
  await ensureViewFields(ctx, def, handle);
  await ensureListAccess(ctx, def, handle);
  return provisioned;
}

async function ensureTitleField(ctx: ListContext, def: ListDef, list: IList): Promise<void> {
  const wanted = def.titleField;
  const field = list.fields.getByInternalNameOrTitle('Title');
  const current: FieldJson = await field.select('Title', 'Required', 'EnforceUniqueValues', 'Indexed', 'MaxLength')();
  const first: Record<string, unknown> = {};
  if (current.Title !== wanted.title) first.Title = wanted.title;
  if (!!current.Required !== wanted.required) first.Required = wanted.required;
  if ((wanted.indexed || wanted.unique) && !current.Indexed) first.Indexed = true;
  if (wanted.maxLength !== undefined && current.MaxLength !== undefined && current.MaxLength !== wanted.maxLength) first.MaxLength = wanted.maxLength;
  const unique = !!wanted.unique;
  const second: Record<string, unknown> = unique !== !!current.EnforceUniqueValues ? { EnforceUniqueValues: unique } : {};
  await writeField(ctx, def, 'Title', first, second, 'SP.FieldText');
}

/**
 * Index first, uniqueness second: SharePoint refuses unique values on a column without an index.
 * A body without a type is read as SP.Field, which has no MaxLength, Choices, MinimumValue...
 * (PnPjs v4's field.update() sends none), so updates of such properties name the field class
 * in `@odata.type`.
 */
async function writeField(
  ctx: ListContext,
  def: ListDef,
  internalName: string,
  first: Record<string, unknown>,
  second: Record<string, unknown>,
  fieldClass = 'SP.Field'
): Promise<void> {
  const changed = [...Object.keys(first), ...Object.keys(second)];
  if (changed.length === 0) return;
  const field = ctx.sp.web.lists.getByTitle(def.title).fields.getByInternalNameOrTitle(internalName);
  const typed = (props: Record<string, unknown>) => (fieldClass === 'SP.Field' ? props : { '@odata.type': `#${fieldClass}`, ...props });
  for (const props of [first, second]) {
    if (Object.keys(props).length > 0) await spPostMerge(field, body(typed(props)));
  }
  ctx.report.updated(`fält ${def.title}.${internalName}`, `Ändrade ${changed.join(', ')} för fältet ${internalName} i ${def.title}.`);
}

async function ensureFields(ctx: ListContext, def: ListDef, list: IList): Promise<void> {
  const existing: FieldJson[] = await list.fields.select('InternalName', 'Title', 'TypeAsString', 'Required', 'EnforceUniqueValues', 'Indexed', 'FromBaseType', 'Choices')();
  const byName = new Map(existing.map((field) => [field.InternalName, field]));
  for (const fieldDef of def.fields) {
    const current = byName.get(fieldDef.internalName);
    if (!current) {
      await createField(ctx, def, list, fieldDef);
      continue;
    }
    if (current.FromBaseType) {
      // Adopting SharePoint's own column would make every write of the data layer fail.
      throw new Error(`Fältet ${fieldDef.internalName} i ${def.title} är ett inbyggt SharePoint-fält. Lösningens schema får inte använda det namnet.`);
    }
    if (current.TypeAsString && !TYPE_NAMES[fieldDef.type].includes(current.TypeAsString)) {
      ctx.report.warn(`Fältet ${fieldDef.internalName} i ${def.title} har typen ${current.TypeAsString}, men lösningen väntar sig ${fieldDef.type}.`);
    }
    const first: Record<string, unknown> = {};
    if (!!current.Required !== !!fieldDef.required) first.Required = !!fieldDef.required;
    if ((fieldDef.indexed || fieldDef.unique) && !current.Indexed) first.Indexed = true;
    const second: Record<string, unknown> = !!fieldDef.unique !== !!current.EnforceUniqueValues ? { EnforceUniqueValues: !!fieldDef.unique } : {};
    await writeField(ctx, def, fieldDef.internalName, first, second);
    await ensureChoices(ctx, def, fieldDef, current);
  }
  for (const builtIn of def.indexedBuiltIns) {
    const current = byName.get(builtIn);
    if (!current) {
      ctx.report.warn(`Det inbyggda fältet ${builtIn} finns inte i ${def.title}.`);
      continue;
    }
    if (!current.Indexed) await writeField(ctx, def, builtIn, { Indexed: true }, {});
  }
}

/**
 * A value a newer version of the solution writes (an event kind, a status) must be among the
 * column's choices on a site installed before it, or SharePoint's own forms treat stored rows as
 * invalid. Values the site has beyond ours are kept: rows may hold them.
 */
async function ensureChoices(ctx: ListContext, def: ListDef, fieldDef: FieldDef, current: FieldJson): Promise<void> {
  if ((fieldDef.type !== 'Choice' && fieldDef.type !== 'MultiChoice') || !fieldDef.choices) return;
  const have = choicesOf(current);
  // An empty choice is no value (a column left blank), whether or not a site lists it.
  const missing = fieldDef.choices.filter((choice) => choice !== '' && have.indexOf(choice) < 0);
  if (missing.length === 0) return;
  await writeField(ctx, def, fieldDef.internalName, { Choices: [...have, ...missing] }, {}, fieldDef.type === 'Choice' ? 'SP.FieldChoice' : 'SP.FieldMultiChoice');
}

async function createField(ctx: ListContext, def: ListDef, list: IList, fieldDef: FieldDef): Promise<void> {
  const schemaXml = fieldSchemaXml(fieldDef, (listKey) => ctx.lists.get(listKey)?.id);
  await list.fields.createFieldAsXml({ SchemaXml: schemaXml, Options: ADD_FIELD_OPTIONS as AddFieldOptions });
  ctx.report.created(`fält ${def.title}.${fieldDef.internalName}`, `Lade till fältet ${fieldDef.title} (${fieldDef.internalName}) i ${def.title}.`);
}

export function viewFieldNames(json: unknown): string[] {
  const items = (json as { Items?: unknown })?.Items;
  if (Array.isArray(items)) return items.map(String);
  const results = (items as { results?: unknown[] } | undefined)?.results;
  return Array.isArray(results) ? results.map(String) : [];
}

async function ensureViewFields(ctx: ListContext, def: ListDef, list: IList): Promise<void> {
  const current = viewFieldNames(await SPQueryable(list, 'DefaultView/ViewFields')());
  if (current.length === def.viewFields.length && current.every((name, index) => name === def.viewFields[index])) return;
  await spPost(SPQueryable(list, 'DefaultView/ViewFields/removeAllViewFields'));
  for (const name of def.viewFields) {
    await spPost(SPQueryable(list, `DefaultView/ViewFields/addViewField('${name}')`));
  }
  ctx.report.updated(`vy ${def.title}`, `Satte kolumnerna i standardvyn för ${def.title}: ${def.viewFields.join(', ')}.`);
}
