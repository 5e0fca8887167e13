// Ranking health beyond the row checks in ranking.test.ts: which problems stop an area from
// taking orders (the form and createOrder refuse it, with the reason and whom to contact), the
// suppliers a call-off request cannot be e-mailed to, and the ranking an order carries.
import {
  areaOrderingProblem,
  areaRankingProblems,
  blockingRankingProblems,
  Catalogue,
  createOrder,
  DomainError,
  orderRankingProblems,
  RankedSupplier,
  suppliersWithoutEmail,
  validateOrderRequest
} from '../../src/domain';
import { catalogue, sthlm, TODAY, validRequest } from './fixtures';

function ledarskap(rows: Array<[string, number]>): Catalogue {
  const c = catalogue();
  c.rankings = [...c.rankings.filter((r) => r.areaKey !== 'ledarskap'), ...rows.map(([supplierKey, rank]) => ({ areaKey: 'ledarskap', supplierKey, rank }))];
  return c;
}

describe('blocking ranking problems stop the area from taking orders', () => {
  const cases: Array<[string, Catalogue, string]> = [
    ['tie (same rank twice)', ledarskap([['prove', 1], ['trustp', 1]]), 'duplicate-rank'],
    ['gap', ledarskap([['prove', 1], ['trustp', 3]]), 'gap'],
    ['rank 0', ledarskap([['prove', 0], ['trustp', 1]]), 'invalid-rank'],
    ['negative rank', ledarskap([['prove', -2], ['trustp', 1]]), 'invalid-rank'],
    ['fractional rank', ledarskap([['prove', 1], ['trustp', 1.5]]), 'invalid-rank'],
    ['supplier deleted from Leverantörer', ledarskap([['prove', 1], ['', 2]]), 'deleted-supplier'],
    ['supplier not in Leverantörer', ledarskap([['prove', 1], ['spoke', 2]]), 'unknown-supplier'],
    ['supplier twice', ledarskap([['prove', 1], ['trustp', 2], ['prove', 3]]), 'supplier-twice']
  ];

  it.each(cases)('%s', (_label, c, kind) => {
    const blocking = blockingRankingProblems('ledarskap', c);
    expect(blocking.map((p) => p.kind)).toContain(kind);
    const problem = areaOrderingProblem('ledarskap', c);
    expect(problem?.code).toBe('ranking-unhealthy');
    expect(problem?.message).toMatch(/^Ledarskap tar inte emot avrop just nu eftersom rangordningen inte går att följa: /);
    expect(problem?.message).toContain('Kontakta listägarna för Utbildningsavrop (gruppen Utbildningsavrop – ägare).');
    expect(problem?.rankingProblems?.map((p) => p.kind)).toContain(kind);
    // The form and createOrder refuse with the same words.
    expect(validateOrderRequest(validRequest({ areaKey: 'ledarskap' }), c, TODAY).errors).toContainEqual(expect.objectContaining({ field: 'areaKey', message: problem!.message }));
    expect(() => createOrder(validRequest(), c, { now: sthlm(2026, 3, 2, 9, 0), user: 'anna@example.se', requestKey: 'k', reference: '' })).toThrow(DomainError);
    // Other areas still take orders.
    expect(areaOrderingProblem('ugl', c)).toBeNull();
  });

  it('the tie no longer goes to whichever name sorts first', () => {
    const c = ledarskap([['prove', 1], ['trustp', 1]]);
    expect(() => createOrder(validRequest(), c, { now: sthlm(2026, 3, 2, 9, 0), user: 'anna@example.se', requestKey: 'k', reference: '' })).toThrow(
      /Prové och TrustP har båda rang 1/
    );
  });

  it('an inactive supplier is only tidying: the area still takes orders, skipping it', () => {
    const c = catalogue();
    c.suppliers.find((s) => s.key === 'prove')!.active = false;
    expect(areaRankingProblems('ledarskap', c).map((p) => [p.kind, p.blocking])).toEqual([['inactive-supplier', false]]);
    expect(blockingRankingProblems('ledarskap', c)).toEqual([]);
    expect(areaOrderingProblem('ledarskap', c)).toBeNull();
  });

  it('an open area without suppliers keeps its own message', () => {
    const c = ledarskap([]);
    expect(blockingRankingProblems('ledarskap', c).map((p) => p.kind)).toEqual(['no-suppliers']);
    expect(areaOrderingProblem('ledarskap', c)?.code).toBe('no-suppliers');
  });

  it('a sound ranking blocks nothing', () => {
    const c = catalogue();
    for (const a of c.areas) expect(blockingRankingProblems(a.key, c)).toEqual([]);
  });

  it('ended and unknown areas have no ranking problems of their own', () => {
    const c = catalogue();
    c.rankings.push({ areaKey: 'projektarbete', supplierKey: 'prove', rank: 1 });
    expect(areaRankingProblems('projektarbete', c)).toEqual([]);
    expect(areaRankingProblems('finns-inte', c)).toEqual([]);
  });
});

