// The list site's address as a setting: which tenant property holds it and which values count.
// Kept apart from siteSettings.ts (PnPjs) so a web part's entry chunk can use it.

/**
 * The tenant property holding the URL of the site with the lists. Set in the tenant app catalog
 * by a SharePoint administrator (Set-PnPStorageEntity / m365 spo storageentity set); readable
 * from any site with GET _api/web/GetStorageEntity('key')
 * (https://learn.microsoft.com/en-us/sharepoint/dev/spfx/tenant-properties).
 */
export const LIST_SITE_PROPERTY = 'UtbildningsavropSiteUrl';

/** Only an absolute https URL (or the workbench's http://localhost) counts as a site address. */
export function siteUrlFrom(value: unknown): string {
  const text = typeof value === 'string' ? value.trim().replace(/\/+$/, '') : '';
  return /^https:\/\/[^\s/]+(\/\S*)?$/i.test(text) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/i.test(text) ? text : '';
}
