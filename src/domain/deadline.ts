// Answer deadlines. A supplier's response time is counted in clock hours of Swedish working days:
// weekends, holidays and the de facto days off do not count at all, whatever time of day.
import { dayNumber, fromDayNumber } from './calendar';
import { DomainError } from './errors';
import { message } from './messages';
import { isWorkingDay, nextWorkingDay } from './holidays';
import { orderValidationLimits } from './limits';
import { fromWallClock, parseInstant, toWallClock } from './time';
import { Order } from './types';

const HOUR_MS = 3600000;
const DAY_MS = 24 * HOUR_MS;

export function assertResponseHours(hours: number): void {
  const { responseHoursMin, responseHoursMax } = orderValidationLimits;
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < responseHoursMin || hours > responseHoursMax) {
    throw new DomainError('invalid-response-hours', message('deadline.responseHours', { min: responseHoursMin, max: responseHoursMax }), 'responseHours');
  }
}

/**
 * When a supplier must have answered an order sent at `sentAt`. Counting uses the Swedish wall
 * clock: working days never contain a daylight-saving switch (it happens on Sundays), so every
 * working day has 24 counted hours, and the hour gained or lost falls in the skipped weekend.
 * A deadline that ends exactly at midnight after a working day is that midnight.
 */
export function answerDeadline(sentAt: Date, weekdayHours: number): Date {
  assertResponseHours(weekdayHours);
  let wall = toWallClock(sentAt);
  let day = fromDayNumber(Math.floor(wall / DAY_MS));
  if (!isWorkingDay(day)) {
    day = nextWorkingDay(day);
    wall = dayNumber(day) * DAY_MS;
  }
  let remaining = weekdayHours * HOUR_MS;
  for (;;) {
    const leftToday = (dayNumber(day) + 1) * DAY_MS - wall;
    if (remaining <= leftToday) return fromWallClock(wall + remaining);
    remaining -= leftToday;
    day = nextWorkingDay(day);
    wall = dayNumber(day) * DAY_MS;
  }
}

/** True when the order is waiting for the supplier and the answer deadline has been reached. */
export function isOverdue(order: Order, now: Date): boolean {
  if (order.status !== 'Väntar på svar' || !order.answerDeadline) return false;
  const deadline = parseInstant(order.answerDeadline);
  return deadline !== null && now.getTime() >= deadline.getTime();
}
