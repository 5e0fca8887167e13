// listRightsOf with SharePoint Online's own permission level masks (as `roledefinitions` answers
// them on a new site). Under "read/edit only own items" only Override List Behaviors reaches
// other people's items: Design and Full Control have it, Edit (the site Members' level, with
// Manage Lists) does not.
// https://learn.microsoft.com/en-us/sharepoint/technical-reference/user-permissions-and-permission-levels
// https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels
import { hasPermission } from '../../src/data/permissions';
import { listRightsOf } from '../../src/data/userContext';
import { PermissionKind } from '../../src/schema/permissions';

const EDIT = { High: '432', Low: '1011030767' };
const DESIGN = { High: '432', Low: '1012866047' };
const CONTRIBUTE = { High: '432', Low: '1011028719' };
const FULL = { High: '2147483647', Low: '4294967295' };

test('the masks are what the test says they are', () => {
  expect(hasPermission(EDIT, PermissionKind.ManageLists)).toBe(true);
  expect(hasPermission(EDIT, PermissionKind.CancelCheckout)).toBe(false);
  expect(hasPermission(DESIGN, PermissionKind.CancelCheckout)).toBe(true);
  expect(hasPermission(CONTRIBUTE, PermissionKind.ManageLists)).toBe(false);
});

test('Edit (Manage Lists) on an own-items list reads and edits only its own items', () => {
  expect(listRightsOf(EDIT, 2, 2)).toEqual({ canRead: true, canAdd: true, canReadAll: false, canEditAll: false });
});

test('Design and Full Control (Override List Behaviors) read and edit everything', () => {
  expect(listRightsOf(DESIGN, 2, 2)).toEqual({ canRead: true, canAdd: true, canReadAll: true, canEditAll: true });
  expect(listRightsOf(FULL, 2, 2)).toEqual({ canRead: true, canAdd: true, canReadAll: true, canEditAll: true });
});

test('without item-level security any reader reads all', () => {
  expect(listRightsOf(CONTRIBUTE, 1, 1)).toEqual({ canRead: true, canAdd: true, canReadAll: true, canEditAll: true });
});
