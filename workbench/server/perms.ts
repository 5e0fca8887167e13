// SharePoint base permission masks. Kind k is bit (k - 1): kinds 1..32 live in Low, 33..64 in High.
// Masks are kept as two unsigned 32-bit numbers.

export interface Mask {
  high: number;
  low: number;
}

export const Kind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  CancelCheckout: 9,
  ManageLists: 12,
  Open: 17,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  EnumeratePermissions: 63,
  FullMask: 65
} as const;

/**
 * Who reads and edits other people's items on a list with "read/edit only own items"
 * (ReadSecurity/WriteSecurity 2): only holders of Override List Behaviors (CancelCheckout), which
 * Design and Full Control include. Manage Lists (Edit, the site Members' level) does not.
 * Site collection admins get the full mask, so they pass too.
 * https://learn.microsoft.com/en-us/sharepoint/technical-reference/user-permissions-and-permission-levels
 */
export function bypassesItemSecurity(mask: Mask): boolean {
  return has(mask, Kind.CancelCheckout);
}

export const EMPTY: Mask = { high: 0, low: 0 };
export const FULL: Mask = { high: 2147483647, low: 4294967295 };

export function union(a: Mask, b: Mask): Mask {
  return { high: (a.high | b.high) >>> 0, low: (a.low | b.low) >>> 0 };
}

export function has(mask: Mask, kind: number): boolean {
  if (kind === Kind.FullMask) return mask.high === FULL.high && mask.low === FULL.low;
  if (kind < 1 || kind > 64) return false;
  if (kind <= 32) return ((mask.low >>> (kind - 1)) & 1) === 1;
  return ((mask.high >>> (kind - 33)) & 1) === 1;
}

export function parseMask(value: { High?: unknown; Low?: unknown } | undefined): Mask {
  const high = Number(value?.High ?? 0);
  const low = Number(value?.Low ?? 0);
  if (!Number.isFinite(high) || !Number.isFinite(low) || high < 0 || low < 0 || high > 4294967295 || low > 4294967295) {
    throw new Error('Invalid BasePermissions');
  }
  return { high: high >>> 0, low: low >>> 0 };
}

export function maskJson(mask: Mask): { 'odata.type': string; High: string; Low: string } {
  return { 'odata.type': 'SP.BasePermissions', High: String(mask.high), Low: String(mask.low) };
}

/** The built-in permission levels of a Swedish SharePoint Online site, with SharePoint's ids and masks. */
export const BUILTIN_ROLE_DEFINITIONS = [
  { id: 1073741829, name: 'Fullständig behörighet', description: 'Har fullständig behörighet.', roleTypeKind: 5, mask: FULL, order: 1, hidden: false },
  { id: 1073741828, name: 'Design', description: 'Kan visa, lägga till, uppdatera, ta bort, godkänna och anpassa.', roleTypeKind: 4, mask: { high: 432, low: 1012866047 }, order: 32, hidden: false },
  { id: 1073741830, name: 'Redigera', description: 'Kan lägga till, redigera och ta bort listor; kan visa, lägga till, uppdatera och ta bort listobjekt och dokument.', roleTypeKind: 6, mask: { high: 432, low: 1011030767 }, order: 48, hidden: false },
  { id: 1073741827, name: 'Bidra', description: 'Kan visa, lägga till, uppdatera och ta bort listobjekt och dokument.', roleTypeKind: 3, mask: { high: 432, low: 1011028719 }, order: 64, hidden: false },
  { id: 1073741826, name: 'Läsa', description: 'Kan visa sidor och listobjekt och hämta dokument.', roleTypeKind: 2, mask: { high: 176, low: 138612833 }, order: 128, hidden: false },
  { id: 1073741825, name: 'Begränsad åtkomst', description: 'Kan visa specifika listor, dokumentbibliotek, listobjekt, mappar eller dokument när behörighet har tilldelats.', roleTypeKind: 1, mask: { high: 48, low: 134287360 }, order: 160, hidden: true }
];
