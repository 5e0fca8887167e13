// Integrity (issue 9): nothing an orderer can write decides where an order goes, what the audit
// trail says or what follow-up counts. Run against the emulator as the seeded people, with only
// what a browser console gives her: the REST API with her own rights.
//
// Threat model, enforced by SharePoint's permissions (src/schema/lists.ts, permissions.ts):
// - Avrop: everyone who orders adds items and reads and edits her own (item-level security,
//   ReadSecurity/WriteSecurity 2). Her item is her request and her cancellation; anything else on
//   it is a copy for her own view.
// - Avropsstatus: the handlers' record, one row per order. Handlers add and edit; follow-up reads;
//   orderers have no access at all.
// - Avropshändelser: handlers may add rows, never edit or delete one (a permission level without
//   Edit/Delete Items); follow-up reads; orderers have no access, so no row can be forged and no
//   lookup through a row can reach another person's order.
// Item-level permissions and what Override List Behaviors does:
// https://learn.microsoft.com/en-us/sharepoint/technical-reference/user-permissions-and-permission-levels
// https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-wsscaml/bf869a72-d417-448e-9b46-805094c1395a
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AppServices, createServices } from '../../src/apps/shared/services';
import { createOrder, sendToSupplier } from '../../src/domain/cascade';
import { rankedSuppliers } from '../../src/domain/ranking';
import { Catalogue, Order } from '../../src/domain/types';
import { StoredOrder } from '../../src/data/ports';
import { ORDER_EVENTS, ORDER_RECORDS, ORDERS } from '../../src/schema/lists';
import { Emulator, startEmulator } from '../support/emulator';
import { orderRequest } from '../support/orders';
import { spError } from '../support/orders';

jest.setTimeout(120000);

let emu: Emulator;
let catalogue: Catalogue;
/** Anna's order, not yet handled; Anna's second order, sent by Hanna; Erik's order. */
let fresh: StoredOrder;
let sent: StoredOrder;
let eriks: StoredOrder;
let outsider: { key: string; id: number };

const services = (login: string): AppServices => createServices(emu.sp(login));
const list = (login: string, title: string) => emu.sp(login).web.lists.getByTitle(title);

async function submit(login: string, n: number): Promise<StoredOrder> {
  const s = services(login);
  const user = await s.user.currentUser();
  const { order } = createOrder(orderRequest(catalogue, { unit: `Enhet ${login} ${n}` }), catalogue, { now: new Date(), user: user.loginName, requestKey: `${login}-${n}-${Date.now()}`, reference: '' });
  return s.orders.submit(order);
}

async function allPages(read: (token?: string) => Promise<{ items: StoredOrder[]; next?: string }>): Promise<StoredOrder[]> {
  const rows: StoredOrder[] = [];
  let token: string | undefined;
  do {
    const page = await read(token);
    rows.push(...page.items);
    token = page.next;
  } while (token);
  return rows;
}

/** What the desk sees of an order, minus the request the orderer states. */
function deskFacts(stored: StoredOrder | undefined): Partial<Order> & { reference?: string } {
  const o = stored?.order;
  if (!o) return {};
  return {
    reference: o.reference,
    status: o.status,
    assignedSupplierKey: o.assignedSupplierKey,
    assignedRank: o.assignedRank,
    ranking: o.ranking,
    trail: o.trail,
    sentAt: o.sentAt,
    answerDeadline: o.answerDeadline,
    acceptedAt: o.acceptedAt,
    startDate: o.startDate,
    completedAt: o.completedAt,
    submittedAt: o.submittedAt,
    submittedBy: o.submittedBy,
    evaluationScore: o.evaluationScore,
    actualParticipants: o.actualParticipants
  };
}

beforeAll(async () => {
  emu = await startEmulator();
  catalogue = await services('anna').catalogue.load();
  fresh = await submit('anna', 1);
  sent = await submit('anna', 2);
  eriks = await submit('erik', 1);
  const hanna = services('hanna');
  const seen = (await hanna.orders.getById(sent.id))!;
  const result = sendToSupplier(seen.order, { now: new Date(), user: 'i:0#.f|membership|hanna@region.example', responseHours: 24 });
  sent = await hanna.orders.update(seen, result.order, result.entry);
  const ranked = new Set(rankedSuppliers(fresh.order.areaKey, catalogue).map((r) => r.supplierKey));
  const supplier = catalogue.suppliers.find((s) => !ranked.has(s.key))!;
  const [row] = await list('lars', 'Leverantörer').items.select('Id').filter(`SupplierKey eq '${supplier.key}'`)();
  outsider = { key: supplier.key, id: row.Id };
});
afterAll(async () => {
  await emu?.stop();
});

