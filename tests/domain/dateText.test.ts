import { dateFieldValue, formatDateText, longDateText, parseDateText } from '../../src/domain/dateText';

describe('formatDateText', () => {
  it('writes the ISO date on Swedish pages and the month in words on English ones', () => {
    expect(formatDateText('2026-12-10', 'sv')).toBe('2026-12-10');
    expect(formatDateText('2026-12-10', 'en')).toBe('10 Dec 2026');
    expect(formatDateText('2027-01-03', 'en')).toBe('3 Jan 2027');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDateText('', 'en')).toBe('');
    expect(formatDateText('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDateText('i morgon', 'sv')).toBe('i morgon');
  });

  it('reads a date out in full for the calendar', () => {
    expect(longDateText(2026, 12, 10, 'sv')).toBe('10 december 2026');
    expect(longDateText(2026, 12, 10, 'en')).toBe('10 December 2026');
  });
});

describe('parseDateText', () => {
  it.each([
    ['2026-12-10', 'sv', '2026-12-10'],
    [' 2026-12-10 ', 'sv', '2026-12-10'],
    ['2026-3-7', 'sv', '2026-03-07'],
    ['10 dec 2026', 'sv', '2026-12-10'],
    ['10 december 2026', 'sv', '2026-12-10'],
    ['1 maj 2026', 'sv', '2026-05-01'],
    ['2026-12-10', 'en', '2026-12-10'],
    ['10 Dec 2026', 'en', '2026-12-10'],
    ['10 dec. 2026', 'en', '2026-12-10'],
    ['10 December 2026', 'en', '2026-12-10'],
    ['Dec 10, 2026', 'en', '2026-12-10'],
    ['September 3 2026', 'en', '2026-09-03'],
    ['3 Sept 2026', 'en', '2026-09-03'],
    ['29 Feb 2028', 'en', '2028-02-29']
  ] as const)('%j on a %s page is %s', (text, lang, iso) => {
    expect(parseDateText(text, lang)).toEqual({ kind: 'date', iso });
  });

  it('takes empty text as no date', () => {
    expect(parseDateText('   ', 'sv')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['2026-02-30', 'sv'],
    ['2026-13-01', 'en'],
    ['29 Feb 2027', 'en'],
    ['0999-01-01', 'sv'],
    // Day and month in digits mean different days in London and New York: not read at all.
    ['10/12/2026', 'en'],
    ['12/10/2026', 'sv'],
    ['10.12.2026', 'sv'],
    // A month in the other language, or too short to tell ("ju"), is not guessed.
    ['10 Oct 2026', 'sv'],
    ['10 okt 2026', 'en'],
    ['10 ju 2026', 'en'],
    ['Dec 10, 2026', 'sv'],
    ['2026-12', 'sv'],
    ['2026-12-1x', 'en'],
    ['tomorrow', 'en']
  ] as const)('%j on a %s page is not a date', (text, lang) => {
    expect(parseDateText(text, lang)).toEqual({ kind: 'invalid' });
  });

  it('reads back every day of a year as it writes it, in both languages', () => {
    for (let day = 0; day < 366; day++) {
      const iso = new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10);
      for (const lang of ['sv', 'en'] as const) expect(parseDateText(formatDateText(iso, lang), lang)).toEqual({ kind: 'date', iso });
    }
  });
});

describe('dateFieldValue', () => {
  it('gives the form the ISO date, nothing, or the text for its own rules to refuse', () => {
    expect(dateFieldValue('10 Dec 2026', 'en')).toBe('2026-12-10');
    expect(dateFieldValue('', 'en')).toBe('');
    expect(dateFieldValue(' 10/12/2026 ', 'en')).toBe('10/12/2026');
  });
});
