import {
  DomainError,
  formatSwedishDate,
  formatSwedishDateTime,
  fromStockholmLocal,
  parseInstant,
  startOfStockholmDay,
  stockholmDate,
  stockholmOffsetMinutes,
  stockholmTime,
  summerTimeEnd,
  summerTimeStart,
  toStockholmParts
} from '../../src/domain';

const utc = (iso: string): Date => new Date(iso);

describe('summer time switches (EU rule)', () => {
  it.each([
    [2024, '2024-03-31T01:00:00.000Z', '2024-10-27T01:00:00.000Z'],
    [2025, '2025-03-30T01:00:00.000Z', '2025-10-26T01:00:00.000Z'],
    [2026, '2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z'],
    [2027, '2027-03-28T01:00:00.000Z', '2027-10-31T01:00:00.000Z']
  ])('%i: from %s to %s', (year, start, end) => {
    expect(summerTimeStart(year).toISOString()).toBe(start);
    expect(summerTimeEnd(year).toISOString()).toBe(end);
  });

  it('jumps from 01:59:59 to 03:00 in spring', () => {
    expect(toStockholmParts(utc('2026-03-29T00:59:59Z'))).toMatchObject({ day: 29, hour: 1, minute: 59, second: 59, offsetMinutes: 60 });
    expect(toStockholmParts(utc('2026-03-29T01:00:00Z'))).toMatchObject({ day: 29, hour: 3, minute: 0, offsetMinutes: 120 });
  });

  it('repeats the hour 02:00–02:59 in autumn', () => {
    expect(toStockholmParts(utc('2026-10-25T00:30:00Z'))).toMatchObject({ hour: 2, minute: 30, offsetMinutes: 120 });
    expect(toStockholmParts(utc('2026-10-25T01:30:00Z'))).toMatchObject({ hour: 2, minute: 30, offsetMinutes: 60 });
    expect(stockholmOffsetMinutes(utc('2026-10-25T00:59:59.999Z'))).toBe(120);
    expect(stockholmOffsetMinutes(utc('2026-10-25T01:00:00Z'))).toBe(60);
  });
});

describe('toStockholmParts', () => {
  it('moves to the next Swedish day and year around midnight UTC', () => {
    expect(toStockholmParts(utc('2026-12-31T23:30:00Z'))).toEqual({
      year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0, millisecond: 0, weekday: 5, offsetMinutes: 60
    });
    expect(toStockholmParts(utc('2026-06-30T22:15:00Z'))).toMatchObject({ month: 7, day: 1, hour: 0, minute: 15, weekday: 3 });
  });

  it('refuses an invalid Date', () => {
    expect(() => toStockholmParts(new Date('nonsense'))).toThrow(DomainError);
  });
});

describe('fromStockholmLocal', () => {
  it('uses UTC+1 in winter and UTC+2 in summer', () => {
    expect(fromStockholmLocal(2026, 1, 15, 12, 0).toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(fromStockholmLocal(2026, 7, 1, 12, 0).toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(fromStockholmLocal(2026, 3, 29, 1, 59).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(fromStockholmLocal(2026, 3, 29, 3, 0).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('reads a time inside the spring gap as winter time (02:30 becomes 03:30)', () => {
    const d = fromStockholmLocal(2026, 3, 29, 2, 30);
    expect(d.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(stockholmTime(d)).toBe('03:30');
  });

  it('picks the first of the two 02:30 in autumn', () => {
    expect(fromStockholmLocal(2026, 10, 25, 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromStockholmLocal(2026, 10, 25, 3, 0).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('round-trips every hour of a year except the repeated autumn hour', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let t = start; t < Date.UTC(2027, 0, 1); t += 3600000) {
      const p = toStockholmParts(new Date(t));
      const back = fromStockholmLocal(p.year, p.month, p.day, p.hour, p.minute).getTime();
      if (t === Date.UTC(2026, 9, 25, 1)) expect(back).toBe(t - 3600000);
      else expect(back).toBe(t);
    }
  });

  it.each([
    [2026, 13, 1, 0, 0],
    [2026, 2, 29, 0, 0],
    [2026, 1, 1, 24, 0],
    [2026, 1, 1, 10, 60],
    [2026, 1, 1.5, 10, 0]
  ])('refuses %i-%i-%i %i:%i', (y, m, d, h, min) => {
    expect(() => fromStockholmLocal(y, m, d, h, min)).toThrow(DomainError);
  });

  it('gives the start of a Swedish day', () => {
    expect(startOfStockholmDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfStockholmDay('2026-01-01').toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });
});

describe('stockholmDate', () => {
  it('is the Swedish calendar date, not the UTC one', () => {
    expect(stockholmDate(utc('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(stockholmDate(utc('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(stockholmDate(utc('2026-01-31T23:00:00Z'))).toBe('2026-02-01');
  });
});

describe('parseInstant', () => {
  it('reads UTC, offsets and zone-less (Swedish) timestamps', () => {
    expect(parseInstant('2026-11-24T13:30:00.000Z')?.toISOString()).toBe('2026-11-24T13:30:00.000Z');
    expect(parseInstant('2026-11-24T14:30:00+01:00')?.toISOString()).toBe('2026-11-24T13:30:00.000Z');
    expect(parseInstant('2026-11-24T08:30:00-0500')?.toISOString()).toBe('2026-11-24T13:30:00.000Z');
    expect(parseInstant('2026-07-24 14:30')?.toISOString()).toBe('2026-07-24T12:30:00.000Z');
  });

  it('returns null for text that is not a timestamp', () => {
    for (const bad of ['', '2026-11-24', '2026-02-30T10:00Z', '2026-11-24T25:00Z', 'i morgon']) expect(parseInstant(bad)).toBeNull();
  });
});

describe('formatSwedishDateTime and formatSwedishDate', () => {
  it('writes "24 nov 2026 kl. 14:30" in Swedish time', () => {
    expect(formatSwedishDateTime('2026-11-24T13:30:00.000Z')).toBe('24 nov 2026 kl. 14:30');
    expect(formatSwedishDateTime('2026-06-01T06:05:00Z')).toBe('1 juni 2026 kl. 08:05');
    expect(formatSwedishDateTime(utc('2026-12-31T23:00:00Z'))).toBe('1 jan 2027 kl. 00:00');
  });

  it('uses Swedish month abbreviations', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatSwedishDate(`2026-${String(i + 1).padStart(2, '0')}-15`));
    expect(months).toEqual([
      '15 jan 2026', '15 feb 2026', '15 mars 2026', '15 apr 2026', '15 maj 2026', '15 juni 2026',
      '15 juli 2026', '15 aug 2026', '15 sep 2026', '15 okt 2026', '15 nov 2026', '15 dec 2026'
    ]);
  });

  it('shows a plain date as written and a timestamp as its Swedish date', () => {
    expect(formatSwedishDate('2026-03-01')).toBe('1 mars 2026');
    expect(formatSwedishDate('2026-03-01T23:30:00Z')).toBe('2 mars 2026');
    expect(formatSwedishDate(utc('2026-03-01T22:59:00Z'))).toBe('1 mars 2026');
  });

  it('shows empty as empty and leaves unreadable text alone', () => {
    expect(formatSwedishDateTime('')).toBe('');
    expect(formatSwedishDate('')).toBe('');
    expect(formatSwedishDateTime('snart')).toBe('snart');
    expect(formatSwedishDate('snart')).toBe('snart');
  });
});
