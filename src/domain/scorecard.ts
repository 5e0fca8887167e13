// The follow-up scorecard ("styrkort med mätetal"): key figures over the handlers' records of the
// orders submitted in a period. Every input here is what order handlers wrote (the record and its
// trail); nothing an orderer writes on her own item reaches these numbers.
import { addDays, daysBetween, isValidIsoDate } from './calendar';
import { parseInstant, startOfStockholmDay, stockholmDate } from './time';
import { Adaptation, ADAPTATIONS, CascadeReason, CASCADE_REASONS, OrderStatus, OrderTrailEntry } from './types';

/** One order as follow-up sees it: the handlers' record only. */
export interface FollowUpRecord {
  reference: string;
  /** When the order was submitted (ISO timestamp, SharePoint's Created of the order). */
  submittedAt: string;
  areaKey: string;
  organisationKey: string;
  status: OrderStatus;
  assignedSupplierKey: string;
  assignedRank: number;
  /** Participants asked for in the request as the handler sent it. */
  requestedParticipants: number;
  adaptations: Adaptation[];
  /** The handlers' trail, oldest first. */
  trail: OrderTrailEntry[];
  /** The start date the supplier gave (YYYY-MM-DD), or ''. */
  startDate: string;
  actualParticipants?: number;
  participantsWomen?: number;
  participantsMen?: number;
  participantsOtherOrUnstated?: number;
  evaluationScore?: number;
}

export interface ScorecardFilter {
  /** Swedish calendar dates, both included. */
  from: string;
  to: string;
  areaKey?: string;
  /** Orders this supplier was sent or holds; declines are then this supplier's only. */
  supplierKey?: string;
  organisationKey?: string;
}

/** Median and 90th percentile in days; undefined when nothing was measured. */
export interface LeadTime {
  count: number;
  median?: number;
  p90?: number;
}

export type LeadTimeKey = 'submittedToSent' | 'sentToAnswer' | 'submittedToAccepted' | 'acceptedToStart';
export const LEAD_TIME_KEYS: readonly LeadTimeKey[] = ['submittedToSent', 'sentToAnswer', 'submittedToAccepted', 'acceptedToStart'];

export interface DeclineRow {
  supplierKey: string;
  reason: CascadeReason;
  count: number;
}

export interface GenderRow {
  /** The area's key, or '' for all areas together. */
  areaKey: string;
  /** Participants in the orders whose gender split was reported. */
  reported: number;
  /** The split; absent when fewer than GENDER_MIN_GROUP took part, so nobody can be singled out. */
  split?: { women: number; men: number; otherOrUnstated: number };
}

export interface Scorecard {
  orders: number;
  requestedParticipants: number;
  /** Participants the handlers recorded at completion. */
  actualParticipants: number;
  completed: number;
  accepted: number;
  acceptedByRankOne: number;
  /** acceptedByRankOne / accepted; undefined when nothing was accepted. */
  rankOneShare?: number;
  /** Accepted orders by the rank of the supplier who accepted, lowest rank first. */
  byFinalRank: Array<{ rank: number; count: number }>;
  declines: DeclineRow[];
  answers: number;
  answersAfterDeadline: number;
  noSupplier: number;
  cancelled: number;
  leadTimes: Record<LeadTimeKey, LeadTime>;
  /** Orders asking for each adaptation, in the form's order; kinds nobody asked for are kept at 0. */
  adaptations: Array<{ kind: Adaptation; count: number }>;
  /** All areas first, then each area with a reported split. */
  gender: GenderRow[];
  evaluation: { count: number; mean?: number; byScore: Array<{ score: number; count: number }> };
}

/** The smallest group whose gender split is shown. */
export const GENDER_MIN_GROUP = 5;

const DAY_MS = 86400000;

/** Instants [start, end) of a period of Swedish calendar days. */
export function periodBounds(from: string, to: string): { start: string; end: string } {
  return { start: startOfStockholmDay(from).toISOString(), end: startOfStockholmDay(addDays(to, 1)).toISOString() };
}

export function isValidPeriod(from: string, to: string): boolean {
  return isValidIsoDate(from) && isValidIsoDate(to) && from <= to;
}

function ms(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const d = parseInstant(iso);
  return d ? d.getTime() : undefined;
}

function inPeriod(record: FollowUpRecord, start: number, end: number): boolean {
  const at = ms(record.submittedAt);
  return at !== undefined && at >= start && at < end;
}

