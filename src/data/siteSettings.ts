// Settings that come from SharePoint rather than from a web part's properties: the site's regional
// time zone (what date-only columns store) and the tenant-wide default site of the lists (a
// tenant property, for hosts without a property pane such as a Teams personal app).
import { SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import { SiteTimeZone, STOCKHOLM_SITE_ZONE } from '../domain/time';
import { FirstReadBatch, takePrimed } from './firstReads';
import { LIST_SITE_PROPERTY, siteUrlFrom } from './siteUrl';

export { LIST_SITE_PROPERTY, siteUrlFrom } from './siteUrl';

interface TimeZoneJson {
  Id?: number;
  Description?: string;
  /** Windows-style biases in minutes: UTC = local + Bias + StandardBias (or + DaylightBias in summer). */
  Information?: { Bias?: number; StandardBias?: number; DaylightBias?: number };
}

export interface SiteSettings {
  /** The site's regional time zone. */
  timeZone(): Promise<SiteTimeZone>;
  /** The tenant-wide list site URL, '' when nobody set it. */
  listSiteDefault(): Promise<string>;
}

export function siteTimeZoneOf(json: TimeZoneJson): SiteTimeZone {
  const info = json.Information ?? {};
  const bias = Number(info.Bias ?? 0) + Number(info.StandardBias ?? 0);
  const daylight = Number(info.Bias ?? 0) + Number(info.DaylightBias ?? 0);
  if (typeof json.Id !== 'number' || !Number.isFinite(bias) || !Number.isFinite(daylight)) return STOCKHOLM_SITE_ZONE;
  return { id: json.Id, description: json.Description ?? '', standardOffsetMinutes: 0 - bias, daylightExtraMinutes: bias - daylight };
}

export class SpSiteSettings implements SiteSettings {
  private zone: Promise<SiteTimeZone> | undefined;
  private primedListSite: Promise<string> | undefined;

  constructor(private readonly sp: SPFI) {}

  /**
   * The time zone, and with `listSite` the tenant property, asked in a screen's first $batch. The
   * property is a GET on any web (https://learn.microsoft.com/en-us/sharepoint/dev/spfx/tenant-properties),
   * so it needs no round trip of its own before the reads it may redirect.
   */
  prime(batch: FirstReadBatch, listSite: boolean): { listSite?: Promise<string> } {
    if (!this.zone) this.zone = this.cacheZone(batch.part(this.readZone(batch.sp)).catch(() => this.readZone(this.sp)));
    if (!listSite) return {};
    this.primedListSite = batch.part(this.readListSite(batch.sp));
    return { listSite: this.primedListSite.catch(() => '') };
  }

  timeZone(): Promise<SiteTimeZone> {
    if (!this.zone) this.zone = this.cacheZone(this.readZone(this.sp));
    return this.zone;
  }

  private readZone(sp: SPFI): Promise<SiteTimeZone> {
    return SPQueryable(sp.web, 'RegionalSettings/TimeZone')
      .select('Id', 'Description', 'Information')()
      .then((json: TimeZoneJson) => siteTimeZoneOf(json));
  }

  /** A failed read must not stick: the next caller asks again. */
  private cacheZone(reading: Promise<SiteTimeZone>): Promise<SiteTimeZone> {
    reading.catch(() => {
      if (this.zone === reading) this.zone = undefined;
    });
    return reading;
  }

  listSiteDefault(): Promise<string> {
    const primed = this.primedListSite;
    this.primedListSite = undefined;
    return takePrimed(primed, () => this.readListSite(this.sp));
  }

  private async readListSite(sp: SPFI): Promise<string> {
    const entity: { Value?: unknown; 'odata.null'?: boolean } = await SPQueryable(sp.web, `GetStorageEntity('${LIST_SITE_PROPERTY}')`)();
    return entity && !entity['odata.null'] ? siteUrlFrom(entity.Value) : '';
  }
}
