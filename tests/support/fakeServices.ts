// In-memory stand-ins for the data ports, for component tests of the screens.
import { STOCKHOLM_SITE_ZONE } from '../../src/domain/time';
import type { AppServices } from '../../src/apps/shared/services';
import type { Catalogue, Order, OrderTrailEntry } from '../../src/domain/types';
import type { CurrentUser, OrderQueueFilter, Page, StoredOrder } from '../../src/data/ports';
import type { ProvisionReport } from '../../src/data/provisioning/report';
import type { SiteState } from '../../src/data/provisioning/siteState';
import { LISTS } from '../../src/schema/lists';
import { ConcurrencyError } from '../../src/data/errors';
import { formatReference } from '../../src/domain/reference';
import { urgencyOrder } from '../../src/domain/openQueue';

export interface FakeOptions {
  catalogue: Catalogue;
  isOwner?: boolean;
  canEditAll?: boolean;
  canReadAll?: boolean;
  /** The signed-in person's orders, newest first. */
  mine?: StoredOrder[];
  failCatalogueTimes?: number;
  /** The tenant property UtbildningsavropSiteUrl ('' = not set). */
  listSiteDefault?: string;
  provision?: FakeServices['provision'];
  /** The site state Administration shows (default: every list there and in order). */
  inspectSite?: () => Promise<SiteState>;
  /** The signed-in person (default: Anna Andersson, id 7). */
  user?: CurrentUser;
  /** listMine pages of this size (default: everything on one page). */
  pageSize?: number;
  /**
   * Replaces the in-memory submit. `store` is the default behaviour (idempotent by requestKey),
   * so a test can fail some attempts and let others through.
   */
  submit?: (order: Order, attempt: number, store: (order: Order) => Promise<StoredOrder>) => Promise<StoredOrder>;
  /** Replaces the in-memory update; `apply` is the default behaviour (ETag check, ConcurrencyError). */
  update?: (
    stored: StoredOrder,
    next: Order,
    event: OrderTrailEntry,
    apply: (stored: StoredOrder, next: Order, event: OrderTrailEntry) => Promise<StoredOrder>
  ) => Promise<StoredOrder>;
  /**
   * Orders of everybody, for the order desk: added to the store, and listQueue filters and pages
   * them (newest id first, like the data layer). Without it listQueue answers an empty page.
   */
  queue?: StoredOrder[];
  /** listQueue pages of this size (default 25, as the data layer). */
  queuePageSize?: number;
  /** The clock the open queue's urgency order is taken at (default: the real time). */
  now?: Date;
  /** The first N listQueue calls fail with a network error. */
  failQueueTimes?: number;
}

export const FAKE_USER: CurrentUser = { id: 7, title: 'Anna Andersson', email: 'anna@region.example', loginName: 'anna' };

export type FakeServices = AppServices & {
  calls: string[];
  /** Every order passed to submit, in call order (retries included). */
  submitted: Order[];
  /** Every listMine call (whose orders, which page). */
  listMineCalls: Array<{ userId: number; token?: string }>;
  /** Every update call. */
  updated: Array<{ stored: StoredOrder; next: Order; event: OrderTrailEntry }>;
  /** The stored orders, newest first (what listMine pages through). */
  stored(): StoredOrder[];
  /** Every listQueue call (filter and page token). */
  listQueueCalls: Array<{ filter: OrderQueueFilter; token?: string }>;
  /** Someone else changes an order: replaces it and gives it a new ETag. */
  changeBehindTheScenes(id: number, change: (order: Order) => Order): StoredOrder;
};

/** A site where every list is there and everything checked is in order. */
export function okSiteState(asOwner = true, siteUrl = 'https://region.sharepoint.com/sites/utbildning'): SiteState {
  return {
    asOwner,
    siteUrl,
    site: [],
    lists: LISTS.map((def) => ({
      key: def.key,
      title: def.title,
      found: true,
      canRead: true,
      url: `${siteUrl}/Lists/${def.url}/AllItems.aspx`,
      checks: [{ kind: 'list', list: def.title, name: def.title, status: 'ok', differences: [], remedy: { by: 'none' } }]
    }))
  };
}

