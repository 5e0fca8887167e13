// The call-off cascade: an order goes to the supplier ranked first, and moves down the ranking
// stored on the order when a supplier declines or does not answer in time. Every transition is
// a pure function that returns the new order with one trail entry appended, or throws a
// DomainError whose message can be shown to the person who tried.
import { compareIsoDates, daysBetween, isValidIsoDate } from './calendar';
import { answerDeadline as computeAnswerDeadline } from './deadline';
import { DomainError } from './errors';
import { data, Message, message, renderMessage } from './messages';
import { orderValidationLimits } from './limits';
import { areaOrderingProblem } from './orderability';
import { rankedSuppliers } from './ranking';
import { isReference } from './reference';
import { nonSpaceLength, textOf } from './swedishText';
import { parseInstant, stockholmDate } from './time';
import { CascadeReason, CASCADE_REASONS, Catalogue, Order, OrderEventKind, OrderRequest, OrderStatus, OrderTrailEntry } from './types';

export type OrderRole = 'orderer' | 'handler';

export type OrderAction = 'sendToSupplier' | 'recordAcceptance' | 'moveToNextSupplier' | 'completeOrder' | 'cancelOrder' | 'correctAnswer';

export const ORDER_ACTION_LABELS: Readonly<Record<OrderAction, string>> = {
  sendToSupplier: 'Skicka till leverantören',
  recordAcceptance: 'Registrera att leverantören antagit avropet',
  moveToNextSupplier: 'Gå vidare till nästa leverantör',
  completeOrder: 'Markera som genomfört',
  cancelOrder: 'Avbryt avropet',
  correctAnswer: 'Rätta leverantörens svar'
};

export interface TransitionResult {
  order: Order;
  entry: OrderTrailEntry;
  /** Things the person should check, in Swedish; the transition has been made anyway. */
  warnings: string[];
  /** The same as messages, for a page to word in its language. */
  warningTexts: Message[];
}

export interface ActorContext {
  now: Date;
  /** Who makes the change: her claims login, the one identity recorded as `by` everywhere. */
  user: string;
  /** Her name, recorded beside the login (`byName`) so the trail shows people, not logins. */
  userName?: string;
}

export interface CreateOrderContext extends ActorContext {
  requestKey: string;
  reference: string;
}

export interface SendContext extends ActorContext {
  responseHours: number;
}

export interface AcceptanceContext extends ActorContext {
  startDate: string;
  /**
   * The day the supplier answered (YYYY-MM-DD), when the handler records it later; today when not
   * given. The start date is checked against this day, not the day it is recorded.
   */
  answeredOn?: string;
}

export interface MoveContext extends ActorContext {
  reason: CascadeReason;
  comment: string;
  /** The handler lets the orderer read the comment; otherwise it stays the handlers'. */
  commentForOrderer?: boolean;
}

export interface CompletionContext extends ActorContext {
  actualParticipants: number;
  participantsWomen?: number;
  participantsMen?: number;
  participantsOtherOrUnstated?: number;
  evaluationScore?: number;
  /** The person confirmed that the training took place although its planned start is after today. */
  confirmedBeforeStart?: boolean;
}

export interface CancelContext extends ActorContext {
  reason: string;
  /** A handler may also cancel an accepted order (the supplier is then told); an orderer may not. */
  role?: OrderRole;
}

export interface CorrectionContext extends ActorContext {
  /** Why the recorded answer was wrong; required, as for skipping a supplier. */
  justification: string;
  /** Correcting an acceptance: the supplier in fact declined, for this reason. */
  reason?: CascadeReason;
  /** Correcting a decline: the supplier in fact accepted, with this start date. */
  startDate?: string;
  commentForOrderer?: boolean;
}

/** Statuses from which nothing more happens to an order. */
export const FINAL_STATUSES: readonly OrderStatus[] = ['Ingen leverantör', 'Genomförd', 'Avbruten'];

