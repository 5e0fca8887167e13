// An Avropsstatus row as follow-up counts it. Only the handlers' record is read: the small columns
// the handler wrote for counting (submission, area, organisation, participants, adaptations), the
// status and outcome, and the trail's counted steps in short form (Kpis; a record written before
// that column existed is read with its full Trail instead, see FOLLOW_UP_TRAIL_QUERY). Every value
// is read as untrusted (any value survives).
import { ORDER_RECORDS } from '../../schema/lists';
import { FollowUpRecord } from '../../domain/scorecard';
import { decodeKpiTrail } from '../../domain/scorecardFacts';
import { SiteTimeZone } from '../../domain/time';
import { Adaptation, ADAPTATIONS, OrderStatus, ORDER_STATUSES } from '../../domain/types';
import { CatalogueIds } from '../catalogueIds';
import { ListQuery } from './catalogue';
import { ReadProblems, readChoice, readNumber, readTimestamp, readTrail } from './untrusted';
import { dateOnly, lookupId, multi, str } from './values';

/** Flat lookup ids (`AreaId`): no $expand, so a year's rows carry no titles. */
export const FOLLOW_UP_QUERY: ListQuery = {
  listTitle: ORDER_RECORDS.title,
  select: [
    'Id', 'Title', 'SubmittedAt', 'AreaId', 'OrganisationId', 'Status', 'AssignedSupplierId', 'AssignedRank', 'Participants', 'Adaptations', 'Kpis',
    'StartDate', 'ActualParticipants', 'ParticipantsWomen', 'ParticipantsMen', 'ParticipantsOther', 'EvaluationScore'
  ],
  expand: []
};

/** The full trail of records whose Kpis is empty or unreadable: older records on an upgraded site. */
export const FOLLOW_UP_TRAIL_QUERY: ListQuery = { listTitle: ORDER_RECORDS.title, select: ['Id', 'Trail'], expand: [] };

/** Whether the row's trail must be read from Trail (FOLLOW_UP_TRAIL_QUERY) for the scorecard to count it. */
export function needsFullTrail(item: Record<string, unknown>): boolean {
  return item.Trail === undefined && decodeKpiTrail(item.Kpis) === undefined;
}

const OUTCOME: Array<[keyof FollowUpRecord, string]> = [
  ['actualParticipants', 'ActualParticipants'],
  ['participantsWomen', 'ParticipantsWomen'],
  ['participantsMen', 'ParticipantsMen'],
  ['participantsOtherOrUnstated', 'ParticipantsOther'],
  ['evaluationScore', 'EvaluationScore']
];

const keyOf = (map: CatalogueIds[keyof CatalogueIds], id: number | undefined): string => (id === undefined ? '' : map.key(id) ?? '');

export function followUpRecordFromItem(item: Record<string, unknown>, ids: CatalogueIds, zone: SiteTimeZone): FollowUpRecord {
  const p = new ReadProblems();
  const participants = readNumber(item.Participants, 'Participants', p);
  const record: FollowUpRecord = {
    reference: str(item.Title),
    submittedAt: readTimestamp(item.SubmittedAt, 'SubmittedAt', p),
    areaKey: keyOf(ids.areas, lookupId(item, 'Area')),
    organisationKey: keyOf(ids.organisations, lookupId(item, 'Organisation')),
    status: readChoice<OrderStatus>(item.Status, ORDER_STATUSES, 'Status', p, 'Ny'),
    assignedSupplierKey: keyOf(ids.suppliers, lookupId(item, 'AssignedSupplier')),
    assignedRank: readNumber(item.AssignedRank, 'AssignedRank', p) ?? 0,
    requestedParticipants: participants !== undefined && Number.isInteger(participants) && participants > 0 ? participants : 0,
    adaptations: multi(item.Adaptations).filter((a): a is Adaptation => (ADAPTATIONS as readonly string[]).indexOf(a) >= 0),
    trail: decodeKpiTrail(item.Kpis) ?? readTrail(item.Trail, 'Trail', p),
    startDate: dateOnly(item.StartDate, zone)
  };
  for (const [field, column] of OUTCOME) {
    const n = readNumber(item[column], column, p);
    if (n !== undefined && Number.isInteger(n) && n >= 0) (record as unknown as Record<string, unknown>)[field] = n;
  }
  return record;
}

/** Whether a row points at an area, organisation or supplier the cached ids do not know yet. */
export function unknownFollowUpIds(item: Record<string, unknown>, ids: CatalogueIds): boolean {
  const unknown = (field: string, map: CatalogueIds[keyof CatalogueIds]): boolean => {
    const id = lookupId(item, field);
    return id !== undefined && map.key(id) === undefined;
  };
  return unknown('Area', ids.areas) || unknown('Organisation', ids.organisations) || unknown('AssignedSupplier', ids.suppliers);
}
