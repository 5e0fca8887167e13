// Order references are the list item id, which SharePoint allocates once per item: the order is
// added under a provisional title, then given `formatReference(year, id)`. Nothing is looked up
// through a unique column (Avrop reads own items, which rules unique columns out): a reference
// leads back to its item by the id it holds.
import { parseReference } from '../domain/reference';

export { formatReference } from '../domain/reference';

/** Title an order carries between its add and the write of its reference. */
export function provisionalReference(requestKey: string): string {
  return `NY-${requestKey.slice(0, 12)}`;
}

export function isProvisionalReference(title: string): boolean {
  return title.startsWith('NY-');
}

/** The item id a reference was made from, or undefined when the text is no reference. */
export function referenceItemId(reference: string): number | undefined {
  return parseReference(reference)?.number;
}
