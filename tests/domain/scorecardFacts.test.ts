// The short form of the trail that the handlers' record carries for follow-up (Avropsstatus.Kpis):
// every key figure computed from it equals the figure from the full trail, on the hand-worked
// histories of scorecard.test.ts and on odd ones (unparseable times, corrections, a ranking
// change), and it is small. Generated histories are compared in tests/data/followUpRepository.test.ts.
import { computeScorecard, filterRecords, FollowUpRecord } from '../../src/domain/scorecard';
import { decodeKpiTrail, encodeKpiTrail, KPI_FORM } from '../../src/domain/scorecardFacts';
import { accepted, ALL, created, entry, moved, record, sent } from './scorecardHistories';

const viaColumn = (r: FollowUpRecord): FollowUpRecord => ({ ...r, trail: decodeKpiTrail(encodeKpiTrail(r.trail))! });

// Odd histories: a correction of a wrongly recorded answer, a cancellation after acceptance, an
// entry whose time does not parse, an acceptance without a rank, a cascade for an unknown reason.
const ODD = [
  record('AVR-2026-0101', '2026-02-10T08:00:00Z', {
    status: 'Antagen', assignedSupplierKey: 's2', assignedRank: 2, startDate: '2026-04-01',
    trail: [created('2026-02-10T08:00:00Z'), sent('2026-02-10T09:00:00.123Z', '2026-02-12T09:00:00Z', 's1', 1), moved('2026-02-11T09:00:00Z', 's1', 1, 's2', 'Avböjt: saknar kapacitet'),
      entry('Svar rättat', '2026-02-11T10:00:00Z', 'Ny', 'Antagen', { fromSupplierKey: 's1', toSupplierKey: 's1', toRank: 1, comment: 'Fel leverantör' }),
      sent('2026-02-12T09:00:00Z', '2026-02-13T09:00:00Z', 's2', 2), { ...accepted('2026-02-12T19:00:00Z', 's2', 2, ''), toRank: undefined }]
  }),
  record('AVR-2026-0102', '2026-02-11T08:00:00Z', {
    status: 'Avbruten', assignedSupplierKey: 's1', assignedRank: 1,
    trail: [created('2026-02-11T08:00:00Z'), sent('not a time', '2026-02-12T09:00:00Z', 's1', 1), accepted('2026-02-12T08:00:00+01:00', 's1', 1, '2026-05-01'),
      entry('Avbruten', '2026-02-13T08:00:00Z', 'Antagen', 'Avbruten', { fromSupplierKey: 's1', comment: 'Utbildningen ställdes in' })]
  }),
  record('AVR-2026-0103', '2026-02-12T08:00:00Z', {
    status: 'Ingen leverantör',
    trail: [created('2026-02-12T08:00:00Z'), sent('2026-02-12T09:00:00Z', '', 's"1,|', 1), { ...moved('2026-02-14T09:00:00Z', 's"1,|', 1, '', 'Annat'), reason: 'Okänt' as never }]
  })
];

describe('the follow-up facts column (Avropsstatus.Kpis)', () => {
  it('gives the same scorecard as the full trail on the hand-worked histories', () => {
    for (const filter of [{ from: '2026-01-01', to: '2026-03-31' }, { from: '2026-01-01', to: '2026-03-31', supplierKey: 's1' }, { from: '2025-01-01', to: '2026-12-31', supplierKey: 's4' }]) {
      const records = filterRecords(ALL, filter);
      expect(computeScorecard(records.map(viaColumn), filter.supplierKey)).toEqual(computeScorecard(records, filter.supplierKey));
      expect(filterRecords(ALL.map(viaColumn), filter).map((r) => r.reference)).toEqual(records.map((r) => r.reference));
    }
  });

  it('gives the same scorecard on odd histories, per order and together', () => {
    for (const r of ODD) expect(computeScorecard([viaColumn(r)])).toEqual(computeScorecard([r]));
    expect(computeScorecard(ODD.map(viaColumn), 's1')).toEqual(computeScorecard(ODD, 's1'));
    const card = computeScorecard(ODD);
    // Not a vacuous comparison: these histories have answers, declines and acceptances.
    expect(card.answers).toBeGreaterThan(0);
    expect(card.declines.length).toBeGreaterThan(0);
    expect(card.accepted).toBe(2);
  });

  it('keeps times to the millisecond and only what the scorecard reads', () => {
    const [s] = decodeKpiTrail(encodeKpiTrail(ODD[0].trail))!;
    expect(s).toEqual({ at: '2026-02-10T09:00:00.123Z', by: '', kind: 'Skickad', fromStatus: 'Ny', toStatus: 'Väntar på svar', fromSupplierKey: '', toSupplierKey: 's1', reason: '', comment: '', answerDeadline: '2026-02-12T09:00:00.000Z' });
    const kinds = decodeKpiTrail(encodeKpiTrail(ALL[0].trail))!.map((e) => e.kind);
    // Created and Completed (from Antagen) change no figure: left out.
    expect(kinds).toEqual(['Skickad', 'Antagen']);
  });

  it('is short: a sent-and-accepted order in well under 200 bytes', () => {
    const encoded = encodeKpiTrail(ALL[0].trail);
    expect(encoded.startsWith(`[${KPI_FORM},`)).toBe(true);
    expect(encoded.length).toBeLessThan(100);
    expect(encodeKpiTrail(ALL[1].trail).length).toBeLessThan(200);
    expect(JSON.stringify(ALL[1].trail).length).toBeGreaterThan(4 * encodeKpiTrail(ALL[1].trail).length);
  });

  it('reads nothing from an empty, foreign or broken value, so the caller falls back to the trail', () => {
    for (const value of [undefined, null, '', 'x', '[]', '[2,[1,"a"]]', '{"0":1}', '[1,[99,"a"]]', '[1,"a"]', 42]) expect(decodeKpiTrail(value)).toBeUndefined();
    expect(decodeKpiTrail('[1]')).toEqual([]);
    // A value that is not a time, a status or a reason leaves that field empty.
    expect(decodeKpiTrail('[1,[1,"zzzzzzzzzzzzzzzz",77,-3,5,"!!",{},9,"x",7]]')).toEqual([
      { at: '', by: '', kind: 'Skickad', fromStatus: '', toStatus: 'Ny', fromSupplierKey: '', toSupplierKey: '', reason: '', comment: '' }
    ]);
  });
});
