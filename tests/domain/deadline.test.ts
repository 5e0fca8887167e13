import { answerDeadline, DomainError, isOverdue, isWorkingDay, Order, stockholmDate, toStockholmParts } from '../../src/domain';
import { sthlm } from './fixtures';

/** Swedish wall-clock text of an instant, "YYYY-MM-DD HH:mm". */
function local(d: Date): string {
  const p = toStockholmParts(d);
  return `${stockholmDate(d)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

describe('answerDeadline', () => {
  it.each([
    ['ordinary weekday', [2026, 11, 24, 14, 30], 24, '2026-11-25 14:30'],
    ['Friday afternoon over the weekend', [2026, 11, 20, 15, 0], 24, '2026-11-23 15:00'],
    ['three days from Monday morning', [2026, 11, 23, 9, 0], 72, '2026-11-26 09:00'],
    ['the maximum 240 hours = ten working days', [2026, 11, 23, 9, 0], 240, '2026-12-07 09:00'],
    ['one hour', [2026, 11, 23, 9, 0], 1, '2026-11-23 10:00'],
    ['sent on a Saturday: counting starts Monday 00:00', [2026, 11, 21, 10, 0], 8, '2026-11-23 08:00'],
    ['sent on a Sunday evening', [2026, 11, 22, 23, 0], 24, '2026-11-24 00:00'],
    ['Thursday before Good Friday (Easter 2026)', [2026, 4, 2, 10, 0], 24, '2026-04-07 10:00'],
    ['late on skärtorsdagen', [2026, 4, 2, 23, 30], 1, '2026-04-07 00:30'],
    ['sent on Good Friday', [2026, 4, 3, 9, 0], 24, '2026-04-08 00:00'],
    ['sent on Easter Monday', [2026, 4, 6, 12, 0], 4, '2026-04-07 04:00'],
    ['over Kristi himmelsfärdsdag', [2026, 5, 13, 12, 0], 24, '2026-05-15 12:00'],
    ['over midsommarafton 2026', [2026, 6, 18, 9, 0], 24, '2026-06-22 09:00'],
    ['over nationaldagen on a Friday (2025)', [2025, 6, 5, 13, 0], 24, '2025-06-09 13:00'],
    ['over Christmas 2026', [2026, 12, 23, 13, 0], 24, '2026-12-28 13:00'],
    ['over New Year 2026/2027', [2026, 12, 30, 13, 0], 24, '2027-01-04 13:00'],
    ['over trettondedag jul 2027', [2027, 1, 5, 10, 0], 24, '2027-01-07 10:00'],
    ['spring DST weekend: Friday to Monday 30 March 2026', [2026, 3, 27, 15, 0], 24, '2026-03-30 15:00'],
    ['spring DST weekend, three days', [2026, 3, 26, 16, 0], 72, '2026-03-31 16:00'],
    ['autumn DST weekend 2026', [2026, 10, 23, 15, 0], 24, '2026-10-26 15:00'],
    ['sent during the DST switch on Sunday 29 March', [2026, 3, 29, 3, 30], 10, '2026-03-30 10:00']
  ])('%s', (_, [y, m, d, h, min], hours, expected) => {
    expect(local(answerDeadline(sthlm(y, m, d, h, min), hours))).toBe(expected);
  });

  it('counts wall-clock hours, so real elapsed time shrinks over the spring switch and grows over the autumn one', () => {
    const spring = sthlm(2026, 3, 27, 15, 0);
    expect(answerDeadline(spring, 24).toISOString()).toBe('2026-03-30T13:00:00.000Z');
    expect((answerDeadline(spring, 24).getTime() - spring.getTime()) / 3600000).toBe(71);
    const autumn = sthlm(2026, 10, 23, 15, 0);
    expect(answerDeadline(autumn, 24).toISOString()).toBe('2026-10-26T14:00:00.000Z');
    expect((answerDeadline(autumn, 24).getTime() - autumn.getTime()) / 3600000).toBe(73);
  });

  it('ends at midnight when the hours run out exactly at the end of a working day', () => {
    expect(answerDeadline(sthlm(2026, 11, 20, 0, 0), 24).toISOString()).toBe(sthlm(2026, 11, 21).toISOString());
  });

  it('keeps seconds and milliseconds of the sending time', () => {
    const sent = new Date(sthlm(2026, 11, 24, 14, 30).getTime() + 12345);
    expect(answerDeadline(sent, 24).getTime() - sent.getTime()).toBe(24 * 3600000);
  });

  it.each([0, -1, 1.5, 241, NaN, Infinity])('refuses %p hours with a Swedish message', (hours) => {
    expect(() => answerDeadline(sthlm(2026, 11, 24, 10), hours)).toThrow(DomainError);
    expect(() => answerDeadline(sthlm(2026, 11, 24, 10), hours)).toThrow('Svarstiden måste vara ett helt antal timmar mellan 1 och 240.');
  });

  it('refuses an invalid sending time', () => {
    expect(() => answerDeadline(new Date('x'), 24)).toThrow(DomainError);
  });

  // Independent check: walk hour by hour on the Swedish clock and count the hours that start on a working day.
  it('agrees with an hour-by-hour count for many sending times', () => {
    let seed = 20260101;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 300; i++) {
      const dayOffset = Math.floor(random() * 730);
      const hour = Math.floor(random() * 24);
      const hours = 1 + Math.floor(random() * 240);
      const startWall = Date.UTC(2026, 0, 1 + dayOffset, hour);
      const s = new Date(startWall);
      const sent = sthlm(s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate(), s.getUTCHours(), 0);
      // A start inside the spring gap is moved an hour by the conversion; skip those rare draws.
      if (toStockholmParts(sent).hour !== hour) continue;
      let wall = startWall;
      let counted = 0;
      while (counted < hours) {
        if (isWorkingDay(new Date(wall).toISOString().slice(0, 10))) counted++;
        wall += 3600000;
      }
      const deadline = answerDeadline(sent, hours);
      const p = toStockholmParts(deadline);
      expect(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)).toBe(wall);
    }
  });
});

describe('isOverdue', () => {
  const deadline = sthlm(2026, 11, 24, 14, 30);
  const order = (status: Order['status'], answerDeadline = deadline.toISOString()): Order =>
    ({ status, answerDeadline } as Order);

  it('is false before the deadline and true from the deadline on', () => {
    expect(isOverdue(order('Väntar på svar'), new Date(deadline.getTime() - 1))).toBe(false);
    expect(isOverdue(order('Väntar på svar'), deadline)).toBe(true);
    expect(isOverdue(order('Väntar på svar'), sthlm(2026, 12, 1))).toBe(true);
  });

  it('only applies to orders waiting for an answer', () => {
    for (const status of ['Ny', 'Antagen', 'Ingen leverantör', 'Genomförd', 'Avbruten'] as const) {
      expect(isOverdue(order(status), sthlm(2026, 12, 1))).toBe(false);
    }
    expect(isOverdue(order('Väntar på svar', ''), sthlm(2026, 12, 1))).toBe(false);
  });
});
