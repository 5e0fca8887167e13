import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { ConcurrencyError } from '../../src/data/errors';
import { orderToItem } from '../../src/data/mapping/order';
import { SpOrderRepository } from '../../src/data/orderRepository';
import { WRITE_ATTEMPTS } from '../../src/data/writeOnce';
import { StoredOrder } from '../../src/data/ports';
import { provisionSite } from '../../src/data/provisioning';
import { Order, OrderTrailEntry } from '../../src/domain/types';
import { FakeSharePoint, RecordedRequest, SITE } from './support/fakeSharePoint';
import { CATALOGUE, CREATED, sampleOrder, spFor } from './support/fixtures';

const ORDER_SELECT =
  'Id,Title,RequestKey,Area/Id,Area/Title,Status,AssignedSupplier/Id,AssignedSupplier/Title,AssignedRank,Organisation/Id,Organisation/Title,' +
  'Unit,ContactName,ContactEmail,ContactPhone,InvoiceReference,TrainingAreaKeys,CourseKey,Need,TargetGroup,Participants,Format,PeriodFrom,PeriodTo,' +
  'Place,Adaptations,AdaptationsOther,OtherInfo,RankingSnapshot,Trail,SubmittedAt,SubmittedBy,SentAt,AnswerDeadline,AcceptedAt,StartDate,' +
  'CompletedAt,CancelledAt,CancelReason,ActualParticipants,ParticipantsWomen,ParticipantsMen,ParticipantsOther,EvaluationScore,Author/Id,Author/Title';
const ORDER_EXPAND = 'Area,AssignedSupplier,Organisation,Author';
const EVENT_SELECT =
  'Id,Title,ParentOrder/Id,ParentOrder/Title,OrderReference,EventKind,FromStatus,ToStatus,FromSupplier/Id,FromSupplier/Title,FromRank,ToSupplier/Id,ToSupplier/Title,ToRank,Reason,Comment,EventAt,Actor';
const AVROP = "web/lists/getByTitle('Avrop')/items";
const EVENTS = "web/lists/getByTitle('Avropshändelser')/items";

/** Catalogue ids in the provisioned fake: areas 1-2, suppliers 1-3 (alfa, beta, gamma), organisations 1-2. */
const IDS = {
  areas: new Map([
    ['ledarskap', 1],
    ['ekonomi', 2]
  ]),
  suppliers: new Map([
    ['alfa', 1],
    ['beta', 2],
    ['gamma', 3]
  ])
};

interface Setup {
  fake: FakeSharePoint;
  sp: SPFI;
  orders: SpOrderRepository;
  catalogue: SpCatalogueRepository;
}

async function setup(): Promise<Setup> {
  const fake = new FakeSharePoint();
  const sp = spFor(fake);
  await provisionSite(sp, { seed: CATALOGUE });
  const catalogue = new SpCatalogueRepository(sp);
  await catalogue.catalogueIds();
  fake.reset();
  return { fake, sp, catalogue, orders: new SpOrderRepository(sp, catalogue) };
}

const summary = (r: RecordedRequest): string => `${r.method} ${r.path}`;
const withoutDigest = (requests: RecordedRequest[]): RecordedRequest[] => requests.filter((r) => r.path !== 'contextinfo');
/** Requests to the lists only (no form digest, no regional settings). */
const listRequests = (requests: RecordedRequest[]): RecordedRequest[] => requests.filter((r) => r.path.startsWith('web/lists/'));
/** The lookup of an order by its indexed RequestKey, lowest id first. */
const byRequestKey = (requestKey: string): Record<string, string> => ({ $select: ORDER_SELECT, $top: '10', $expand: ORDER_EXPAND, $filter: `RequestKey eq '${requestKey}'`, $orderby: 'ID asc' });

function key(n: number): string {
  return `${String(n).padStart(8, '0')}-aaaa-4bbb-8ccc-dddddddddddd`;
}

