// Fills empty catalogue lists from the seed. A list that has any item is left alone, so the seed
// never overwrites what the list owners have edited. Lookups (area, supplier) are resolved from
// the items just added, or from the list when it was filled earlier.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import { Catalogue } from '../../domain/types';
import { AREAS, ORGANISATIONS, RANKINGS, SUPPLIERS, TRAINING_AREAS } from '../../schema/lists';
import { ListDef } from '../../schema/types';
import { KeyIdMap } from '../catalogueIds';
import { listOf } from '../listQuery';
import { areaToItem, courseToItem, keyIdMapOf, organisationToItem, rankingToItem, supplierToItem, trainingAreaToItem } from '../mapping/catalogue';
import { SpItem } from '../mapping/values';
import { readAll, readPage } from '../paging';
import { ReportBuilder } from './report';

/** Writes per $batch request; SharePoint accepts more, but smaller batches fail smaller. */
export const SEED_BATCH_SIZE = 100;

async function isEmpty(sp: SPFI, def: ListDef): Promise<boolean> {
  const page = await readPage<SpItem>(listOf(sp, def.title).items.select('Id').top(1));
  return page.items.length === 0;
}

/** Adds `rows` in batches; answers the added items (with Id) and reports rows that failed. */
async function addInBatches(sp: SPFI, def: ListDef, rows: SpItem[], report: ReportBuilder): Promise<SpItem[]> {
  const added: SpItem[] = [];
  for (let start = 0; start < rows.length; start += SEED_BATCH_SIZE) {
    const chunk = rows.slice(start, start + SEED_BATCH_SIZE);
    const [batched, execute] = sp.batched({ maxRequests: SEED_BATCH_SIZE });
    const writes = chunk.map((row) =>
      (listOf(batched, def.title).items.add(row) as Promise<SpItem>).then(
        (item) => ({ item }),
        (error: unknown) => ({ error })
      )
    );
    const [results] = await Promise.all([Promise.all(writes), execute()]);
    results.forEach((result: { item?: SpItem; error?: unknown }, index) => {
      if (result.item) added.push(result.item);
      else report.warn(`Kunde inte lägga till "${String(chunk[index].Title)}" i ${def.title}: ${String((result.error as Error)?.message ?? result.error)}`);
    });
  }
  return added;
}

async function keyIds(sp: SPFI, def: ListDef, keyField: string, justAdded: SpItem[] | undefined): Promise<KeyIdMap> {
  if (justAdded) return keyIdMapOf(justAdded, keyField);
  return keyIdMapOf(await readAll<SpItem>(listOf(sp, def.title).items.select('Id', keyField).top(5000)), keyField);
}

/** Maps rows one by one; a row that names an unknown area or supplier is reported and skipped. */
function mapEach<T>(values: T[], map: (value: T) => SpItem, def: ListDef, report: ReportBuilder): SpItem[] {
  const rows: SpItem[] = [];
  for (const value of values) {
    try {
      rows.push(map(value));
    } catch (error) {
      report.warn(`Hoppade över en post i ${def.title}: ${(error as Error).message}`);
    }
  }
  return rows;
}

export async function seedCatalogue(sp: SPFI, seed: Catalogue, report: ReportBuilder): Promise<void> {
  const empty = new Map<string, boolean>();
  for (const def of [AREAS, TRAINING_AREAS, SUPPLIERS, RANKINGS, ORGANISATIONS]) {
    if (def.seeded) empty.set(def.key, await isEmpty(sp, def));
  }
  const fill = async (def: ListDef, rows: SpItem[]): Promise<SpItem[] | undefined> => {
    if (!empty.get(def.key) || rows.length === 0) return undefined;
    report.info(`Fyller listan ${def.title} (${rows.length} poster)…`);
    const added = await addInBatches(sp, def, rows, report);
    report.seeded(def.title, added.length);
    return added;
  };

  const addedAreas = await fill(AREAS, seed.areas.map(areaToItem));
  const needAreas = empty.get(TRAINING_AREAS.key) || empty.get(RANKINGS.key);
  const areaIds = needAreas ? await keyIds(sp, AREAS, 'AreaKey', addedAreas) : new KeyIdMap();

  if (empty.get(TRAINING_AREAS.key)) {
    const rows = [
      ...mapEach(seed.trainingAreas, (trainingArea) => trainingAreaToItem(trainingArea, areaIds), TRAINING_AREAS, report),
      ...mapEach(seed.courses, (course) => courseToItem(course, areaIds), TRAINING_AREAS, report)
    ];
    await fill(TRAINING_AREAS, rows);
  }

  const addedSuppliers = await fill(SUPPLIERS, seed.suppliers.map(supplierToItem));
  if (empty.get(RANKINGS.key)) {
    const supplierIds = await keyIds(sp, SUPPLIERS, 'SupplierKey', addedSuppliers);
    await fill(RANKINGS, mapEach(seed.rankings, (entry) => rankingToItem(entry, areaIds, supplierIds), RANKINGS, report));
  }

  await fill(ORGANISATIONS, seed.organisations.map(organisationToItem));
}
