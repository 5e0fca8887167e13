// SharePoint stores a REST add that leaves a required column empty: it enforces "Require that this
// column contains information" in its own forms only (https://github.com/SharePoint/PnP-JS-Core/issues/376).
// So the data layer refuses an incomplete row itself, before anything is written, by the
// schema's required flags.
import { FieldDef, ListDef } from '../schema/types';
import { SpItem } from './mapping/values';

/** A row the schema calls incomplete; nothing was written. `fields` holds the internal names. */
export class IncompleteItemError extends Error {
  readonly listTitle: string;
  readonly fields: string[];
  constructor(def: ListDef, fields: string[]) {
    const titles = fields.map((name) => (name === 'Title' ? def.titleField.title : def.fields.find((f) => f.internalName === name)?.title ?? name));
    super(`Uppgifter saknas, så inget sparades i ${def.title}: ${titles.join(', ')}. Fyll i dem och försök igen. (Required values are missing: ${fields.join(', ')}.)`);
    this.name = 'IncompleteItemError';
    this.listTitle = def.title;
    this.fields = fields;
    Object.setPrototypeOf(this, IncompleteItemError.prototype);
  }
}

/** The body property a column is written through: lookups as <Name>Id. */
function propertyOf(field: FieldDef): string {
  return field.type === 'Lookup' ? `${field.internalName}Id` : field.internalName;
}

function isEmpty(field: FieldDef | undefined, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  // SharePoint reads lookup id 0 (and -1) as "no item".
  if (field?.type === 'Lookup') return typeof value !== 'number' || value <= 0;
  if (typeof value === 'number') return !Number.isFinite(value);
  return false;
}

/** Internal names of the required columns `body` leaves empty, Title first. */
export function missingRequired(def: ListDef, body: SpItem): string[] {
  const missing: string[] = [];
  if (def.titleField.required && isEmpty(undefined, body.Title)) missing.push('Title');
  for (const field of def.fields) {
    const value = body[propertyOf(field)];
    // Left out, a column with a default gets it from SharePoint; sent empty, it stays empty.
    if (value === undefined && field.defaultValue !== undefined) continue;
    if (field.required && isEmpty(field, value)) missing.push(field.internalName);
  }
  return missing;
}

/** Throws IncompleteItemError when a new row for `def` lacks a required value. */
export function requireComplete(def: ListDef, body: SpItem): void {
  const missing = missingRequired(def, body);
  if (missing.length > 0) throw new IncompleteItemError(def, missing);
}