/** Only the request's own fields, with arrays copied, so the order never shares state with the form. */
/** The request part of an order (or a request), copied. */
export function requestOf(r: OrderRequest): OrderRequest {
  return {
    organisationKey: r.organisationKey,
    unit: r.unit,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    contactPhone: r.contactPhone,
    invoiceReference: r.invoiceReference,
    areaKey: r.areaKey,
    trainingAreaKeys: (r.trainingAreaKeys ?? []).slice(),
    courseKey: r.courseKey,
    need: r.need,
    targetGroup: r.targetGroup,
    participants: r.participants,
    format: r.format,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    place: r.place,
    adaptations: (r.adaptations ?? []).slice(),
    adaptationsOther: r.adaptationsOther,
    otherInfo: r.otherInfo
  };
}

/**
 * Whether two requests ask for the same thing: what tells a retried send of one's own order from
 * another tab's or device's order that came first with the same idempotency key.
 */
/** The fields of the request that differ between `sent` and `now` (arrays compared as sets). */
export function changedRequestFields(sent: OrderRequest, now: OrderRequest): Array<keyof OrderRequest> {
  const a = requestOf(sent) as unknown as Record<string, unknown>;
  const b = requestOf(now) as unknown as Record<string, unknown>;
  const norm = (v: unknown): string => JSON.stringify(Array.isArray(v) ? [...v].map(String).sort() : v ?? '');
  return (Object.keys(b) as Array<keyof OrderRequest>).filter((key) => norm(a[key]) !== norm(b[key]));
}

export function sameRequest(a: OrderRequest, b: OrderRequest): boolean {
  const canonical = (r: OrderRequest): string => {
    const copy = requestOf(r);
    return JSON.stringify({ ...copy, trainingAreaKeys: copy.trainingAreaKeys.slice().sort(), adaptations: copy.adaptations.slice().sort() });
  };
  return canonical(a) === canonical(b);
}

function actorTime(ctx: ActorContext): string {
  if (!(ctx.now instanceof Date) || Number.isNaN(ctx.now.getTime())) {
    throw new DomainError('invalid-date', message('order.nowMissing'), 'now');
  }
  if (textOf(ctx.user).trim() === '') {
    throw new DomainError('missing-user', message('order.userMissing'), 'user');
  }
  return ctx.now.toISOString();
}

function statusRefusal(order: Order, action: OrderAction, allowed: readonly OrderStatus[]): DomainError | null {
  if (allowed.indexOf(order.status) >= 0) return null;
  return new DomainError('invalid-transition', message('order.wrongStatus', { action, status: order.status, allowed }));
}

function requireStatus(order: Order, action: OrderAction, allowed: readonly OrderStatus[]): void {
  const refusal = statusRefusal(order, action, allowed);
  if (refusal) throw refusal;
}

function supplierName(order: Order, supplierKey: string): string {
  const snapshot = order.ranking.find((r) => r.supplierKey === supplierKey);
  return snapshot ? snapshot.supplierName : supplierKey;
}

interface EntryParts {
  kind: OrderEventKind;
  toStatus: OrderStatus;
  toSupplierKey: string;
  toRank?: number;
  reason?: CascadeReason | '';
  comment?: string;
  answerDeadline?: string;
  startDate?: string;
  answeredOn?: string;
  commentForOrderer?: boolean;
}

function makeEntry(previous: Order | null, at: string, actor: ActorContext, parts: EntryParts): OrderTrailEntry {
  const entry: OrderTrailEntry = {
    at,
    by: actor.user,
    kind: parts.kind,
    fromStatus: previous ? previous.status : '',
    toStatus: parts.toStatus,
    fromSupplierKey: previous ? previous.assignedSupplierKey : '',
    toSupplierKey: parts.toSupplierKey,
    reason: parts.reason ?? '',
    comment: parts.comment ?? ''
  };
  if (previous && previous.assignedSupplierKey) entry.fromRank = previous.assignedRank;
  if (parts.toSupplierKey && parts.toRank !== undefined) entry.toRank = parts.toRank;
  if (parts.answerDeadline) entry.answerDeadline = parts.answerDeadline;
  if (parts.startDate) entry.startDate = parts.startDate;
  if (parts.answeredOn) entry.answeredOn = parts.answeredOn;
  const name = textOf(actor.userName).trim();
  if (name) entry.byName = name;
  if (parts.commentForOrderer === true && entry.comment !== '') entry.commentForOrderer = true;
  return entry;
}

