// Avrop and Avropshändelser. Both lists grow past SharePoint's 5,000-row view threshold, which
// counts the rows a query's first indexed clause matches: lookups by reference, request key or
// order start with a clause that matches a handful of rows; lists of orders (a person's, the desk
// queue, follow-up) are read newest first in windows over ID (idWindows.ts). Writes go over an
// order only at the version it was read (ETag), so two handlers cannot overwrite each other.
import { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { IItems } from '@pnp/sp/items';
import { SiteTimeZone } from '../domain/time';
import { Order, OrderEvent, OrderTrailEntry } from '../domain/types';
import { ORDER_EVENTS, ORDER_RECORDS, ORDERS } from '../schema/lists';
import { rankedSuppliers } from '../domain/ranking';
import { requestOf } from '../domain/cascade';
import { CatalogueIds, CatalogueLookup } from './catalogueIds';
import type { RankingInForceSource } from './rankingRepository';
import { AuditWriteError, ConcurrencyError, SubmitError } from './errors';
import { itemsQuery, listOf, MAX_PAGE } from './listQuery';
import { NO_METADATA } from './earlyReads';
import { highestId, idWindowToken, readNewestFirst } from './idWindows';
import { FirstReadBatch, takePrimed } from './firstReads';
import { IntakeStart, intakeStart, takeIn } from './intake';
import { OPEN_QUEUE_STATUSES, urgencyOrder } from '../domain/openQueue';
import { EVENT_QUERY, eventFromItem, eventToItem } from './mapping/event';
import { changedColumns, etagOf, ORDER_QUERY, orderToItem, storedOrderFromItem, unknownOrderIds } from './mapping/order';
import { composeWithRecord, RECORD_INDEX_QUERY, RECORD_QUERY, recordOrderId, recordToItem } from './mapping/record';
import { dateOnly, lookupId, num, SpItem, str } from './mapping/values';
import { httpStatus, isNotFound, isPreconditionFailed, literal, mayHaveBeenApplied } from './odata';
import { RawPage, readAll, readNextPage, readPage } from './paging';
import { ListRights, OrderQueueFilter, OrderRepository, Page, PageToken, StoredOrder } from './ports';
import { formatReference, isProvisionalReference, provisionalReference, referenceItemId } from './reference';
import { requireComplete } from './requiredFields';
import { auditKey, trailHas } from './sameEvent';
import { SiteSettings, SpSiteSettings } from './siteSettings';
import { addOnce, isThrottled, RowWithId, writeWithRecovery } from './writeOnce';

export const ORDERS_PER_PAGE = 25;

type Row = SpItem & RowWithId;

/** The desk's open queue, asked in its first $batch: intake's starting point and every open record. */
interface PrimedQueue {
  start: Promise<IntakeStart>;
  open: Promise<Array<RawPage<SpItem>>>;
}

/** Mina avrop's first page, asked in its first $batch with the rights that say which read holds it. */
interface PrimedMine {
  orderRights: Promise<ListRights>;
  recordRights: Promise<ListRights>;
  /** The newest orders this person can see: hers alone when she cannot read everyone's (ReadSecurity 2). */
  newest: Promise<RawPage<SpItem>>;
  /** Where the ID windows start for someone who reads every order (a handler). */
  highest: Promise<number>;
  /** When it was asked (Date.now()). */
  at: number;
}

/**
 * A primed page is the screen's first: used only this soon after it was asked. Opened on the
 * order form, Mina avrop is shown later, after her own order was sent, and reads anew then.
 */
const PRIMED_FOR_MS = 10000;

/** The desk's default view: every open order, no criteria. */
function isPlainOpenQueue(filter: OrderQueueFilter): boolean {
  return !!filter.urgency && !filter.statuses?.length && !filter.areaKey && !filter.supplierKey && !filter.organisationKey && filter.text === undefined && !filter.reference;
}

/**
 * Open records with `status`, oldest first, by the indexed Status: small rows, as many as a page
 * holds (thousands at 100,000 orders, so a page more is a round trip more) and without OData
 * metadata, which would double them; their versions are read with the full records.
 */
function openRecords(sp: SPFI, status: string, clauses: string[]): IItems {
  return itemsQuery(sp, RECORD_INDEX_QUERY, MAX_PAGE)
    .filter([`Status eq ${literal(status)}`, ...clauses].join(' and '))
    .orderBy('ID', true)
    .using(InjectHeaders({ Accept: NO_METADATA }));
}

/** The year in Swedish time: an order sent on New Year's Eve at 23:30 belongs to that year. */
function yearOf(iso: string): number {
  const year = Number(dateOnly(iso || new Date().toISOString()).slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : new Date().getFullYear();
}

/** The columns of the orderer's item that copy the handlers' record, for Mina avrop. */
const COPIED_COLUMNS = [
  'Status', 'AssignedSupplierId', 'AssignedRank', 'RankingSnapshot', 'Trail', 'SentAt', 'AnswerDeadline', 'AcceptedAt', 'StartDate',
  'CompletedAt', 'CancelledAt', 'CancelReason', 'ActualParticipants', 'ParticipantsWomen', 'ParticipantsMen', 'ParticipantsOther', 'EvaluationScore'
];

export class SpOrderRepository implements OrderRepository {
  /** Whether this person may read the handlers' records; learnt from the first read. */
  private recordsReadable: boolean | undefined;
  /** This person may not add records (follow-up): intake and write-through are skipped. */
  private intakeRefused = false;
  private siteZone: SiteTimeZone | undefined;
  private primedQueue: PrimedQueue | undefined;
  private primedMine: PrimedMine | undefined;

  constructor(
    private readonly sp: SPFI,
    private readonly lookup: CatalogueLookup,
    private readonly site: SiteSettings = new SpSiteSettings(sp),
    /** The ranking in force at submission (Rangordning and its change log); the current ranking without it. */
    private readonly rankings?: RankingInForceSource
  ) {}

  /** The site's time zone, which decides what its date-only columns hold; read once. */
  private async zone(): Promise<SiteTimeZone> {
    if (!this.siteZone) this.siteZone = await this.site.timeZone();
    return this.siteZone;
  }

  /**
   * Exactly once by the request key, without a unique column (Avrop reads own items, which rules
   * them out): the indexed RequestKey is looked up before the add, after an unknown outcome and
   * after the add. If two tabs or devices added at once, the lowest item id is the order and the
   * other copy is removed before it gets a reference or audit rows.
   */
  async submit(order: Order): Promise<StoredOrder> {
    // Pages read before this order was placed are not to be shown after it.
    this.primedMine = undefined;
    this.primedQueue = undefined;
    const ids = await this.idsKnowing(order);
    const body = { ...orderToItem(order, ids, await this.zone()), Title: provisionalReference(order.requestKey) };
    requireComplete(ORDERS, body);
    let item: Row;
    try {
      item = await addOnce<Row>({
        find: () => this.ordersWithKey(order.requestKey),
        add: () => this.orderItems().add(body),
        remove: (id) => this.orderItems().getById(id).delete()
      });
    } catch (error) {
      if (!isThrottled(error) && !mayHaveBeenApplied(error)) throw error;
      throw new SubmitError('Avropet kunde inte skickas. Kontrollera anslutningen och försök igen.', error);
    }
    return this.completeSubmission(item, order, ids);
  }

  /** Gives the stored item its reference, unless it has it already. */
  private async completeSubmission(item: SpItem, order: Order, ids: CatalogueIds): Promise<StoredOrder> {
    const stored = storedOrderFromItem(item, ids, await this.zone());
    const title = str(item.Title);
    if (isProvisionalReference(title)) {
      const reference = formatReference(yearOf(stored.order.submittedAt || order.submittedAt), stored.id);
      // The same reference written again changes nothing: after an unknown outcome it is sent again.
      const result = await writeWithRecovery(
        () => this.orderItems().getById(stored.id).update({ Title: reference }, '*'),
        async () => undefined
      );
      stored.order = { ...stored.order, reference };
      stored.etag = result.etag || (await this.getById(stored.id))?.etag || stored.etag;
    }
    // No audit row: orderers cannot write the audit list. The item itself, with the Created and
    // Author SharePoint gave it, is the record that the order was placed.
    return stored;
  }

  /** The reference's serial is the item id, so it leads straight to the item (no unique column needed). */
  async getByReference(reference: string): Promise<StoredOrder | undefined> {
    const id = referenceItemId(reference);
    if (id === undefined) return undefined;
    const stored = await this.getById(id);
    return stored && stored.order.reference === reference.trim().toUpperCase() ? stored : undefined;
  }

  async getById(id: number): Promise<StoredOrder | undefined> {
    try {
      const item: SpItem = await this.orderItems()
        .getById(id)
        .select(...ORDER_QUERY.select)
        .expand(...ORDER_QUERY.expand)();
      const [stored] = await this.toStored([item]);
      return stored;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * The desk's open queue in `batch` (firstReads.ts): intake's starting point and the open records,
   * so that the queue's first listQueue starts from their answers.
   */
  primeOpenQueue(batch: FirstReadBatch): void {
    this.primedQueue = {
      start: batch.part(intakeStart(batch.sp)),
      open: batch.part(Promise.all(OPEN_QUEUE_STATUSES.map((status) => readPage<SpItem>(openRecords(batch.sp, status, []))))),
    };
  }

  /**
   * Mina avrop's first page in `batch`. Under the Avrop list's item-level security (ReadSecurity 2,
   * "Read items that were created by the user") someone who cannot read everyone's orders sees her
   * own items only, so the newest items she can see, by ID without a filter, are her newest orders:
   * no user id, no window start, nothing to wait for. Whether that holds comes back in the same
   * $batch (the rights); a handler's first page is read in ID windows from `highest` instead.
   */
  primeMine(batch: FirstReadBatch, rights: { orders: Promise<ListRights>; records: Promise<ListRights> }): void {
    this.primedMine = {
      orderRights: rights.orders,
      recordRights: rights.records,
      newest: batch.part(readPage<SpItem>(itemsQuery(batch.sp, ORDER_QUERY, ORDERS_PER_PAGE + 1).orderBy('ID', false))),
      highest: batch.part(highestId(batch.sp, ORDERS.title)),
      at: Date.now()
    };
  }

  async listMine(userId: number, page?: PageToken): Promise<Page<StoredOrder>> {
    const author = Math.trunc(userId);
    const primed = page === undefined && this.primedMine && Date.now() - this.primedMine.at < PRIMED_FOR_MS ? this.primedMine : undefined;
    this.primedMine = undefined;
    if (primed) {
      const first = await this.primedMinePage(primed, author);
      if (first) return first;
    }
    // A person may have placed more than 5,000 orders: her Author clause goes inside ID windows.
    return this.readWindowed([`Author/Id eq ${author}`], page);
  }

  /** The first page from the primed reads, or undefined when they do not give it (then read as always). */
  private async primedMinePage(primed: PrimedMine, author: number): Promise<Page<StoredOrder> | undefined> {
    const [orders, records] = await Promise.all([primed.orderRights.catch(() => undefined), primed.recordRights.catch(() => undefined)]);
    // Her own records are not hers to read (orderers): no read of them per order.
    if (records && !records.canRead && this.recordsReadable === undefined) this.recordsReadable = false;
    if (!orders) return undefined;
    if (orders.canReadAll) {
      const highest = await primed.highest.catch(() => undefined);
      if (highest === undefined) return undefined;
      const start = idWindowToken(highest);
      return start ? this.readWindowed([`Author/Id eq ${author}`], start) : { items: [] };
    }
    const newest = await primed.newest.catch(() => undefined);
    // Anyone else's item among them means the list is not trimmed as expected: read her orders by Author.
    if (!newest || newest.items.some((row) => lookupId(row, 'Author') !== author)) return undefined;
    const shown = newest.items.slice(0, ORDERS_PER_PAGE);
    const items = await this.toStored(shown);
    const next = newest.items.length > ORDERS_PER_PAGE ? idWindowToken(num(shown[shown.length - 1].Id) - 1) : undefined;
    return next ? { items, next } : { items };
  }

  /**
   * The desk's and follow-up's lists, found through the handlers' records only (Avropsstatus, which
   * orderers cannot write): an orderer's own item never puts an order in a view, takes it out of one
   * or moves it. Each read first takes in orders that have no record yet.
   */
  async listQueue(filter: OrderQueueFilter, page?: PageToken): Promise<Page<StoredOrder>> {
    if (filter.reference) {
      // A reference is one order, found by the item id it holds: the Title an orderer can write is never searched.
      const found = await this.getByReference(filter.reference);
      return { items: found ? [found] : [] };
    }
    const primed = !page && isPlainOpenQueue(filter) ? this.primedQueue : undefined;
    this.primedQueue = undefined;
    // Records read before intake added any are not the whole queue: read again then.
    const added = page ? 0 : await this.intake(primed?.start);
    if (filter.text !== undefined) return this.textSearch(filter.text, page);
    const clauses = await this.recordClauses(filter);
    if (!clauses) return { items: [] };
    if (filter.urgency) return this.openQueue(clauses, page, added === 0 ? primed?.open : undefined);
    const statuses = filter.statuses ?? [];
    if (statuses.length === 1) clauses.unshift(`Status eq ${literal(statuses[0])}`);
    if (statuses.length > 1) clauses.unshift(`(${statuses.map((status) => `Status eq ${literal(status)}`).join(' or ')})`);
    const raw = await readNewestFirst<SpItem>(this.sp, RECORD_INDEX_QUERY, clauses, ORDERS_PER_PAGE, page);
    const items = await this.fromRecords(raw.items);
    return raw.next ? { items, next: raw.next } : { items };
  }

  /**
   * Orders whose unit, contact name or contact e-mail holds the text, newest first. Those columns
   * are the orderer's to state and are not indexed, so the search runs inside ID windows (the
   * window is the first, indexed clause); what is shown of each order comes from its record.
   */
  private async textSearch(text: string, page?: PageToken): Promise<Page<StoredOrder>> {
    const needle = text.trim().slice(0, 100);
    if (needle.length < 2) return { items: [] };
    const value = literal(needle);
    const clause = `(substringof(${value}, Unit) or substringof(${value}, ContactName) or substringof(${value}, ContactEmail))`;
    return this.readWindowed([clause], page);
  }

  /** Gives every order without a record its record (handlers); a no-op for anyone who may not add records. */
  async intake(primedStart?: Promise<IntakeStart>): Promise<number> {
    if (this.intakeRefused) return 0;
    const result = await takeIn(this.sp, { recordsFor: (orderIds) => this.newRecords(orderIds) }, primedStart);
    if (result.refused) this.intakeRefused = true;
    return result.added;
  }

  private async newRecords(orderIds: number[]): Promise<Array<{ orderId: number; body: SpItem }>> {
    const items = await this.itemsById(orderIds);
    const stored = await this.toStored([...items.values()]);
    const ids = await this.lookup.catalogueIds();
    const zone = await this.zone();
    return stored
      .filter((s) => s.record && !s.record.id)
      .map((s) => ({ orderId: s.id, body: recordToItem(s.order, s.id, ids, zone, undefined) }));
  }

  /**
   * The open queue over every open order: all open records (a handful of small rows, by the indexed
   * Status) in urgency order (domain/openQueue.ts), and a page of them read in full. The page token
   * is the position in that order, taken again at each page.
   */
  private async openQueue(clauses: string[], page?: PageToken, primed?: Promise<Array<RawPage<SpItem>>>): Promise<Page<StoredOrder>> {
    const offset = page === undefined ? 0 : Number(/^open:(\d+)$/.exec(page)?.[1] ?? NaN);
    if (!Number.isInteger(offset)) throw new Error(`Ogiltig sidmarkör (invalid page token): ${page}`);
    const lists = await takePrimed(primed && primed.then((pages) => Promise.all(pages.map((first) => this.restOf(first)))), async () => {
      const [batched, execute] = this.sp.batched();
      const reads = OPEN_QUEUE_STATUSES.map((status) => readAll<SpItem>(openRecords(batched, status, clauses)));
      const [read] = await Promise.all([Promise.all(reads), execute()]);
      return read;
    });
    const entries = ([] as SpItem[]).concat(...lists).map((row) => ({
      row,
      id: recordOrderId(row),
      status: str(row.Status),
      answerDeadline: str(row.AnswerDeadline),
      submittedAt: str(row.SubmittedAt)
    }));
    const ordered = urgencyOrder(entries, new Date());
    const items: StoredOrder[] = [];
    let at = offset;
    // An order an orderer has cancelled since is written into its record here and left out: fill up from the next ones.
    while (items.length < ORDERS_PER_PAGE && at < ordered.length) {
      const slice = ordered.slice(at, at + ORDERS_PER_PAGE - items.length);
      at += slice.length;
      const stored = await this.fromRecords(slice.map((e) => e.row));
      items.push(...stored.filter((s) => OPEN_QUEUE_STATUSES.indexOf(s.order.status) >= 0));
    }
    return at < ordered.length ? { items, next: `open:${at}` } : { items };
  }

  /**
   * The clauses on the record's indexed lookups (area, supplier, organisation); none without
   * criteria. Undefined when a key is unknown.
   */
  private async recordClauses(filter: OrderQueueFilter): Promise<string[] | undefined> {
    const clauses: string[] = [];
    const lookups: Array<[string, string | undefined, keyof CatalogueIds]> = [
      ['Area', filter.areaKey, 'areas'],
      ['AssignedSupplier', filter.supplierKey, 'suppliers'],
      ['Organisation', filter.organisationKey, 'organisations']
    ];
    if (lookups.some(([, key]) => key)) {
      let ids = await this.lookup.catalogueIds();
      if (lookups.some(([, key, map]) => key && ids[map].id(key) === undefined)) ids = await this.lookup.catalogueIds(true);
      for (const [field, key, map] of lookups) {
        if (!key) continue;
        const id = ids[map].id(key);
        if (id === undefined) return undefined;
        clauses.push(`${field}/Id eq ${id}`);
      }
    }
    return clauses;
  }

  /**
   * Orders for record rows (index columns only): the orderers' items and the full records in one
   * $batch, composed as the desk sees them. An orderer's cancellation found on her item while the
   * record is still open is written into the record (her step, so no audit row).
   */
  private async fromRecords(rows: SpItem[]): Promise<StoredOrder[]> {
    if (rows.length === 0) return [];
    const orderIds = rows.map(recordOrderId);
    const recordIds = rows.map((row) => num(row.Id ?? row.ID));
    const [batched, execute] = this.sp.batched({ maxRequests: Math.max(20, rows.length * 2) });
    const settle = <T>(read: Promise<T>) => read.then((value) => value, () => undefined);
    const items = orderIds.map((id) => settle(listOf(batched, ORDERS.title).items.getById(id).select(...ORDER_QUERY.select).expand(...ORDER_QUERY.expand)<SpItem>()));
    const records = recordIds.map((id) => settle(listOf(batched, ORDER_RECORDS.title).items.getById(id).select(...RECORD_QUERY.select).expand(...RECORD_QUERY.expand)<SpItem>()));
    const [[itemRows, recordRows]] = await Promise.all([Promise.all([Promise.all(items), Promise.all(records)]), execute()]);
    const byOrder = new Map<number, SpItem>();
    recordRows.forEach((record, i) => record && byOrder.set(orderIds[i], record));
    const stored = await this.toStored(itemRows.filter((row): row is SpItem => !!row), byOrder);
    await this.writeOrdererCancellations(stored, byOrder);
    return stored;
  }

  /** The rows of a first page and of the pages after it, one after the other. */
  private async restOf(first: RawPage<SpItem>): Promise<SpItem[]> {
    const rows = [...first.items];
    for (let link = first.nextLink; link; ) {
      const next = await readNextPage<SpItem>(listOf(this.sp, ORDER_RECORDS.title).items, link);
      rows.push(...next.items);
      link = next.nextLink;
    }
    return rows;
  }

  private async writeOrdererCancellations(stored: StoredOrder[], records: Map<number, SpItem>): Promise<void> {
    if (this.intakeRefused) return;
    for (const s of stored) {
      const record = records.get(s.id);
      const last = s.order.trail[s.order.trail.length - 1];
      if (!record || !s.record?.id || s.order.status !== 'Avbruten' || str(record.Status) === 'Avbruten' || !last || last.kind !== 'Avbruten') continue;
      try {
        const ids = await this.idsKnowing(s.order);
        const body = recordToItem(s.order, s.id, ids, await this.zone(), s.record.sentRequest);
        s.record = { ...s.record, etag: await this.writeRecord(s, s.record.etag, body, last) };
      } catch (error) {
        const status = httpStatus(error);
        if (status === 401 || status === 403) {
          this.intakeRefused = true;
          return;
        }
        // Shown as cancelled all the same (from her item); the next read writes it.
      }
    }
  }

  /** Items by id in one $batch; an id that is gone is left out. */
  private async itemsById(ids: number[]): Promise<Map<number, SpItem>> {
    const [batched, execute] = this.sp.batched({ maxRequests: Math.max(20, ids.length) });
    const reads = ids.map((id) =>
      listOf(batched, ORDERS.title).items.getById(id).select(...ORDER_QUERY.select).expand(...ORDER_QUERY.expand)<SpItem>().then((row) => row, () => undefined)
    );
    const [rows] = await Promise.all([Promise.all(reads), execute()]);
    const map = new Map<number, SpItem>();
    rows.forEach((row, i) => row && map.set(ids[i], row));
    return map;
  }

  async update(stored: StoredOrder, next: Order, event: OrderTrailEntry): Promise<StoredOrder> {
    this.primedMine = undefined;
    this.primedQueue = undefined;
    if (stored.record) return this.updateRecord(stored, next, event);
    const ids = await this.idsKnowing(next);
    const target: Order = trailHas(next.trail, event) ? next : { ...next, trail: [...next.trail, event] };
    const zone = await this.zone();
    const changes = changedColumns(this.itemOrEmpty(stored.order, ids, zone), orderToItem(target, ids, zone));
    // The orderer's own item (her cancellation): no audit row, which only handlers write; the
    // desk reads her cancellation from the item itself (mapping/record.ts).
    const etag = await this.writeOrder(stored, changes, event);
    const saved: StoredOrder = { id: stored.id, etag, authorId: stored.authorId, order: target };
    if (!saved.etag) saved.etag = (await this.getById(stored.id))?.etag ?? '';
    return saved;
  }

  /**
   * Writes `changes` at the version `stored` was read. An unknown outcome, or a 412 that may answer
   * our own write sent twice, is settled by reading the order again: `event` on its Trail means the
   * write is there and was ours; the version unchanged means it never arrived and is sent again;
   * anything else is someone else's change.
   */
  private async writeOrder(stored: StoredOrder, changes: SpItem, event: OrderTrailEntry): Promise<string> {
    const settle = async (): Promise<string | undefined> => {
      const fresh = await this.getById(stored.id);
      if (fresh && trailHas(fresh.order.trail, event)) return fresh.etag;
      if (fresh && stored.etag && fresh.etag === stored.etag) return undefined;
      throw new ConcurrencyError(fresh);
    };
    try {
      return await writeWithRecovery(async () => (await this.orderItems().getById(stored.id).update(changes, stored.etag || '*')).etag, settle);
    } catch (error) {
      if (!isPreconditionFailed(error)) throw error;
      const fresh = await this.getById(stored.id);
      if (fresh && trailHas(fresh.order.trail, event)) return fresh.etag;
      throw new ConcurrencyError(fresh);
    }
  }

  /**
   * A handler's action: the record first (at the version it was read; added on the first action),
   * then the audit row, then the copy on the orderer's item that Mina avrop shows. The copy is
   * for her eyes only, so losing it loses nothing the desk relies on.
   */
  private async updateRecord(stored: StoredOrder, next: Order, event: OrderTrailEntry): Promise<StoredOrder> {
    const record = stored.record!;
    const ids = await this.idsKnowing(next);
    const zone = await this.zone();
    const target: Order = trailHas(next.trail, event) ? next : { ...next, trail: [...next.trail, event] };
    const sentRequest = event.kind === 'Skickad' ? requestOf(target) : record.sentRequest;
    const body = recordToItem(target, stored.id, ids, zone, sentRequest);
    requireComplete(ORDER_RECORDS, body);
    // The audit row is checked too before the record is written, so a refusal writes nothing.
    requireComplete(ORDER_EVENTS, eventToItem(event, stored.id, target.reference, ids));
    let recordId = record.id;
    let etag: string;
    if (!recordId) {
      // Records are added by intake, in order id order: take this order in, and act on the record
      // it got, unless someone acted on the order meanwhile.
      await this.intake();
      const fresh = await this.getById(stored.id);
      if (fresh?.record?.id) {
        if (fresh.order.status !== stored.order.status || fresh.order.trail.length !== stored.order.trail.length) throw new ConcurrencyError(fresh);
        stored = fresh;
        recordId = fresh.record.id;
      }
    }
    if (recordId) {
      etag = await this.writeRecord(stored, stored.record!.etag, body, event);
    } else {
      const added = await this.addRecord(stored.id, body, event);
      recordId = added.Id;
      etag = etagOf(added);
    }
    const saved: StoredOrder = { ...stored, order: target, record: { id: recordId, etag, ...(sentRequest ? { sentRequest } : {}) } };
    try {
      await this.appendEvent(event, stored.id, target.reference, ids);
    } catch (error) {
      throw new AuditWriteError(saved, error);
    }
    await this.copyForOrderer(stored.id, target, ids, zone);
    return saved;
  }

  /** The first action on an order adds its record; a record someone else added meanwhile is a conflict. */
  private async addRecord(orderId: number, body: SpItem, event: OrderTrailEntry): Promise<Row> {
    const added = await addOnce<Row>({
      find: () => this.recordRows(orderId),
      add: () => this.recordItems().add(body),
      remove: (id) => this.recordItems().getById(id).delete()
    });
    const fresh = (await this.recordRows(orderId))[0] ?? added;
    const trail = str(fresh.Trail);
    if (!trail.includes(JSON.stringify(event.at)) || !trail.includes(JSON.stringify(event.kind))) throw new ConcurrencyError(await this.getById(orderId));
    return fresh;
  }

  private async writeRecord(stored: StoredOrder, etag: string, body: SpItem, event: OrderTrailEntry): Promise<string> {
    const settle = async (): Promise<string | undefined> => {
      const fresh = await this.getById(stored.id);
      if (fresh && trailHas(fresh.order.trail, event)) return fresh.record?.etag ?? '';
      if (fresh?.record && etag && fresh.record.etag === etag) return undefined;
      throw new ConcurrencyError(fresh);
    };
    const item = () => this.recordItems().getById(stored.record!.id);
    try {
      return await writeWithRecovery(async () => (await item().update(body, etag || '*')).etag, settle);
    } catch (error) {
      if (!isPreconditionFailed(error)) throw error;
      const fresh = await this.getById(stored.id);
      if (fresh && trailHas(fresh.order.trail, event)) return fresh.record?.etag ?? '';
      throw new ConcurrencyError(fresh);
    }
  }

  private async copyForOrderer(orderId: number, order: Order, ids: CatalogueIds, zone: SiteTimeZone): Promise<void> {
    const full = orderToItem(order, ids, zone);
    const copy: SpItem = {};
    for (const column of COPIED_COLUMNS) copy[column] = full[column];
    try {
      await writeWithRecovery(
        () => this.orderItems().getById(orderId).update(copy, '*'),
        async () => undefined
      );
    } catch {
      // Her copy only: the next action writes it again.
    }
  }

  /** The order's record rows, lowest id first (two for a moment when two handlers act at once). */
  private async recordRows(orderId: number): Promise<Row[]> {
    const query = itemsQuery(this.sp, RECORD_QUERY, 5).filter(`ParentOrder/Id eq ${Math.trunc(orderId)}`).orderBy('ID', true);
    return (await readPage<SpItem>(query)).items as Row[];
  }

  /**
   * The records of `orderIds`, in one batched round trip; undefined when this person may not read
   * records (an orderer), so that she sees her own item as it is.
   */
  private async recordsFor(orderIds: number[]): Promise<Map<number, SpItem> | undefined> {
    if (this.recordsReadable === false || orderIds.length === 0) return this.recordsReadable === false ? undefined : new Map();
    // One $batch for a page (PnPjs splits batches at 20 requests unless told otherwise).
    const [batched, execute] = this.sp.batched({ maxRequests: Math.max(20, orderIds.length) });
    const reads = orderIds.map((id) =>
      readPage<SpItem>(itemsQuery(batched, RECORD_QUERY, 5).filter(`ParentOrder/Id eq ${Math.trunc(id)}`).orderBy('ID', true))
    );
    // Each read settles on its own: one refused read (an orderer) must not hide the others' answers.
    const settled = reads.map((read) =>
      read.then(
        (page) => ({ ok: true as const, page }),
        (reason: unknown) => ({ ok: false as const, reason })
      )
    );
    const [results] = await Promise.all([Promise.all(settled), execute()]);
    const map = new Map<number, SpItem>();
    for (let i = 0; i < results.length; i++) {
      const result = results[i];
      if (result.ok) {
        const first = result.page.items[0];
        if (first) map.set(orderIds[i], first);
        continue;
      }
      const status = httpStatus(result.reason);
      if (status === 401 || status === 403) {
        this.recordsReadable = false;
        return undefined;
      }
      throw result.reason;
    }
    this.recordsReadable = true;
    return map;
  }

  /** Audit rows, oldest first; a row written twice at once (two writers) counts once, as its lowest id. */
  async listEvents(orderId: number): Promise<OrderEvent[]> {
    const rows = await this.eventRows(orderId);
    let ids = await this.lookup.catalogueIds();
    const unknown = (field: string): boolean =>
      rows.some((row) => {
        const id = lookupId(row, field);
        return id !== undefined && ids.suppliers.key(id) === undefined;
      });
    if (unknown('FromSupplier') || unknown('ToSupplier')) ids = await this.lookup.catalogueIds(true);
    const seen = new Set<string>();
    return rows
      .map((row) => eventFromItem(row, ids))
      .filter((event) => {
        const key = auditKey(event);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }

  private eventRows(orderId: number): Promise<SpItem[]> {
    return readAll<SpItem>(
      itemsQuery(this.sp, EVENT_QUERY, 500)
        .filter(`ParentOrder/Id eq ${Math.trunc(orderId)}`)
        .orderBy('ID', true)
    );
  }

  /**
   * Appends one audit row, once: its key (auditKey) is looked up among the order's rows (by the
   * indexed order lookup) before the add, after an unknown outcome and after the add.
   */
  private async appendEvent(entry: OrderTrailEntry, orderId: number, reference: string, ids: CatalogueIds): Promise<void> {
    const row = eventToItem(entry, orderId, reference, ids);
    requireComplete(ORDER_EVENTS, row);
    const key = auditKey(entry);
    await addOnce<Row>({
      find: async () => (await this.eventRows(orderId)).filter((existing) => auditKey(eventFromItem(existing, ids)) === key) as Row[],
      add: () => this.eventItems().add(row),
      remove: (id) => this.eventItems().getById(id).delete()
    });
  }

  private itemOrEmpty(order: Order, ids: CatalogueIds, zone: SiteTimeZone): SpItem {
    try {
      return orderToItem(order, ids, zone);
    } catch {
      return {};
    }
  }

  /** Orders holding the request key, lowest id first: one, or two for a moment when two tabs submit at once. */
  private async ordersWithKey(requestKey: string, top = 10): Promise<Row[]> {
    const query = itemsQuery(this.sp, ORDER_QUERY, top).filter(`RequestKey eq ${literal(requestKey)}`).orderBy('ID', true);
    return (await readPage<SpItem>(query)).items as Row[];
  }

  /**
   * Skips later copies of an order (same request key, higher id). Only an item still under its
   * provisional title can be one: its writer removes it, and until then, or if that writer is
   * gone, every reader shows the lowest id only.
   */
  private async withoutLaterCopies(rows: SpItem[]): Promise<SpItem[]> {
    const kept: SpItem[] = [];
    for (const row of rows) {
      const key = str(row.RequestKey);
      if (!isProvisionalReference(str(row.Title)) || !key) {
        kept.push(row);
        continue;
      }
      const [first] = await this.ordersWithKey(key, 1);
      if (!first || first.Id >= num(row.Id)) kept.push(row);
    }
    return kept;
  }

  /** A page of orders matching `clauses`, newest first, read in ID windows under the threshold. */
  private async readWindowed(clauses: string[], page?: PageToken): Promise<Page<StoredOrder>> {
    const raw = await readNewestFirst<SpItem>(this.sp, ORDER_QUERY, clauses, ORDERS_PER_PAGE, page);
    const items = await this.toStored(raw.items);
    return raw.next ? { items, next: raw.next } : { items };
  }

  /** Maps rows, rereading the catalogue ids once if a row points at something added since. */
  private async toStored(all: SpItem[], prefetched?: Map<number, SpItem>): Promise<StoredOrder[]> {
    const rows = await this.withoutLaterCopies(all);
    if (rows.length === 0) return [];
    let ids = await this.lookup.catalogueIds();
    if (rows.some((row) => unknownOrderIds(row, ids))) ids = await this.lookup.catalogueIds(true);
    const zone = await this.zone();
    const mapped = rows.map((row) => storedOrderFromItem(row, ids, zone));
    const records = prefetched ?? (await this.recordsFor(mapped.map((stored) => stored.id)));
    if (!records) return mapped;
    const catalogue = this.lookup.currentCatalogue ? await this.lookup.currentCatalogue() : undefined;
    const rankingOf = (areaKey: string) => (catalogue ? rankedSuppliers(areaKey, catalogue) : []);
    const inForce = this.rankings && mapped.some((stored) => !records.get(stored.id)) ? await this.rankings.inForceLookup() : undefined;
    return mapped.map((stored, index) =>
      composeWithRecord(stored, records.get(stored.id), {
        ids,
        zone,
        rankingOf,
        ...(inForce ? { inForce } : {}),
        authorLogin: str((rows[index].Author as { Name?: unknown } | null | undefined)?.Name),
        created: rows[index].Created
      })
    );
  }

  /** The catalogue ids, reread once if the order names a key they do not know. */
  private async idsKnowing(order: Order): Promise<CatalogueIds> {
    const ids = await this.lookup.catalogueIds();
    const missing =
      ids.areas.id(order.areaKey) === undefined ||
      ids.organisations.id(order.organisationKey) === undefined ||
      (order.assignedSupplierKey !== '' && ids.suppliers.id(order.assignedSupplierKey) === undefined);
    return missing ? this.lookup.catalogueIds(true) : ids;
  }

  private orderItems(): IItems {
    return listOf(this.sp, ORDERS.title).items;
  }

  private recordItems(): IItems {
    return listOf(this.sp, ORDER_RECORDS.title).items;
  }

  private eventItems(): IItems {
    return listOf(this.sp, ORDER_EVENTS.title).items;
  }
}