describe('SpOrderRepository.submit', () => {
  it('adds the order under a provisional title, writes its reference from the item id, then the Skapad row', async () => {
    const { fake, orders, catalogue } = await setup();
    const order = sampleOrder();
    const stored = await orders.submit(order);

    // Without a unique column every add is looked up by its key before and after (exactly once).
    const requests = listRequests(fake.requests);
    expect(requests.map(summary)).toEqual([`GET ${AVROP}`, `POST ${AVROP}`, `GET ${AVROP}`, `MERGE ${AVROP}(1)`, `GET ${EVENTS}`, `POST ${EVENTS}`, `GET ${EVENTS}`]);
    expect(requests[0].query).toEqual(byRequestKey(order.requestKey));
    const ids = await catalogue.catalogueIds();
    expect(requests[1].body).toEqual({ ...orderToItem(order, ids), Title: 'NY-3f1c2a9e-7b4' });
    expect(requests[1].body).toMatchObject({ RequestKey: order.requestKey, AreaId: 1, OrganisationId: 1, AssignedSupplierId: null, Status: 'Ny' });
    expect(requests[3].headers['if-match']).toBe('*');
    expect(requests[3].body).toEqual({ Title: 'AVR-2026-0001' });
    expect(requests[5].body).toEqual({
      Title: 'AVR-2026-0001 Skapad',
      ParentOrderId: 1,
      OrderReference: 'AVR-2026-0001',
      EventKind: 'Skapad',
      FromStatus: null,
      ToStatus: 'Ny',
      FromSupplierId: null,
      FromRank: null,
      ToSupplierId: null,
      ToRank: null,
      Reason: null,
      Comment: null,
      EventAt: '2026-03-02T09:15:00Z',
      Actor: 'Anna Andersson'
    });

    expect(stored).toEqual({ id: 1, etag: '"2"', authorId: 7, order: { ...order, reference: 'AVR-2026-0001' } });
    expect(fake.items('Avrop')[0]).toMatchObject({ Title: 'AVR-2026-0001', Trail: JSON.stringify([CREATED]) });
  });

  it('is idempotent: a repeated submit returns the stored order without a second item or event', async () => {
    const { fake, orders } = await setup();
    const first = await orders.submit(sampleOrder());
    fake.reset();
    const again = await orders.submit(sampleOrder());

    expect(again.id).toBe(first.id);
    expect(again.order.reference).toBe('AVR-2026-0001');
    expect(again.etag).toBe(first.etag);
    const requests = listRequests(fake.requests);
    // The indexed RequestKey finds the stored order before anything is added; its Skapad row is there too.
    expect(requests.map(summary)).toEqual([`GET ${AVROP}`, `GET ${EVENTS}`]);
    expect(requests[0].query).toEqual(byRequestKey(sampleOrder().requestKey));
    expect(requests[1].query).toEqual({ $select: EVENT_SELECT, $top: '500', $expand: 'ParentOrder,FromSupplier,ToSupplier', $filter: 'ParentOrder/Id eq 1', $orderby: 'ID asc' });
    expect(fake.items('Avrop')).toHaveLength(1);
    expect(fake.items('Avropshändelser')).toHaveLength(1);
  });

  it('when the answer to the add is lost, finds the item by RequestKey and finishes reference and event', async () => {
    const { fake, orders } = await setup();
    let lost = false;
    fake.interceptors.push((r) => (r.method === 'POST' && r.path === AVROP && !lost ? ((lost = true), { applyThenFail: 'network' }) : undefined));
    const stored = await orders.submit(sampleOrder());

    expect(listRequests(fake.requests).map(summary)).toEqual([
      `GET ${AVROP}`,
      `POST ${AVROP}`,
      `GET ${AVROP}`,
      `GET ${AVROP}`,
      `MERGE ${AVROP}(1)`,
      `GET ${EVENTS}`,
      `POST ${EVENTS}`,
      `GET ${EVENTS}`
    ]);
    expect(stored.order.reference).toBe('AVR-2026-0001');
    expect(fake.items('Avrop')).toHaveLength(1);
    expect(fake.items('Avrop')[0].Title).toBe('AVR-2026-0001');
    expect(fake.items('Avropshändelser')).toHaveLength(1);
  });

  it('when a 5xx answer came before anything was written, adds once more', async () => {
    const { fake, orders } = await setup();
    let failed = false;
    fake.interceptors.push((r) =>
      r.method === 'POST' && r.path === AVROP && !failed ? ((failed = true), { respond: { status: 504, body: { 'odata.error': { code: '-1', message: { lang: 'en-US', value: 'Gateway Timeout' } } } } }) : undefined
    );
    const stored = await orders.submit(sampleOrder());
    expect(listRequests(fake.requests).map(summary)).toEqual([
      `GET ${AVROP}`,
      `POST ${AVROP}`,
      `GET ${AVROP}`,
      `POST ${AVROP}`,
      `GET ${AVROP}`,
      `MERGE ${AVROP}(1)`,
      `GET ${EVENTS}`,
      `POST ${EVENTS}`,
      `GET ${EVENTS}`
    ]);
    expect(stored.id).toBe(1);
    expect(fake.items('Avrop')).toHaveLength(1);
    expect(fake.items('Avropshändelser')).toHaveLength(1);
  });

  it('when the answer to the reference write is lost, the same reference is written again', async () => {
    const { fake, orders } = await setup();
    let lost = false;
    fake.interceptors.push((r) => (r.method === 'MERGE' && r.path === `${AVROP}(1)` && !lost ? ((lost = true), { applyThenFail: 'network' }) : undefined));
    const stored = await orders.submit(sampleOrder());
    expect(listRequests(fake.requests).filter((r) => r.method === 'MERGE').map((r) => r.body)).toEqual([{ Title: 'AVR-2026-0001' }, { Title: 'AVR-2026-0001' }]);
    expect(stored.order.reference).toBe('AVR-2026-0001');
    expect(fake.items('Avropshändelser')).toHaveLength(1);
  });

  it('when the reference write keeps failing, a retried submit finishes the job exactly once', async () => {
    const { fake, orders } = await setup();
    let failures = WRITE_ATTEMPTS;
    fake.interceptors.push((r) =>
      r.method === 'MERGE' && r.path === `${AVROP}(1)` && failures > 0
        ? (failures--, { respond: { status: 500, body: { 'odata.error': { code: '-1', message: { lang: 'en-US', value: 'Internal error' } } } } })
        : undefined
    );
    await expect(orders.submit(sampleOrder())).rejects.toThrow();
    expect(fake.items('Avropshändelser')).toHaveLength(0);
    const stored = await orders.submit(sampleOrder());
    expect(stored.order.reference).toBe('AVR-2026-0001');
    expect(fake.items('Avrop')).toHaveLength(1);
    expect(fake.items('Avropshändelser')).toHaveLength(1);
  });

  it('when the answer to the event write is lost, does not write the event twice', async () => {
    const { fake, orders } = await setup();
    let lost = false;
    fake.interceptors.push((r) => (r.method === 'POST' && r.path === EVENTS && !lost ? ((lost = true), { applyThenFail: 'network' }) : undefined));
    await orders.submit(sampleOrder());
    expect(listRequests(fake.requests).map(summary)).toEqual([
      `GET ${AVROP}`,
      `POST ${AVROP}`,
      `GET ${AVROP}`,
      `MERGE ${AVROP}(1)`,
      `GET ${EVENTS}`,
      `POST ${EVENTS}`,
      `GET ${EVENTS}`,
      `GET ${EVENTS}`
    ]);
    expect(fake.items('Avropshändelser')).toHaveLength(1);
  });

  it('allocates unique references from the item ids, with at least four digits', async () => {
    const { fake, orders } = await setup();
    for (let i = 1; i <= 3; i++) await orders.submit(sampleOrder({ requestKey: key(i) }));
    expect(fake.items('Avrop').map((i) => i.Title)).toEqual(['AVR-2026-0001', 'AVR-2026-0002', 'AVR-2026-0003']);
    fake.list('Avrop').nextId = 12345;
    expect((await orders.submit(sampleOrder({ requestKey: key(99) }))).order.reference).toBe('AVR-2026-12345');
    // The year is the Swedish one: 23:30 UTC on 31 December is already the new year in Sweden.
    const newYear = await orders.submit(sampleOrder({ requestKey: key(100), submittedAt: '2026-12-31T23:30:00Z' }));
    expect(newYear.order.reference).toBe('AVR-2027-12346');
  });
});

