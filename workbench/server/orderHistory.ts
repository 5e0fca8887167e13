// The life of one generated order, told only through the domain's own transitions: createOrder,
// then what handlers and the orderer would do (send, answers down the ranking, acceptance,
// completion, cancellation), each at a plausible office-hours moment. Whatever the domain
// refuses throws, so a generated order can only be in a state the product could have reached.
// A step that would lie after `now` is not taken: the order simply stays where it is.
import type { Actor } from '../../src/data/actor';
import { addDays, compareIsoDates, daysBetween, formatIsoDate, parseIsoDate } from '../../src/domain/calendar';
import { cancelOrder, completeOrder, createOrder, moveToNextSupplier, recordAcceptance, sendToSupplier, TransitionResult } from '../../src/domain/cascade';
import { isWorkingDay as isWorkingDayOf, nextWorkingDay as nextWorkingDayOf } from '../../src/domain/holidays';
import { fromStockholmLocal, stockholmDate, toStockholmParts } from '../../src/domain/time';
import { CascadeReason, Catalogue, Order, OrderRequest, OrderStatus } from '../../src/domain/types';
import { between, pick, Random } from './seededRandom';

const MINUTE = 60000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const OPENS = 8;
const CLOSES = 17;

const DECLINES: readonly CascadeReason[] = ['Avböjt: saknar kapacitet', 'Avböjt: kan inte starta i tid', 'Inget svar före svarstiden'];
const SKIP_JUSTIFICATIONS = [
  'Leverantören har meddelat att de inte tar nya uppdrag inom området under perioden.',
  'Leverantören har jäv: de är redan anlitade av enheten för utvärderingen.'
];
const CANCEL_REASONS = [
  'Verksamheten har omprioriterat och behovet finns inte längre.',
  'Deltagarna kan inte frigöras under perioden på grund av bemanningsläget.',
  'Beställningen gjordes av misstag två gånger.'
];
const SCORES = [5, 5, 4, 4, 4, 4, 3, 3, 2];

// Asked at every step of every order, about a few hundred distinct days: remember the answers.
function remembered<T>(answer: (isoDay: string) => T): (isoDay: string) => T {
  const known = new Map<string, T>();
  return (isoDay) => {
    let value = known.get(isoDay);
    if (value === undefined) {
      value = answer(isoDay);
      known.set(isoDay, value);
    }
    return value;
  };
}

const isWorkingDay = remembered(isWorkingDayOf);
const nextWorkingDay = remembered(nextWorkingDayOf);
/** 08:00 Swedish time on `isoDay`. */
const opening = remembered((isoDay) => {
  const d = parseIsoDate(isoDay)!;
  return fromStockholmLocal(d.year, d.month, d.day, OPENS).getTime();
});

/** The first moment of office hours (08–17 Swedish time on a working day) at or after `t`. */
export function officeFrom(t: number): number {
  const p = toStockholmParts(new Date(t));
  const day = formatIsoDate(p.year, p.month, p.day);
  if (isWorkingDay(day)) {
    if (p.hour < OPENS) return opening(day);
    if (p.hour < CLOSES) return t;
  }
  return opening(nextWorkingDay(day));
}

/** An office-hours moment `minMs` to `maxMs` after `t`, on a whole minute; never before `t + minMs`. */
export function later(r: Random, t: number, minMs: number, maxMs: number): number {
  const wanted = t + minMs + r() * Math.max(0, maxMs - minMs);
  let at = officeFrom(wanted);
  // Pushed to an opening: spread over the morning rather than everyone at 08:00.
  if (at !== wanted) at = officeFrom(at + r() * 3 * HOUR);
  return Math.ceil(at / MINUTE) * MINUTE;
}

/** A submission moment in office hours about `ageMs` before `now` (never after it), to the minute. */
export function submissionTime(r: Random, now: number, ageMs: number): number {
  let day = stockholmDate(new Date(now - ageMs));
  while (!isWorkingDay(day)) day = addDays(day, -1);
  const at = opening(day) + between(r, 0, CLOSES - OPENS - 1) * HOUR + between(r, 0, 59) * MINUTE;
  return at < now ? at : Math.floor((now - between(r, 1, 120) * MINUTE) / MINUTE) * MINUTE;
}

/** Where an order of this age has got to: mostly Genomförd when old, mostly open when new. */
export function fateFor(r: Random, ageDays: number): OrderStatus {
  const x = r();
  if (ageDays > 90) return x < 0.68 ? 'Genomförd' : x < 0.8 ? 'Avbruten' : x < 0.86 ? 'Ingen leverantör' : 'Antagen';
  if (ageDays > 7) return x < 0.08 ? 'Ny' : x < 0.3 ? 'Väntar på svar' : x < 0.7 ? 'Antagen' : x < 0.85 ? 'Genomförd' : x < 0.95 ? 'Avbruten' : 'Ingen leverantör';
  return x < 0.35 ? 'Ny' : x < 0.8 ? 'Väntar på svar' : x < 0.95 ? 'Antagen' : 'Avbruten';
}

