import { DomainError, easterSunday, holidayOn, isoWeekday, isWorkingDay, nextWorkingDay, swedishHolidays } from '../../src/domain';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2031, '2031-04-13'],
    [2032, '2032-03-28'],
    [2033, '2033-04-17'],
    [2034, '2034-04-09'],
    [2035, '2035-03-25'],
    [2036, '2036-04-13'],
    [2037, '2037-04-05'],
    [2038, '2038-04-25'],
    [2000, '2000-04-23'],
    [1943, '1943-04-25'],
    [1818, '1818-03-22'],
    [2285, '2285-03-22']
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const e = easterSunday(year);
      expect(isoWeekday(e)).toBe(7);
      expect(e.slice(5) >= '03-22' && e.slice(5) <= '04-25').toBe(true);
    }
  });

  it('refuses years it cannot compute', () => {
    for (const bad of [1500, 2026.5, NaN, 10000]) expect(() => easterSunday(bad)).toThrow(DomainError);
  });
});

describe('swedishHolidays', () => {
  it('lists the holidays and de facto days off of 2026 in date order', () => {
    expect(swedishHolidays(2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 Nyårsdagen',
      '2026-01-06 Trettondedag jul',
      '2026-04-03 Långfredagen',
      '2026-04-05 Påskdagen',
      '2026-04-06 Annandag påsk',
      '2026-05-01 Första maj',
      '2026-05-14 Kristi himmelsfärdsdag',
      '2026-05-24 Pingstdagen',
      '2026-06-06 Sveriges nationaldag',
      '2026-06-19 Midsommarafton',
      '2026-06-20 Midsommardagen',
      '2026-10-31 Alla helgons dag',
      '2026-12-24 Julafton',
      '2026-12-25 Juldagen',
      '2026-12-26 Annandag jul',
      '2026-12-31 Nyårsafton'
    ]);
  });

  it('marks julafton, midsommarafton and nyårsafton as de facto, not official', () => {
    const deFacto = swedishHolidays(2027).filter((h) => !h.official).map((h) => h.name);
    expect(deFacto).toEqual(['Midsommarafton', 'Julafton', 'Nyårsafton']);
  });

  it.each([
    [2024, '2024-06-21', '2024-11-02', '2024-05-09'],
    [2025, '2025-06-20', '2025-11-01', '2025-05-29'],
    [2026, '2026-06-19', '2026-10-31', '2026-05-14'],
    [2027, '2027-06-25', '2027-11-06', '2027-05-06']
  ])('%i: midsommarafton %s, alla helgons dag %s, Kristi himmelsfärd %s', (year, midsummerEve, allSaints, ascension) => {
    const byName = new Map(swedishHolidays(year).map((h) => [h.name, h.date]));
    expect(byName.get('Midsommarafton')).toBe(midsummerEve);
    expect(byName.get('Alla helgons dag')).toBe(allSaints);
    expect(byName.get('Kristi himmelsfärdsdag')).toBe(ascension);
  });

  it('puts the movable days on the right weekday in every year', () => {
    for (let year = 2000; year <= 2100; year++) {
      const byName = new Map(swedishHolidays(year).map((h) => [h.name, h.date]));
      const eve = byName.get('Midsommarafton') as string;
      expect(isoWeekday(eve)).toBe(5);
      expect(eve >= `${year}-06-19` && eve <= `${year}-06-25`).toBe(true);
      const day = byName.get('Midsommardagen') as string;
      expect(isoWeekday(day)).toBe(6);
      const saints = byName.get('Alla helgons dag') as string;
      expect(isoWeekday(saints)).toBe(6);
      expect(saints >= `${year}-10-31` && saints <= `${year}-11-06`).toBe(true);
      expect(isoWeekday(byName.get('Långfredagen') as string)).toBe(5);
      expect(isoWeekday(byName.get('Annandag påsk') as string)).toBe(1);
      expect(isoWeekday(byName.get('Kristi himmelsfärdsdag') as string)).toBe(4);
    }
  });

  it('returns copies, so callers cannot corrupt later answers', () => {
    const list = swedishHolidays(2026);
    list[0].date = '2026-01-02';
    list.pop();
    expect(swedishHolidays(2026)[0].date).toBe('2026-01-01');
    expect(swedishHolidays(2026)).toHaveLength(16);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-04-02', true, 'skärtorsdagen is a working day'],
    ['2026-04-03', false, 'långfredagen'],
    ['2026-04-06', false, 'annandag påsk'],
    ['2026-04-07', true, 'Tuesday after Easter'],
    ['2026-05-14', false, 'Kristi himmelsfärdsdag'],
    ['2026-05-15', true, 'Friday after Ascension (klämdag, still a working day)'],
    ['2026-06-19', false, 'midsommarafton'],
    ['2026-06-18', true, 'Thursday before midsummer'],
    ['2025-06-06', false, 'nationaldagen on a Friday'],
    ['2026-01-06', false, 'trettondedag jul'],
    ['2026-12-24', false, 'julafton'],
    ['2026-12-31', false, 'nyårsafton'],
    ['2027-01-01', false, 'nyårsdagen'],
    ['2026-12-30', true, 'between the holidays'],
    ['2026-05-01', false, 'första maj'],
    ['2026-11-21', false, 'Saturday'],
    ['2026-11-22', false, 'Sunday'],
    ['2026-11-23', true, 'ordinary Monday']
  ])('%s -> %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('names the holiday on a date', () => {
    expect(holidayOn('2026-06-19')?.name).toBe('Midsommarafton');
    expect(holidayOn('2026-06-18')).toBeUndefined();
  });

  it('finds the next working day after a long weekend', () => {
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-07');
    expect(nextWorkingDay('2026-12-23')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-30')).toBe('2027-01-04');
  });

  it('refuses an invalid date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(DomainError);
  });
});
