// Every reader survives every value (issue 9, property 5): an orderer can write any JSON value to
// any column of her own Avrop item through the REST API. Reading such an item never throws; the
// columns that do not fit the schema are named, safe stand-ins take their place, and a value that
// does fit (hostile text included) is kept verbatim.
import { KeyIdMap, CatalogueIds } from '../../src/data/catalogueIds';
import { orderToItem, storedOrderFromItem } from '../../src/data/mapping/order';
import { CREATED, sampleOrder } from './support/fixtures';

const ids: CatalogueIds = {
  areas: new KeyIdMap([['ledarskap', 11]]),
  suppliers: new KeyIdMap([
    ['alfa', 21],
    ['beta', 22]
  ]),
  organisations: new KeyIdMap([['regionkansliet', 31]])
};

function validItem(): Record<string, unknown> {
  const body = orderToItem({ ...sampleOrder(), reference: 'AVR-2026-0042' }, ids);
  const item: Record<string, unknown> = { Id: 42, 'odata.etag': '"3"', ...body, Author: { Id: 7, Title: 'Anna' } };
  for (const field of ['Area', 'AssignedSupplier', 'Organisation']) {
    const id = item[`${field}Id`];
    delete item[`${field}Id`];
    item[field] = id === null || id === undefined ? null : { Id: id, Title: 'x' };
  }
  return item;
}

const TEXT_COLUMNS = ['Title', 'RequestKey', 'Unit', 'ContactName', 'ContactEmail', 'ContactPhone', 'InvoiceReference', 'CourseKey', 'Need', 'TargetGroup', 'Place', 'AdaptationsOther', 'OtherInfo', 'SubmittedBy', 'CancelReason'];
const NUMBER_COLUMNS = ['Participants', 'AssignedRank', 'ActualParticipants', 'ParticipantsWomen', 'ParticipantsMen', 'ParticipantsOther', 'EvaluationScore'];
const TIME_COLUMNS = ['SubmittedAt', 'SentAt', 'AnswerDeadline', 'AcceptedAt', 'CompletedAt', 'CancelledAt'];
const entry = { ...CREATED };

/** [column, value written, flagged?] */
const CASES: Array<[string, unknown, boolean]> = [
  ...TEXT_COLUMNS.flatMap((c): Array<[string, unknown, boolean]> => [
    [c, { Title: 'Prové' }, true],
    [c, ['a', 'b'], true],
    [c, '<img src=x onerror=alert(1)>', false],
    [c, "'); DROP TABLE Avrop;-- ' or 1 eq 1", false],
    [c, '\u202Eפעולה 🎓🧑‍🏫', false]
  ]),
  ...NUMBER_COLUMNS.flatMap((c): Array<[string, unknown, boolean]> => [
    [c, 'många', true],
    [c, { n: 1 }, true],
    [c, -3, false],
    [c, 1e308, false]
  ]),
  ...TIME_COLUMNS.flatMap((c): Array<[string, unknown, boolean]> => [
    [c, 'igår', true],
    [c, 17, true]
  ]),
  ['Status', 'Genomförd?', true],
  ['Status', { Value: 'Antagen' }, true],
  ['Format', 'Teleportering', true],
  ['Adaptations', ['Hörslinga', 'Laserpekare'], true],
  ['TrainingAreaKeys', '[null]', true],
  ['TrainingAreaKeys', '{"a":1}', true],
  ['TrainingAreaKeys', 'not json', true],
  ['RankingSnapshot', '[null]', true],
  ['RankingSnapshot', '[{"rank":0,"supplierKey":"alfa","supplierName":"Alfa"}]', true],
  ['RankingSnapshot', '[{"rank":1.5,"supplierKey":"alfa","supplierName":"Alfa"}]', true],
  ['RankingSnapshot', '[{"rank":1,"supplierKey":{"x":1},"supplierName":"Alfa"}]', true],
  ['RankingSnapshot', '{"rank":1}', true],
  ['RankingSnapshot', 42, true],
  ['Trail', '[null]', true],
  ['Trail', '[1,2,3]', true],
  ['Trail', JSON.stringify([{ ...entry, kind: 'Hackad' }]), true],
  ['Trail', JSON.stringify([{ ...entry, at: 'igår' }]), true],
  ['Trail', JSON.stringify([{ ...entry, toStatus: 'Betald' }]), true],
  ['Trail', JSON.stringify([{ ...entry, by: { name: 'Hanna' } }]), true],
  ['Trail', JSON.stringify([{ ...entry, toRank: -1 }]), true],
  ['Trail', JSON.stringify([{ ...entry, reason: 'Tyckte inte om dem' }]), true],
  ['Trail', JSON.stringify([{ ...entry, comment: '<script>alert(1)</script>' }]), false],
  ['Trail', '', false],
  ['RankingSnapshot', null, false]
];

describe('reading an Avrop item whose creator wrote hostile values', () => {
  test(`covers at least 100 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  test.each(CASES)('%s = %j: read without throwing; flagged: %s', (column, value, flagged) => {
    const item = { ...validItem(), [column]: value };
    const stored = storedOrderFromItem(item, ids);
    expect(stored.id).toBe(42);
    if (flagged) {
      expect(stored.unreadable).toEqual([column]);
    } else {
      expect(stored.unreadable).toBeUndefined();
    }
    // Whatever was stored, what the screens get has the types they render.
    const o = stored.order;
    for (const text of [o.reference, o.unit, o.contactName, o.need, o.submittedBy, o.cancelReason]) expect(typeof text).toBe('string');
    expect(Number.isFinite(o.participants)).toBe(true);
    expect(o.ranking.every((r) => Number.isInteger(r.rank) && typeof r.supplierName === 'string')).toBe(true);
    expect(o.trail.every((t) => typeof t.kind === 'string' && typeof t.by === 'string' && !Number.isNaN(Date.parse(t.at)))).toBe(true);
    expect(o.trainingAreaKeys.every((k) => typeof k === 'string')).toBe(true);
  });

  test('hostile text that fits its column is kept verbatim, not cleaned', () => {
    const text = '<img src=x onerror=alert(1)> \u202Eעברית 🎓';
    const stored = storedOrderFromItem({ ...validItem(), Need: text, Unit: text }, ids);
    expect(stored.order.need).toBe(text);
    expect(stored.order.unit).toBe(text);
  });

  test('a trail with one bad line keeps the good lines and is flagged', () => {
    const trail = JSON.stringify([entry, null, { ...entry, kind: 'Skickad', fromStatus: 'Ny', toStatus: 'Väntar på svar' }]);
    const stored = storedOrderFromItem({ ...validItem(), Trail: trail }, ids);
    expect(stored.unreadable).toEqual(['Trail']);
    expect(stored.order.trail.map((t) => t.kind)).toEqual(['Skapad', 'Skickad']);
  });

  test('several bad columns are all named, once each', () => {
    const stored = storedOrderFromItem({ ...validItem(), Trail: '[null,null]', Status: 7, Unit: {} }, ids);
    expect(stored.unreadable?.sort()).toEqual(['Status', 'Trail', 'Unit']);
  });
});
