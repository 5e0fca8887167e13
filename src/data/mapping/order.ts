// Avrop item <-> Order. Lookups are written as <Field>Id and read expanded (F/Id, F/Title); the
// ranking snapshot, the trail and the chosen training areas are JSON in note columns, so the
// orderer can read the whole history on the order itself under item-level security.
import { ORDERS } from '../../schema/lists';
import { Adaptation, Order, OrderStatus, OrderTrailEntry, RankedSupplier, TrainingFormat } from '../../domain/types';
import { CatalogueIds } from '../catalogueIds';
import { UnknownCatalogueKeyError } from '../errors';
import { StoredOrder } from '../ports';
import { ListQuery } from './catalogue';
import { dateOnly, dateOnlyOut, jsonArray, lookupId, multi, num, numOrNull, optNum, orNull, SpItem, str, timestamp } from './values';

export const ORDER_QUERY: ListQuery = {
  listTitle: ORDERS.title,
  select: [
    'Id', 'Title', 'RequestKey', 'Area/Id', 'Area/Title', 'Status', 'AssignedSupplier/Id', 'AssignedSupplier/Title', 'AssignedRank',
    'Organisation/Id', 'Organisation/Title', 'Unit', 'ContactName', 'ContactEmail', 'ContactPhone', 'InvoiceReference',
    'TrainingAreaKeys', 'CourseKey', 'Need', 'TargetGroup', 'Participants', 'Format', 'PeriodFrom', 'PeriodTo', 'Place',
    'Adaptations', 'AdaptationsOther', 'OtherInfo', 'RankingSnapshot', 'Trail', 'SubmittedAt', 'SubmittedBy', 'SentAt',
    'AnswerDeadline', 'AcceptedAt', 'StartDate', 'CompletedAt', 'CancelledAt', 'CancelReason', 'ActualParticipants',
    'ParticipantsWomen', 'ParticipantsMen', 'ParticipantsOther', 'EvaluationScore', 'Author/Id', 'Author/Title'
  ],
  expand: ['Area', 'AssignedSupplier', 'Organisation', 'Author']
};

function requiredId(id: number | undefined, kind: string, key: string): number {
  if (id === undefined) throw new UnknownCatalogueKeyError(kind, key);
  return id;
}

/** Every column of the order, as the body of an add or a (full) update. */
export function orderToItem(order: Order, ids: CatalogueIds): SpItem {
  return {
    Title: order.reference,
    RequestKey: order.requestKey,
    AreaId: requiredId(ids.areas.id(order.areaKey), 'avtalsområde', order.areaKey),
    Status: order.status,
    AssignedSupplierId: order.assignedSupplierKey
      ? requiredId(ids.suppliers.id(order.assignedSupplierKey), 'leverantör', order.assignedSupplierKey)
      : null,
    AssignedRank: order.assignedRank > 0 ? order.assignedRank : null,
    OrganisationId: requiredId(ids.organisations.id(order.organisationKey), 'organisation', order.organisationKey),
    Unit: order.unit,
    ContactName: order.contactName,
    ContactEmail: order.contactEmail,
    ContactPhone: orNull(order.contactPhone),
    InvoiceReference: order.invoiceReference,
    TrainingAreaKeys: JSON.stringify(order.trainingAreaKeys),
    CourseKey: orNull(order.courseKey),
    Need: order.need,
    TargetGroup: order.targetGroup,
    Participants: order.participants,
    Format: order.format,
    PeriodFrom: dateOnlyOut(order.periodFrom),
    PeriodTo: dateOnlyOut(order.periodTo),
    Place: orNull(order.place),
    Adaptations: [...order.adaptations],
    AdaptationsOther: orNull(order.adaptationsOther),
    OtherInfo: orNull(order.otherInfo),
    RankingSnapshot: JSON.stringify(order.ranking),
    Trail: JSON.stringify(order.trail),
    SubmittedAt: orNull(order.submittedAt),
    SubmittedBy: orNull(order.submittedBy),
    SentAt: orNull(order.sentAt),
    AnswerDeadline: orNull(order.answerDeadline),
    AcceptedAt: orNull(order.acceptedAt),
    StartDate: dateOnlyOut(order.startDate),
    CompletedAt: orNull(order.completedAt),
    CancelledAt: orNull(order.cancelledAt),
    CancelReason: orNull(order.cancelReason),
    ActualParticipants: numOrNull(order.actualParticipants),
    ParticipantsWomen: numOrNull(order.participantsWomen),
    ParticipantsMen: numOrNull(order.participantsMen),
    ParticipantsOther: numOrNull(order.participantsOtherOrUnstated),
    EvaluationScore: numOrNull(order.evaluationScore)
  };
}

