// Every handling action writes the follow-up facts (Avropsstatus.Kpis) in the same update as the
// trail, so the two never disagree: after each action the stored Kpis is the short form of the
// stored Trail, and the scorecard follow-up reads equals the scorecard of the full trails.
// Orderers cannot write the column (the list is the handlers'), and a record without it (written
// before the column existed) is counted from its Trail.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { AppServices, createServices } from '../../src/apps/shared/services';
import { cancelOrder, completeOrder, correctAnswer, createOrder, moveToNextSupplier, recordAcceptance, sendToSupplier, TransitionResult } from '../../src/domain/cascade';
import { addDays } from '../../src/domain/calendar';
import { computeScorecard } from '../../src/domain/scorecard';
import { encodeKpiTrail } from '../../src/domain/scorecardFacts';
import { rankedSuppliers } from '../../src/domain/ranking';
import { stockholmDate } from '../../src/domain/time';
import { Catalogue, Order } from '../../src/domain/types';
import { withSafeRetries } from '../../src/data/createSp';
import { StoredOrder } from '../../src/data/ports';
import { provisionSite } from '../../src/data/provisioning';
import { inspectSite } from '../../src/data/provisioning/inspectSite';
import { allChecks } from '../../src/data/provisioning/siteState';
import { ORDER_RECORDS } from '../../src/schema/lists';
import { Emulator, startEmulator } from '../support/emulator';
import { orderRequest, spError } from '../support/orders';

jest.setTimeout(120000);

const HANNA = 'i:0#.f|membership|hanna@region.example';
let emu: Emulator;
let catalogue: Catalogue;
const services = (login: string): AppServices => createServices(emu.sp(login));
const records = (login: string) => emu.sp(login).web.lists.getByTitle(ORDER_RECORDS.title).items;
const written: number[] = [];

async function submit(n: number): Promise<StoredOrder> {
  const anna = services('anna');
  const user = await anna.user.currentUser();
  // An area with two suppliers or more, so an order can move on and still be accepted.
  const area = catalogue.areas.find((x) => rankedSuppliers(x.key, catalogue).length >= 2)!;
  const { order } = createOrder(orderRequest(catalogue, { unit: `Enhet ${n}`, areaKey: area.key }), catalogue, { now: new Date(), user: user.loginName, requestKey: `facts-${n}-${Date.now()}`, reference: '' });
  return anna.orders.submit(order);
}

/** One handler action, then the stored record's Kpis must be the short form of its stored Trail. */
async function act(stored: StoredOrder, step: (order: Order, now: Date) => TransitionResult): Promise<StoredOrder> {
  const hanna = services('hanna');
  const seen = (await hanna.orders.getById(stored.id))!;
  const result = step(seen.order, new Date());
  const saved = await hanna.orders.update(seen, result.order, result.entry);
  const row = await records('ulla').getById(saved.record!.id).select('Id', 'Trail', 'Kpis')();
  expect(row.Kpis).toBe(encodeKpiTrail(JSON.parse(row.Trail)));
  expect(JSON.parse(row.Kpis).length).toBeGreaterThan(1);
  written.push(saved.record!.id);
  return saved;
}

beforeAll(async () => {
  emu = await startEmulator();
  catalogue = await services('anna').catalogue.load();
});
afterAll(async () => {
  await emu?.stop();
});

describe('the follow-up facts column', () => {
  it('is written by every handling action, equal to the short form of the trail', async () => {
    const ctx = (now: Date) => ({ now, user: HANNA });
    const start = addDays(stockholmDate(new Date()), 60);
    let a = await submit(1);
    a = await act(a, (o, now) => sendToSupplier(o, { ...ctx(now), responseHours: 24 }));
    a = await act(a, (o, now) => recordAcceptance(o, { ...ctx(now), startDate: start }));
    a = await act(a, (o, now) => correctAnswer(o, { ...ctx(now), justification: 'Fel svar registrerat', reason: 'Avböjt: kan inte starta i tid' }));
    a = await act(a, (o, now) => sendToSupplier(o, { ...ctx(now), responseHours: 24 }));
    a = await act(a, (o, now) => recordAcceptance(o, { ...ctx(now), startDate: start }));
    a = await act(a, (o, now) => completeOrder(o, { ...ctx(now), actualParticipants: 8, participantsWomen: 4, participantsMen: 4, evaluationScore: 5, confirmedBeforeStart: true }));
    expect(a.order.status).toBe('Genomförd');
    let b = await submit(2);
    b = await act(b, (o, now) => sendToSupplier(o, { ...ctx(now), responseHours: 24 }));
    b = await act(b, (o, now) => moveToNextSupplier(o, { ...ctx(now), reason: 'Avböjt: saknar kapacitet', comment: 'Fullt' }));
    b = await act(b, (o, now) => cancelOrder(o, { ...ctx(now), reason: 'Behovet försvann', role: 'handler' }));
    expect(b.order.status).toBe('Avbruten');
  });

  it('gives the scorecard of the full trails, and a record without it is counted from its Trail', async () => {
    const today = stockholmDate(new Date());
    const ulla = services('ulla');
    const fromColumn = await ulla.followUp.recordsSubmitted(today, today);
    expect(fromColumn.length).toBe(2);
    const expected = computeScorecard(fromColumn);
    expect(expected.declines.length).toBeGreaterThan(0);
    expect(expected.answers).toBeGreaterThan(1);
    expect(expected.completed).toBe(1);
    // An upgraded site: the records were written before the column existed.
    for (const id of written) await records('lars').getById(id).update({ Kpis: null });
    const fromTrail = await services('ulla').followUp.recordsSubmitted(today, today);
    expect(computeScorecard(fromTrail)).toEqual(expected);
    // The full trails differ from the short ones (names, comments), the key figures do not.
    expect(fromTrail[0].trail.length).toBeGreaterThan(fromColumn[0].trail.length);
  });

  test.each(['anna', 'erik', 'vera'])('%s cannot forge the facts on a record, her own order\'s or another\'s', async (login) => {
    const forged = '[1,[2,"0",1,2,"",-1,"",-1,1]]';
    expect((await spError(records(login).getById(written[0]).update({ Kpis: forged }))).status).toBe(403);
    expect((await spError(records(login).add({ Title: 'AVR-2026-9999', ParentOrderId: 1, OrderKey: '999999', Status: 'Antagen', Kpis: forged }))).status).toBe(403);
  });

  it('is missing on a site set up before it: the site check says so, setup adds it, and the records are counted from their Trail', async () => {
    const today = stockholmDate(new Date());
    const expected = computeScorecard(await services('ulla').followUp.recordsSubmitted(today, today));
    const sp = emu.sp('lars');
    await sp.web.lists.getByTitle(ORDER_RECORDS.title).fields.getByInternalNameOrTitle('Kpis').delete();
    const before = allChecks(await inspectSite(withSafeRetries(sp))).filter((c) => c.status !== 'ok');
    expect(before.map((c) => ({ kind: c.kind, list: c.list, name: c.name, status: c.status, remedy: c.remedy }))).toEqual([
      { kind: 'field', list: ORDER_RECORDS.title, name: 'Kpis', status: 'missing', remedy: { by: 'setup' } }
    ]);
    const report = await provisionSite(sp);
    expect(report.warnings).toEqual([]);
    expect(allChecks(await inspectSite(withSafeRetries(sp))).filter((c) => c.status !== 'ok')).toEqual([]);
    expect(computeScorecard(await services('ulla').followUp.recordsSubmitted(today, today))).toEqual(expected);
  });
});