export function fakeServices(options: FakeOptions): FakeServices {
  const calls: string[] = [];
  let failures = options.failCatalogueTimes || 0;
  const user = options.user || FAKE_USER;
  let orders: StoredOrder[] = [...(options.mine || []), ...(options.queue || [])];
  let nextId = orders.reduce((max, s) => Math.max(max, s.id), 0) + 1;
  let version = 1;
  const submitted: Order[] = [];
  const updated: Array<{ stored: StoredOrder; next: Order; event: OrderTrailEntry }> = [];
  let attempts = 0;
  const listMineCalls: Array<{ userId: number; token?: string }> = [];
  const listQueueCalls: Array<{ filter: OrderQueueFilter; token?: string }> = [];
  let queueFailures = options.failQueueTimes || 0;

  const queuePage = (filter: OrderQueueFilter, token?: string): Page<StoredOrder> => {
    if (!options.queue) return { items: [] };
    const matching = orders
      .filter(({ order }) => {
        if (filter.reference && order.reference !== filter.reference) return false;
        if (filter.text !== undefined) {
          const needle = filter.text.toLocaleLowerCase('sv');
          return [order.unit, order.contactName, order.contactEmail].some((v) => String(v ?? '').toLocaleLowerCase('sv').includes(needle));
        }
        if (filter.urgency && order.status !== 'Ny' && order.status !== 'Väntar på svar') return false;
        if (!filter.urgency && filter.statuses && filter.statuses.length > 0 && filter.statuses.indexOf(order.status) < 0) return false;
        if (filter.areaKey && order.areaKey !== filter.areaKey) return false;
        if (filter.supplierKey && order.assignedSupplierKey !== filter.supplierKey) return false;
        if (filter.organisationKey && order.organisationKey !== filter.organisationKey) return false;
        return true;
      })
      .sort((a, b) => b.id - a.id);
    if (filter.urgency) {
      const entries = matching.map((stored) => ({ stored, id: stored.id, status: stored.order.status, answerDeadline: stored.order.answerDeadline, submittedAt: stored.order.submittedAt }));
      matching.splice(0, matching.length, ...urgencyOrder(entries, options.now ?? new Date()).map((e) => e.stored));
    }
    const size = options.queuePageSize || 25;
    const start = token ? Number(token) : 0;
    const end = start + size;
    const items = matching.slice(start, end);
    return end < matching.length ? { items, next: String(end) } : { items };
  };

  const page = (token?: string): Page<StoredOrder> => {
    if (!options.pageSize) return { items: orders.slice() };
    const start = token ? Number(token) : 0;
    const items = orders.slice(start, start + options.pageSize);
    const end = start + options.pageSize;
    return end < orders.length ? { items, next: String(end) } : { items };
  };

  const store = async (order: Order): Promise<StoredOrder> => {
    const existing = orders.find((s) => s.order.requestKey === order.requestKey);
    if (existing) return existing;
    const id = nextId++;
    const year = Number((order.submittedAt || new Date().toISOString()).slice(0, 4));
    const stored: StoredOrder = { id, etag: `"${version++}"`, authorId: user.id, order: { ...order, reference: formatReference(year, id) } };
    orders = [stored, ...orders];
    return stored;
  };

  const apply = async (stored: StoredOrder, next: Order, event: OrderTrailEntry): Promise<StoredOrder> => {
    const current = orders.find((s) => s.id === stored.id);
    if (!current) throw new Error('Avropet finns inte.');
    if (current.etag !== stored.etag) throw new ConcurrencyError(current);
    const trail = next.trail.some((e) => JSON.stringify(e) === JSON.stringify(event)) ? next.trail : [...next.trail, event];
    const saved: StoredOrder = { ...current, etag: `"${version++}"`, order: { ...next, trail } };
    orders = orders.map((s) => (s.id === saved.id ? saved : s));
    return saved;
  };

  const rights = { canRead: true, canAdd: true, canEditAll: !!options.canEditAll, canReadAll: !!options.canReadAll };
  return {
    calls,
    listMineCalls,
    listQueueCalls,
    submitted,
    updated,
    stored: () => orders.slice(),
    changeBehindTheScenes(id, change) {
      const current = orders.find((s) => s.id === id);
      if (!current) throw new Error(`Inget avrop med id ${id}`);
      const changed: StoredOrder = { ...current, etag: `"${version++}"`, order: change(current.order) };
      orders = orders.map((s) => (s.id === id ? changed : s));
      return changed;
    },
    catalogue: {
      load: async () => {
        calls.push('catalogue.load');
        if (failures > 0) {
          failures--;
          throw new Error('Nätverksfel');
        }
        return options.catalogue;
      }
    },
    orders: {
      submit: async (order) => {
        submitted.push(order);
        attempts++;
        return options.submit ? options.submit(order, attempts, store) : store(order);
      },
      getByReference: async (reference) => orders.find((s) => s.order.reference === reference),
      getById: async (id) => orders.find((s) => s.id === id),
      listMine: async (userId, token) => {
        listMineCalls.push({ userId, token });
        return page(token);
      },
      listQueue: async (filter, token) => {
        listQueueCalls.push({ filter, token });
        calls.push('orders.listQueue');
        if (queueFailures > 0) {
          queueFailures--;
          throw new Error('Nätverksfel');
        }
        return queuePage(filter, token);
      },
      update: async (stored, next, event) => {
        updated.push({ stored, next, event });
        return options.update ? options.update(stored, next, event, apply) : apply(stored, next, event);
      },
      listEvents: async () => []
    },
    user: {
      currentUser: async () => user,
      hasSiteOwnerRights: async () => !!options.isOwner,
      listRights: async () => rights
    },
    site: { timeZone: async () => STOCKHOLM_SITE_ZONE, listSiteDefault: async () => options.listSiteDefault ?? '' },
    // Screens' tests see no mail go out (no mailbox set, nothing to send to); the mail itself is
    // tested against the emulator (tests/data/notifications.test.ts).
    notifications: {
      handlersMailbox: async () => '',
      setHandlersMailbox: async () => undefined,
      orderPlaced: async () => ({ kind: 'noRecipient', purpose: 'newOrder' }),
      ordererCancelled: async () => ({ kind: 'noRecipient', purpose: 'statusChange' }),
      handlerActed: async () => []
    },
    orderRights: async () => rights,
    followUp: { recordsSubmitted: async () => [] },
    followUpRights: async () => rights,
    provision:
      options.provision ||
      (async () => ({ created: [], updated: [], seeded: [], warnings: [], changed: false })),
    inspectSite: options.inspectSite || (async () => okSiteState(!!options.isOwner))
  };
}