describe('suppliersWithoutEmail', () => {
  it('lists suppliers with no address or no usable one, by name, with the areas that rank them', () => {
    const c = catalogue();
    c.suppliers.find((s) => s.key === 'lexicon')!.email = '';
    c.suppliers.find((s) => s.key === 'prove')!.email = 'avrop at prove';
    c.suppliers.find((s) => s.key === 'agera')!.email = '   ';
    expect(suppliersWithoutEmail(c).map((s) => [s.supplier.name, s.areaTitles])).toEqual([
      ['Agera Kommunikation', ['Kommunikation']],
      ['Lexicon', ['UGL, UL och IL', 'Medarbetarskap', 'Kommunikation']],
      ['Prové', ['Ledarskap', 'UGL, UL och IL']]
    ]);
  });

  it('is empty when every supplier has an address', () => {
    expect(suppliersWithoutEmail(catalogue())).toEqual([]);
  });

  it('copes with a missing email value', () => {
    const c = catalogue();
    (c.suppliers[0] as { email?: string }).email = undefined;
    expect(suppliersWithoutEmail(c).map((s) => s.supplier.key)).toEqual(['prove']);
  });
});

describe('orderRankingProblems (the ranking an order carries)', () => {
  const r = (rank: number, supplierKey: string): RankedSupplier => ({ rank, supplierKey, supplierName: supplierKey.toUpperCase() });

  it('a sound ranking has none', () => {
    expect(orderRankingProblems([r(1, 'a'), r(2, 'b')])).toEqual([]);
  });
  it('empty', () => {
    expect(orderRankingProblems([])).toEqual([{ kind: 'no-suppliers' }]);
  });
  it('tie', () => {
    expect(orderRankingProblems([r(1, 'a'), r(1, 'b')])).toEqual([{ kind: 'duplicate-rank', rank: 1, supplierNames: ['A', 'B'] }]);
  });
  it('gap', () => {
    expect(orderRankingProblems([r(1, 'a'), r(3, 'b')])).toEqual([{ kind: 'gap', rank: 2 }]);
  });
  it('rank 0, negative and fractional', () => {
    expect(orderRankingProblems([r(0, 'a'), r(1, 'b')]).map((p) => p.kind)).toEqual(['invalid-rank']);
    expect(orderRankingProblems([r(-1, 'a'), r(1, 'b')]).map((p) => p.kind)).toEqual(['invalid-rank']);
    expect(orderRankingProblems([r(1, 'a'), r(1.5, 'b')]).map((p) => p.kind)).toEqual(['invalid-rank']);
  });
  it('the same supplier twice', () => {
    expect(orderRankingProblems([r(1, 'a'), r(2, 'a')]).map((p) => p.kind)).toEqual(['supplier-twice']);
  });
});
