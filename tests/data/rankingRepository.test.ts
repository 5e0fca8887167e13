// The rankings editor's data layer against the emulator: a save writes each Rangordning row at the
// version it was read (If-Match with the item's ETag), so an edit made meanwhile in the SharePoint
// list is never overwritten. SharePoint answers a stale If-Match with 412 Precondition Failed and
// leaves the item unchanged ("Working with lists and list items with REST", section on ETags:
// https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest;
// for Graph's list items: "If this request header is included and the eTag provided does not match
// the current eTag on the item, a 412 Precondition Failed response is returned and the item will not
// be updated", https://learn.microsoft.com/en-us/graph/api/listitem-update). Every save is logged in
// Rangordningsändringar (list owners write, handlers read, orderers have no access), and the desk
// composes an unhandled order with the ranking in force at its Created.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { RankingConflictError, RankingState, SpRankingRepository } from '../../src/data/rankingRepository';
import { SpOrderRepository } from '../../src/data/orderRepository';
import { createOrder } from '../../src/domain/cascade';
import { RANKING_CHANGES, RANKINGS } from '../../src/schema/lists';
import { Emulator, startEmulator } from '../support/emulator';
import { orderRequest } from '../support/orders';

jest.setTimeout(180000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu?.stop();
});

function repos(login: string) {
  const sp = emu.sp(login);
  const catalogue = new SpCatalogueRepository(sp);
  const rankings = new SpRankingRepository(sp, catalogue, async () => login);
  const orders = new SpOrderRepository(sp, catalogue, undefined, rankings);
  return { sp, catalogue, rankings, orders };
}

const order = (state: RankingState, areaKey: string): string[] =>
  state.rows
    .filter((r) => r.areaKey === areaKey)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => `${r.rank} ${state.suppliers.find((s) => s.key === r.supplierKey)?.name ?? '?'}`);

async function submitAs(login: string, areaKey: string): Promise<{ id: number; created: string }> {
  const { orders, catalogue } = repos(login);
  const cat = await catalogue.load();
  const { order: o } = createOrder(orderRequest(cat, { areaKey, trainingAreaKeys: [], courseKey: '' }), cat, {
    now: new Date(),
    user: `${login}@region.example`,
    requestKey: `k-${login}-${areaKey}-${Date.now()}`,
    reference: ''
  });
  const stored = await orders.submit(o);
  const item = await emu.sp(login).web.lists.getByTitle('Avrop').items.getById(stored.id).select('Created')();
  return { id: stored.id, created: item.Created };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a reorder renumbers the rows and logs who, when, before and after', async () => {
  const { rankings } = repos('lars');
  const basis = await rankings.state(true);
  expect(order(basis, 'ledarskap')).toEqual(['1 Prové', '2 TrustP']);
  const saved = await rankings.save(basis, { areaKey: 'ledarskap', supplierKeys: ['trustp', 'prove'], activeChanges: {} });
  expect(order(saved, 'ledarskap')).toEqual(['1 TrustP', '2 Prové']);
  const change = saved.changes.filter((c) => c.areaKey === 'ledarskap').pop()!;
  expect(change.by).toBe('lars');
  expect(change.before.map((r) => `${r.rank} ${r.supplierName}`)).toEqual(['1 Prové', '2 TrustP']);
  expect(change.after.map((r) => `${r.rank} ${r.supplierName}`).sort()).toEqual(['1 TrustP', '2 Prové']);
  // The log's time is SharePoint's Created, and its author the saving person.
  const rows = await emu.sp('lars').web.lists.getByTitle(RANKING_CHANGES.title).items.select('Created', 'Author/Title').expand('Author')();
  expect(rows.length).toBeGreaterThan(0);
  expect(rows[rows.length - 1].Created).toBe(change.at);
});

test('an edit made meanwhile in the SharePoint list is never overwritten: conflict with the fresh state, nothing written', async () => {
  const { rankings } = repos('lars');
  const basis = await rankings.state(true);
  const ugl = basis.rows.filter((r) => r.areaKey === 'ugl-ul-il').sort((a, b) => a.rank - b.rank);
  // Someone edits a row in the list after the editor read it.
  await emu.sp('lars').web.lists.getByTitle(RANKINGS.title).items.getById(ugl[2].id).update({ Rank: 7 });
  const logBefore = (await rankings.state(true)).changes.length;
  const error = await rankings.save(basis, { areaKey: 'ugl-ul-il', supplierKeys: [ugl[2].supplierKey, ugl[1].supplierKey, ugl[0].supplierKey], activeChanges: {} }).catch((e) => e);
  expect(error).toBeInstanceOf(RankingConflictError);
  expect((error as RankingConflictError).writtenAny).toBe(false);
  expect(order((error as RankingConflictError).fresh, 'ugl-ul-il')).toEqual(['1 Harmoni i Livet Syd', '2 Rezon', '7 Team Fusion']);
  const after = await rankings.state(true);
  expect(after.changes.length).toBe(logBefore);
  expect(order(after, 'ugl-ul-il')).toEqual(order((error as RankingConflictError).fresh, 'ugl-ul-il'));
});

