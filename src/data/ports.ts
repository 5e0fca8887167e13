// What the rest of the app may ask of the data layer. Nothing here knows SharePoint: the
// implementations in this folder do, and tests or other back ends can stand in for them.
import { Catalogue, Order, OrderEvent, OrderRequest, OrderStatus, OrderTrailEntry } from '../domain/types';
import type { InForceUncertainty } from '../domain/rankingInForce';
import type { OrderRankingProblem } from '../domain/rankingHealth';

/** Opaque continuation of a paged read; pass it back unchanged to get the next page. */
export type PageToken = string;

export interface Page<T> {
  items: T[];
  /** Absent on the last page. */
  next?: PageToken;
}

/** An order as stored: the list item id, the version (ETag) it was read at, and who created it. */
export interface StoredOrder {
  id: number;
  etag: string;
  authorId: number;
  order: Order;
  /**
   * Columns that could not be read as the schema says (a malformed or hostile value). The order then
   * holds safe stand-ins for them: screens show it as unreadable and offer no action that relies on it.
   */
  unreadable?: string[];
  /**
   * The handlers' record (Avropsstatus) the order was composed with. Present only for readers who
   * may see records (handlers, follow-up); then everything but the request comes from the record.
   */
  record?: RecordVersion;
  /**
   * Where the order's ranking comes from and what is wrong with it, for handlers: the record's
   * frozen ranking, or before the first handling the ranking in force at submission.
   */
  rankingBasis?: RankingBasisNote;
}

export interface RankingBasisNote {
  /** 'record': frozen at first handling; 'current': Rangordning, unchanged since submission; 'history': as it was before a later change. */
  basis: 'record' | 'current' | 'history';
  changedAt?: string;
  changedBy?: string;
  uncertain?: InForceUncertainty;
  problems: OrderRankingProblem[];
}

export interface RecordVersion {
  /** 0 while the order has no record yet (nobody has handled it). */
  id: number;
  etag: string;
  /** The request as it was last sent to a supplier, frozen; undefined before the first send. */
  sentRequest?: OrderRequest;
}

export interface CatalogueRepository {
  load(): Promise<Catalogue>;
}

export interface OrderQueueFilter {
  statuses?: OrderStatus[];
  areaKey?: string;
  supplierKey?: string;
  organisationKey?: string;
  /** Exact reference, e.g. AVR-2026-0042. */
  reference?: string;
  /** Words in the orderer's unit, contact name or contact e-mail (at least two characters); the other criteria are ignored. */
  text?: string;
  /** The open queue (new and waiting orders) over all orders in urgency order (domain/openQueue.ts); `statuses` is ignored. */
  urgency?: boolean;
}

export interface OrderRepository {
  /** Stores a new order. Idempotent by `order.requestKey`: repeating it returns the order already stored. */
  submit(order: Order): Promise<StoredOrder>;
  getByReference(reference: string): Promise<StoredOrder | undefined>;
  getById(id: number): Promise<StoredOrder | undefined>;
  /** The user's own orders, newest first, 25 per page. */
  listMine(userId: number, page?: PageToken): Promise<Page<StoredOrder>>;
  /** Orders for handlers and follow-up, newest first, 25 per page. */
  listQueue(filter: OrderQueueFilter, page?: PageToken): Promise<Page<StoredOrder>>;
  /**
   * Writes `next` over `stored` if nobody changed it since it was read (ETag), with `event` on its trail,
   * and appends `event` to the audit list. Throws ConcurrencyError (carrying the fresh order) otherwise.
   */
  update(stored: StoredOrder, next: Order, event: OrderTrailEntry): Promise<StoredOrder>;
  /** Audit rows of one order, oldest first. */
  listEvents(orderId: number): Promise<OrderEvent[]>;
}

export interface CurrentUser {
  id: number;
  title: string;
  email: string;
  loginName: string;
}

export interface ListRights {
  canRead: boolean;
  canAdd: boolean;
  /** May edit items created by others (despite item-level security). */
  canEditAll: boolean;
  /** May read items created by others (despite item-level security). */
  canReadAll: boolean;
}

export interface UserContext {
  currentUser(): Promise<CurrentUser>;
  hasSiteOwnerRights(): Promise<boolean>;
  listRights(listTitle: string): Promise<ListRights>;
}