/** A copy of the order with `changes` and the entry appended; the input order is never modified. */
function withChanges(order: Order, changes: Partial<Order>, entry: OrderTrailEntry, warningTexts: Message[] = []): TransitionResult {
  const next: Order = {
    ...order,
    trainingAreaKeys: (order.trainingAreaKeys ?? []).slice(),
    adaptations: (order.adaptations ?? []).slice(),
    ranking: (order.ranking ?? []).map((r) => ({ ...r })),
    ...changes,
    trail: [...(order.trail ?? []), entry]
  };
  return { order: next, entry, warnings: warningTexts.map((w) => renderMessage(w, 'sv')), warningTexts };
}

/** Registers a submitted request as an order assigned to the supplier ranked first right now. */
export function createOrder(request: OrderRequest, catalogue: Catalogue, ctx: CreateOrderContext): TransitionResult {
  const at = actorTime(ctx);
  if (textOf(ctx.requestKey).trim() === '') {
    throw new DomainError('invalid-input', message('order.requestKeyMissing'), 'requestKey');
  }
  // An empty reference means "not allocated yet": the store gives the order its number on save.
  if (ctx.reference !== '' && !isReference(ctx.reference)) {
    throw new DomainError('invalid-reference', message('reference.invalid', { reference: data(textOf(ctx.reference)) }), 'reference');
  }
  const problem = areaOrderingProblem(request.areaKey, catalogue);
  if (problem) throw new DomainError(problem.code, problem.text, 'areaKey');

  const ranking = rankedSuppliers(request.areaKey, catalogue);
  const first = ranking[0];
  const entry = makeEntry(null, at, ctx, { kind: 'Skapad', toStatus: 'Ny', toSupplierKey: first.supplierKey, toRank: first.rank });
  const order: Order = {
    ...requestOf(request),
    reference: ctx.reference,
    requestKey: ctx.requestKey,
    status: 'Ny',
    ranking,
    assignedSupplierKey: first.supplierKey,
    assignedRank: first.rank,
    submittedAt: at,
    submittedBy: ctx.user,
    sentAt: '',
    answerDeadline: '',
    acceptedAt: '',
    startDate: '',
    completedAt: '',
    cancelledAt: '',
    cancelReason: '',
    trail: [entry]
  };
  return { order, entry, warnings: [], warningTexts: [] };
}

/** Ny -> Väntar på svar: the order has been sent to the assigned supplier and the clock starts. */
export function sendToSupplier(order: Order, ctx: SendContext): TransitionResult {
  const at = actorTime(ctx);
  requireStatus(order, 'sendToSupplier', ['Ny']);
  if (!order.assignedSupplierKey) {
    throw new DomainError('invalid-transition', message('order.noSupplier'));
  }
  const deadline = computeAnswerDeadline(ctx.now, ctx.responseHours).toISOString();
  const entry = makeEntry(order, at, ctx, {
    kind: 'Skickad',
    toStatus: 'Väntar på svar',
    toSupplierKey: order.assignedSupplierKey,
    toRank: order.assignedRank,
    answerDeadline: deadline
  });
  return withChanges(order, { status: 'Väntar på svar', sentAt: at, answerDeadline: deadline }, entry);
}