test('a stale If-Match on the row itself is refused with 412 by the list (what the editor relies on)', async () => {
  const list = emu.sp('lars').web.lists.getByTitle(RANKINGS.title);
  const [row] = await list.items.select('Id', 'Rank').top(1)();
  const read = await list.items.getById(row.Id).select('Id')();
  const etag = read['odata.etag'];
  await list.items.getById(row.Id).update({ Rank: row.Rank });
  const refused = await list.items.getById(row.Id).update({ Rank: 3 }, etag).then(() => 0, (e) => e.status);
  expect(refused).toBe(412);
});

test('adding and removing a supplier, and setting one inactive, are logged for every area they change', async () => {
  const { rankings } = repos('lars');
  const basis = await rankings.state(true);
  const kommunikation = basis.rows.filter((r) => r.areaKey === 'kommunikation').sort((a, b) => a.rank - b.rank).map((r) => r.supplierKey);
  const saved = await rankings.save(basis, { areaKey: 'kommunikation', supplierKeys: [...kommunikation.slice(0, 1), 'rezon'], activeChanges: {} });
  expect(order(saved, 'kommunikation')).toEqual(['1 Agera Kommunikation', '2 Rezon']);
  const again = await rankings.save(saved, { areaKey: 'schemalaggning', supplierKeys: ['time-care', 'pm-palmgren-consulting'], activeChanges: { 'pm-palmgren-consulting': false } });
  expect(again.suppliers.find((s) => s.key === 'pm-palmgren-consulting')?.active).toBe(false);
  const last = again.changes.filter((c) => c.areaKey === 'schemalaggning').pop()!;
  expect(last.after.find((r) => r.supplierKey === 'pm-palmgren-consulting')?.active).toBe(false);
  expect(last.before.find((r) => r.supplierKey === 'pm-palmgren-consulting')?.active).toBe(true);
});

test('orderers and handlers cannot write the change log; handlers read it, orderers do not', async () => {
  const body = { Title: 'x', AreaKey: 'ledarskap', RankingBefore: '[]', RankingAfter: '[]', ChangedBy: 'anna' };
  for (const login of ['anna', 'vera', 'hanna', 'ulla']) {
    const status = await emu.sp(login).web.lists.getByTitle(RANKING_CHANGES.title).items.add(body).then(() => 201, (e) => e.status);
    expect([login, status]).toEqual([login, 403]);
  }
  expect((await repos('hanna').rankings.state(true)).changes.length).toBeGreaterThan(0);
  expect((await repos('anna').rankings.state(true)).changes).toEqual([]);
});

test('ranking in force: changed after submission, the desk uses what was in force and says so; edited in the list, it cannot be sure', async () => {
  const lars = repos('lars');
  const placed = await submitAs('anna', 'medarbetarskap');
  await pause(1100);
  const basis = await lars.rankings.state(true);
  const before = basis.rows.filter((r) => r.areaKey === 'medarbetarskap').sort((a, b) => a.rank - b.rank).map((r) => r.supplierKey);
  await lars.rankings.save(basis, { areaKey: 'medarbetarskap', supplierKeys: before.slice().reverse(), activeChanges: {} });

  const desk = repos('hanna');
  const stored = await desk.orders.getById(placed.id);
  expect(stored?.order.ranking.map((r) => r.supplierKey)).toEqual(before);
  expect(stored?.order.assignedSupplierKey).toBe(before[0]);
  expect(stored?.rankingBasis).toMatchObject({ basis: 'history', changedBy: 'lars' });
  expect(stored?.rankingBasis?.uncertain).toBeUndefined();
  // Her own view still says what she saw (her copy), the desk never trusts it.

  // A new order after the change goes by the new ranking, from Rangordning itself.
  const later = await submitAs('anna', 'medarbetarskap');
  const laterStored = await repos('hanna').orders.getById(later.id);
  expect(laterStored?.order.ranking.map((r) => r.supplierKey)).toEqual(before.slice().reverse());
  expect(laterStored?.rankingBasis).toMatchObject({ basis: 'current' });

  // An owner edits Rangordning in SharePoint itself after that order: no log entry, a later Modified.
  await pause(1100);
  const row = (await lars.rankings.state(true)).rows.find((r) => r.areaKey === 'medarbetarskap')!;
  await emu.sp('lars').web.lists.getByTitle(RANKINGS.title).items.getById(row.id).update({ Rank: row.rank });
  const unsure = await repos('hanna').orders.getById(later.id);
  expect(unsure?.rankingBasis).toMatchObject({ basis: 'current', uncertain: 'edited-in-list' });
});
