// One actor identity on every trail entry (the claims login, with the person's name beside it for
// people to read), and a handler's comment shown to the orderer only when the handler marked it.
import {
  actorName,
  cancelOrder,
  completeOrder,
  createOrder,
  moveToNextSupplier,
  Order,
  OrderTrailEntry,
  recordAcceptance,
  sendToSupplier,
  trailForOrderer,
  TransitionResult
} from '../../src/domain';
import { catalogue, deepFreeze, sthlm, validRequest } from './fixtures';

const ANNA = { user: 'i:0#.f|membership|anna@region.example', userName: 'Anna Andersson' };
const HANNA = { user: 'i:0#.f|membership|hanna@region.example', userName: 'Hanna Holm' };

function created(): Order {
  return createOrder(validRequest({ areaKey: 'ledarskap', trainingAreaKeys: [], periodFrom: '2026-09-01', periodTo: '2026-11-30' }), catalogue(), {
    now: sthlm(2026, 8, 24, 9, 0),
    ...ANNA,
    requestKey: 'b3a1c0de-0000-4000-8000-000000000009',
    reference: 'AVR-2026-0009'
  }).order;
}

const sent = (order = created()): Order => sendToSupplier(order, { now: sthlm(2026, 8, 24, 9, 30), ...HANNA, responseHours: 24 }).order;
const accepted = (): Order => recordAcceptance(sent(), { now: sthlm(2026, 8, 25, 8, 0), ...HANNA, startDate: '2026-09-14' }).order;

describe('every transition records the login as `by` and the name as `byName`', () => {
  const cases: Array<[string, () => TransitionResult, typeof ANNA]> = [
    ['created by the orderer', () => createOrder(validRequest({ areaKey: 'ledarskap', trainingAreaKeys: [], periodFrom: '2026-09-01', periodTo: '2026-11-30' }), catalogue(), { now: sthlm(2026, 8, 24, 9, 0), ...ANNA, requestKey: 'k', reference: '' }), ANNA],
    ['sent by the handler', () => sendToSupplier(created(), { now: sthlm(2026, 8, 24, 9, 30), ...HANNA, responseHours: 24 }), HANNA],
    ['accepted, recorded by the handler', () => recordAcceptance(sent(), { now: sthlm(2026, 8, 25, 8, 0), ...HANNA, startDate: '2026-09-14' }), HANNA],
    ['declined, recorded by the handler', () => moveToNextSupplier(sent(), { now: sthlm(2026, 8, 25, 8, 0), ...HANNA, reason: 'Avböjt: saknar kapacitet', comment: '' }), HANNA],
    ['completed by the handler', () => completeOrder(accepted(), { now: sthlm(2026, 10, 1, 8, 0), ...HANNA, actualParticipants: 10 }), HANNA],
    ['cancelled by the orderer', () => cancelOrder(created(), { now: sthlm(2026, 8, 24, 10, 0), ...ANNA, reason: 'Behovet löstes internt.' }), ANNA]
  ];
  test.each(cases)('%s', (_name, make, who) => {
    const { entry, order } = make();
    expect(entry.by).toBe(who.user);
    expect(entry.byName).toBe(who.userName);
    expect(order.trail[order.trail.length - 1]).toEqual(entry);
    expect(actorName(entry)).toBe(who.userName);
  });

  test('the submitter is the login, like every trail entry', () => {
    expect(created().submittedBy).toBe(ANNA.user);
  });

  test('without a name, the entry has no byName and the trail shows the login without its claims prefix', () => {
    const { entry } = sendToSupplier(created(), { now: sthlm(2026, 8, 24, 9, 30), user: HANNA.user, responseHours: 24 });
    expect('byName' in entry).toBe(false);
    expect(actorName(entry)).toBe('hanna@region.example');
    expect(actorName({ ...entry, by: 'hanna@region.example' })).toBe('hanna@region.example');
  });

  test.each([['   '], ['']])('a blank name (%j) is no name', (userName) => {
    const { entry } = sendToSupplier(created(), { now: sthlm(2026, 8, 24, 9, 30), user: HANNA.user, userName, responseHours: 24 });
    expect('byName' in entry).toBe(false);
  });
});

describe('a handler comment reaches the orderer only when marked for her', () => {
  const decline = (comment: string, commentForOrderer?: boolean): Order =>
    moveToNextSupplier(sent(), { now: sthlm(2026, 8, 25, 8, 0), ...HANNA, reason: 'Avböjt: kan inte starta i tid', comment, commentForOrderer }).order;

  test.each([
    ['unmarked', undefined, false],
    ['marked false', false, false],
    ['marked for the orderer', true, true]
  ] as const)('%s', (_name, flag, shown) => {
    const order = deepFreeze(decline('svar per e-post från Karin S', flag));
    const last = order.trail[order.trail.length - 1];
    expect(last.comment).toBe('svar per e-post från Karin S');
    expect(last.commentForOrderer === true).toBe(shown);
    const seen = trailForOrderer(order.trail);
    expect(seen).toHaveLength(order.trail.length);
    expect(seen[seen.length - 1].comment).toBe(shown ? 'svar per e-post från Karin S' : '');
    // Everything else about the entry is still there.
    expect(seen[seen.length - 1]).toMatchObject({ kind: 'Vidare till nästa leverantör', reason: 'Avböjt: kan inte starta i tid', by: HANNA.user, byName: HANNA.userName });
  });

  test('the mark without a comment is not recorded', () => {
    const order = decline('', true);
    expect('commentForOrderer' in order.trail[order.trail.length - 1]).toBe(false);
  });

  test("the orderer's own cancellation reason is hers to read", () => {
    const order = cancelOrder(created(), { now: sthlm(2026, 8, 24, 10, 0), ...ANNA, reason: 'Behovet löstes internt.' }).order;
    expect(trailForOrderer(order.trail).pop()!.comment).toBe('Behovet löstes internt.');
  });

  test('an entry from before the mark existed keeps its comment from the orderer', () => {
    const old: OrderTrailEntry = { ...decline('internt').trail[2], commentForOrderer: undefined };
    delete old.commentForOrderer;
    expect(trailForOrderer([old])[0].comment).toBe('');
  });

  test('the trail given is not changed', () => {
    const order = deepFreeze(decline('internt'));
    expect(() => trailForOrderer(order.trail)).not.toThrow();
    expect(order.trail[2].comment).toBe('internt');
  });
});