/** Väntar på svar -> Antagen: the supplier has accepted and given a start date. */
export function recordAcceptance(order: Order, ctx: AcceptanceContext): TransitionResult {
  const at = actorTime(ctx);
  requireStatus(order, 'recordAcceptance', ['Väntar på svar']);
  if (!isValidIsoDate(ctx.startDate)) {
    throw new DomainError('invalid-date', message('order.startDateInvalid'), 'startDate');
  }
  const today = stockholmDate(ctx.now);
  const answeredOn = answerDay(order, ctx, today);
  if (compareIsoDates(ctx.startDate, answeredOn) < 0) {
    throw answeredOn === today
      ? new DomainError('start-date-in-past', message('order.startDatePassed', { date: ctx.startDate }), 'startDate')
      : new DomainError('start-date-in-past', message('order.startBeforeAnswer', { date: ctx.startDate, answered: answeredOn }), 'startDate');
  }
  const warnings: Message[] = [];
  const { startDateWarningDays } = orderValidationLimits;
  // Counted from the answer: a start seven days after it is within the week even when the
  // handler records the answer days later.
  if (daysBetween(answeredOn, ctx.startDate) > startDateWarningDays) {
    warnings.push(message('order.startFarAhead', { date: ctx.startDate, days: startDateWarningDays }));
  }
  const deadline = parseInstant(order.answerDeadline);
  const answeredLate = answeredOn === today ? !!deadline && ctx.now.getTime() > deadline.getTime() : !!deadline && compareIsoDates(answeredOn, stockholmDate(deadline)) > 0;
  if (deadline && answeredLate) {
    warnings.push(message('order.answeredLate', { deadline: deadline.toISOString() }));
  }
  if (isValidIsoDate(order.periodFrom) && isValidIsoDate(order.periodTo) &&
      (compareIsoDates(ctx.startDate, order.periodFrom) < 0 || compareIsoDates(ctx.startDate, order.periodTo) > 0)) {
    warnings.push(message('order.startOutsidePeriod', { from: order.periodFrom, to: order.periodTo }));
  }
  const entry = makeEntry(order, at, ctx, {
    kind: 'Antagen',
    toStatus: 'Antagen',
    toSupplierKey: order.assignedSupplierKey,
    toRank: order.assignedRank,
    startDate: ctx.startDate,
    answeredOn: answeredOn === today ? undefined : answeredOn
  });
  return withChanges(order, { status: 'Antagen', acceptedAt: at, startDate: ctx.startDate }, entry, warnings);
}

/** The day the supplier answered: given by the handler (not after today, not before the order was sent) or today. */
function answerDay(order: Order, ctx: AcceptanceContext, today: string): string {
  const given = textOf(ctx.answeredOn).trim();
  if (given === '' || given === today) return today;
  if (!isValidIsoDate(given)) {
    throw new DomainError('invalid-date', message('order.answerDayInvalid'), 'answeredOn');
  }
  if (compareIsoDates(given, today) > 0) {
    throw new DomainError('invalid-date', message('order.answerDayAhead', { date: given }), 'answeredOn');
  }
  const sent = parseInstant(order.sentAt);
  if (sent && compareIsoDates(given, stockholmDate(sent)) < 0) {
    throw new DomainError('invalid-date', message('order.answerDayBeforeSent', { date: given, sent: stockholmDate(sent) }), 'answeredOn');
  }
  return given;
}

function isDecline(reason: CascadeReason): boolean {
  return reason === 'Avböjt: saknar kapacitet' || reason === 'Avböjt: kan inte starta i tid';
}

/**
 * Why the order may not leave its supplier for `reason` at `now`, or null when it may.
 * Returned rather than thrown so allowedCascadeReasons can reuse the rules.
 */
function cascadeRefusal(order: Order, reason: CascadeReason, comment: string, now: Date): DomainError | null {
  const wrongStatus = statusRefusal(order, 'moveToNextSupplier', ['Ny', 'Väntar på svar']);
  if (wrongStatus) return wrongStatus;
  if (CASCADE_REASONS.indexOf(reason) < 0) {
    return new DomainError('reason-not-allowed', message('order.chooseReason', { reasons: CASCADE_REASONS }), 'reason');
  }
  const supplier = supplierName(order, order.assignedSupplierKey);
  if (reason === 'Annat') {
    const min = orderValidationLimits.justificationMinNonSpaceChars;
    if (nonSpaceLength(comment) < min) {
      return new DomainError('justification-required', message('order.justifyOther', { supplier: data(supplier), min }), 'comment');
    }
    return null;
  }
  if (order.status === 'Ny') {
    return new DomainError('reason-not-allowed', message('order.notSentYet', { supplier: data(supplier), decline: isDecline(reason) }), 'reason');
  }
  if (reason === 'Inget svar före svarstiden') {
    const deadline = parseInstant(order.answerDeadline);
    if (!deadline) {
      return new DomainError('deadline-not-passed', message('order.noDeadline'), 'reason');
    }
    if (now.getTime() < deadline.getTime()) {
      return new DomainError('deadline-not-passed', message('order.deadlineNotPassed', { supplier: data(supplier), deadline: deadline.toISOString() }), 'reason');
    }
  }
  return null;
}

