// Every key figure of the scorecard on hand-made order histories whose answers were worked out by
// hand (the comments give the arithmetic). Times are UTC; Stockholm is UTC+1 in winter, +2 from 29 March 2026.
import { computeScorecard, filterRecords, GENDER_MIN_GROUP, leadTimeOf, periodBounds, ScorecardFilter } from '../../src/domain/scorecard';
import { A, ALL, B, C, D, E, G, record, sent, accepted } from './scorecardHistories';

const Q1: ScorecardFilter = { from: '2026-01-01', to: '2026-03-31' };

describe('scorecard period and filters', () => {
  it('takes the period as whole Swedish days, both ends included', () => {
    expect(periodBounds('2026-01-01', '2026-03-31')).toEqual({ start: '2025-12-31T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z' });
    expect(filterRecords(ALL, Q1).map((r) => r.reference)).toEqual(['AVR-2026-0001', 'AVR-2026-0002', 'AVR-2026-0003', 'AVR-2026-0004', 'AVR-2026-0005', 'AVR-2026-0007']);
  });

  it('filters by area, organisation and by a supplier the order was sent to or is with', () => {
    expect(filterRecords(ALL, { ...Q1, areaKey: 'ekonomi' }).map((r) => r.reference)).toEqual(['AVR-2026-0003', 'AVR-2026-0004', 'AVR-2026-0007']);
    expect(filterRecords(ALL, { ...Q1, organisationKey: 'o2' }).map((r) => r.reference)).toEqual(['AVR-2026-0002', 'AVR-2026-0004', 'AVR-2026-0005']);
    // B declined by s1 still counts for s1: it was sent there.
    expect(filterRecords(ALL, { ...Q1, supplierKey: 's1' }).map((r) => r.reference)).toEqual(['AVR-2026-0001', 'AVR-2026-0002', 'AVR-2026-0005']);
    expect(filterRecords(ALL, { ...Q1, supplierKey: 's4' }).map((r) => r.reference)).toEqual(['AVR-2026-0003']);
  });

  it('skips a record whose submission time cannot be read', () => {
    expect(filterRecords([record('X', 'igår', {})], Q1)).toEqual([]);
  });
});

