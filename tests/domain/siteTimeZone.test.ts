// Date-only values on a site's own clock. SharePoint keeps midnight of the date in the site's time
// zone (https://github.com/pnp/pnpjs/issues/1890: a US Central site answers T05:00:00Z in summer,
// T06:00:00Z in winter); the site's zone comes from web/RegionalSettings/TimeZone.
import { isOnSwedishTime, siteDateInstant, siteDateOf, SiteTimeZone, STOCKHOLM_SITE_ZONE } from '../../src/domain/time';

const PACIFIC: SiteTimeZone = { id: 13, description: '(UTC-08:00) Pacific Time (US and Canada)', standardOffsetMinutes: -480, daylightExtraMinutes: 60 };
const CENTRAL: SiteTimeZone = { id: 11, description: '(UTC-06:00) Central Time (US and Canada)', standardOffsetMinutes: -360, daylightExtraMinutes: 60 };
const TOKYO: SiteTimeZone = { id: 20, description: '(UTC+09:00) Osaka, Sapporo, Tokyo', standardOffsetMinutes: 540, daylightExtraMinutes: 0 };
const UTC: SiteTimeZone = { id: 93, description: '(UTC) Coordinated Universal Time', standardOffsetMinutes: 0, daylightExtraMinutes: 0 };

test('a Stockholm site stores exact Swedish midnight, summer and winter', () => {
  expect(siteDateInstant('2026-03-01', STOCKHOLM_SITE_ZONE).toISOString()).toBe('2026-02-28T23:00:00.000Z');
  expect(siteDateInstant('2026-07-01', STOCKHOLM_SITE_ZONE).toISOString()).toBe('2026-06-30T22:00:00.000Z');
  expect(siteDateOf(new Date('2026-06-30T22:00:00Z'), STOCKHOLM_SITE_ZONE)).toBe('2026-07-01');
});

test('what SharePoint returns for a US Central site reads as the same day in both seasons', () => {
  expect(siteDateOf(new Date('2021-09-19T05:00:00Z'), CENTRAL)).toBe('2021-09-19');
  expect(siteDateOf(new Date('2021-12-19T06:00:00Z'), CENTRAL)).toBe('2021-12-19');
});

test('every date written on a site is read back as itself, across a year and DST changes', () => {
  for (const zone of [STOCKHOLM_SITE_ZONE, PACIFIC, CENTRAL, TOKYO, UTC]) {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 24 * 3600 * 1000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const written = siteDateInstant(day, zone);
      expect({ zone: zone.id, day, read: siteDateOf(written, zone) }).toEqual({ zone: zone.id, day, read: day });
      if (isOnSwedishTime(zone)) continue;
      // Elsewhere standard-time midnight is written; SharePoint may keep local midnight, an hour earlier in summer.
      const summerMidnight = new Date(written.getTime() - zone.daylightExtraMinutes * 60000);
      expect({ zone: zone.id, day, read: siteDateOf(summerMidnight, zone) }).toEqual({ zone: zone.id, day, read: day });
    }
  }
});

test('only the zones on Swedish clocks count as Swedish time', () => {
  expect(isOnSwedishTime(STOCKHOLM_SITE_ZONE)).toBe(true);
  expect(isOnSwedishTime(PACIFIC)).toBe(false);
  expect(isOnSwedishTime(UTC)).toBe(false);
});

test('a date that does not exist is refused with a clear error', () => {
  expect(() => siteDateInstant('2026-02-30', PACIFIC)).toThrow(/inte ett giltigt datum/);
});
