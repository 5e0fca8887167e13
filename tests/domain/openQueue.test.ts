// The open queue's order over every open order (issue 12, "Order desk").
import { OPEN_QUEUE_STATUSES, queueGroup, unsentTooLong, urgencyOrder, workingDaysBetween } from '../../src/domain/openQueue';

const now = new Date('2026-12-02T10:00:00Z');
const entry = (id: number, status: string, answerDeadline = '', submittedAt = '2026-11-20T08:00:00Z') => ({ id, status, answerDeadline, submittedAt });

test('overdue answers first (longest overdue first), then unsent oldest first, then waiting by deadline', () => {
  const entries = [
    entry(1, 'Väntar på svar', '2026-12-05T10:00:00Z'),
    entry(2, 'Ny', '', '2026-12-01T08:00:00Z'),
    entry(3, 'Väntar på svar', '2026-12-01T10:00:00Z'),
    entry(4, 'Ny', '', '2026-11-01T08:00:00Z'),
    entry(5, 'Väntar på svar', '2026-11-30T10:00:00Z'),
    entry(6, 'Väntar på svar', '2026-12-03T10:00:00Z'),
    entry(7, 'Antagen', '2026-11-01T10:00:00Z'),
    entry(8, 'Genomförd')
  ];
  expect(urgencyOrder(entries, now).map((e) => e.id)).toEqual([5, 3, 4, 2, 6, 1]);
});

test.each([
  ['a deadline exactly now is overdue', entry(1, 'Väntar på svar', now.toISOString()), 'overdue'],
  ['a deadline a minute ahead is waiting', entry(1, 'Väntar på svar', '2026-12-02T10:01:00Z'), 'waiting'],
  ['an unreadable deadline is waiting, not overdue', entry(1, 'Väntar på svar', 'igår'), 'waiting'],
  ['a new order is unsent', entry(1, 'Ny'), 'unsent'],
  ['an accepted order is not in the open queue', entry(1, 'Antagen'), undefined],
  ['a status nobody knows is not in the open queue', entry(1, '<script>'), undefined]
])('%s', (_name, e, group) => {
  expect(queueGroup(e, now)).toBe(group);
});

test('unreadable dates sort last in their group, then by id', () => {
  const entries = [entry(9, 'Ny', '', 'x'), entry(3, 'Ny', '', ''), entry(5, 'Ny', '', '2026-12-01T08:00:00Z')];
  expect(urgencyOrder(entries, now).map((e) => e.id)).toEqual([5, 3, 9]);
});

test('the open queue holds new and waiting orders only', () => {
  expect(OPEN_QUEUE_STATUSES).toEqual(['Ny', 'Väntar på svar']);
});

test.each([
  // Friday to Monday: one working day (Monday).
  ['2026-11-27', '2026-11-30', 1],
  ['2026-12-02', '2026-12-02', 0],
  // Christmas: 24, 25 and 26 December and the weekend are not working days.
  ['2026-12-23', '2026-12-28', 1],
  ['2026-12-31', '2026-12-30', 0]
])('working days after %s up to %s: %i', (from, to, n) => {
  expect(workingDaysBetween(from, to)).toBe(n);
});

test('an unsent order warns after more than two working days', () => {
  expect(unsentTooLong(entry(1, 'Ny', '', '2026-11-27T15:00:00Z'), now)).toBe(true); // Mon, Tue, Wed
  expect(unsentTooLong(entry(1, 'Ny', '', '2026-11-30T08:00:00Z'), now)).toBe(false); // Tue, Wed
  expect(unsentTooLong(entry(1, 'Väntar på svar', '', '2026-11-01T08:00:00Z'), now)).toBe(false);
  expect(unsentTooLong(entry(1, 'Ny', '', ''), now)).toBe(false);
});