/** The order leaves its supplier for the next one in the ranking stored on the order. */
export function moveToNextSupplier(order: Order, ctx: MoveContext): TransitionResult {
  const at = actorTime(ctx);
  const comment = textOf(ctx.comment).trim();
  const refusal = cascadeRefusal(order, ctx.reason, comment, ctx.now);
  if (refusal) throw refusal;
  if (comment.length > orderValidationLimits.commentMaxLength) {
    throw new DomainError('invalid-input', message('order.commentTooLong', { max: orderValidationLimits.commentMaxLength }), 'comment');
  }
  const index = order.ranking.findIndex((r) => r.supplierKey === order.assignedSupplierKey);
  if (index < 0) {
    throw new DomainError('supplier-not-in-ranking', message('order.supplierNotInRanking'));
  }
  const next = order.ranking[index + 1];
  const cleared = { sentAt: '', answerDeadline: '' };
  if (!next) {
    const entry = makeEntry(order, at, ctx, { kind: 'Ingen leverantör', toStatus: 'Ingen leverantör', toSupplierKey: '', reason: ctx.reason, comment, commentForOrderer: ctx.commentForOrderer });
    const warning = message('order.noMoreSuppliers');
    return withChanges(order, { ...cleared, status: 'Ingen leverantör', assignedSupplierKey: '', assignedRank: 0 }, entry, [warning]);
  }
  const entry = makeEntry(order, at, ctx, {
    kind: 'Vidare till nästa leverantör',
    toStatus: 'Ny',
    toSupplierKey: next.supplierKey,
    toRank: next.rank,
    reason: ctx.reason,
    comment,
    commentForOrderer: ctx.commentForOrderer
  });
  return withChanges(order, { ...cleared, status: 'Ny', assignedSupplierKey: next.supplierKey, assignedRank: next.rank }, entry);
}

function requireCount(value: number | undefined, field: string, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new DomainError(field === 'evaluationScore' ? 'invalid-evaluation' : 'invalid-participants', message('order.countRange', { field, min, max }), field);
  }
}

/** Whether the order's planned start is after today (Swedish date): completing it then needs a confirmation. */
export function startsAfterToday(order: Order, now: Date): boolean {
  return isValidIsoDate(order.startDate) && compareIsoDates(order.startDate, stockholmDate(now)) > 0;
}

/** Antagen -> Genomförd, with the follow-up figures. */
export function completeOrder(order: Order, ctx: CompletionContext): TransitionResult {
  const at = actorTime(ctx);
  requireStatus(order, 'completeOrder', ['Antagen']);
  const { participantsMin, participantsMax, evaluationScoreMin, evaluationScoreMax } = orderValidationLimits;
  if (ctx.actualParticipants === undefined || ctx.actualParticipants === null) {
    throw new DomainError('invalid-participants', message('order.participantsRequired'), 'actualParticipants');
  }
  requireCount(ctx.actualParticipants, 'actualParticipants', participantsMin, participantsMax);
  requireCount(ctx.participantsWomen, 'participantsWomen', 0, participantsMax);
  requireCount(ctx.participantsMen, 'participantsMen', 0, participantsMax);
  requireCount(ctx.participantsOtherOrUnstated, 'participantsOtherOrUnstated', 0, participantsMax);
  requireCount(ctx.evaluationScore, 'evaluationScore', evaluationScoreMin, evaluationScoreMax);

  const counts = [ctx.participantsWomen, ctx.participantsMen, ctx.participantsOtherOrUnstated];
  const given = counts.filter((c): c is number => c !== undefined);
  const sum = given.reduce((a, b) => a + b, 0);
  if (sum > ctx.actualParticipants) {
    throw new DomainError('invalid-participants', message('order.genderSumTooHigh', { sum, total: ctx.actualParticipants }), 'participantsWomen');
  }
  const warnings: Message[] = [];
  if (given.length === counts.length && sum < ctx.actualParticipants) {
    warnings.push(message('order.genderSumLow', { sum, total: ctx.actualParticipants }));
  }
  if (startsAfterToday(order, ctx.now) && ctx.confirmedBeforeStart !== true) {
    throw new DomainError('confirm-before-start', message('order.confirmBeforeStart', { date: order.startDate }), 'confirmedBeforeStart');
  }
  const entry = makeEntry(order, at, ctx, { kind: 'Genomförd', toStatus: 'Genomförd', toSupplierKey: order.assignedSupplierKey, toRank: order.assignedRank });
  return withChanges(
    order,
    {
      status: 'Genomförd',
      completedAt: at,
      actualParticipants: ctx.actualParticipants,
      participantsWomen: ctx.participantsWomen,
      participantsMen: ctx.participantsMen,
      participantsOtherOrUnstated: ctx.participantsOtherOrUnstated,
      evaluationScore: ctx.evaluationScore
    },
    entry,
    warnings
  );
}