describe('SpOrderRepository.update', () => {
  const sent: OrderTrailEntry = {
    at: '2026-03-02T10:00:00Z',
    by: 'Hanna Handläggare',
    kind: 'Skickad',
    fromStatus: 'Ny',
    toStatus: 'Väntar på svar',
    fromSupplierKey: '',
    toSupplierKey: 'alfa',
    toRank: 1,
    reason: '',
    comment: ''
  };
  const sendTo = (stored: StoredOrder): Order => ({
    ...stored.order,
    status: 'Väntar på svar',
    assignedSupplierKey: 'alfa',
    assignedRank: 1,
    sentAt: '2026-03-02T10:00:00Z',
    answerDeadline: '2026-03-03T10:00:00Z'
  });

  it('writes only the changed columns with the ETag it read, the trail in the same write, then the audit row', async () => {
    const { fake, orders } = await setup();
    const stored = await orders.submit(sampleOrder());
    fake.reset();
    const saved = await orders.update(stored, sendTo(stored), sent);

    const requests = listRequests(fake.requests);
    expect(requests.map(summary)).toEqual([`MERGE ${AVROP}(1)`, `GET ${EVENTS}`, `POST ${EVENTS}`, `GET ${EVENTS}`]);
    expect(requests[0].headers['if-match']).toBe('"2"');
    expect(requests[0].body).toEqual({
      Status: 'Väntar på svar',
      AssignedSupplierId: IDS.suppliers.get('alfa'),
      AssignedRank: 1,
      Trail: JSON.stringify([CREATED, sent]),
      SentAt: '2026-03-02T10:00:00Z',
      AnswerDeadline: '2026-03-03T10:00:00Z'
    });
    expect(requests[2].body).toMatchObject({ ParentOrderId: 1, OrderReference: 'AVR-2026-0001', EventKind: 'Skickad', FromStatus: 'Ny', ToStatus: 'Väntar på svar', ToSupplierId: 1, ToRank: 1 });
    expect(saved).toEqual({ id: 1, etag: '"3"', authorId: 7, order: { ...sendTo(stored), trail: [CREATED, sent] } });

    // The orderer reads the whole history from the order itself.
    expect((await orders.getById(1))!.order.trail).toEqual([CREATED, sent]);
  });

  it('does not add the event to the trail twice when the caller already did', async () => {
    const { fake, orders } = await setup();
    const stored = await orders.submit(sampleOrder());
    fake.reset();
    await orders.update(stored, { ...sendTo(stored), trail: [CREATED, sent] }, sent);
    expect(JSON.parse(fake.items('Avrop')[0].Trail as string)).toEqual([CREATED, sent]);
  });

  it('throws ConcurrencyError with the fresh order when someone else saved first (412), and writes no event', async () => {
    const { fake, orders } = await setup();
    const stored = await orders.submit(sampleOrder());
    const other = await orders.update(stored, sendTo(stored), sent);
    fake.reset();

    const error = await orders.update(stored, { ...stored.order, status: 'Avbruten', cancelReason: 'Behovet försvann' }, { ...sent, kind: 'Avbruten', toStatus: 'Avbruten' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect((error as ConcurrencyError).message).toBe('Avropet har ändrats av någon annan sedan du öppnade det. Läs in det på nytt och försök igen.');
    expect((error as ConcurrencyError).fresh).toEqual(other);
    const requests = withoutDigest(fake.requests);
    expect(requests.map(summary)).toEqual([`MERGE ${AVROP}(1)`, `GET ${AVROP}(1)`]);
    expect(requests[0].headers['if-match']).toBe('"2"');
    expect(requests[1].query).toEqual({ $select: ORDER_SELECT, $expand: ORDER_EXPAND });
    expect(fake.items('Avropshändelser')).toHaveLength(2);
    expect(fake.items('Avrop')[0].Status).toBe('Väntar på svar');
  });
});

describe('SpOrderRepository reads', () => {
  async function withOrders(setupResult: Setup, count: number, authorId: number, start = 1): Promise<void> {
    const { fake, orders } = setupResult;
    fake.currentUserId = authorId;
    for (let i = start; i < start + count; i++) {
      await orders.submit(sampleOrder({ requestKey: key(i), areaKey: i % 2 ? 'ledarskap' : 'ekonomi', organisationKey: i % 3 ? 'regionkansliet' : 'sjukhuset' }));
    }
  }

  it('lists my orders newest first, 25 per page, the Author clause inside a window over ID (the list view threshold)', async () => {
    const s = await setup();
    await withOrders(s, 27, 7, 1);
    await withOrders(s, 3, 9, 28);
    s.fake.reset();

    const first = await s.orders.listMine(7);
    expect(first.items.map((o) => o.id)).toEqual(Array.from({ length: 25 }, (_, i) => 27 - i));
    expect(first.items.every((o) => o.authorId === 7)).toBe(true);
    expect(first.next).toBeDefined();
    // The newest id (an unfiltered read in ID order), then one window of at most 5,000 ids.
    expect(s.fake.requests).toHaveLength(2);
    expect(s.fake.requests.every((r) => r.method === 'GET' && r.path === AVROP)).toBe(true);
    expect(s.fake.requests[0].query).toEqual({ $select: 'Id', $top: '1', $orderby: 'ID desc' });
    expect(s.fake.requests[1].query).toEqual({ $select: ORDER_SELECT, $top: '26', $expand: ORDER_EXPAND, $filter: 'ID ge 1 and ID le 30 and Author/Id eq 7', $orderby: 'ID desc' });

    const second = await s.orders.listMine(7, first.next);
    expect(second.items.map((o) => o.id)).toEqual([2, 1]);
    expect(second.next).toBeUndefined();
    expect(s.fake.requests).toHaveLength(3);
    expect(s.fake.requests[2].url.startsWith(`${SITE}/_api/web/lists/getByTitle('Avrop')/items?`)).toBe(true);
    expect(s.fake.requests[2].query).toEqual({ ...s.fake.requests[1].query, $filter: 'ID ge 1 and ID le 2 and Author/Id eq 7' });
  });

  it('filters the queue inside a window over ID, or on the reference first', async () => {
    const s = await setup();
    await withOrders(s, 6, 7);
    const stored = (await s.orders.getById(3))!;
    await s.orders.update(stored, { ...stored.order, status: 'Väntar på svar', assignedSupplierKey: 'beta', assignedRank: 2 }, { ...CREATED, kind: 'Skickad', toStatus: 'Väntar på svar', toSupplierKey: 'beta', toRank: 2 });
    s.fake.reset();

    const filters: string[] = [];
    const run = async (filter: Parameters<SpOrderRepository['listQueue']>[0]): Promise<number[]> => {
      const page = await s.orders.listQueue(filter);
      filters.push(s.fake.requests[s.fake.requests.length - 1].query.$filter);
      return page.items.map((o) => o.id);
    };
    expect(await run({ statuses: ['Ny'] })).toEqual([6, 5, 4, 2, 1]);
    expect(await run({ statuses: ['Ny', 'Väntar på svar'], areaKey: 'ledarskap' })).toEqual([5, 3, 1]);
    expect(await run({ supplierKey: 'beta' })).toEqual([3]);
    expect(await run({ organisationKey: 'sjukhuset', areaKey: 'ekonomi' })).toEqual([6]);
    expect(await run({ reference: 'AVR-2026-0004', statuses: ['Ny'] })).toEqual([4]);
    expect(await run({})).toEqual([6, 5, 4, 3, 2, 1]);
    expect(filters).toEqual([
      "ID ge 1 and ID le 6 and Status eq 'Ny'",
      "ID ge 1 and ID le 6 and (Status eq 'Ny' or Status eq 'Väntar på svar') and Area/Id eq 1",
      'ID ge 1 and ID le 6 and AssignedSupplier/Id eq 2',
      'ID ge 1 and ID le 6 and Area/Id eq 2 and Organisation/Id eq 2',
      "Title eq 'AVR-2026-0004' and Status eq 'Ny'",
      'ID ge 1 and ID le 6'
    ]);
    const avrop = s.fake.requests.filter((r) => r.path === AVROP);
    expect(avrop.every((r) => r.query.$orderby === 'ID desc' && ['1', '25', '26'].includes(r.query.$top))).toBe(true);

    // An unknown key matches nothing; the catalogue is reread once, but Avrop is not queried.
    s.fake.reset();
    expect(await s.orders.listQueue({ areaKey: 'finns-inte' })).toEqual({ items: [] });
    expect(s.fake.requests.some((r) => r.path === AVROP)).toBe(false);
  });

  it('never trips the list view threshold: every Avrop and Avropshändelser query starts on an indexed column', async () => {
    const s = await setup();
    await withOrders(s, 12, 7);
    s.fake.viewThreshold = 5;
    s.fake.reset();

    await s.orders.listMine(7);
    await s.orders.listQueue({ statuses: ['Ny', 'Genomförd'] });
    await s.orders.listQueue({ organisationKey: 'sjukhuset' });
    await s.orders.listQueue({});
    await s.orders.getByReference('AVR-2026-0007');
    await s.orders.listEvents(7);
    await s.orders.submit(sampleOrder({ requestKey: key(5) }));
    await s.orders.submit(sampleOrder({ requestKey: key(100) }));
    expect(s.fake.requests.filter((r) => r.path === AVROP && r.method === 'GET').length).toBeGreaterThan(4);

    // The fake does enforce the threshold: a query on an unindexed column fails.
    const throttled = s.sp.web.lists.getByTitle('Avrop').items.filter("ContactName eq 'x'")();
    await expect(throttled).rejects.toMatchObject({ status: 500 });
  });

  it('gets an order by reference or id, and nothing for unknown ones', async () => {
    const s = await setup();
    await withOrders(s, 2, 7);
    s.fake.reset();
    // The reference's serial is the item id: it is read by id, not looked up through a column.
    const byReference = await s.orders.getByReference('AVR-2026-0002');
    expect(byReference?.id).toBe(2);
    expect(s.fake.requests.map(summary)).toEqual([`GET ${AVROP}(2)`]);
    expect(s.fake.requests[0].query).toEqual({ $select: ORDER_SELECT, $expand: ORDER_EXPAND });
    expect(await s.orders.getByReference("AVR-2026-0002' or ID gt '0")).toBeUndefined();
    expect(await s.orders.getByReference('AVR-2025-0002')).toBeUndefined();
    expect(s.fake.requests).toHaveLength(2);
    expect((await s.orders.getById(1))?.order.reference).toBe('AVR-2026-0001');
    expect(s.fake.requests[2].path).toBe(`${AVROP}(1)`);
    expect(await s.orders.getById(404)).toBeUndefined();
  });

  it('lists the audit rows of one order, oldest first', async () => {
    const s = await setup();
    const stored = await s.orders.submit(sampleOrder());
    await s.orders.submit(sampleOrder({ requestKey: key(2) }));
    const next = { ...stored.order, status: 'Väntar på svar' as const, assignedSupplierKey: 'alfa', assignedRank: 1 };
    const sent: OrderTrailEntry = { ...CREATED, at: '2026-03-02T10:00:00Z', by: 'Hanna', kind: 'Skickad', fromStatus: 'Ny', toStatus: 'Väntar på svar', toSupplierKey: 'alfa', toRank: 1 };
    await s.orders.update(stored, next, sent);
    s.fake.reset();
    const events = await s.orders.listEvents(1);
    expect(events).toEqual([
      { ...CREATED, orderReference: 'AVR-2026-0001' },
      { ...sent, orderReference: 'AVR-2026-0001' }
    ]);
    expect(s.fake.requests[0].query.$filter).toBe('ParentOrder/Id eq 1');
  });

  it('rereads the catalogue ids when an order points at a supplier added since they were read', async () => {
    const s = await setup();
    const stored = await s.orders.submit(sampleOrder());
    s.fake.seedItem('Leverantörer', { Title: 'Delta AB', SupplierKey: 'delta', Active: true });
    const updated = await s.orders.update(stored, { ...stored.order, assignedSupplierKey: 'delta', assignedRank: 3 }, { ...CREATED, kind: 'Skickad', toSupplierKey: 'delta' });
    expect(updated.order.assignedSupplierKey).toBe('delta');
    expect(s.fake.items('Avrop')[0].AssignedSupplierId).toBe(4);
    expect((await s.orders.getById(1))!.order.assignedSupplierKey).toBe('delta');
  });
});
