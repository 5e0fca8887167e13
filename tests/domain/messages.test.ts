// Domain messages are a key and parameters, worded per language when shown: the English wording
// has no Swedish left, amounts are grouped the reader's way and names stay findable as data.
import { validateOrderRequest } from '../../src/domain';
import { data, message, renderMessage, renderMessageParts } from '../../src/domain/messages';
import { MESSAGE_KEYS } from '../../src/domain/messageTexts';
import { groupDigits } from '../../src/domain/messageFormat';
import { formatDate, formatDateTime } from '../../src/domain/time';
import { catalogue, TODAY, validRequest } from './fixtures';

const SWEDISH_WORDS = /\b(och|att|för|inte|eller|från|avropet|leverantören|välj|skriv|ange|dagar|tecken)\b|[åäöÅÄÖ]/;

describe('message wording', () => {
  it.each(MESSAGE_KEYS)('%s reads in English without Swedish words', (key) => {
    const params = { area: data('X'), supplier: data('X'), course: data('X'), organisation: data('X'), field: 'unit', min: 1, max: 4000, length: 4001, sum: 3, total: 2,
      date: '2027-01-05', deadline: '2027-01-05T13:30:00Z', from: data('X'), to: data('X'), latest: '2028-03-02', years: 2, days: 5, participants: 20,
      formats: ['Platsbunden', 'Digital', 'Hybrid'], reasons: ['Annat'], allowed: ['Ny'], status: 'Antagen', action: 'cancelOrder', words: [data('X')] };
    const english = renderMessage(message(key, params), 'en');
    // The ÅÅÅÅ-MM-DD format and the Swedish group name are Swedish on purpose only in Swedish.
    expect(english.replace('Utbildningsavrop – ägare', '')).not.toMatch(SWEDISH_WORDS);
    expect(renderMessage(message(key, params), 'sv')).not.toMatch(/\b(the|and|of|is|not)\b/);
  });

  it('groups digits as Intl does: a no-break space in Swedish, a comma in English', () => {
    expect(groupDigits(4000, 'sv')).toBe(new Intl.NumberFormat('sv-SE').format(4000));
    expect(groupDigits(1234567, 'sv')).toBe('1\u00a0234\u00a0567');
    expect(groupDigits(4000, 'en')).toBe('4,000');
    expect(groupDigits(240, 'sv')).toBe('240');
    expect(renderMessage(message('form.tooLong', { field: 'need', max: 4000, length: 4001 }), 'sv')).toBe('Beskrivningen av behovet får vara högst 4\u00a0000 tecken. Nu är det 4\u00a0001 tecken.');
  });

  it('writes dates the reader\'s way, in Swedish time', () => {
    expect(formatDate('2027-01-05', 'sv')).toBe('5 jan 2027');
    expect(formatDate('2027-01-05', 'en')).toBe('Jan 5, 2027');
    expect(formatDateTime('2027-01-05T13:30:00Z', 'sv')).toBe('5 jan 2027 kl. 14:30');
    expect(formatDateTime('2027-01-05T13:30:00Z', 'en')).toBe('Jan 5, 2027, 2:30 PM');
    expect(formatDateTime('2027-07-05T22:05:00Z', 'en')).toBe('Jul 6, 2027, 12:05 AM');
  });

  it('keeps names findable as data in either language', () => {
    const m = message('area.closed', { area: data('UGL, UL och IL') });
    expect(renderMessageParts(m, 'en')).toEqual([{ data: 'UGL, UL och IL' }, ' is closed for orders right now.']);
    expect(renderMessage(m, 'sv')).toBe('UGL, UL och IL är stängt för avrop just nu.');
  });

  it('gives form errors a key and parameters besides the Swedish wording', () => {
    const { errors } = validateOrderRequest(validRequest({ unit: '' }), catalogue(), TODAY);
    expect(errors[0].text).toEqual({ key: 'form.unitRequired', params: {} });
    expect(renderMessage(errors[0].text, 'en')).toBe('Write which department or unit the training is for.');
  });

});
