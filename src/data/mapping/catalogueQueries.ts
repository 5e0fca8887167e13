// What each catalogue list is read with: its title, columns and lookups. Apart from the mapping
// (catalogue.ts re-exports these), so the catalogue web part's entry chunk, which starts the read
// early, carries the list titles and column names and nothing else.
import { CATALOGUE_LIST_TITLES as T } from '../../schema/listTitles';

export interface ListQuery {
  listTitle: string;
  select: string[];
  expand: string[];
}

export const AREA_QUERY: ListQuery = {
  listTitle: T.areas,
  select: ['Id', 'Title', 'AreaKey', 'Summary', 'About', 'TargetAudience', 'Notes', 'AreaStatus', 'OrderingOpen', 'ResponseHours', 'TargetGroups', 'SortOrder'],
  expand: []
};

export const TRAINING_ITEM_QUERY: ListQuery = {
  listTitle: T.trainingAreas,
  select: [
    'Id', 'Title', 'ItemKey', 'Area/Id', 'Area/Title', 'ItemKind', 'Description', 'CourseCode', 'Requirement',
    'MinParticipants', 'MaxParticipants', 'Days', 'Residential', 'Link', 'SortOrder'
  ],
  expand: ['Area']
};

export const SUPPLIER_QUERY: ListQuery = {
  listTitle: T.suppliers,
  select: ['Id', 'Title', 'SupplierKey', 'Active', 'Email'],
  expand: []
};

export const RANKING_QUERY: ListQuery = {
  listTitle: T.rankings,
  select: ['Id', 'Title', 'Area/Id', 'Area/Title', 'Supplier/Id', 'Supplier/Title', 'Rank'],
  expand: ['Area', 'Supplier']
};

export const ORGANISATION_QUERY: ListQuery = {
  listTitle: T.organisations,
  select: ['Id', 'Title', 'OrganisationKey', 'Active'],
  expand: []
};

// --- What the catalogue web part reads

/** The five lists, in the order buildCatalogue takes their rows. */
export const CATALOGUE_QUERIES: readonly ListQuery[] = [AREA_QUERY, TRAINING_ITEM_QUERY, SUPPLIER_QUERY, RANKING_QUERY, ORGANISATION_QUERY];

/**
 * Columns the catalogue web part neither shows nor needs for what it shows (ordering rules,
 * search, ranking): its read leaves them out. Everything else the queries above ask for stays,
 * so a column added there for the catalogue's rules is read here too.
 */
const NOT_SHOWN_IN_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  [T.areas]: ['ResponseHours'],
  [T.trainingAreas]: ['Area/Title', 'MinParticipants', 'MaxParticipants', 'Days', 'Residential'],
  [T.suppliers]: ['Email'],
  [T.rankings]: ['Title', 'Area/Title', 'Supplier/Title']
};

export const CATALOGUE_VIEW_QUERIES: readonly ListQuery[] = CATALOGUE_QUERIES.map((query) => {
  const hidden = NOT_SHOWN_IN_CATALOGUE[query.listTitle] ?? [];
  return { ...query, select: query.select.filter((column) => hidden.indexOf(column) < 0) };
});