/**
 * Ny or Väntar på svar -> Avbruten. After acceptance the supplier has committed, so only a
 * handler may cancel then (and the supplier is told); the orderer is sent to the handlers.
 */
export function cancelOrder(order: Order, ctx: CancelContext): TransitionResult {
  const at = actorTime(ctx);
  if (order.status === 'Antagen' && ctx.role !== 'handler') {
    throw new DomainError('invalid-transition', message('order.acceptedNoCancel'));
  }
  requireStatus(order, 'cancelOrder', ctx.role === 'handler' ? ['Ny', 'Väntar på svar', 'Antagen'] : ['Ny', 'Väntar på svar']);
  const reason = textOf(ctx.reason).trim();
  const { cancelReasonMinLength, commentMaxLength } = orderValidationLimits;
  if (reason.length < cancelReasonMinLength) {
    throw new DomainError('reason-required', message('order.cancelReasonShort', { min: cancelReasonMinLength }), 'reason');
  }
  if (reason.length > commentMaxLength) {
    throw new DomainError('invalid-input', message('order.cancelReasonLong', { max: commentMaxLength }), 'reason');
  }
  const entry = makeEntry(order, at, ctx, {
    kind: 'Avbruten',
    toStatus: 'Avbruten',
    toSupplierKey: order.assignedSupplierKey,
    toRank: order.assignedRank,
    comment: reason,
    // The orderer's own words, or the handler's reason that the orderer is told.
    commentForOrderer: true
  });
  return withChanges(order, { status: 'Avbruten', cancelledAt: at, cancelReason: reason }, entry);
}

/** The decline reasons an acceptance can be corrected to: the supplier answered, so "no answer" does not fit. */
export const DECLINE_REASONS: readonly CascadeReason[] = ['Avböjt: saknar kapacitet', 'Avböjt: kan inte starta i tid', 'Annat'];

export interface CorrectableAnswer {
  /** What was recorded, and what the correction makes of it. */
  recorded: 'accepted' | 'declined';
  /** The supplier whose answer it was. */
  supplierKey: string;
  rank: number;
  /** When the answer was recorded: a corrected acceptance's start is checked from that day. */
  recordedAt: string;
}

/** A decline recorded for a supplier who had the order, or a correction to a decline. */
function isRecordedDecline(entry: OrderTrailEntry | undefined): entry is OrderTrailEntry {
  if (!entry) return false;
  return ((entry.kind === 'Vidare till nästa leverantör' || entry.kind === 'Ingen leverantör') && entry.fromStatus === 'Väntar på svar') ||
    (entry.kind === 'Svar rättat' && entry.toStatus !== 'Antagen');
}

/**
 * The answer that may be corrected now: the latest one, while nothing but a sending has happened
 * since (an acceptance not yet completed; a decline whose next supplier has at most been sent the
 * order and not answered: that supplier is then told the request is withdrawn).
 * A decline is an answer only if the supplier had the order ('Väntar på svar'); a skip is not.
 */
