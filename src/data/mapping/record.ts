// Avropsstatus row <-> the handlers' part of an Order, and the order as handlers see it: the
// orderer's request from her Avrop item, everything else from the record only handlers write.
import { ORDER_RECORDS } from '../../schema/lists';
import { SiteTimeZone, STOCKHOLM_SITE_ZONE } from '../../domain/time';
import { ADAPTATIONS, Order, OrderRequest, OrderStatus, ORDER_STATUSES, OrderTrailEntry, RankedSupplier } from '../../domain/types';
import { orderValidationLimits } from '../../domain/limits';
import { formatReference } from '../../domain/reference';
import { encodeKpiTrail } from '../../domain/scorecardFacts';
import { CatalogueIds } from '../catalogueIds';
import { RankingBasisNote, RecordVersion, StoredOrder } from '../ports';
import { orderRankingProblems } from '../../domain/rankingHealth';
import type { RankingInForce } from '../../domain/rankingInForce';
import { ListQuery } from './catalogue';
import { handlingToItem, readHandling, readOutcome } from './handling';
import { ReadProblems, readChoice, readNumber, readRanking, readTrail } from './untrusted';
import { dateOnly, lookupId, num, orNull, SpItem } from './values';
import { etagOf } from './order';

export const RECORD_QUERY: ListQuery = {
  listTitle: ORDER_RECORDS.title,
  select: [
    'Id', 'Title', 'ParentOrder/Id', 'Status', 'AssignedSupplier/Id', 'AssignedSupplier/Title', 'AssignedRank', 'RankingInForce', 'SentRequest', 'Trail',
    'SentAt', 'AnswerDeadline', 'AcceptedAt', 'StartDate', 'CompletedAt', 'CancelledAt', 'CancelReason', 'ActualParticipants',
    'ParticipantsWomen', 'ParticipantsMen', 'ParticipantsOther', 'EvaluationScore'
  ],
  expand: ['ParentOrder', 'AssignedSupplier']
};

/** What the queue orders and pages records by: a few small columns, so every open order can be read at once. */
export const RECORD_INDEX_QUERY: ListQuery = {
  listTitle: ORDER_RECORDS.title,
  select: ['Id', 'ParentOrder/Id', 'Status', 'AnswerDeadline', 'SubmittedAt'],
  expand: ['ParentOrder']
};

function supplierId(key: string, ids: CatalogueIds): number | null {
  return key ? ids.suppliers.id(key) ?? null : null;
}

/** What follow-up counts the order by: the request as sent once it was sent, else as the handler found it. */
function countedAs(order: Order, ids: CatalogueIds, sentRequest: OrderRequest | undefined): SpItem {
  const request = sentRequest ?? order;
  const participants = Number(request.participants);
  return {
    SubmittedAt: orNull(order.submittedAt),
    AreaId: ids.areas.id(request.areaKey) ?? null,
    OrganisationId: ids.organisations.id(request.organisationKey) ?? null,
    Participants: Number.isInteger(participants) && participants >= 1 && participants <= orderValidationLimits.participantsMax ? participants : null,
    // Only the schema's choices: a stray value would make SharePoint refuse the handler's write.
    Adaptations: (request.adaptations ?? []).filter((a) => (ADAPTATIONS as readonly string[]).indexOf(a) >= 0)
  };
}

export function recordToItem(order: Order, orderId: number, ids: CatalogueIds, zone: SiteTimeZone, sentRequest: OrderRequest | undefined): SpItem {
  return {
    ...countedAs(order, ids, sentRequest),
    Title: order.reference,
    ParentOrderId: orderId,
    OrderKey: String(Math.trunc(orderId)),
    Status: order.status,
    AssignedSupplierId: supplierId(order.assignedSupplierKey, ids),
    AssignedRank: order.assignedRank > 0 ? order.assignedRank : null,
    RankingInForce: JSON.stringify(order.ranking),
    SentRequest: sentRequest ? JSON.stringify(sentRequest) : null,
    Trail: JSON.stringify(order.trail),
    Kpis: encodeKpiTrail(order.trail),
    ...handlingToItem(order, zone)
  };
}

export function recordOrderId(item: SpItem): number {
  return lookupId(item, 'ParentOrder') ?? num(item.ParentOrderId);
}

/** The reference is the item's own id and creation year: nothing anyone writes decides it. */
export function referenceOf(itemId: number, created: unknown, fallbackIso: string): string {
  const at = typeof created === 'string' && !Number.isNaN(Date.parse(created)) ? created : fallbackIso;
  const year = Number(dateOnly(at || new Date().toISOString()).slice(0, 4));
  return formatReference(Number.isInteger(year) && year > 0 ? year : new Date().getUTCFullYear(), itemId);
}

function sentRequestOf(value: unknown, problems: ReadProblems): OrderRequest | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(String(value));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as OrderRequest;
  } catch {
    // noted below
  }
  problems.note('SentRequest');
  return undefined;
}

/** The orderer's cancellation on her own item: hers to make while the order is still open. */
function ordererCancellation(request: Order, authorLogin: string): OrderTrailEntry | undefined {
  if (request.status !== 'Avbruten' || !request.cancelledAt) return undefined;
  const entry = [...request.trail].reverse().find((e) => e.kind === 'Avbruten');
  return {
    at: request.cancelledAt,
    by: entry?.by || authorLogin,
    kind: 'Avbruten',
    fromStatus: entry?.fromStatus ?? '',
    toStatus: 'Avbruten',
    fromSupplierKey: entry?.fromSupplierKey ?? '',
    toSupplierKey: '',
    reason: '',
    comment: request.cancelReason
  };
}

