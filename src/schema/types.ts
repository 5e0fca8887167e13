// The declarative description of the SharePoint lists. It drives the provisioner, the local
// emulator and the tests, so list titles and internal field names defined here are a contract.

export type FieldType = 'Text' | 'Note' | 'Number' | 'Integer' | 'Boolean' | 'Choice' | 'MultiChoice' | 'DateTime' | 'Lookup';

export interface FieldDef {
  /** Internal (static) name: ASCII, never changes once provisioned. */
  internalName: string;
  /** Display name, Swedish. */
  title: string;
  type: FieldType;
  description?: string;
  required?: boolean;
  /** Enforce unique values (SharePoint requires the column to be indexed too). */
  unique?: boolean;
  indexed?: boolean;
  /** Text: max characters (SharePoint's single line of text allows at most 255). */
  maxLength?: number;
  min?: number;
  max?: number;
  choices?: readonly string[];
  defaultValue?: string;
  /** DateTime: date only (no time of day). */
  dateOnly?: boolean;
  /** Lookup: list key of the target list and the field shown. */
  lookupListKey?: string;
  lookupField?: string;
}

/** Site-level groups of people; the schema maps each to rights per list. */
export type Audience = 'owners' | 'handlers' | 'followUp' | 'members' | 'visitors';

/** Permission levels defined by the solution (names are what a site owner sees). */
export type Access = 'full' | 'edit-all' | 'add-only' | 'read-all' | 'contribute-own' | 'read' | 'none';

export interface ListDef {
  /** Code name used by the data layer. */
  key: string;
  /** List title (Swedish) — the contract. */
  title: string;
  /** ASCII URL segment under Lists/. */
  url: string;
  description: string;
  /** Display name of the built-in Title column and whether it is required/unique/indexed. */
  titleField: { title: string; required: boolean; unique?: boolean; indexed?: boolean; maxLength?: number };
  fields: FieldDef[];
  /** Built-in columns that need an index because queries filter or sort on them (e.g. Author). */
  indexedBuiltIns: string[];
  /** SharePoint item-level permissions: 1 = all items, 2 = only own items (read); write 1 = all, 2 = own, 4 = none. */
  readSecurity: 1 | 2;
  writeSecurity: 1 | 2 | 4;
  /** Unique role assignments on the list: audience -> access. */
  access: Record<Audience, Access>;
  /** Fields shown in the default view, in order. */
  viewFields: string[];
  /** Whether the seed import fills this list when it is empty. */
  seeded: boolean;
}

export interface GroupDef {
  audience: Audience;
  /** Site group title. `owners`, `members` and `visitors` map to the site's associated groups when it has them. */
  title: string;
  description: string;
}

export interface RoleDef {
  access: Access;
  /** Permission level name in SharePoint. */
  name: string;
  description: string;
  /** SharePoint PermissionKind values the level holds. */
  permissions: number[];
}