export interface StoryInput {
  request: OrderRequest;
  catalogue: Catalogue;
  responseHours: number;
  /** Course length, when a course was chosen. */
  courseDays?: number;
  submittedAt: number;
  now: number;
  /** Where the story is meant to end; it ends earlier when the next step would lie after `now`. */
  fate: OrderStatus;
  /** The orderer, for her own steps: login and name, as the order form records them. */
  orderer: Actor;
  /** The handlers, as the desk records them. */
  handlers: readonly Actor[];
  requestKey: string;
  reference: string;
}

/** The order as the domain leaves it after the story; its trail is the history. */
export function orderStory(r: Random, s: StoryInput): Order {
  let order = createOrder(s.request, s.catalogue, { now: new Date(s.submittedAt), ...s.orderer, requestKey: s.requestKey, reference: s.reference }).order;
  let t = s.submittedAt;
  const handler = (): Actor => pick(r, s.handlers);
  /** Makes the transition at `at`; false (and nothing changes) when `at` lies after `now`. */
  const step = (at: number, make: (o: Order, now: Date) => TransitionResult): boolean => {
    if (at > s.now) return false;
    order = make(order, new Date(at)).order;
    t = at;
    return true;
  };
  const cancel = (from: number, maxMs: number): Order => {
    const who = r() < 0.5 ? s.orderer : handler();
    step(later(r, from, HOUR, maxMs), (o, now) => cancelOrder(o, { now, ...who, reason: pick(r, CANCEL_REASONS) }));
    return order;
  };

  if (s.fate === 'Ny') return order;
  if (s.fate === 'Avbruten' && r() < 0.3) return cancel(t, 3 * DAY);
  const suppliers = order.ranking.length;
  // Suppliers that decline or stay silent before the one the story turns on.
  const passes = s.fate === 'Ingen leverantör' ? suppliers : Math.min(suppliers - 1, r() < 0.75 ? 0 : r() < 0.7 ? 1 : 2);
  for (let i = 0; ; i++) {
    if (i < passes && r() < 0.03) {
      const comment = pick(r, SKIP_JUSTIFICATIONS);
      if (!step(later(r, t, 10 * MINUTE, 4 * HOUR), (o, now) => moveToNextSupplier(o, { now, ...handler(), reason: 'Annat', comment }))) return order;
      if (order.status === 'Ingen leverantör') return order;
      continue;
    }
    if (!step(later(r, t, 30 * MINUTE, 16 * HOUR), (o, now) => sendToSupplier(o, { now, ...handler(), responseHours: s.responseHours }))) return order;
    const sent = t;
    const deadline = Date.parse(order.answerDeadline);
    const answerWindow = Math.max(2 * HOUR, deadline - sent);
    if (i < passes) {
      const reason = pick(r, DECLINES);
      // No answer can only be recorded once the deadline has passed; a decline comes any time.
      const at = reason === 'Inget svar före svarstiden' ? later(r, deadline, 0, 6 * HOUR) : later(r, sent, HOUR, answerWindow);
      if (!step(at, (o, now) => moveToNextSupplier(o, { now, ...handler(), reason, comment: '' }))) return order;
      if (order.status === 'Ingen leverantör') return order;
      continue;
    }
    if (s.fate === 'Väntar på svar') return order;
    if (s.fate === 'Avbruten') return cancel(sent, 5 * DAY);
    const acceptedAt = later(r, sent, 30 * MINUTE, answerWindow);
    const startDate = startDateFor(r, s.request, stockholmDate(new Date(acceptedAt)));
    if (!step(acceptedAt, (o, now) => recordAcceptance(o, { now, ...handler(), startDate }))) return order;
    if (s.fate !== 'Genomförd') return order;
    const lastDay = addDays(startDate, (s.courseDays ?? between(r, 1, 10)) - 1);
    const completedAt = later(r, opening(lastDay) + 7 * HOUR, 0, between(r, 0, 20) * DAY);
    const who = handler();
    step(completedAt, (o, now) => completeOrder(o, { now, ...who, ...completionFigures(r, s.request.participants) }));
    return order;
  }
}

/** A start inside the wished period when it can be, and at least a week after the acceptance. */
function startDateFor(r: Random, request: OrderRequest, acceptedDay: string): string {
  const earliest = addDays(acceptedDay, 7);
  const from = compareIsoDates(request.periodFrom, earliest) > 0 ? request.periodFrom : earliest;
  const span = compareIsoDates(request.periodTo, from) > 0 ? daysBetween(from, request.periodTo) : 0;
  return addDays(from, between(r, 0, Math.min(21, span)));
}

function completionFigures(r: Random, planned: number) {
  const actualParticipants = Math.max(1, planned - between(r, 0, 3));
  const score = r() < 0.8 ? { evaluationScore: pick(r, SCORES) } : {};
  if (r() < 0.15) return { actualParticipants, ...score };
  const participantsWomen = Math.floor(actualParticipants * (0.5 + r() * 0.3));
  const participantsMen = Math.floor((actualParticipants - participantsWomen) * (0.8 + r() * 0.2));
  return { actualParticipants, participantsWomen, participantsMen, participantsOtherOrUnstated: actualParticipants - participantsWomen - participantsMen, ...score };
}
