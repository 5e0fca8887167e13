// The part of an order's trail the scorecard reads, in a short form the handlers' record carries
// beside the full trail (Avropsstatus.Kpis). A year's scorecard then reads these few bytes per
// order instead of every trail's comments, names and rankings. What is kept is exactly what
// scorecard.ts looks at: sendings (time, supplier, answer deadline), every step out of "Väntar på
// svar" (an answer, or the end of a sending), acceptances (time, rank, start date) and cascades
// (the supplier left and why). Both forms come from the same trail in the same write, so they
// cannot disagree; tests/domain/scorecardFacts.test.ts holds the scorecard of both forms equal.
import { parseInstant } from './time';
import { CascadeReason, CASCADE_REASONS, OrderEventKind, OrderStatus, ORDER_STATUSES, OrderTrailEntry } from './types';

/** The first element of the encoded form: a later change of form gets another number. */
export const KPI_FORM = 1;

const KINDS: readonly OrderEventKind[] = ['Skapad', 'Skickad', 'Antagen', 'Vidare till nästa leverantör', 'Ingen leverantör', 'Genomförd', 'Avbruten', 'Svar rättat'];
const WAITING: OrderStatus = 'Väntar på svar';

function isCascadeStep(e: OrderTrailEntry): boolean {
  return (e.kind === 'Vidare till nästa leverantör' || e.kind === 'Ingen leverantör') && e.reason !== '';
}

function counts(e: OrderTrailEntry): boolean {
  return e.kind === 'Skickad' || e.kind === 'Antagen' || e.fromStatus === WAITING || isCascadeStep(e);
}

/** Milliseconds in base 36, or '' for a time that does not parse (the scorecard skips those). */
function instant(value: string | undefined): string {
  const d = value ? parseInstant(value) : null;
  return d ? d.getTime().toString(36) : '';
}

function fromInstant(value: unknown): string {
  if (typeof value !== 'string' || !/^[0-9a-z]{1,12}$/.test(value)) return '';
  const t = parseInt(value, 36);
  const d = new Date(t);
  return Number.isFinite(t) && !Number.isNaN(d.getTime()) ? d.toISOString() : '';
}

type Tuple = Array<string | number>;

/**
 * A JSON array: KPI_FORM, then one tuple per kept entry:
 * [kind, at, fromStatus, toStatus, toSupplierKey, answerDeadline, fromSupplierKey, reason, toRank, startDate],
 * kinds, statuses and reasons as indexes (-1 for none), times as base-36 milliseconds; trailing
 * empty fields are left out.
 */
export function encodeKpiTrail(trail: readonly OrderTrailEntry[]): string {
  const out: Array<number | Tuple> = [KPI_FORM];
  for (const e of trail) {
    if (!counts(e)) continue;
    const t: Tuple = [
      KINDS.indexOf(e.kind),
      instant(e.at),
      ORDER_STATUSES.indexOf(e.fromStatus as OrderStatus),
      ORDER_STATUSES.indexOf(e.toStatus),
      e.kind === 'Skickad' ? e.toSupplierKey : '',
      e.kind === 'Skickad' ? instant(e.answerDeadline) : '',
      isCascadeStep(e) ? e.fromSupplierKey : '',
      CASCADE_REASONS.indexOf(e.reason as CascadeReason),
      e.kind === 'Antagen' && typeof e.toRank === 'number' ? e.toRank : '',
      e.kind === 'Antagen' && e.startDate ? e.startDate : ''
    ];
    while (t.length > 2 && (t[t.length - 1] === '' || t[t.length - 1] === -1)) t.pop();
    out.push(t);
  }
  return JSON.stringify(out);
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const index = <T>(list: readonly T[], v: unknown): T | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < list.length ? list[v] : undefined);

/**
 * The entries an encoded value holds, or undefined when it is empty or not of this form (the
 * record is then older than the column, or the value unreadable: the caller reads the trail).
 */
export function decodeKpiTrail(value: unknown): OrderTrailEntry[] | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed[0] !== KPI_FORM) return undefined;
  const entries: OrderTrailEntry[] = [];
  for (const t of parsed.slice(1)) {
    if (!Array.isArray(t)) return undefined;
    const kind = index(KINDS, t[0]);
    if (!kind) return undefined;
    const entry: OrderTrailEntry = {
      at: fromInstant(t[1]),
      by: '',
      kind,
      fromStatus: index(ORDER_STATUSES, t[2]) ?? '',
      toStatus: index(ORDER_STATUSES, t[3]) ?? 'Ny',
      fromSupplierKey: text(t[6]),
      toSupplierKey: text(t[4]),
      reason: index(CASCADE_REASONS, t[7]) ?? '',
      comment: ''
    };
    const deadline = fromInstant(t[5]);
    if (deadline) entry.answerDeadline = deadline;
    if (typeof t[8] === 'number' && Number.isFinite(t[8])) entry.toRank = t[8];
    if (text(t[9])) entry.startDate = text(t[9]);
    entries.push(entry);
  }
  return entries;
}