describe('scorecard figures for the first quarter of 2026', () => {
  const card = computeScorecard(filterRecords(ALL, Q1));

  it('counts orders and participants (asked for and recorded at completion)', () => {
    expect(card.orders).toBe(6);
    expect(card.requestedParticipants).toBe(10 + 20 + 5 + 3 + 6 + 7);
    expect(card.completed).toBe(2);
    expect(card.actualParticipants).toBe(9 + 4);
  });

  it('gives the rank-1 share of accepted orders and the distribution by final rank', () => {
    expect(card.accepted).toBe(3);
    expect(card.acceptedByRankOne).toBe(2);
    expect(card.rankOneShare).toBeCloseTo(2 / 3, 10);
    expect(card.byFinalRank).toEqual([{ rank: 1, count: 2 }, { rank: 2, count: 1 }]);
  });

  it('counts declines per supplier and reason, silence and a final decline included', () => {
    expect(card.declines).toEqual([
      { supplierKey: 's1', reason: 'Avböjt: saknar kapacitet', count: 1 },
      { supplierKey: 's3', reason: 'Inget svar före svarstiden', count: 1 },
      { supplierKey: 's4', reason: 'Avböjt: kan inte starta i tid', count: 1 }
    ]);
  });

  it('counts answers and the answers given after the deadline (silence and cancellation are no answers)', () => {
    // A, B twice, C's final decline, E.
    expect(card.answers).toBe(5);
    // B's decline came a day after its deadline.
    expect(card.answersAfterDeadline).toBe(1);
  });

  it('counts orders no supplier could deliver and cancelled orders', () => {
    expect(card.noSupplier).toBe(1);
    expect(card.cancelled).toBe(1);
  });

  it('gives the four lead times as median and 90th percentile in days', () => {
    // Submitted -> first sent: A 1, B 1, C 1, D 1, E 3, G 8.5 h = 0.354: sorted [0.354, 1, 1, 1, 1, 3].
    expect(card.leadTimes.submittedToSent).toEqual({ count: 6, median: 1, p90: 3 });
    // Each answer after its sending: A 0.5, B 2 and 0.5, C 0.5 (12 h), E 0.5.
    expect(card.leadTimes.sentToAnswer).toEqual({ count: 5, median: 0.5, p90: 2 });
    // Submitted -> accepted: A 1.5, B 4, E 3.5.
    expect(card.leadTimes.submittedToAccepted).toEqual({ count: 3, median: 3.5, p90: 4 });
    // Accepted (Swedish day) -> start: A 6 Jan -> 20 Jan 14, B 5 Feb -> 1 Mar 24, E 4 Jan -> 15 Jan 11.
    expect(card.leadTimes.acceptedToStart).toEqual({ count: 3, median: 14, p90: 24 });
  });

  it('counts the adaptations asked for, by kind, every kind listed', () => {
    const counts = Object.fromEntries(card.adaptations.map((a) => [a.kind, a.count]));
    expect(counts).toEqual({
      Teckenspråkstolk: 0, Skrivtolk: 1, Hörslinga: 2, 'Tillgänglig lokal utan trappsteg': 0, 'Material i förväg': 0, 'Material i tillgängligt format': 0, 'Pauser och anpassat tempo': 0, Annat: 1
    });
  });

  it('splits participants by gender where reported, for groups of at least five only', () => {
    expect(GENDER_MIN_GROUP).toBe(5);
    expect(card.gender).toEqual([
      { areaKey: '', reported: 13, split: { women: 7, men: 5, otherOrUnstated: 1 } },
      { areaKey: 'ledarskap', reported: 13, split: { women: 7, men: 5, otherOrUnstated: 1 } }
    ]);
    // Organisation o2 alone: only E reported, 4 people: no split shown.
    const o2 = computeScorecard(filterRecords(ALL, { ...Q1, organisationKey: 'o2' }));
    expect(o2.gender).toEqual([{ areaKey: '', reported: 4 }, { areaKey: 'ledarskap', reported: 4 }]);
  });

  it('summarises the evaluation scores', () => {
    expect(card.evaluation.count).toBe(2);
    expect(card.evaluation.mean).toBe(4.5);
    expect(card.evaluation.byScore).toEqual([{ score: 1, count: 0 }, { score: 2, count: 0 }, { score: 3, count: 0 }, { score: 4, count: 1 }, { score: 5, count: 1 }]);
  });

  it('shows only the filtered supplier’s declines', () => {
    const s1 = computeScorecard(filterRecords(ALL, { ...Q1, supplierKey: 's1' }), 's1');
    expect(s1.declines).toEqual([{ supplierKey: 's1', reason: 'Avböjt: saknar kapacitet', count: 1 }]);
    expect(s1.orders).toBe(3);
  });

  it('is empty, not wrong, for a period without orders', () => {
    const empty = computeScorecard(filterRecords(ALL, { from: '2024-01-01', to: '2024-12-31' }));
    expect(empty.orders).toBe(0);
    expect(empty.rankOneShare).toBeUndefined();
    expect(empty.leadTimes.sentToAnswer).toEqual({ count: 0 });
    expect(empty.evaluation.mean).toBeUndefined();
    expect(empty.gender).toEqual([{ areaKey: '', reported: 0 }]);
  });
});

describe('lead time statistics', () => {
  it('uses the middle pair for an even count and the nearest rank for the 90th percentile', () => {
    expect(leadTimeOf([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])).toEqual({ count: 10, median: 5.5, p90: 9 });
    expect(leadTimeOf([2.25])).toEqual({ count: 1, median: 2.3, p90: 2.3 });
    expect(leadTimeOf([1, 2, 3])).toEqual({ count: 3, median: 2, p90: 3 });
    expect(leadTimeOf([])).toEqual({ count: 0 });
  });
});
