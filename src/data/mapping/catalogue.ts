// Catalogue lists <-> domain. Rangordning and Utbildningsområden point at areas and suppliers by
// item id; the KeyIdMaps translate those ids to the keys the domain uses, and back.
import { AgreementArea, AreaStatus, Course, CourseKind, Organisation, RankingEntry, Supplier, TargetGroup, TrainingArea } from '../../domain/types';
import { KeyIdMap } from '../catalogueIds';
import { UnknownCatalogueKeyError } from '../errors';
export { AREA_QUERY, CATALOGUE_QUERIES, CATALOGUE_VIEW_QUERIES, ORGANISATION_QUERY, RANKING_QUERY, SUPPLIER_QUERY, TRAINING_ITEM_QUERY } from './catalogueQueries';
export type { ListQuery } from './catalogueQueries';
import { bool, lookupId, multi, num, numOrNull, optBool, optNum, orNull, SpItem, str } from './values';

function keyFor(map: KeyIdMap, id: number | undefined, what: string): string {
  const key = id === undefined ? undefined : map.key(id);
  if (key === undefined) throw new UnknownCatalogueKeyError(what, id ?? '(tom)');
  return key;
}

function idFor(map: KeyIdMap, key: string, what: string): number {
  const id = map.id(key);
  if (id === undefined) throw new UnknownCatalogueKeyError(what, key);
  return id;
}

// --- Avtalsområden

export function areaFromItem(item: SpItem): AgreementArea {
  return {
    key: str(item.AreaKey),
    title: str(item.Title),
    summary: str(item.Summary),
    about: str(item.About),
    targetAudience: str(item.TargetAudience),
    notes: str(item.Notes),
    status: (str(item.AreaStatus) || 'Aktiv') as AreaStatus,
    orderingOpen: bool(item.OrderingOpen, true),
    responseHours: num(item.ResponseHours, 24),
    targetGroups: multi(item.TargetGroups) as TargetGroup[],
    sortOrder: num(item.SortOrder)
  };
}

export function areaToItem(area: AgreementArea): SpItem {
  return {
    Title: area.title,
    AreaKey: area.key,
    Summary: orNull(area.summary),
    About: orNull(area.about),
    TargetAudience: orNull(area.targetAudience),
    Notes: orNull(area.notes),
    AreaStatus: area.status,
    OrderingOpen: area.orderingOpen,
    ResponseHours: area.responseHours,
    TargetGroups: [...area.targetGroups],
    SortOrder: area.sortOrder
  };
}

// --- Utbildningsområden (training areas and courses share the list, told apart by ItemKind)

export type TrainingItem = { kind: 'trainingArea'; value: TrainingArea } | { kind: 'course'; value: Course };

export function trainingItemFromItem(item: SpItem, areas: KeyIdMap): TrainingItem {
  const areaKey = keyFor(areas, lookupId(item, 'Area'), 'avtalsområde');
  const itemKind = str(item.ItemKind);
  if (itemKind === 'Kurs' || itemKind === 'Tidigare utbildning') {
    const course: Course = {
      key: str(item.ItemKey),
      areaKey,
      code: str(item.CourseCode),
      title: str(item.Title),
      kind: itemKind as CourseKind,
      description: str(item.Description),
      requirement: str(item.Requirement),
      sortOrder: num(item.SortOrder)
    };
    const minParticipants = optNum(item.MinParticipants);
    const maxParticipants = optNum(item.MaxParticipants);
    const days = optNum(item.Days);
    const residential = optBool(item.Residential);
    const link = str(item.Link);
    if (minParticipants !== undefined) course.minParticipants = minParticipants;
    if (maxParticipants !== undefined) course.maxParticipants = maxParticipants;
    if (days !== undefined) course.days = days;
    if (residential !== undefined) course.residential = residential;
    if (link) course.link = link;
    return { kind: 'course', value: course };
  }
  return {
    kind: 'trainingArea',
    value: { key: str(item.ItemKey), areaKey, title: str(item.Title), description: str(item.Description), sortOrder: num(item.SortOrder) }
  };
}

export function trainingAreaToItem(trainingArea: TrainingArea, areas: KeyIdMap): SpItem {
  return {
    Title: trainingArea.title,
    ItemKey: trainingArea.key,
    AreaId: idFor(areas, trainingArea.areaKey, 'avtalsområde'),
    ItemKind: 'Utbildningsområde',
    Description: orNull(trainingArea.description),
    SortOrder: trainingArea.sortOrder
  };
}

export function courseToItem(course: Course, areas: KeyIdMap): SpItem {
  return {
    Title: course.title,
    ItemKey: course.key,
    AreaId: idFor(areas, course.areaKey, 'avtalsområde'),
    ItemKind: course.kind,
    Description: orNull(course.description),
    CourseCode: orNull(course.code),
    Requirement: orNull(course.requirement),
    MinParticipants: numOrNull(course.minParticipants),
    MaxParticipants: numOrNull(course.maxParticipants),
    Days: numOrNull(course.days),
    Residential: course.residential === undefined ? null : course.residential,
    Link: orNull(course.link),
    SortOrder: course.sortOrder
  };
}

// --- Leverantörer

export function supplierFromItem(item: SpItem): Supplier {
  return { key: str(item.SupplierKey), name: str(item.Title), active: bool(item.Active, true), email: str(item.Email) };
}

export function supplierToItem(supplier: Supplier): SpItem {
  return { Title: supplier.name, SupplierKey: supplier.key, Active: supplier.active, Email: orNull(supplier.email) };
}

// --- Rangordning

/**
 * A row whose supplier is gone (deleted from Leverantörer: SharePoint then answers an empty lookup)
 * keeps its place with an empty supplier key, so the ranking health can name it; a row of an
 * unknown area is left out.
 */
export function rankingFromItem(item: SpItem, areas: KeyIdMap, suppliers: KeyIdMap): RankingEntry {
  const supplierId = lookupId(item, 'Supplier');
  return {
    areaKey: keyFor(areas, lookupId(item, 'Area'), 'avtalsområde'),
    supplierKey: (supplierId === undefined ? undefined : suppliers.key(supplierId)) ?? '',
    rank: num(item.Rank, Number.NaN)
  };
}

export function rankingToItem(entry: RankingEntry, areas: KeyIdMap, suppliers: KeyIdMap): SpItem {
  return {
    Title: `${entry.areaKey} ${entry.rank}`,
    AreaId: idFor(areas, entry.areaKey, 'avtalsområde'),
    SupplierId: idFor(suppliers, entry.supplierKey, 'leverantör'),
    Rank: entry.rank
  };
}

// --- Beställande organisationer

export function organisationFromItem(item: SpItem): Organisation {
  return { key: str(item.OrganisationKey), name: str(item.Title), active: bool(item.Active, true) };
}

export function organisationToItem(organisation: Organisation): SpItem {
  return { Title: organisation.name, OrganisationKey: organisation.key, Active: organisation.active };
}

/** Key <-> id map of rows carrying `keyField`. */
export function keyIdMapOf(items: SpItem[], keyField: string): KeyIdMap {
  return new KeyIdMap(items.map((item) => [str(item[keyField]), num(item.Id ?? item.ID)] as const));
}
