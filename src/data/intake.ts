// Intake: every order gets its handlers' record (Avropsstatus) as soon as a handler's desk sees
// it, so that the desk's queue, its order and follow-up's counts are read from a list orderers
// cannot write, never from the copies on their own items. Records are added in ascending order id,
// so the newest record marks how far intake has come; when there are new orders, the last
// INTAKE_MARGIN ids below it are checked again, which catches a record whose add failed while
// later ones in its batch went in.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { ORDER_RECORDS, ORDERS } from '../schema/lists';
import { takePrimed } from './firstReads';
import { ID_WINDOW, highestId } from './idWindows';
import { listOf } from './listQuery';
import { recordOrderId } from './mapping/record';
import { SpItem } from './mapping/values';
import { httpStatus } from './odata';
import { readAll, readPage } from './paging';

export const INTAKE_MARGIN = 100;
/** Records added per $batch; a failed batch stops intake with at most this many gaps, inside the margin. */
const ADDS_PER_BATCH = 20;

export interface IntakeSource {
  /** The records to add for these order items (later copies of an order get none). */
  recordsFor(orderIds: number[]): Promise<Array<{ orderId: number; body: SpItem }>>;
}

/** The order ids intake has to look at; empty when `to` < `from`. */
export interface IntakeStart {
  from: number;
  to: number;
}

export interface IntakeResult {
  added: number;
  /** The person may not add records (follow-up): nothing was written. */
  refused: boolean;
}

function idOf(row: SpItem): number {
  const id = Number(row.Id ?? row.ID);
  return Number.isInteger(id) ? id : 0;
}

/**
 * Where intake starts: just below the order of the newest record (ID order is always cheap to read).
 * Both reads are registered on `batched`, so they can travel in someone else's $batch.
 */
export function intakeStart(batched: SPFI): Promise<IntakeStart> {
  const newestRecord = readPage<SpItem>(listOf(batched, ORDER_RECORDS.title).items.select('Id', 'ParentOrder/Id').expand('ParentOrder').orderBy('ID', false).top(1));
  const newestOrder = highestId(batched, ORDERS.title);
  return Promise.all([newestRecord, newestOrder]).then(([record, to]) => {
    const reached = record.items.length ? recordOrderId(record.items[0]) : 0;
    // Nothing newer than the newest record: nothing to take in (a gap from a failed add is found,
    // inside the margin, by the next intake that has new orders).
    if (to <= reached) return { from: 1, to: 0 };
    return { from: Math.max(1, reached - INTAKE_MARGIN + 1), to };
  });
}

async function startingPoint(sp: SPFI): Promise<IntakeStart> {
  const [batched, execute] = sp.batched();
  const [start] = await Promise.all([intakeStart(batched), execute()]);
  return start;
}

/** Order ids in [lo, hi] without a record: both lists read by an indexed range, under the threshold. */
async function missingIn(sp: SPFI, lo: number, hi: number): Promise<number[]> {
  const [batched, execute] = sp.batched();
  const orders = readAll<SpItem>(listOf(batched, ORDERS.title).items.select('Id').filter(`ID ge ${lo} and ID le ${hi}`).orderBy('ID', true).top(5000));
  const records = readAll<SpItem>(
    listOf(batched, ORDER_RECORDS.title).items.select('Id', 'ParentOrder/Id').expand('ParentOrder').filter(`ParentOrder/Id ge ${lo} and ParentOrder/Id le ${hi}`).top(5000)
  );
  const [[orderRows, recordRows]] = await Promise.all([Promise.all([orders, records]), execute()]);
  const recorded = new Set(recordRows.map(recordOrderId));
  return orderRows.map(idOf).filter((id) => id > 0 && !recorded.has(id));
}

async function addBatch(sp: SPFI, bodies: SpItem[]): Promise<{ added: number; refused: boolean; failed: unknown }> {
  const [batched, execute] = sp.batched({ maxRequests: Math.max(20, bodies.length) });
  const adds = bodies.map((body) =>
    listOf(batched, ORDER_RECORDS.title)
      .items.add(body)
      .then(
        () => ({ ok: true as const }),
        (reason: unknown) => ({ ok: false as const, reason })
      )
  );
  const [results] = await Promise.all([Promise.all(adds), execute()]);
  let added = 0;
  let failed: unknown;
  for (const result of results) {
    if (result.ok) added++;
    else if (httpStatus(result.reason) === 401 || httpStatus(result.reason) === 403) return { added, refused: true, failed: undefined };
    else failed = failed ?? result.reason;
  }
  return { added, refused: false, failed };
}

/**
 * Adds the missing records, oldest order first. A record that already exists (another handler's
 * intake at the same moment) is refused by the unique OrderKey and counts as there.
 */
export async function takeIn(sp: SPFI, source: IntakeSource, primedStart?: Promise<IntakeStart>): Promise<IntakeResult> {
  let start: IntakeStart;
  try {
    start = await takePrimed(primedStart, () => startingPoint(sp));
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403) return { added: 0, refused: true };
    throw error;
  }
  let added = 0;
  for (let lo = start.from; lo <= start.to; lo += ID_WINDOW) {
    const missing = await missingIn(sp, lo, Math.min(start.to, lo + ID_WINDOW - 1));
    for (let i = 0; i < missing.length; i += ADDS_PER_BATCH) {
      const records = await source.recordsFor(missing.slice(i, i + ADDS_PER_BATCH));
      if (records.length === 0) continue;
      const result = await addBatch(sp, records.map((r) => r.body));
      added += result.added;
      if (result.refused) return { added, refused: true };
      if (result.failed !== undefined) {
        // Already there (unique OrderKey) is fine; anything else stops here, inside the margin.
        const stillMissing = await missingIn(sp, records[0].orderId, records[records.length - 1].orderId);
        const wanted = new Set(records.map((r) => r.orderId));
        if (stillMissing.some((id) => wanted.has(id))) throw result.failed;
      }
    }
  }
  return { added, refused: false };
}