export function correctableAnswer(order: Order): CorrectableAnswer | undefined {
  const last = order.trail[order.trail.length - 1];
  if (!last) return undefined;
  const accepted = last.kind === 'Antagen' || (last.kind === 'Svar rättat' && last.toStatus === 'Antagen');
  if (accepted && order.status === 'Antagen' && order.assignedSupplierKey) {
    return { recorded: 'accepted', supplierKey: order.assignedSupplierKey, rank: order.assignedRank, recordedAt: last.at };
  }
  const sentOn = last.kind === 'Skickad' && order.status === 'Väntar på svar';
  const decline = sentOn ? order.trail[order.trail.length - 2] : last;
  const stillOpen = sentOn ? decline?.toSupplierKey === last.toSupplierKey : order.status === 'Ny' || order.status === 'Ingen leverantör';
  if (isRecordedDecline(decline) && stillOpen && decline.fromSupplierKey && decline.fromRank !== undefined) {
    return { recorded: 'declined', supplierKey: decline.fromSupplierKey, rank: decline.fromRank, recordedAt: decline.at };
  }
  return undefined;
}

/**
 * A wrongly recorded answer is corrected, never edited away: the order moves as the right answer
 * would have moved it, and one 'Svar rättat' entry with the justification records why.
 * Accepted -> declined: the order goes on to the next supplier (or ends without one).
 * Declined -> accepted: the order goes back to that supplier, accepted with the start date given.
 */
export function correctAnswer(order: Order, ctx: CorrectionContext): TransitionResult {
  const at = actorTime(ctx);
  const answer = correctableAnswer(order);
  if (!answer) {
    throw new DomainError('invalid-transition', message('order.nothingToCorrect'));
  }
  const justification = textOf(ctx.justification).trim();
  const { justificationMinNonSpaceChars, commentMaxLength } = orderValidationLimits;
  if (nonSpaceLength(justification) < justificationMinNonSpaceChars) {
    throw new DomainError('justification-required', message('order.correctionJustification', { min: justificationMinNonSpaceChars }), 'justification');
  }
  if (justification.length > commentMaxLength) {
    throw new DomainError('invalid-input', message('order.commentTooLong', { max: commentMaxLength }), 'justification');
  }
  const cleared = { acceptedAt: '', startDate: '', sentAt: '', answerDeadline: '' };
  const common = { comment: justification, commentForOrderer: ctx.commentForOrderer };
  if (answer.recorded === 'accepted') {
    const reason = ctx.reason;
    if (!reason || DECLINE_REASONS.indexOf(reason) < 0) {
      throw new DomainError('reason-not-allowed', message('order.chooseDeclineReason', { reasons: DECLINE_REASONS }), 'reason');
    }
    const index = order.ranking.findIndex((r) => r.supplierKey === answer.supplierKey);
    const next = index >= 0 ? order.ranking[index + 1] : undefined;
    if (!next) {
      const entry = makeEntry(order, at, ctx, { kind: 'Svar rättat', toStatus: 'Ingen leverantör', toSupplierKey: '', reason, ...common });
      return withChanges(order, { ...cleared, status: 'Ingen leverantör', assignedSupplierKey: '', assignedRank: 0 }, entry, [message('order.noMoreSuppliersTold')]);
    }
    const entry = makeEntry(order, at, ctx, { kind: 'Svar rättat', toStatus: 'Ny', toSupplierKey: next.supplierKey, toRank: next.rank, reason, ...common });
    return withChanges(order, { ...cleared, status: 'Ny', assignedSupplierKey: next.supplierKey, assignedRank: next.rank }, entry);
  }
  const startDate = textOf(ctx.startDate).trim();
  if (!isValidIsoDate(startDate)) {
    throw new DomainError('invalid-date', message('order.startDateInvalid'), 'startDate');
  }
  // The acceptance was given when the decline was recorded, so the start is checked from that day.
  const answered = stockholmDate(new Date(answer.recordedAt));
  if (compareIsoDates(startDate, answered) < 0) {
    throw new DomainError('start-date-in-past', message('order.startBeforeAnswer', { date: startDate, answered }), 'startDate');
  }
  // The sending to this supplier is the one the answer was to: its time and deadline come back.
  const sending = [...order.trail].reverse().find((e) => e.kind === 'Skickad' && e.toSupplierKey === answer.supplierKey);
  const entry = makeEntry(order, at, ctx, { kind: 'Svar rättat', toStatus: 'Antagen', toSupplierKey: answer.supplierKey, toRank: answer.rank, startDate, ...common });
  const warnings = daysBetween(answered, startDate) > orderValidationLimits.startDateWarningDays
    ? [message('order.startFarAfterAnswer', { date: startDate, days: orderValidationLimits.startDateWarningDays })]
    : [];
  return withChanges(
    order,
    {
      status: 'Antagen',
      assignedSupplierKey: answer.supplierKey,
      assignedRank: answer.rank,
      acceptedAt: at,
      startDate,
      sentAt: sending ? sending.at : '',
      answerDeadline: sending?.answerDeadline ?? ''
    },
    entry,
    warnings
  );
}