function involves(record: FollowUpRecord, supplierKey: string): boolean {
  return record.assignedSupplierKey === supplierKey || record.trail.some((e) => e.kind === 'Skickad' && e.toSupplierKey === supplierKey);
}

export function filterRecords(records: readonly FollowUpRecord[], filter: ScorecardFilter): FollowUpRecord[] {
  const { start, end } = periodBounds(filter.from, filter.to);
  const s = Date.parse(start);
  const e = Date.parse(end);
  return records.filter(
    (r) =>
      inPeriod(r, s, e) &&
      (!filter.areaKey || r.areaKey === filter.areaKey) &&
      (!filter.organisationKey || r.organisationKey === filter.organisationKey) &&
      (!filter.supplierKey || involves(r, filter.supplierKey))
  );
}

/**
 * The median (mean of the two middle values for an even count) and the 90th percentile by the
 * nearest-rank method (the smallest value at or above 90 % of the values), rounded to 0.1 day.
 */
export function leadTimeOf(days: number[]): LeadTime {
  if (days.length === 0) return { count: 0 };
  const sorted = [...days].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const p90 = sorted[Math.ceil(0.9 * n) - 1];
  return { count: n, median: round1(median), p90: round1(p90) };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Trail steps that answer a sending: the supplier accepted, declined or the handler moved on. */
function isAnswerTo(entry: OrderTrailEntry): boolean {
  if (entry.fromStatus !== 'Väntar på svar') return false;
  if (entry.kind === 'Antagen') return true;
  return (entry.kind === 'Vidare till nästa leverantör' || entry.kind === 'Ingen leverantör') && entry.reason !== 'Inget svar före svarstiden' && entry.reason !== 'Annat';
}

function isCascade(entry: OrderTrailEntry): boolean {
  return (entry.kind === 'Vidare till nästa leverantör' || entry.kind === 'Ingen leverantör') && entry.reason !== '';
}

interface OrderMeasures {
  submittedToSent?: number;
  sentToAnswer: number[];
  submittedToAccepted?: number;
  acceptedToStart?: number;
  answers: number;
  late: number;
  acceptedRank?: number;
}

function measure(record: FollowUpRecord): OrderMeasures {
  const submitted = ms(record.submittedAt);
  const out: OrderMeasures = { sentToAnswer: [], answers: 0, late: 0 };
  let lastSent: { at: number; deadline?: number } | undefined;
  for (const entry of record.trail) {
    const at = ms(entry.at);
    if (at === undefined) continue;
    if (entry.kind === 'Skickad') {
      if (out.submittedToSent === undefined && submitted !== undefined) out.submittedToSent = (at - submitted) / DAY_MS;
      lastSent = { at, deadline: ms(entry.answerDeadline) };
      continue;
    }
    if (lastSent && isAnswerTo(entry)) {
      out.answers++;
      out.sentToAnswer.push((at - lastSent.at) / DAY_MS);
      if (lastSent.deadline !== undefined && at > lastSent.deadline) out.late++;
    }
    if (entry.kind === 'Antagen') {
      if (submitted !== undefined) out.submittedToAccepted = (at - submitted) / DAY_MS;
      const start = entry.startDate || record.startDate;
      if (isValidIsoDate(start)) out.acceptedToStart = daysBetween(stockholmDate(new Date(at)), start);
      out.acceptedRank = entry.toRank ?? record.assignedRank;
    }
    if (entry.fromStatus === 'Väntar på svar') lastSent = undefined;
  }
  return out;
}

function genderRow(areaKey: string, records: FollowUpRecord[]): GenderRow {
  let women = 0;
  let men = 0;
  let other = 0;
  for (const r of records) {
    if (r.participantsWomen === undefined && r.participantsMen === undefined && r.participantsOtherOrUnstated === undefined) continue;
    women += r.participantsWomen ?? 0;
    men += r.participantsMen ?? 0;
    other += r.participantsOtherOrUnstated ?? 0;
  }
  const reported = women + men + other;
  return reported >= GENDER_MIN_GROUP ? { areaKey, reported, split: { women, men, otherOrUnstated: other } } : { areaKey, reported };
}

/** The scorecard of `records` (already filtered: see filterRecords). */
export function computeScorecard(records: readonly FollowUpRecord[], supplierKey?: string): Scorecard {
  const leadDays: Record<LeadTimeKey, number[]> = { submittedToSent: [], sentToAnswer: [], submittedToAccepted: [], acceptedToStart: [] };
  const ranks = new Map<number, number>();
  const declines = new Map<string, DeclineRow>();
  const adaptations = new Map<Adaptation, number>(ADAPTATIONS.map((a) => [a, 0]));
  const scores = new Map<number, number>([1, 2, 3, 4, 5].map((s) => [s, 0]));
  const card: Scorecard = {
    orders: records.length,
    requestedParticipants: 0,
    actualParticipants: 0,
    completed: 0,
    accepted: 0,
    acceptedByRankOne: 0,
    byFinalRank: [],
    declines: [],
    answers: 0,
    answersAfterDeadline: 0,
    noSupplier: 0,
    cancelled: 0,
    leadTimes: { submittedToSent: { count: 0 }, sentToAnswer: { count: 0 }, submittedToAccepted: { count: 0 }, acceptedToStart: { count: 0 } },
    adaptations: [],
    gender: [],
    evaluation: { count: 0, byScore: [] }
  };
  let scoreSum = 0;
  for (const r of records) {
    card.requestedParticipants += r.requestedParticipants;
    if (r.status === 'Genomförd') {
      card.completed++;
      card.actualParticipants += r.actualParticipants ?? 0;
    }
    if (r.status === 'Ingen leverantör') card.noSupplier++;
    if (r.status === 'Avbruten') card.cancelled++;
    const m = measure(r);
    if (m.submittedToSent !== undefined) leadDays.submittedToSent.push(m.submittedToSent);
    leadDays.sentToAnswer.push(...m.sentToAnswer);
    if (m.submittedToAccepted !== undefined) leadDays.submittedToAccepted.push(m.submittedToAccepted);
    if (m.acceptedToStart !== undefined) leadDays.acceptedToStart.push(m.acceptedToStart);
    card.answers += m.answers;
    card.answersAfterDeadline += m.late;
    if (m.acceptedRank !== undefined && m.acceptedRank > 0) {
      card.accepted++;
      if (m.acceptedRank === 1) card.acceptedByRankOne++;
      ranks.set(m.acceptedRank, (ranks.get(m.acceptedRank) ?? 0) + 1);
    }
    for (const entry of r.trail) {
      if (!isCascade(entry) || !entry.fromSupplierKey) continue;
      if (supplierKey && entry.fromSupplierKey !== supplierKey) continue;
      const reason = entry.reason as CascadeReason;
      if (CASCADE_REASONS.indexOf(reason) < 0) continue;
      const key = `${entry.fromSupplierKey}\u0000${reason}`;
      const row = declines.get(key) ?? { supplierKey: entry.fromSupplierKey, reason, count: 0 };
      row.count++;
      declines.set(key, row);
    }
    for (const a of new Set(r.adaptations)) if (adaptations.has(a)) adaptations.set(a, adaptations.get(a)! + 1);
    if (r.evaluationScore !== undefined && scores.has(r.evaluationScore)) {
      scores.set(r.evaluationScore, scores.get(r.evaluationScore)! + 1);
      card.evaluation.count++;
      scoreSum += r.evaluationScore;
    }
  }
  if (card.accepted > 0) card.rankOneShare = card.acceptedByRankOne / card.accepted;
  card.byFinalRank = [...ranks.entries()].sort((a, b) => a[0] - b[0]).map(([rank, count]) => ({ rank, count }));
  card.declines = [...declines.values()].sort((a, b) => (a.supplierKey < b.supplierKey ? -1 : a.supplierKey > b.supplierKey ? 1 : CASCADE_REASONS.indexOf(a.reason) - CASCADE_REASONS.indexOf(b.reason)));
  for (const key of LEAD_TIME_KEYS) card.leadTimes[key] = leadTimeOf(leadDays[key]);
  card.adaptations = ADAPTATIONS.map((kind) => ({ kind, count: adaptations.get(kind)! }));
  const areaKeys = [...new Set(records.map((r) => r.areaKey))].sort();
  const perArea = areaKeys.map((key) => genderRow(key, records.filter((r) => r.areaKey === key))).filter((row) => row.reported > 0);
  card.gender = [genderRow('', [...records]), ...perArea];
  card.evaluation.byScore = [...scores.entries()].map(([score, count]) => ({ score, count }));
  if (card.evaluation.count > 0) card.evaluation.mean = Math.round((scoreSum / card.evaluation.count) * 100) / 100;
  return card;
}
