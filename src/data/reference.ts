// Order references are allocated from the list item id, which SharePoint makes unique for us:
// the order is added under a provisional title, then given `formatReference(year, id)`.
export { formatReference } from '../domain/reference';

/** Title an order carries between its add and the write of its reference (unique per request key). */
export function provisionalReference(requestKey: string): string {
  return `NY-${requestKey.slice(0, 12)}`;
}

export function isProvisionalReference(title: string): boolean {
  return title.startsWith('NY-');
}
