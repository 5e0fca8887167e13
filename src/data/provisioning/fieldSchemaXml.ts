// CAML field definitions for createfieldasxml. Name/StaticName fix the internal name (with the
// AddFieldInternalNameHint option), DisplayName is the Swedish title people see.
import { FieldDef } from '../../schema/types';

/** SP.AddFieldOptions: AddToAllContentTypes (4) | AddFieldInternalNameHint (8). */
export const ADD_FIELD_OPTIONS = 12;

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const TRUE_FALSE = (value: boolean): string => (value ? 'TRUE' : 'FALSE');

/**
 * `lookupListId` gives the id (GUID) of the list a lookup points at. Integer columns become
 * Number with no decimals: SharePoint's own Integer type is meant for system columns.
 */
export function fieldSchemaXml(field: FieldDef, lookupListId?: (listKey: string) => string | undefined): string {
  const attributes: Array<[string, string]> = [];
  const children: string[] = [];
  const type = field.type === 'Integer' ? 'Number' : field.type;
  attributes.push(['Type', type], ['Name', field.internalName], ['StaticName', field.internalName], ['DisplayName', field.title]);
  if (field.description) attributes.push(['Description', field.description]);
  attributes.push(['Required', TRUE_FALSE(!!field.required)]);
  if (field.unique) attributes.push(['EnforceUniqueValues', 'TRUE']);
  if (field.indexed || field.unique) attributes.push(['Indexed', 'TRUE']);
  switch (field.type) {
    case 'Text':
      if (field.maxLength !== undefined) attributes.push(['MaxLength', String(field.maxLength)]);
      break;
    case 'Note':
      attributes.push(['NumLines', '6'], ['RichText', 'FALSE'], ['RichTextMode', 'Compatible']);
      if (field.maxLength !== undefined) attributes.push(['MaxLength', String(field.maxLength)]);
      break;
    case 'Integer':
      attributes.push(['Decimals', '0']);
      break;
    case 'DateTime':
      attributes.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
      break;
    case 'Choice':
      attributes.push(['Format', 'Dropdown'], ['FillInChoice', 'FALSE']);
      break;
    case 'MultiChoice':
      attributes.push(['FillInChoice', 'FALSE']);
      break;
    case 'Lookup': {
      const listId = field.lookupListKey ? lookupListId?.(field.lookupListKey) : undefined;
      if (!listId) throw new Error(`Listan som fältet ${field.internalName} pekar på (${field.lookupListKey ?? '?'}) finns inte.`);
      attributes.push(['List', `{${listId.replace(/[{}]/g, '')}}`], ['ShowField', field.lookupField ?? 'Title']);
      break;
    }
    default:
      break;
  }
  if (field.type === 'Integer' || field.type === 'Number') {
    if (field.min !== undefined) attributes.push(['Min', String(field.min)]);
    if (field.max !== undefined) attributes.push(['Max', String(field.max)]);
  }
  if (field.choices) {
    // An empty choice means "no value", which is what an empty choice column already is.
    const choices = field.choices.filter((choice) => choice !== '');
    children.push(`<CHOICES>${choices.map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('')}</CHOICES>`);
  }
  if (field.defaultValue !== undefined) children.push(`<Default>${escapeXml(field.defaultValue)}</Default>`);
  const head = `<Field ${attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}`;
  return children.length ? `${head}>${children.join('')}</Field>` : `${head} />`;
}
