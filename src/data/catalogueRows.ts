// The catalogue from its five lists' rows: mapped, rows pointing at deleted items left out, and
// sorted. No PnPjs here, so the catalogue web part can build its first view from the rows its
// entry chunk read (earlyCatalogue.ts) without loading PnPjs at all.
import { AgreementArea, Catalogue, Course, Organisation, RankingEntry, Supplier, TrainingArea } from '../domain/types';
import { CatalogueIds } from './catalogueIds';
import { UnknownCatalogueKeyError } from './errors';
import { areaFromItem, keyIdMapOf, organisationFromItem, rankingFromItem, supplierFromItem, trainingItemFromItem } from './mapping/catalogue';
import { SpItem } from './mapping/values';

export interface LoadedCatalogue {
  catalogue: Catalogue;
  ids: CatalogueIds;
}

// Made when this module loads (the catalogue web part's services chunk, while its data is still
// on the way): setting up ICU's Swedish collation the first time costs about 8 ms (some 40 ms at
// 4× CPU slowdown, cold load bench), which sorting the rows paid after the data had arrived.
const swedish = new Intl.Collator('sv');

/** a.localeCompare(b, 'sv'): a Collator of a locale compares as localeCompare with it does. */
export function compareSwedishText(a: string, b: string): number {
  return swedish.compare(a, b);
}

/** Rows whose lookups point at a deleted area or supplier are left out rather than failing the catalogue. */
function mapRows<T>(rows: SpItem[], map: (row: SpItem) => T): T[] {
  const result: T[] = [];
  for (const row of rows) {
    try {
      result.push(map(row));
    } catch (error) {
      if (!(error instanceof UnknownCatalogueKeyError)) throw error;
    }
  }
  return result;
}

export function buildCatalogue(
  areaRows: SpItem[],
  trainingRows: SpItem[],
  supplierRows: SpItem[],
  rankingRows: SpItem[],
  organisationRows: SpItem[]
): LoadedCatalogue {
  const ids: CatalogueIds = {
    areas: keyIdMapOf(areaRows, 'AreaKey'),
    suppliers: keyIdMapOf(supplierRows, 'SupplierKey'),
    organisations: keyIdMapOf(organisationRows, 'OrganisationKey')
  };
  const areas: AgreementArea[] = areaRows.map(areaFromItem);
  const trainingAreas: TrainingArea[] = [];
  const courses: Course[] = [];
  for (const item of mapRows(trainingRows, (row) => trainingItemFromItem(row, ids.areas))) {
    if (item.kind === 'course') courses.push(item.value);
    else trainingAreas.push(item.value);
  }
  const suppliers: Supplier[] = supplierRows.map(supplierFromItem);
  const rankings: RankingEntry[] = mapRows(rankingRows, (row) => rankingFromItem(row, ids.areas, ids.suppliers));
  const organisations: Organisation[] = organisationRows.map(organisationFromItem);

  // Reads carry no $orderby (sorting on unindexed columns trips the view threshold): sort here,
  // everything that belongs to an area in the areas' order.
  areas.sort((a, b) => a.sortOrder - b.sortOrder || compareSwedishText(a.title, b.title));
  const areaOrder = new Map(areas.map((area, index) => [area.key, index]));
  const byArea = (a: { areaKey: string }, b: { areaKey: string }): number => (areaOrder.get(a.areaKey) ?? 0) - (areaOrder.get(b.areaKey) ?? 0);
  trainingAreas.sort((a, b) => byArea(a, b) || a.sortOrder - b.sortOrder || compareSwedishText(a.title, b.title));
  courses.sort((a, b) => byArea(a, b) || a.sortOrder - b.sortOrder || compareSwedishText(a.title, b.title));
  suppliers.sort((a, b) => compareSwedishText(a.name, b.name));
  rankings.sort((a, b) => byArea(a, b) || a.rank - b.rank);
  organisations.sort((a, b) => compareSwedishText(a.name, b.name));

  return { catalogue: { areas, trainingAreas, courses, suppliers, rankings, organisations }, ids };
}
