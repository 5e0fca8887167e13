// Avrop item <-> Order. Lookups are written as <Field>Id and read expanded (F/Id); the
// ranking snapshot, the trail and the chosen training areas are JSON in note columns, so the
// orderer can read the whole history on the order itself under item-level security.
import { ORDERS } from '../../schema/lists';
import { ADAPTATIONS, Adaptation, Order, ORDER_STATUSES, OrderStatus, TRAINING_FORMATS, TrainingFormat } from '../../domain/types';
import { CatalogueIds } from '../catalogueIds';
import { UnknownCatalogueKeyError } from '../errors';
import { StoredOrder } from '../ports';
import { ListQuery } from './catalogue';
import { handlingToItem, readHandling, readOutcome } from './handling';
import { ReadProblems, readChoice, readNumber, readRanking, readStringList, readText, readTimestamp, readTrail } from './untrusted';
import { SiteTimeZone, STOCKHOLM_SITE_ZONE } from '../../domain/time';
import { dateOnly, dateOnlyOut, lookupId, multi, num, orNull, SpItem } from './values';

/** Lookups by id only: names come from the catalogue, and every byte counts on a list's first page (issue 13). */
export const ORDER_QUERY: ListQuery = {
  listTitle: ORDERS.title,
  select: [
    'Id', 'Title', 'RequestKey', 'Area/Id', 'Status', 'AssignedSupplier/Id', 'AssignedRank',
    'Organisation/Id', 'Unit', 'ContactName', 'ContactEmail', 'ContactPhone', 'InvoiceReference',
    'TrainingAreaKeys', 'CourseKey', 'Need', 'TargetGroup', 'Participants', 'Format', 'PeriodFrom', 'PeriodTo', 'Place',
    'Adaptations', 'AdaptationsOther', 'OtherInfo', 'RankingSnapshot', 'Trail', 'SubmittedAt', 'SubmittedBy', 'SentAt',
    'AnswerDeadline', 'AcceptedAt', 'StartDate', 'CompletedAt', 'CancelledAt', 'CancelReason', 'ActualParticipants',
    'ParticipantsWomen', 'ParticipantsMen', 'ParticipantsOther', 'EvaluationScore', 'Created', 'Author/Id', 'Author/Name'
  ],
  expand: ['Area', 'AssignedSupplier', 'Organisation', 'Author']
};

function requiredId(id: number | undefined, kind: string, key: string): number {
  if (id === undefined) throw new UnknownCatalogueKeyError(kind, key);
  return id;
}

/** Every column of the order, as the body of an add or a (full) update; date-only columns on the site's clock (`zone`). */
export function orderToItem(order: Order, ids: CatalogueIds, zone: SiteTimeZone = STOCKHOLM_SITE_ZONE): SpItem {
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
    PeriodFrom: dateOnlyOut(order.periodFrom, zone),
    PeriodTo: dateOnlyOut(order.periodTo, zone),
    Place: orNull(order.place),
    Adaptations: [...order.adaptations],
    AdaptationsOther: orNull(order.adaptationsOther),
    OtherInfo: orNull(order.otherInfo),
    RankingSnapshot: JSON.stringify(order.ranking),
    Trail: JSON.stringify(order.trail),
    SubmittedAt: orNull(order.submittedAt),
    SubmittedBy: orNull(order.submittedBy),
    ...handlingToItem(order, zone)
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

/** The order as far as it can be read, and the columns that could not be read as the schema says. */
export function readOrderItem(item: SpItem, ids: CatalogueIds, zone: SiteTimeZone = STOCKHOLM_SITE_ZONE): { order: Order; problems: string[] } {
  const p = new ReadProblems();
  const text = (column: string): string => readText(item[column], column, p);
  const order: Order = {
    reference: text('Title'),
    requestKey: text('RequestKey'),
    status: readChoice<OrderStatus>(item.Status, ORDER_STATUSES, 'Status', p, 'Ny'),
    ranking: readRanking(item.RankingSnapshot, 'RankingSnapshot', p),
    assignedSupplierKey: keyOf(lookupId(item, 'AssignedSupplier'), (id) => ids.suppliers.key(id)),
    assignedRank: readNumber(item.AssignedRank, 'AssignedRank', p) ?? 0,
    organisationKey: keyOf(lookupId(item, 'Organisation'), (id) => ids.organisations.key(id)),
    unit: text('Unit'),
    contactName: text('ContactName'),
    contactEmail: text('ContactEmail'),
    contactPhone: text('ContactPhone'),
    invoiceReference: text('InvoiceReference'),
    areaKey: keyOf(lookupId(item, 'Area'), (id) => ids.areas.key(id)),
    trainingAreaKeys: readStringList(item.TrainingAreaKeys, 'TrainingAreaKeys', p),
    courseKey: text('CourseKey'),
    need: text('Need'),
    targetGroup: text('TargetGroup'),
    participants: readNumber(item.Participants, 'Participants', p) ?? 0,
    format: readChoice<TrainingFormat>(item.Format, TRAINING_FORMATS, 'Format', p, TRAINING_FORMATS[0]),
    periodFrom: dateOnly(item.PeriodFrom, zone),
    periodTo: dateOnly(item.PeriodTo, zone),
    place: text('Place'),
    adaptations: multi(item.Adaptations).filter((value): value is Adaptation => (ADAPTATIONS as readonly string[]).indexOf(value) >= 0),
    adaptationsOther: text('AdaptationsOther'),
    otherInfo: text('OtherInfo'),
    submittedAt: readTimestamp(item.SubmittedAt, 'SubmittedAt', p),
    submittedBy: text('SubmittedBy'),
    ...readHandling(item, zone, p),
    trail: readTrail(item.Trail, 'Trail', p)
  };
  if (multi(item.Adaptations).length !== order.adaptations.length) p.note('Adaptations');
  readOutcome(item, p, order);
  return { order, problems: p.list() };
}

export function orderFromItem(item: SpItem, ids: CatalogueIds, zone: SiteTimeZone = STOCKHOLM_SITE_ZONE): Order {
  return readOrderItem(item, ids, zone).order;
}

/** The version SharePoint gave the item: `odata.etag` (nometadata) or `__metadata.etag` (verbose). */
export function etagOf(item: SpItem): string {
  const etag = item['odata.etag'] ?? (item.__metadata as { etag?: string } | undefined)?.etag;
  return etag === undefined || etag === null ? '' : String(etag);
}

export function storedOrderFromItem(item: SpItem, ids: CatalogueIds, zone: SiteTimeZone = STOCKHOLM_SITE_ZONE): StoredOrder {
  const { order, problems } = readOrderItem(item, ids, zone);
  const stored: StoredOrder = {
    id: num(item.Id ?? item.ID),
    etag: etagOf(item),
    authorId: lookupId(item, 'Author') ?? 0,
    order
  };
  if (problems.length > 0) stored.unreadable = problems;
  return stored;
}