/** The columns whose values differ between two item bodies: what an update has to send. */
export function changedColumns(before: SpItem, after: SpItem): SpItem {
  const changed: SpItem = {};
  for (const [column, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(before[column])) changed[column] = value;
  }
  return changed;
}

/** Lookup ids of an Avrop row that the maps do not know (the catalogue changed since it was read). */
export function unknownOrderIds(item: SpItem, ids: CatalogueIds): boolean {
  const area = lookupId(item, 'Area');
  const supplier = lookupId(item, 'AssignedSupplier');
  const organisation = lookupId(item, 'Organisation');
  return (
    (area !== undefined && ids.areas.key(area) === undefined) ||
    (supplier !== undefined && ids.suppliers.key(supplier) === undefined) ||
    (organisation !== undefined && ids.organisations.key(organisation) === undefined)
  );
}

function keyOf(id: number | undefined, key: (id: number) => string | undefined): string {
  return id === undefined ? '' : key(id) ?? '';
}

export function orderFromItem(item: SpItem, ids: CatalogueIds): Order {
  const order: Order = {
    reference: str(item.Title),
    requestKey: str(item.RequestKey),
    status: (str(item.Status) || 'Ny') as OrderStatus,
    ranking: jsonArray<RankedSupplier>(item.RankingSnapshot),
    assignedSupplierKey: keyOf(lookupId(item, 'AssignedSupplier'), (id) => ids.suppliers.key(id)),
    assignedRank: num(item.AssignedRank),
    organisationKey: keyOf(lookupId(item, 'Organisation'), (id) => ids.organisations.key(id)),
    unit: str(item.Unit),
    contactName: str(item.ContactName),
    contactEmail: str(item.ContactEmail),
    contactPhone: str(item.ContactPhone),
    invoiceReference: str(item.InvoiceReference),
    areaKey: keyOf(lookupId(item, 'Area'), (id) => ids.areas.key(id)),
    trainingAreaKeys: jsonArray<string>(item.TrainingAreaKeys),
    courseKey: str(item.CourseKey),
    need: str(item.Need),
    targetGroup: str(item.TargetGroup),
    participants: num(item.Participants),
    format: str(item.Format) as TrainingFormat,
    periodFrom: dateOnly(item.PeriodFrom),
    periodTo: dateOnly(item.PeriodTo),
    place: str(item.Place),
    adaptations: multi(item.Adaptations) as Adaptation[],
    adaptationsOther: str(item.AdaptationsOther),
    otherInfo: str(item.OtherInfo),
    submittedAt: timestamp(item.SubmittedAt),
    submittedBy: str(item.SubmittedBy),
    sentAt: timestamp(item.SentAt),
    answerDeadline: timestamp(item.AnswerDeadline),
    acceptedAt: timestamp(item.AcceptedAt),
    startDate: dateOnly(item.StartDate),
    completedAt: timestamp(item.CompletedAt),
    cancelledAt: timestamp(item.CancelledAt),
    cancelReason: str(item.CancelReason),
    trail: jsonArray<OrderTrailEntry>(item.Trail)
  };
  const optional: Array<[keyof Order, unknown]> = [
    ['actualParticipants', item.ActualParticipants],
    ['participantsWomen', item.ParticipantsWomen],
    ['participantsMen', item.ParticipantsMen],
    ['participantsOtherOrUnstated', item.ParticipantsOther],
    ['evaluationScore', item.EvaluationScore]
  ];
  for (const [field, value] of optional) {
    const n = optNum(value);
    if (n !== undefined) (order as unknown as Record<string, unknown>)[field] = n;
  }
  return order;
}

/** The version SharePoint gave the item: `odata.etag` (nometadata) or `__metadata.etag` (verbose). */
export function etagOf(item: SpItem): string {
  const etag = item['odata.etag'] ?? (item.__metadata as { etag?: string } | undefined)?.etag;
  return etag === undefined || etag === null ? '' : String(etag);
}

export function storedOrderFromItem(item: SpItem, ids: CatalogueIds): StoredOrder {
  return {
    id: num(item.Id ?? item.ID),
    etag: etagOf(item),
    authorId: lookupId(item, 'Author') ?? 0,
    order: orderFromItem(item, ids)
  };
}
