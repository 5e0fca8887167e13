import { addDays, addYears, daysBetween, DomainError, isoWeekday, isValidIsoDate, parseIsoDate } from '../../src/domain';

describe('calendar', () => {
  it('accepts real dates only', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-04-01', '2026-4-1', '2026-04-01T10:00', '', 'idag']) {
      expect(isValidIsoDate(bad)).toBe(false);
    }
    expect(isValidIsoDate(undefined)).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // across the DST weekend: still whole days
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-05-10', '2026-05-03')).toBe(-7);
  });

  it('gives ISO weekdays, Monday = 1', () => {
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(isoWeekday('2026-04-03')).toBe(5);
    expect(isoWeekday('2026-04-05')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('adds years, moving 29 February to 28 February', () => {
    expect(addYears('2026-03-02', 2)).toBe('2028-03-02');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('rejects invalid dates with a Swedish DomainError', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(DomainError);
    expect(() => addDays('2026-02-30', 1)).toThrow(/inte ett giltigt datum/);
  });
});
