// Avrop and Avropshändelser. Both lists grow past SharePoint's 5,000-row view threshold, which
// counts the rows a query's first indexed clause matches: lookups by reference, request key or
// order start with a clause that matches a handful of rows; lists of orders (a person's, the desk
// queue, follow-up) are read newest first in windows over ID (idWindows.ts). Writes go over an
// order only at the version it was read (ETag), so two handlers cannot overwrite each other.
import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import { SiteTimeZone } from '../domain/time';
import { Order, OrderEvent, OrderTrailEntry } from '../domain/types';
import { ORDER_EVENTS, ORDERS } from '../schema/lists';
import { CatalogueIds, CatalogueLookup } from './catalogueIds';
import { AuditWriteError, ConcurrencyError, SubmitError } from './errors';
import { itemsQuery, listOf } from './listQuery';
import { readNewestFirst } from './idWindows';
import { EVENT_QUERY, eventFromItem, eventToItem } from './mapping/event';
import { changedColumns, ORDER_QUERY, orderToItem, storedOrderFromItem, unknownOrderIds } from './mapping/order';
import { dateOnly, lookupId, SpItem, str } from './mapping/values';
import { isDuplicateValue, isNotFound, isPreconditionFailed, literal, mayHaveBeenApplied } from './odata';
import { readAll, readNextPage, readPage, RawPage } from './paging';
import { OrderQueueFilter, OrderRepository, Page, PageToken, StoredOrder } from './ports';
import { formatReference, isProvisionalReference, provisionalReference } from './reference';
import { requireComplete } from './requiredFields';
import { SiteSettings, SpSiteSettings } from './siteSettings';

export const ORDERS_PER_PAGE = 25;

