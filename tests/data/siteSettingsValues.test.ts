// What the data layer makes of the answers of web/RegionalSettings/TimeZone and
// web/GetStorageEntity: anyone with access to the tenant app catalog can write the tenant
// property, so only a site address is taken from it.
import { siteTimeZoneOf, siteUrlFrom } from '../../src/data/siteSettings';
import { STOCKHOLM_SITE_ZONE } from '../../src/domain/time';

test('Windows-style biases become offsets: Stockholm, Pacific, UTC', () => {
  expect(siteTimeZoneOf({ Id: 4, Description: 'Stockholm', Information: { Bias: -60, StandardBias: 0, DaylightBias: -60 } })).toEqual({ id: 4, description: 'Stockholm', standardOffsetMinutes: 60, daylightExtraMinutes: 60 });
  expect(siteTimeZoneOf({ Id: 13, Description: 'Pacific', Information: { Bias: 480, StandardBias: 0, DaylightBias: -60 } })).toMatchObject({ standardOffsetMinutes: -480, daylightExtraMinutes: 60 });
  expect(siteTimeZoneOf({ Id: 93, Description: 'UTC', Information: { Bias: 0, StandardBias: 0, DaylightBias: 0 } })).toMatchObject({ standardOffsetMinutes: 0, daylightExtraMinutes: 0 });
});

test('an answer without an id is read as Stockholm time', () => {
  expect(siteTimeZoneOf({})).toEqual(STOCKHOLM_SITE_ZONE);
});

test('the list site must be an https address (or the local workbench); anything else is no default', () => {
  expect(siteUrlFrom(' https://region.sharepoint.com/sites/utbildning/ ')).toBe('https://region.sharepoint.com/sites/utbildning');
  expect(siteUrlFrom('http://localhost:4000/sites/utbildning')).toBe('http://localhost:4000/sites/utbildning');
  for (const bad of ['javascript:alert(1)', 'http://evil.example/sites/x', '/sites/utbildning', 'https://a b', '', 42, null]) {
    expect({ bad, url: siteUrlFrom(bad) }).toEqual({ bad, url: '' });
  }
});