const CANCELLABLE: readonly OrderStatus[] = ['Ny', 'Väntar på svar'];

export interface ComposeContext {
  ids: CatalogueIds;
  zone?: SiteTimeZone;
  /** The ranking in force for an area (from Rangordning, which only list owners write). */
  rankingOf: (areaKey: string) => RankedSupplier[];
  /** The ranking in force at the order's Created, from Rangordning and its change log; rankingOf when absent. */
  inForce?: (areaKey: string, submittedAt: string) => RankingInForce;
  /** The orderer's login and the item's Created: what SharePoint itself recorded. */
  authorLogin: string;
  created: unknown;
}

/**
 * The order as the desk and follow-up see it. `fromItem` is the orderer's Avrop item read as
 * usual; its request fields are hers to state. Status, supplier, ranking, dates and trail come
 * from `record` (or, before anyone handled the order, from the ranking in force and SharePoint's
 * own Created/Author); whatever else she wrote on her item is ignored here.
 */
export function composeWithRecord(fromItem: StoredOrder, record: SpItem | undefined, ctx: ComposeContext): StoredOrder {
  const mine = fromItem.order;
  const zone = ctx.zone ?? STOCKHOLM_SITE_ZONE;
  const p = new ReadProblems();
  const reference = referenceOf(fromItem.id, ctx.created, mine.submittedAt);
  const submittedAt = typeof ctx.created === 'string' && ctx.created ? ctx.created : mine.submittedAt;
  const created: OrderTrailEntry = {
    at: submittedAt,
    by: ctx.authorLogin || mine.submittedBy,
    kind: 'Skapad',
    fromStatus: '',
    toStatus: 'Ny',
    fromSupplierKey: '',
    toSupplierKey: '',
    reason: '',
    comment: ''
  };
  const base: Order = {
    ...mine,
    reference,
    submittedAt,
    submittedBy: ctx.authorLogin || mine.submittedBy,
    status: 'Ny',
    ranking: [],
    assignedSupplierKey: '',
    assignedRank: 0,
    sentAt: '',
    answerDeadline: '',
    acceptedAt: '',
    startDate: '',
    completedAt: '',
    cancelledAt: '',
    cancelReason: '',
    trail: [created]
  };
  for (const key of ['actualParticipants', 'participantsWomen', 'participantsMen', 'participantsOtherOrUnstated', 'evaluationScore'] as const) delete base[key];
  let order: Order;
  let version: RecordVersion;
  let basis: RankingBasisNote;
  if (!record) {
    const inForce = ctx.inForce ? ctx.inForce(mine.areaKey, submittedAt) : { ranking: ctx.rankingOf(mine.areaKey), basis: 'current' as const };
    const { ranking, ...where } = inForce;
    basis = { ...where, problems: orderRankingProblems(ranking) };
    const first = ranking[0];
    order = { ...base, ranking, assignedSupplierKey: first?.supplierKey ?? '', assignedRank: first?.rank ?? 0 };
    order.trail = [{ ...created, toSupplierKey: order.assignedSupplierKey, ...(first ? { toRank: first.rank } : {}) }];
    version = { id: 0, etag: '' };
  } else {
    const supplierId = lookupId(record, 'AssignedSupplier');
    order = {
      ...base,
      status: readChoice<OrderStatus>(record.Status, ORDER_STATUSES, 'Status', p, 'Ny'),
      ranking: readRanking(record.RankingInForce, 'RankingInForce', p),
      assignedSupplierKey: supplierId === undefined ? '' : ctx.ids.suppliers.key(supplierId) ?? '',
      assignedRank: readNumber(record.AssignedRank, 'AssignedRank', p) ?? 0,
      ...readHandling(record, zone, p),
      trail: readTrail(record.Trail, 'Trail', p)
    };
    readOutcome(record, p, order);
    basis = { basis: 'record', problems: orderRankingProblems(order.ranking) };
    version = { id: num(record.Id ?? record.ID), etag: etagOf(record) };
    const sent = sentRequestOf(record.SentRequest, p);
    if (sent) version.sentRequest = sent;
  }
  const cancellation = CANCELLABLE.indexOf(order.status) >= 0 ? ordererCancellation(mine, ctx.authorLogin) : undefined;
  if (cancellation) {
    order = { ...order, status: 'Avbruten', cancelledAt: cancellation.at, cancelReason: cancellation.comment, trail: [...order.trail, { ...cancellation, fromStatus: order.status, fromSupplierKey: order.assignedSupplierKey }] };
  }
  const stored: StoredOrder = { id: fromItem.id, etag: fromItem.etag, authorId: fromItem.authorId, order, record: version, rankingBasis: basis };
  // Only the request's own columns count from the item; problems with her copies do not matter here.
  const requestProblems = (fromItem.unreadable ?? []).filter((column) => REQUEST_COLUMNS.indexOf(column) >= 0);
  const problems = [...requestProblems, ...p.list()];
  if (problems.length > 0) stored.unreadable = problems;
  return stored;
}

/** The Avrop columns that carry the orderer's request (the rest of her item is her own copy). */
export const REQUEST_COLUMNS: readonly string[] = [
  'Unit', 'ContactName', 'ContactEmail', 'ContactPhone', 'InvoiceReference', 'TrainingAreaKeys', 'CourseKey', 'Need', 'TargetGroup',
  'Participants', 'Format', 'PeriodFrom', 'PeriodTo', 'Place', 'Adaptations', 'AdaptationsOther', 'OtherInfo'
];
