// The ranking in force at an order's submission, from Rangordning now and the change log that
// Administration writes (list owners only). Edits made directly in the SharePoint list leave no
// log entry: a later Modified (or a row gone between two logged states) makes the answer uncertain.
import { RankingChange, rankingInForceAt, RankingRow } from '../../src/domain';

const row = (rowKey: string, supplierKey: string, rank: number, active = true): RankingRow => ({ rowKey, supplierKey, supplierName: supplierKey.toUpperCase(), rank, active });
const A = [row('1', 'prove', 1), row('2', 'semcon', 2)];
const B = [row('1', 'prove', 2), row('2', 'semcon', 1)];
const C = [row('1', 'prove', 1), row('2', 'semcon', 2), row('3', 'lexicon', 3)];
const change = (at: string, before: RankingRow[], after: RankingRow[], basisModified = '2026-01-01T08:00:00Z', areaKey = 'ledarskap'): RankingChange => ({
  areaKey,
  at,
  by: 'Lars Listägare',
  before,
  after,
  basisModified
});
const keys = (r: { ranking: Array<{ supplierKey: string }> }) => r.ranking.map((s) => s.supplierKey);

describe('rankingInForceAt', () => {
  it('no change since submission: the current ranking, certain', () => {
    const r = rankingInForceAt('ledarskap', '2026-03-01T10:00:00Z', { rows: A, latestModified: '2026-01-01T08:00:00Z' }, []);
    expect(r).toEqual({ ranking: [{ rank: 1, supplierKey: 'prove', supplierName: 'PROVE' }, { rank: 2, supplierKey: 'semcon', supplierName: 'SEMCON' }], basis: 'current' });
  });

  it('changed after submission: the "before" of the first later change, with who and when', () => {
    const log = [change('2026-03-02T09:00:00Z', A, B), change('2026-03-05T09:00:00Z', B, C, '2026-03-02T09:00:00Z')];
    const r = rankingInForceAt('ledarskap', '2026-03-01T10:00:00Z', { rows: C, latestModified: '2026-03-05T09:00:00Z' }, log);
    expect(keys(r)).toEqual(['prove', 'semcon']);
    expect(r).toMatchObject({ basis: 'history', changedAt: '2026-03-02T09:00:00Z', changedBy: 'Lars Listägare' });
    expect(r.uncertain).toBeUndefined();
  });

  it('between two changes: the ranking the first one left', () => {
    const log = [change('2026-03-05T09:00:00Z', B, C, '2026-03-02T09:00:00Z'), change('2026-03-02T09:00:00Z', A, B)];
    const r = rankingInForceAt('ledarskap', '2026-03-03T10:00:00Z', { rows: C, latestModified: '2026-03-05T09:00:00Z' }, log);
    expect(keys(r)).toEqual(['semcon', 'prove']);
    expect(r.changedAt).toBe('2026-03-05T09:00:00Z');
  });

  it('after the last change: the current ranking', () => {
    const log = [change('2026-03-02T09:00:00Z', A, B)];
    const r = rankingInForceAt('ledarskap', '2026-03-03T10:00:00Z', { rows: B, latestModified: '2026-03-02T09:00:00Z' }, log);
    expect(r).toMatchObject({ basis: 'current' });
    expect(keys(r)).toEqual(['semcon', 'prove']);
  });

  it('edited in the list after submission, no change logged since: uncertain', () => {
    const r = rankingInForceAt('ledarskap', '2026-03-01T10:00:00Z', { rows: B, latestModified: '2026-03-04T12:00:00Z' }, []);
    expect(r).toMatchObject({ basis: 'current', uncertain: 'edited-in-list' });
  });

  it('edited in the list after submission, before a logged change: uncertain', () => {
    const log = [change('2026-03-05T09:00:00Z', B, C, '2026-03-03T12:00:00Z')];
    const r = rankingInForceAt('ledarskap', '2026-03-01T10:00:00Z', { rows: C, latestModified: '2026-03-05T09:00:00Z' }, log);
    expect(r).toMatchObject({ basis: 'history', uncertain: 'edited-in-list' });
  });

  it('edited in the list before submission: certain (the edit was in force)', () => {
    const r = rankingInForceAt('ledarskap', '2026-03-05T10:00:00Z', { rows: B, latestModified: '2026-03-04T12:00:00Z' }, [change('2026-03-02T09:00:00Z', A, A)]);
    expect(r.uncertain).toBeUndefined();
  });

  it('a row removed in the list since the last logged change: uncertain (a removal leaves no time)', () => {
    const log = [change('2026-03-02T09:00:00Z', A, C)];
    const r = rankingInForceAt('ledarskap', '2026-03-03T10:00:00Z', { rows: A, latestModified: '2026-03-02T09:00:00Z' }, log);
    expect(r).toMatchObject({ basis: 'current', uncertain: 'row-removed-in-list' });
  });

  it('a row removed between two logged changes: uncertain', () => {
    const log = [change('2026-03-02T09:00:00Z', A, C), change('2026-03-05T09:00:00Z', A, B, '2026-03-02T09:00:00Z')];
    const r = rankingInForceAt('ledarskap', '2026-03-03T10:00:00Z', { rows: B, latestModified: '2026-03-05T09:00:00Z' }, log);
    expect(r).toMatchObject({ basis: 'history', uncertain: 'row-removed-in-list' });
  });

  it('inactive suppliers in the logged ranking are left out, as the cascade does', () => {
    const log = [change('2026-03-02T09:00:00Z', [row('1', 'prove', 1, false), row('2', 'semcon', 2)], B)];
    expect(keys(rankingInForceAt('ledarskap', '2026-03-01T10:00:00Z', { rows: B, latestModified: '' }, log))).toEqual(['semcon']);
  });

  it('changes of other areas do not count', () => {
    const log = [change('2026-03-02T09:00:00Z', C, B, '2026-03-02T00:00:00Z', 'ugl')];
    expect(rankingInForceAt('ledarskap', '2026-03-01T10:00:00Z', { rows: A, latestModified: '' }, log)).toMatchObject({ basis: 'current' });
  });
});