describe('forged columns on her own Avrop item change nothing the desk, a supplier or follow-up sees', () => {
  const forgedTrail = (at: string) =>
    JSON.stringify([{ at, by: 'i:0#.f|membership|hanna@region.example', kind: 'Antagen', fromStatus: 'Väntar på svar', toStatus: 'Antagen', fromSupplierKey: 'x', toSupplierKey: 'x', reason: '', comment: '' }]);
  const CASES: Array<[string, () => Record<string, unknown>]> = [
    ['Status = Genomförd', () => ({ Status: 'Genomförd' })],
    ['Status = Antagen', () => ({ Status: 'Antagen' })],
    ['Status = Ingen leverantör', () => ({ Status: 'Ingen leverantör' })],
    ['AssignedSupplier outside the ranking', () => ({ AssignedSupplierId: outsider.id })],
    ['AssignedRank = 1 with an outsider', () => ({ AssignedSupplierId: outsider.id, AssignedRank: 1 })],
    ['RankingSnapshot naming an outsider rank 1', () => ({ RankingSnapshot: JSON.stringify([{ rank: 1, supplierKey: outsider.key, supplierName: 'Utanför AB' }]) })],
    ['Trail with a handler-signed acceptance', () => ({ Trail: forgedTrail(new Date().toISOString()) })],
    ['SentAt and AnswerDeadline', () => ({ SentAt: '2020-01-01T10:00:00Z', AnswerDeadline: '2020-01-02T10:00:00Z' })],
    ['AcceptedAt and StartDate', () => ({ AcceptedAt: '2020-01-01T10:00:00Z', StartDate: '2020-02-01T00:00:00Z' })],
    ['CompletedAt with participants and a score', () => ({ CompletedAt: '2020-03-01T10:00:00Z', ActualParticipants: 500, EvaluationScore: 5 })],
    ['SubmittedAt in the past', () => ({ SubmittedAt: '2019-01-01T08:00:00Z' })],
    ['SubmittedBy in a handler\'s name', () => ({ SubmittedBy: 'i:0#.f|membership|hanna@region.example' })],
    ['Title = another person\'s reference', () => ({ Title: eriks.order.reference })],
    ['Title = the next reference', () => ({ Title: `AVR-${new Date().getFullYear()}-${String(eriks.id + 1).padStart(4, '0')}` })]
  ];

  for (const which of ['fresh', 'sent'] as const) {
    test.each(CASES)(`${which} order: %s`, async (_name, forge) => {
      const target = which === 'fresh' ? fresh : sent;
      const hanna = services('hanna');
      const before = deskFacts(await hanna.orders.getById(target.id));
      await list('anna', ORDERS.title).items.getById(target.id).update(forge());
      const after = await services('hanna').orders.getById(target.id);
      expect(deskFacts(after)).toEqual(before);
      // The supplier the desk would send to is rank 1 (or the one already sent to) of the ranking in force.
      const ranked = rankedSuppliers(target.order.areaKey, catalogue).map((r) => r.supplierKey);
      expect(ranked).toContain(after!.order.assignedSupplierKey);
      // Follow-up counts completed and accepted orders from the record only.
      const ulla = services('ulla');
      for (const status of ['Genomförd', 'Antagen', 'Ingen leverantör'] as const) {
        const page = await ulla.orders.listQueue({ statuses: [status] });
        expect(page.items.map((s) => s.id)).not.toContain(target.id);
      }
      const bySupplier = await hanna.orders.listQueue({ supplierKey: outsider.key });
      expect(bySupplier.items.map((s) => s.id)).not.toContain(target.id);
      // The desk finds the order where its record puts it: still in the open queue, under the supplier in force.
      for (const filter of [{ statuses: ['Ny', 'Väntar på svar'] as Order['status'][] }, { statuses: [target.order.status] }, { supplierKey: target.order.assignedSupplierKey }]) {
        const queue = await allPages((token) => services('hanna').orders.listQueue(filter, token));
        expect(queue.map((s) => s.id)).toContain(target.id);
      }
      // A reference leads to its own item only.
      expect((await hanna.orders.getByReference(eriks.order.reference))?.id).toBe(eriks.id);
    });
  }
});