/**
 * The reasons the handler may choose right now. "Annat" is always listed while the order can
 * move, because it only needs a justification, which is checked when the move is made.
 */
export function allowedCascadeReasons(order: Order, now: Date): CascadeReason[] {
  const enoughComment = 'x'.repeat(orderValidationLimits.justificationMinNonSpaceChars);
  return CASCADE_REASONS.filter((reason) => cascadeRefusal(order, reason, enoughComment, now) === null);
}

/**
 * What the UI may offer. Handlers run the cascade; orderers may withdraw their own order before
 * a supplier has accepted it and report the follow-up figures once it has been accepted.
 */
export function allowedActions(order: Order, role: OrderRole, now: Date): OrderAction[] {
  const actions: OrderAction[] = [];
  const open = order.status === 'Ny' || order.status === 'Väntar på svar';
  if (role === 'handler') {
    if (order.status === 'Ny' && order.assignedSupplierKey) actions.push('sendToSupplier');
    if (order.status === 'Väntar på svar') actions.push('recordAcceptance');
    if (open && allowedCascadeReasons(order, now).length > 0) actions.push('moveToNextSupplier');
  }
  if (order.status === 'Antagen') actions.push('completeOrder');
  if (open || (role === 'handler' && order.status === 'Antagen')) actions.push('cancelOrder');
  if (role === 'handler' && correctableAnswer(order)) actions.push('correctAnswer');
  return actions;
}

/** A trail entry as a message: supplier names and comments are data (names from the lists, words people typed). */
export function trailEntryMessage(entry: OrderTrailEntry, supplierName: (key: string) => string): Message {
  const name = (key: string): ReturnType<typeof data> | undefined => (key ? data(supplierName(key) || key) : undefined);
  const comment = entry.comment ? data(entry.comment) : undefined;
  const moved = { reason: entry.reason ?? '', from: name(entry.fromSupplierKey), fromRank: entry.fromRank, comment };
  switch (entry.kind) {
    case 'Skapad':
      return message('trail.created', { to: name(entry.toSupplierKey), toRank: entry.toRank });
    case 'Skickad':
      return message('trail.sent', { to: name(entry.toSupplierKey), toRank: entry.toRank, deadline: entry.answerDeadline || undefined });
    case 'Antagen':
      return message('trail.accepted', { to: name(entry.toSupplierKey), toRank: entry.toRank, startDate: entry.startDate || undefined });
    case 'Vidare till nästa leverantör':
      return message('trail.moved', { ...moved, to: name(entry.toSupplierKey), toRank: entry.toRank });
    case 'Ingen leverantör':
      return message('trail.noSupplier', moved);
    case 'Genomförd':
      return message('trail.completed');
    case 'Avbruten':
      return message('trail.cancelled', { comment });
    case 'Svar rättat':
      return message('trail.corrected', {
        accepted: entry.toStatus === 'Antagen',
        to: name(entry.toSupplierKey),
        toRank: entry.toRank,
        from: name(entry.fromSupplierKey),
        fromRank: entry.fromRank,
        startDate: entry.startDate || undefined,
        comment
      });
    default:
      return message('trail.other');
  }
}

/** One plain Swedish sentence (or two) about a trail entry, for the orderer's history view. */
export function describeTrailEntry(entry: OrderTrailEntry, supplierName: (key: string) => string): string {
  return renderMessage(trailEntryMessage(entry, supplierName), 'sv');
}

