import { DomainError, formatReference, isReference, nextReference, parseReference } from '../../src/domain';

describe('formatReference', () => {
  it('pads the serial to four digits and grows beyond that when needed', () => {
    expect(formatReference(2026, 1)).toBe('AVR-2026-0001');
    expect(formatReference(2026, 42)).toBe('AVR-2026-0042');
    expect(formatReference(2026, 9999)).toBe('AVR-2026-9999');
    expect(formatReference(2026, 10000)).toBe('AVR-2026-10000');
    expect(formatReference(2027, 123456)).toBe('AVR-2027-123456');
  });

  it.each([
    [2026, 0],
    [2026, -3],
    [2026, 1.5],
    [2026, NaN],
    [26, 1],
    [20260, 1],
    [2026.5, 1]
  ])('refuses year %p, serial %p', (year, n) => {
    expect(() => formatReference(year, n)).toThrow(DomainError);
  });
});

describe('parseReference and isReference', () => {
  it('reads the stored form', () => {
    expect(parseReference('AVR-2026-0042')).toEqual({ year: 2026, number: 42 });
    expect(parseReference('AVR-2026-10000')).toEqual({ year: 2026, number: 10000 });
  });

  it('accepts surrounding spaces and lower case typed by a person', () => {
    expect(parseReference('  avr-2026-0042 ')).toEqual({ year: 2026, number: 42 });
  });

  it.each(['AVR-2026-42', 'AVR-2026-00042', 'AVR-2026-0000', 'AVR-26-0001', 'AVR-2026-0001-1', 'AVR20260001', 'ABC-2026-0001', '', '2026-0001'])(
    'rejects %p',
    (value) => {
      expect(parseReference(value)).toBeNull();
      expect(isReference(value)).toBe(false);
    }
  );

  it('isReference accepts only the exact stored form', () => {
    expect(isReference('AVR-2026-0001')).toBe(true);
    expect(isReference('avr-2026-0001')).toBe(false);
    expect(isReference(' AVR-2026-0001')).toBe(false);
  });

  it('round-trips', () => {
    for (const n of [1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 54321, 999999]) {
      const ref = formatReference(2031, n);
      expect(parseReference(ref)).toEqual({ year: 2031, number: n });
      expect(isReference(ref)).toBe(true);
    }
  });
});

describe('nextReference', () => {
  it('continues after the highest serial of the same year', () => {
    expect(nextReference(2026, ['AVR-2026-0001', 'AVR-2026-0007', 'AVR-2025-0099', 'skräp'])).toBe('AVR-2026-0008');
    expect(nextReference(2026, ['AVR-2026-9999'])).toBe('AVR-2026-10000');
  });

  it('starts at 0001 in a new year', () => {
    expect(nextReference(2027, ['AVR-2026-0123'])).toBe('AVR-2027-0001');
    expect(nextReference(2027, [])).toBe('AVR-2027-0001');
  });
});