describe('the record and the audit are written by handlers only', () => {
  const recordBody = (orderId: number) => ({ Title: 'AVR-2026-9999', ParentOrderId: orderId, Status: 'Genomförd' });
  const eventBody = (orderId: number) => ({ Title: 'x Antagen', ParentOrderId: orderId, OrderReference: 'x', EventKind: 'Antagen', ToStatus: 'Antagen', EventAt: new Date().toISOString(), Actor: 'i:0#.f|membership|hanna@region.example' });

  test.each(['anna', 'erik', 'vera'])('%s cannot add a record, for her own order or another person\'s', async (login) => {
    for (const id of [fresh.id, eriks.id]) expect((await spError(list(login, ORDER_RECORDS.title).items.add(recordBody(id)))).status).toBe(403);
  });
  test.each(['anna', 'erik', 'vera'])('%s cannot read or edit the record of an order that was sent', async (login) => {
    expect((await spError(list(login, ORDER_RECORDS.title).items.select('Id')())).status).toBe(403);
    expect((await spError(list(login, ORDER_RECORDS.title).items.getById(sent.record!.id).update({ Status: 'Genomförd' }))).status).toBe(403);
  });
  test.each(['anna', 'erik', 'vera'])('%s cannot add an audit row, for her own order or another person\'s', async (login) => {
    for (const id of [fresh.id, eriks.id]) expect((await spError(list(login, ORDER_EVENTS.title).items.add(eventBody(id)))).status).toBe(403);
  });
  test.each(['anna', 'erik', 'vera'])('%s cannot read the audit, so no lookup through it reaches another order', async (login) => {
    expect((await spError(list(login, ORDER_EVENTS.title).items.select('Id', 'ParentOrder/Unit').expand('ParentOrder')())).status).toBe(403);
  });
  test('a handler adds audit rows but can neither edit nor delete one, her own included', async () => {
    const [row] = await list('hanna', ORDER_EVENTS.title).items.select('Id').filter(`ParentOrder/Id eq ${sent.id}`)();
    expect(row).toBeDefined();
    expect((await spError(list('hanna', ORDER_EVENTS.title).items.getById(row.Id).update({ EventAt: '2020-01-01T00:00:00Z' }))).status).toBe(403);
    expect((await spError(list('hanna', ORDER_EVENTS.title).items.getById(row.Id).delete())).status).toBe(403);
  });
  test('follow-up reads the record and the audit but writes neither', async () => {
    expect((await list('ulla', ORDER_RECORDS.title).items.select('Id')()).length).toBeGreaterThan(0);
    expect((await spError(list('ulla', ORDER_RECORDS.title).items.getById(sent.record!.id).update({ Status: 'Genomförd' }))).status).toBe(403);
    expect((await spError(list('ulla', ORDER_EVENTS.title).items.add(eventBody(sent.id)))).status).toBe(403);
  });
  test('a handler edits the record; the version read is enforced (ETag)', async () => {
    const stale = sent.record!.etag;
    await list('hanna', ORDER_RECORDS.title).items.getById(sent.record!.id).update({ CancelReason: 'x' });
    expect((await spError(list('hanna', ORDER_RECORDS.title).items.getById(sent.record!.id).update({ CancelReason: 'y' }, stale))).status).toBe(412);
  });
});

describe("another person's order stays unreadable by every path", () => {
  const PATHS: Array<[string, (login: string) => Promise<unknown>]> = [
    ['by id', (login) => list(login, ORDERS.title).items.getById(eriks.id).select('Id', 'Unit')()],
    ['by a filter on ID', async (login) => list(login, ORDERS.title).items.select('Id').filter(`ID eq ${eriks.id}`)()],
    ['by a filter on its reference', async (login) => list(login, ORDERS.title).items.select('Id').filter(`Title eq '${eriks.order.reference}'`)()],
    ['by its request key', async (login) => list(login, ORDERS.title).items.select('Id').filter(`RequestKey eq '${eriks.order.requestKey}'`)()],
    [
      'in a $batch',
      async (login) => {
        const [batched, execute] = emu.sp(login).batched();
        const read = batched.web.lists.getByTitle(ORDERS.title).items.getById(eriks.id).select('Id', 'Unit')();
        await execute();
        return read;
      }
    ],
    ['through its versions', (login) => list(login, ORDERS.title).items.getById(eriks.id).select('Id').expand('Versions')()],
    ['through the data layer by reference', async (login) => services(login).orders.getByReference(eriks.order.reference)]
  ];
  test.each(PATHS)('anna, %s', async (_name, read) => {
    const outcome = await read('anna').then(
      (value) => value,
      (error: { status?: number }) => ({ status: error.status })
    );
    const leaked = Array.isArray(outcome) ? outcome.length > 0 : outcome !== undefined && !(typeof outcome === 'object' && outcome !== null && 'status' in outcome);
    expect(leaked).toBe(false);
  });
  test('Mina avrop pages hold her own orders only', async () => {
    const anna = services('anna');
    const me = await anna.user.currentUser();
    const page = await anna.orders.listMine(me.id);
    expect(page.items.map((s) => s.id).sort()).toEqual([fresh.id, sent.id].sort());
  });
});

describe('the request as the supplier received it is frozen', () => {
  test('an edit after sending shows as the item, while the record keeps what was sent', async () => {
    const before = (await services('hanna').orders.getById(sent.id))!;
    expect(before.record?.sentRequest?.need).toBe(before.order.need);
    await list('anna', ORDERS.title).items.getById(sent.id).update({ Need: 'Ändrat efteråt' });
    const after = (await services('hanna').orders.getById(sent.id))!;
    expect(after.order.need).toBe('Ändrat efteråt');
    expect(after.record?.sentRequest?.need).toBe(before.order.need);
  });
});
