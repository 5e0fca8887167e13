// The site's regional time zone and the tenant-wide default list site, as SharePoint serves them.
//
// Sources:
// - Date-only columns hold midnight of the date in the site's time zone, answered in UTC: a US
//   Central site returns "YYYY-MM-DDT05:00:00Z" / "T06:00:00Z" (https://github.com/pnp/pnpjs/issues/1890);
//   read as UTC elsewhere they come out a day early (https://github.com/SharePoint/sp-dev-docs/issues/6083,
//   answered with GET /_api/web/RegionalSettings/TimeZone and its Information biases).
// - TimeZone ids and biases: TIMEZONE.XML, e.g. ID 13 Pacific, Bias 480, daylight Bias -60
//   (https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ms440259(v=office.14));
//   4 = Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna; 93 = UTC
//   (https://github.com/pnp/PnP-Sites-Core/blob/master/Core/OfficeDevPnP.Core/Enums/TimeZone.cs).
// - Tenant properties: GET _api/web/GetStorageEntity('key') from any web answers
//   {Comment, Description, Value} (https://learn.microsoft.com/en-us/sharepoint/dev/spfx/tenant-properties);
//   a key nobody set answers {"odata.null": true} (pnp/cli-microsoft365,
//   src/m365/spo/commands/storageentity/storageentity-get.spec.ts).
import '@pnp/sp/webs';
import { SPQueryable } from '@pnp/sp';
import { createServices } from '../../src/apps/shared/services';
import { createOrder } from '../../src/domain/cascade';
import { areaOrderingProblem } from '../../src/domain/orderability';
import { Catalogue, OrderRequest } from '../../src/domain/types';
import { provisionSite } from '../../src/data/provisioning';
import { LIST_SITE_PROPERTY, SpSiteSettings } from '../../src/data/siteSettings';
import { Emulator, startEmulator } from '../support/emulator';

jest.setTimeout(120000);

function request(catalogue: Catalogue, periodFrom: string, periodTo: string): OrderRequest {
  const area = catalogue.areas.find((a) => areaOrderingProblem(a.key, catalogue) === null)!;
  return {
    organisationKey: catalogue.organisations.find((o) => o.active)!.key,
    unit: 'Enheten',
    contactName: 'Vera Viklund',
    contactEmail: 'vera@region.example',
    contactPhone: '',
    invoiceReference: 'KST 1',
    areaKey: area.key,
    trainingAreaKeys: [],
    courseKey: '',
    need: 'Grunderna.',
    targetGroup: 'Nya chefer',
    participants: 5,
    format: 'Digital',
    periodFrom,
    periodTo,
    place: '',
    adaptations: [],
    adaptationsOther: '',
    otherInfo: ''
  };
}

describe('a site on Stockholm time (the default)', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(async () => {
    await emu?.stop();
  });

  test('web/RegionalSettings/TimeZone answers the Stockholm zone', async () => {
    const zone = await SPQueryable(emu.sp('vera').web, 'RegionalSettings/TimeZone')();
    expect(zone).toMatchObject({ Id: 4, Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 } });
    expect(await new SpSiteSettings(emu.sp('vera')).timeZone()).toMatchObject({ id: 4, standardOffsetMinutes: 60, daylightExtraMinutes: 60 });
  });

  test('a tenant property nobody set is odata.null, and the data layer reads it as no default', async () => {
    const entity = await SPQueryable(emu.sp('vera').web, `GetStorageEntity('${LIST_SITE_PROPERTY}')`)();
    expect(entity).toEqual({ 'odata.null': true });
    expect(await new SpSiteSettings(emu.sp('vera')).listSiteDefault()).toBe('');
  });

  test('setup does not warn about the time zone', async () => {
    const report = await provisionSite(emu.sp('lars'));
    expect(report.warnings.filter((w) => /tidszon/i.test(w))).toEqual([]);
  });
});

describe('a site on Pacific time, in a tenant with the list site set', () => {
  let emu: Emulator;
  const LIST_SITE = 'https://region.sharepoint.com/sites/utbildning';
  beforeAll(async () => {
    emu = await startEmulator({ env: { WORKBENCH_TIME_ZONE: 'America/Los_Angeles', WORKBENCH_TENANT_PROPERTIES: JSON.stringify({ [LIST_SITE_PROPERTY]: LIST_SITE }) } });
  });
  afterAll(async () => {
    await emu?.stop();
  });

  test('web/RegionalSettings/TimeZone answers Pacific time', async () => {
    const zone = await SPQueryable(emu.sp('anna').web, 'RegionalSettings/TimeZone')();
    expect(zone).toMatchObject({ Id: 13, Information: { Bias: 480, DaylightBias: -60, StandardBias: 0 } });
  });

  test('GetStorageEntity answers the tenant property from any web; the data layer returns it', async () => {
    const entity = await SPQueryable(emu.sp('anna').web, `GetStorageEntity('${LIST_SITE_PROPERTY}')`)();
    expect(entity).toMatchObject({ Value: LIST_SITE, Comment: null, Description: null });
    expect(await new SpSiteSettings(emu.sp('anna')).listSiteDefault()).toBe(LIST_SITE);
  });

  test('a wished period and start date round-trip to the same calendar days (winter and summer)', async () => {
    const services = createServices(emu.sp('anna'));
    const catalogue = await services.catalogue.load();
    const user = await services.user.currentUser();
    const year = new Date().getFullYear() + 1;
    for (const [from, to] of [
      [`${year}-01-15`, `${year}-02-28`],
      [`${year}-07-01`, `${year}-08-31`]
    ]) {
      const { order } = createOrder(request(catalogue, from, to), catalogue, { now: new Date(), user: user.title, requestKey: `tz-${from}-${Date.now()}`, reference: '' });
      const stored = await services.orders.submit({ ...order, startDate: to });
      const again = await services.orders.getById(stored.id);
      expect({ from: again!.order.periodFrom, to: again!.order.periodTo, start: again!.order.startDate }).toEqual({ from, to, start: to });
      // And as SharePoint holds it: midnight Pacific time.
      const raw = await emu.sp('lars').web.lists.getByTitle('Avrop').items.getById(stored.id).select('PeriodFrom')();
      const offset = from.slice(5, 7) === '07' ? 7 : 8;
      expect(raw.PeriodFrom).toBe(`${from}T0${offset}:00:00Z`);
    }
  });

  test('setup warns that the site is not on Stockholm time', async () => {
    const report = await provisionSite(emu.sp('lars'));
    expect(report.warnings.some((w) => /tidszon/i.test(w) && /Pacific/.test(w))).toBe(true);
  });
});
