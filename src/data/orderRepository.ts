// Avrop and Avropshändelser. Both lists grow past SharePoint's 5,000-row view threshold, which
// counts the rows a query's first indexed clause matches: lookups by reference, request key or
// order start with a clause that matches a handful of rows; lists of orders (a person's, the desk
// queue, follow-up) are read newest first in windows over ID (idWindows.ts). Writes go over an
// order only at the version it was read (ETag), so two handlers cannot overwrite each other.
import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import { Order, OrderEvent, OrderTrailEntry } from '../domain/types';
import { ORDER_EVENTS, ORDERS } from '../schema/lists';
import { CatalogueIds, CatalogueLookup } from './catalogueIds';
import { AuditWriteError, ConcurrencyError, SubmitError } from './errors';
import { itemsQuery, listOf } from './listQuery';
import { readNewestFirst } from './idWindows';
import { EVENT_QUERY, eventFromItem, eventToItem } from './mapping/event';
import { changedColumns, ORDER_QUERY, orderToItem, storedOrderFromItem, unknownOrderIds } from './mapping/order';
import { dateOnly, lookupId, num, SpItem, str } from './mapping/values';
import { isNotFound, isPreconditionFailed, literal, mayHaveBeenApplied } from './odata';
import { readAll, readNextPage, readPage, RawPage } from './paging';
import { OrderQueueFilter, OrderRepository, Page, PageToken, StoredOrder } from './ports';
import { formatReference, isProvisionalReference, provisionalReference, referenceItemId } from './reference';
import { requireComplete } from './requiredFields';
import { auditKey, trailHas } from './sameEvent';
import { addOnce, isThrottled, RowWithId, writeWithRecovery } from './writeOnce';

export const ORDERS_PER_PAGE = 25;

type Row = SpItem & RowWithId;

/** The year in Swedish time: an order sent on New Year's Eve at 23:30 belongs to that year. */
function yearOf(iso: string): number {
  const year = Number(dateOnly(iso || new Date().toISOString()).slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : new Date().getFullYear();
}

/** The entries a new order's audit starts with: its trail, or a 'Skapad' entry if the trail is empty. */
function initialEntries(order: Order): OrderTrailEntry[] {
  if (order.trail.length > 0) return order.trail;
  return [
    {
      at: order.submittedAt || new Date().toISOString(),
      by: order.submittedBy,
      kind: 'Skapad',
      fromStatus: '',
      toStatus: order.status,
      fromSupplierKey: '',
      toSupplierKey: order.assignedSupplierKey,
      ...(order.assignedRank > 0 ? { toRank: order.assignedRank } : {}),
      reason: '',
      comment: ''
    }
  ];
}

export class SpOrderRepository implements OrderRepository {
  constructor(private readonly sp: SPFI, private readonly lookup: CatalogueLookup) {}

  /**
   * Exactly once by the request key, without a unique column (Avrop reads own items, which rules
   * them out): the indexed RequestKey is looked up before the add, after an unknown outcome and
   * after the add. If two tabs or devices added at once, the lowest item id is the order and the
   * other copy is removed before it gets a reference or audit rows.
   */
  async submit(order: Order): Promise<StoredOrder> {
    const ids = await this.idsKnowing(order);
    const body = { ...orderToItem(order, ids), Title: provisionalReference(order.requestKey) };
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

  /** Gives the stored item its reference and its first audit rows, skipping what is already done. */
  private async completeSubmission(item: SpItem, order: Order, ids: CatalogueIds): Promise<StoredOrder> {
    const stored = storedOrderFromItem(item, ids);
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
    const entries = initialEntries(stored.order.trail.length > 0 ? stored.order : order);
    for (const entry of entries) await this.appendEvent(entry, stored.id, stored.order.reference, ids);
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

  async listMine(userId: number, page?: PageToken): Promise<Page<StoredOrder>> {
    // A person may have placed more than 5,000 orders: her Author clause goes inside ID windows.
    return this.readWindowed([`Author/Id eq ${Math.trunc(userId)}`], page);
  }

  async listQueue(filter: OrderQueueFilter, page?: PageToken): Promise<Page<StoredOrder>> {
    const clauses = await this.queueClauses(filter);
    if (!clauses) return { items: [] };
    if (!filter.reference) return this.readWindowed(clauses, page);
    // A reference is one order: its indexed Title clause first matches at most a few rows.
    const query = itemsQuery(this.sp, ORDER_QUERY, ORDERS_PER_PAGE).filter(clauses.join(' and ')).orderBy('ID', false);
    return this.readOrders(query, page);
  }

  /**
   * The clauses on indexed columns: reference (Title), Status, then the indexed lookups; none
   * without criteria. Undefined when a key is unknown.
   */
  private async queueClauses(filter: OrderQueueFilter): Promise<string[] | undefined> {
    const clauses: string[] = [];
    if (filter.reference) clauses.push(`Title eq ${literal(filter.reference)}`);
    const statuses = filter.statuses ?? [];
    if (statuses.length === 1) clauses.push(`Status eq ${literal(statuses[0])}`);
    if (statuses.length > 1) clauses.push(`(${statuses.map((status) => `Status eq ${literal(status)}`).join(' or ')})`);
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

  async update(stored: StoredOrder, next: Order, event: OrderTrailEntry): Promise<StoredOrder> {
    const ids = await this.idsKnowing(next);
    const target: Order = trailHas(next.trail, event) ? next : { ...next, trail: [...next.trail, event] };
    const changes = changedColumns(this.itemOrEmpty(stored.order, ids), orderToItem(target, ids));
    const etag = await this.writeOrder(stored, changes, event);
    const saved: StoredOrder = { id: stored.id, etag, authorId: stored.authorId, order: target };
    if (!saved.etag) saved.etag = (await this.getById(stored.id))?.etag ?? '';
    try {
      await this.appendEvent(event, stored.id, target.reference, ids);
    } catch (error) {
      throw new AuditWriteError(saved, error);
    }
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

  private itemOrEmpty(order: Order, ids: CatalogueIds): SpItem {
    try {
      return orderToItem(order, ids);
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

  private async readOrders(query: IItems, page?: PageToken): Promise<Page<StoredOrder>> {
    const raw: RawPage<SpItem> = page ? await readNextPage<SpItem>(this.orderItems(), page) : await readPage<SpItem>(query);
    const items = await this.toStored(raw.items);
    return raw.nextLink ? { items, next: raw.nextLink } : { items };
  }

  /** Maps rows, rereading the catalogue ids once if a row points at something added since. */
  private async toStored(all: SpItem[]): Promise<StoredOrder[]> {
    const rows = await this.withoutLaterCopies(all);
    if (rows.length === 0) return [];
    let ids = await this.lookup.catalogueIds();
    if (rows.some((row) => unknownOrderIds(row, ids))) ids = await this.lookup.catalogueIds(true);
    return rows.map((row) => storedOrderFromItem(row, ids));
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

  private eventItems(): IItems {
    return listOf(this.sp, ORDER_EVENTS.title).items;
  }
}