function sameEntry(a: OrderTrailEntry, b: OrderTrailEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** An audit row written for `entry`? Servers drop milliseconds, so times are compared to the second. */
function rowMatches(row: OrderEvent, entry: OrderTrailEntry): boolean {
  const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);
  return row.kind === entry.kind && row.toStatus === entry.toStatus && seconds(row.at) === seconds(entry.at);
}

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
  private siteZone: SiteTimeZone | undefined;

  constructor(
    private readonly sp: SPFI,
    private readonly lookup: CatalogueLookup,
    private readonly site: SiteSettings = new SpSiteSettings(sp)
  ) {}

  /** The site's time zone, which decides what its date-only columns hold; read once. */
  private async zone(): Promise<SiteTimeZone> {
    if (!this.siteZone) this.siteZone = await this.site.timeZone();
    return this.siteZone;
  }

  async submit(order: Order): Promise<StoredOrder> {
    const ids = await this.idsKnowing(order);
    const body = { ...orderToItem(order, ids, await this.zone()), Title: provisionalReference(order.requestKey) };
    requireComplete(ORDERS, body);
    let item: SpItem | undefined;
    let recovering = false;
    try {
      item = await this.orderItems().add(body);
    } catch (error) {
      if (!isDuplicateValue(error) && !mayHaveBeenApplied(error)) throw error;
      // The add may have happened (lost answer) or happened earlier (a repeated submit).
      recovering = true;
      item = await this.findByRequestKey(order.requestKey);
      if (!item && isDuplicateValue(error)) {
        throw new SubmitError('Avropet kunde inte sparas eftersom ett värde redan finns. Försök igen.', error);
      }
      if (!item) {
        try {
          item = await this.orderItems().add(body);
        } catch (retryError) {
          throw new SubmitError('Avropet kunde inte skickas. Kontrollera anslutningen och försök igen.', retryError);
        }
      }
    }
    if (!item) throw new SubmitError('Avropet kunde inte skickas. Försök igen.', undefined);
    return this.completeSubmission(item, order, ids, recovering);
  }

  /** Gives the stored item its reference and its first audit rows, skipping what is already done. */
  private async completeSubmission(item: SpItem, order: Order, ids: CatalogueIds, recovering: boolean): Promise<StoredOrder> {
    const stored = storedOrderFromItem(item, ids, await this.zone());
    const title = str(item.Title);
    if (isProvisionalReference(title)) {
      const reference = formatReference(yearOf(stored.order.submittedAt || order.submittedAt), stored.id);
      const result = await this.orderItems().getById(stored.id).update({ Title: reference }, '*');
      stored.order = { ...stored.order, reference };
      stored.etag = result.etag || (await this.getById(stored.id))?.etag || stored.etag;
    }
    const entries = initialEntries(stored.order.trail.length > 0 ? stored.order : order);
    const written = recovering ? await this.listEvents(stored.id) : [];
    for (const entry of entries) {
      if (written.some((row) => rowMatches(row, entry))) continue;
      await this.appendEvent(entry, stored.id, stored.order.reference, ids);
    }
    return stored;
  }

  async getByReference(reference: string): Promise<StoredOrder | undefined> {
    const page = await readPage<SpItem>(itemsQuery(this.sp, ORDER_QUERY, 1).filter(`Title eq ${literal(reference)}`));
    const [stored] = await this.toStored(page.items);
    return stored;
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
    const target: Order = next.trail.some((entry) => sameEntry(entry, event)) ? next : { ...next, trail: [...next.trail, event] };
    const zone = await this.zone();
    const changes = changedColumns(this.itemOrEmpty(stored.order, ids, zone), orderToItem(target, ids, zone));
    let etag: string;
    try {
      const result = await this.orderItems().getById(stored.id).update(changes, stored.etag || '*');
      etag = result.etag;
    } catch (error) {
      if (isPreconditionFailed(error)) throw new ConcurrencyError(await this.getById(stored.id));
      throw error;
    }
    const saved: StoredOrder = { id: stored.id, etag, authorId: stored.authorId, order: target };
    if (!saved.etag) saved.etag = (await this.getById(stored.id))?.etag ?? '';
    try {
      await this.appendEvent(event, stored.id, target.reference, ids);
    } catch (error) {
      throw new AuditWriteError(saved, error);
    }
    return saved;
  }

  async listEvents(orderId: number): Promise<OrderEvent[]> {
    const rows = await readAll<SpItem>(
      itemsQuery(this.sp, EVENT_QUERY, 500)
        .filter(`ParentOrder/Id eq ${Math.trunc(orderId)}`)
        .orderBy('ID', true)
    );
    let ids = await this.lookup.catalogueIds();
    const unknown = (field: string): boolean =>
      rows.some((row) => {
        const id = lookupId(row, field);
        return id !== undefined && ids.suppliers.key(id) === undefined;
      });
    if (unknown('FromSupplier') || unknown('ToSupplier')) ids = await this.lookup.catalogueIds(true);
    return rows.map((row) => eventFromItem(row, ids));
  }

  /**
   * Appends one audit row. If the answer is lost the row may exist: look before writing it again,
   * so the audit does not get the event twice.
   */
  private async appendEvent(entry: OrderTrailEntry, orderId: number, reference: string, ids: CatalogueIds): Promise<void> {
    const row = eventToItem(entry, orderId, reference, ids);
    requireComplete(ORDER_EVENTS, row);
    try {
      await this.eventItems().add(row);
    } catch (error) {
      if (!mayHaveBeenApplied(error)) throw error;
      const written = await this.listEvents(orderId);
      if (written.some((existing) => rowMatches(existing, entry))) return;
      await this.eventItems().add(row);
    }
  }

  private itemOrEmpty(order: Order, ids: CatalogueIds, zone: SiteTimeZone): SpItem {
    try {
      return orderToItem(order, ids, zone);
    } catch {
      return {};
    }
  }

  private async findByRequestKey(requestKey: string): Promise<SpItem | undefined> {
    const page = await readPage<SpItem>(itemsQuery(this.sp, ORDER_QUERY, 1).filter(`RequestKey eq ${literal(requestKey)}`));
    return page.items[0];
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
  private async toStored(rows: SpItem[]): Promise<StoredOrder[]> {
    if (rows.length === 0) return [];
    let ids = await this.lookup.catalogueIds();
    if (rows.some((row) => unknownOrderIds(row, ids))) ids = await this.lookup.catalogueIds(true);
    const zone = await this.zone();
    return rows.map((row) => storedOrderFromItem(row, ids, zone));
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
