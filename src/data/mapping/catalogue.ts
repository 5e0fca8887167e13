// Catalogue lists <-> domain. Rangordning and Utbildningsområden point at areas and suppliers by
// item id; the KeyIdMaps translate those ids to the keys the domain uses, and back.
import { AREAS, ORGANISATIONS, RANKINGS, SUPPLIERS, TRAINING_AREAS } from '../../schema/lists';
import { AgreementArea, AreaStatus, Course, CourseKind, Organisation, RankingEntry, Supplier, TargetGroup, TrainingArea } from '../../domain/types';
import { KeyIdMap } from '../catalogueIds';
import { UnknownCatalogueKeyError } from '../errors';
import { bool, lookupId, multi, num, numOrNull, optBool, optNum, orNull, SpItem, str } from './values';

export interface ListQuery {
  listTitle: string;
  select: string[];
  expand: string[];
}

export const AREA_QUERY: ListQuery = {
  listTitle: AREAS.title,
  select: ['Id', 'Title', 'AreaKey', 'Summary', 'About', 'TargetAudience', 'Notes', 'AreaStatus', 'OrderingOpen', 'ResponseHours', 'TargetGroups', 'SortOrder'],
  expand: []
};

export const TRAINING_ITEM_QUERY: ListQuery = {
  listTitle: TRAINING_AREAS.title,
  select: [
    'Id', 'Title', 'ItemKey', 'Area/Id', 'Area/Title', 'ItemKind', 'Description', 'CourseCode', 'Requirement',
    'MinParticipants', 'MaxParticipants', 'Days', 'Residential', 'Link', 'SortOrder'
  ],
  expand: ['Area']
};

export const SUPPLIER_QUERY: ListQuery = {
  listTitle: SUPPLIERS.title,
  select: ['Id', 'Title', 'SupplierKey', 'Active', 'Email'],
  expand: []
};

export const RANKING_QUERY: ListQuery = {
  listTitle: RANKINGS.title,
  select: ['Id', 'Title', 'Area/Id', 'Area/Title', 'Supplier/Id', 'Supplier/Title', 'Rank'],
  expand: ['Area', 'Supplier']
};

export const ORGANISATION_QUERY: ListQuery = {
  listTitle: ORGANISATIONS.title,
  select: ['Id', 'Title', 'OrganisationKey', 'Active'],
  expand: []
};

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

// --- What the catalogue web part reads

/** The five lists, in the order buildCatalogue takes their rows. */
export const CATALOGUE_QUERIES: readonly ListQuery[] = [AREA_QUERY, TRAINING_ITEM_QUERY, SUPPLIER_QUERY, RANKING_QUERY, ORGANISATION_QUERY];

/**
 * Columns the catalogue web part neither shows nor needs for what it shows (ordering rules,
 * search, ranking): its read leaves them out. Everything else the queries above ask for stays,
 * so a column added there for the catalogue's rules is read here too.
 */
const NOT_SHOWN_IN_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  [AREAS.title]: ['ResponseHours'],
  [TRAINING_AREAS.title]: ['Area/Title', 'MinParticipants', 'MaxParticipants', 'Days', 'Residential'],
  [SUPPLIERS.title]: ['Email'],
  [RANKINGS.title]: ['Title', 'Area/Title', 'Supplier/Title']
};

export const CATALOGUE_VIEW_QUERIES: readonly ListQuery[] = CATALOGUE_QUERIES.map((query) => {
  const hidden = NOT_SHOWN_IN_CATALOGUE[query.listTitle] ?? [];
  return { ...query, select: query.select.filter((column) => hidden.indexOf(column) < 0) };
});
