// Tenant- and site-wide settings the emulated SharePoint answers for: the site's regional time
// zone (web/RegionalSettings/TimeZone) and tenant properties (web/GetStorageEntity('key')).
// Both come from the environment the workbench starts in, so that a test can run on a site that
// is not on Stockholm time or in a tenant that has the list site set.

/**
 * SharePoint's ids and names for the zones the emulator offers (TIMEZONE.XML ids, as in PnP's
 * TimeZone enum: https://github.com/pnp/PnP-Sites-Core/blob/master/Core/OfficeDevPnP.Core/Enums/TimeZone.cs).
 */
const SHAREPOINT_ZONES: Record<string, { id: number; description: string }> = {
  'Europe/Stockholm': { id: 4, description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna' },
  'Europe/London': { id: 2, description: '(UTC) Dublin, Edinburgh, Lisbon, London' },
  'America/Los_Angeles': { id: 13, description: '(UTC-08:00) Pacific Time (US and Canada)' },
  'Asia/Tokyo': { id: 20, description: '(UTC+09:00) Osaka, Sapporo, Tokyo' },
  UTC: { id: 93, description: '(UTC) Coordinated Universal Time' }
};

/** IANA name of the site's zone: WORKBENCH_TIME_ZONE, else Stockholm. */
export function siteTimeZoneName(env: Record<string, string | undefined> = process.env): string {
  const name = (env.WORKBENCH_TIME_ZONE ?? '').trim() || 'Europe/Stockholm';
  if (!SHAREPOINT_ZONES[name]) {
    throw new Error(`WORKBENCH_TIME_ZONE=${name} stöds inte. Välj en av: ${Object.keys(SHAREPOINT_ZONES).join(', ')}.`);
  }
  return name;
}

function offsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Math.round((Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - at.getTime()) / 60000);
}

/**
 * SP.TimeZone as `web/RegionalSettings/TimeZone` answers it. Information holds Windows-style
 * biases (UTC = local + Bias + StandardBias, or + DaylightBias in summer), e.g. Pacific has
 * Bias 480, DaylightBias -60 (https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ms440259(v=office.14)).
 */
export function timeZoneJson(siteUrl: string, zone = siteTimeZoneName()): Record<string, unknown> {
  const { id, description } = SHAREPOINT_ZONES[zone];
  const year = new Date().getUTCFullYear();
  const january = offsetMinutes(zone, new Date(Date.UTC(year, 0, 15)));
  const july = offsetMinutes(zone, new Date(Date.UTC(year, 6, 15)));
  const standard = Math.min(january, july);
  return {
    'odata.type': 'SP.TimeZone',
    'odata.id': `${siteUrl}/_api/web/RegionalSettings/TimeZone`,
    'odata.editLink': 'web/RegionalSettings/TimeZone',
    Description: description,
    Id: id,
    Information: { Bias: -standard, DaylightBias: -(Math.max(january, july) - standard), StandardBias: 0 }
  };
}

/** Tenant properties from WORKBENCH_TENANT_PROPERTIES, a JSON object of key -> value. */
export function storageEntityJson(siteUrl: string, key: string, env: Record<string, string | undefined> = process.env): Record<string, unknown> {
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(env.WORKBENCH_TENANT_PROPERTIES || '{}') as Record<string, unknown>;
  } catch {
    throw new Error('WORKBENCH_TENANT_PROPERTIES är inte giltig JSON.');
  }
  if (!Object.prototype.hasOwnProperty.call(all, key)) {
    // As SharePoint answers for a key nobody set (pnp/cli-microsoft365, storageentity-get.spec.ts).
    return { 'odata.null': true };
  }
  return {
    'odata.type': 'Microsoft.SharePoint.ClientSideComponent.StorageEntity',
    'odata.id': `${siteUrl}/_api/web/GetStorageEntity('${key}')`,
    'odata.editLink': `web/GetStorageEntity('${key}')`,
    Comment: null,
    Description: null,
    Value: String(all[key])
  };
}
