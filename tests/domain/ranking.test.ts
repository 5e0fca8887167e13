import { Catalogue, compareAreas, rankedSuppliers, rankingProblems, RankingProblemKind } from '../../src/domain';
import { area, catalogue } from './fixtures';

function withRankings(rows: Catalogue['rankings'], change: (c: Catalogue) => void = () => undefined): Catalogue {
  const c = catalogue();
  c.rankings = rows;
  change(c);
  return c;
}

const kinds = (c: Catalogue): RankingProblemKind[] => rankingProblems(c).map((p) => p.kind);
const ofArea = (c: Catalogue, areaKey = 'ledarskap') => rankingProblems(c).filter((p) => p.areaKey === areaKey);

describe('rankedSuppliers', () => {
  it('lists the active suppliers of an area in rank order', () => {
    expect(rankedSuppliers('ledarskap', catalogue())).toEqual([
      { rank: 1, supplierKey: 'prove', supplierName: 'Prové' },
      { rank: 2, supplierKey: 'trustp', supplierName: 'TrustP' }
    ]);
    expect(rankedSuppliers('ugl', catalogue()).map((r) => r.supplierKey)).toEqual(['prove', 'lexicon', 'trustp']);
  });

  it('does not depend on the order of the rows', () => {
    const c = catalogue();
    const reversed = catalogue();
    reversed.rankings.reverse();
    expect(rankedSuppliers('ugl', reversed)).toEqual(rankedSuppliers('ugl', c));
  });

  it('leaves out inactive and unknown suppliers but keeps the written ranks', () => {
    const c = catalogue();
    c.suppliers.find((s) => s.key === 'prove')!.active = false;
    c.rankings.push({ areaKey: 'ugl', supplierKey: 'okand', rank: 4 });
    expect(rankedSuppliers('ugl', c)).toEqual([
      { rank: 2, supplierKey: 'lexicon', supplierName: 'Lexicon' },
      { rank: 3, supplierKey: 'trustp', supplierName: 'TrustP' }
    ]);
  });

  it('breaks ties by Swedish alphabetical order of the name, whatever the row order', () => {
    const rows = [
      { areaKey: 'ledarskap', supplierKey: 'o', rank: 1 },
      { areaKey: 'ledarskap', supplierKey: 'z', rank: 1 },
      { areaKey: 'ledarskap', supplierKey: 'a', rank: 1 }
    ];
    const make = (r: typeof rows): Catalogue =>
      withRankings(r, (c) => {
        c.suppliers.push(
          { key: 'o', name: 'Örebro Utbildning', active: true, email: '' },
          { key: 'z', name: 'Zeta Kurs', active: true, email: '' },
          { key: 'a', name: 'Alfa Lärande', active: true, email: '' }
        );
      });
    const expected = ['Alfa Lärande', 'Zeta Kurs', 'Örebro Utbildning'];
    expect(rankedSuppliers('ledarskap', make(rows)).map((r) => r.supplierName)).toEqual(expected);
    expect(rankedSuppliers('ledarskap', make(rows.slice().reverse())).map((r) => r.supplierName)).toEqual(expected);
  });

  it('lists a supplier once, at its best rank, when it appears twice', () => {
    const c = withRankings([
      { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 3 },
      { areaKey: 'ledarskap', supplierKey: 'prove', rank: 2 },
      { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 1 }
    ]);
    expect(rankedSuppliers('ledarskap', c).map((r) => `${r.rank} ${r.supplierKey}`)).toEqual(['1 trustp', '2 prove']);
  });

  it('is empty for an unknown area or one without suppliers', () => {
    expect(rankedSuppliers('finns-inte', catalogue())).toEqual([]);
    expect(rankedSuppliers('motiverande', catalogue())).toEqual([]);
  });
});

describe('rankingProblems', () => {
  it('finds nothing in a sound catalogue (a coming area without suppliers is fine)', () => {
    expect(rankingProblems(catalogue())).toEqual([]);
  });

  it('duplicate-rank: names the area and both suppliers', () => {
    const c = withRankings([
      { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 1 },
      { areaKey: 'ledarskap', supplierKey: 'prove', rank: 1 }
    ]);
    expect(rankingProblems(c).filter((p) => p.areaKey === 'ledarskap')).toEqual([
      {
        kind: 'duplicate-rank',
        areaKey: 'ledarskap',
        areaTitle: 'Ledarskap',
        supplierKeys: ['prove', 'trustp'],
        supplierNames: ['Prové', 'TrustP'],
        rank: 1,
        blocking: true,
        message: 'Ledarskap: Prové och TrustP har båda rang 1.'
      }
    ]);
  });

  it('duplicate-rank with three suppliers says "alla"', () => {
    const c = withRankings([
      { areaKey: 'ugl', supplierKey: 'prove', rank: 1 },
      { areaKey: 'ugl', supplierKey: 'lexicon', rank: 1 },
      { areaKey: 'ugl', supplierKey: 'trustp', rank: 1 }
    ]);
    const problem = rankingProblems(c).find((p) => p.kind === 'duplicate-rank');
    expect(problem?.message).toBe('UGL, UL och IL: Lexicon, Prové och TrustP har alla rang 1.');
  });

  it('gap: ranks 1 and 3', () => {
    const c = withRankings([
      { areaKey: 'ledarskap', supplierKey: 'prove', rank: 1 },
      { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 3 }
    ]);
    const problems = rankingProblems(c).filter((p) => p.areaKey === 'ledarskap');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'gap', rank: 2 });
    expect(problems[0].message).toBe('Ledarskap: rang 2 saknas i rangordningen (rangerna är 1 och 3). Rangerna ska vara 1, 2, 3 och så vidare utan luckor.');
  });

  it('gap: ranks starting at 2', () => {
    const c = withRankings([
      { areaKey: 'ledarskap', supplierKey: 'prove', rank: 2 },
      { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 3 }
    ]);
    expect(rankingProblems(c).filter((p) => p.areaKey === 'ledarskap')).toEqual([expect.objectContaining({ kind: 'gap', rank: 1 })]);
  });

  it.each([
    ['0', 0],
    ['negative', -1],
    ['fractional', 1.5],
    ['not a number', NaN]
  ])('invalid-rank: rank %s is its own blocking problem, not a gap', (_label, bad) => {
    const c = withRankings([
      { areaKey: 'ledarskap', supplierKey: 'prove', rank: bad },
      { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 1 }
    ]);
    expect(ofArea(c)).toEqual([
      {
        kind: 'invalid-rank',
        areaKey: 'ledarskap',
        areaTitle: 'Ledarskap',
        supplierKeys: ['prove'],
        supplierNames: ['Prové'],
        rank: bad,
        ranks: [bad],
        blocking: true,
        message: `Ledarskap: Prové har ${Number.isNaN(bad) ? 'ingen rang' : `rang ${bad}`}. En rang ska vara ett heltal från 1 och uppåt.`
      }
    ]);
  });

  it('invalid-rank beside a gap: the gap is counted among the whole ranks only', () => {
    const c = withRankings([
      { areaKey: 'ledarskap', supplierKey: 'prove', rank: 2.5 },
      { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 2 }
    ]);
    expect(ofArea(c).map((p) => p.kind)).toEqual(['invalid-rank', 'gap']);
    expect(ofArea(c)[1]).toMatchObject({ rank: 1, ranks: [2] });
  });

  it('deleted-supplier: a row whose supplier lookup is empty', () => {
    const c = withRankings([
      { areaKey: 'ledarskap', supplierKey: 'prove', rank: 1 },
      { areaKey: 'ledarskap', supplierKey: '', rank: 2 },
      { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 3 }
    ]);
    expect(ofArea(c)).toEqual([
      {
        kind: 'deleted-supplier',
        areaKey: 'ledarskap',
        areaTitle: 'Ledarskap',
        rank: 2,
        ranks: [2],
        blocking: true,
        message: 'Ledarskap: raden på rang 2 pekar på en leverantör som har tagits bort ur leverantörslistan.'
      },
      expect.objectContaining({ kind: 'gap', rank: 2, ranks: [1, 3] })
    ]);
    expect(rankedSuppliers('ledarskap', c).map((r) => r.supplierKey)).toEqual(['prove', 'trustp']);
  });

  it('inactive-supplier: reported in every area where the supplier is ranked', () => {
    const c = catalogue();
    c.suppliers.find((s) => s.key === 'trustp')!.active = false;
    const problems = rankingProblems(c);
    expect(problems.map((p) => `${p.kind} ${p.areaKey}`)).toEqual(['inactive-supplier ledarskap', 'inactive-supplier ugl']);
    expect(problems[0]).toMatchObject({ supplierKeys: ['trustp'], rank: 2, message: 'Ledarskap: TrustP på rang 2 är inte aktiv och får inga avrop.' });
  });

  it('unknown-supplier', () => {
    const c = catalogue();
    c.rankings.push({ areaKey: 'ledarskap', supplierKey: 'spoke', rank: 3 });
    expect(rankingProblems(c)).toEqual([
      {
        kind: 'unknown-supplier',
        areaKey: 'ledarskap',
        areaTitle: 'Ledarskap',
        supplierKeys: ['spoke'],
        supplierNames: ['spoke'],
        rank: 3,
        blocking: true,
        message: 'Ledarskap: leverantören "spoke" på rang 3 finns inte i leverantörslistan.'
      }
    ]);
  });

  it('unknown-area', () => {
    const c = catalogue();
    c.rankings.push({ areaKey: 'hr-juridik', supplierKey: 'prove', rank: 1 }, { areaKey: 'hr-juridik', supplierKey: 'ekan', rank: 2 });
    expect(rankingProblems(c)).toEqual([
      {
        kind: 'unknown-area',
        areaKey: 'hr-juridik',
        areaTitle: 'hr-juridik',
        supplierKeys: ['prove', 'ekan'],
        supplierNames: ['Prové', 'Ekan'],
        blocking: false,
        message: 'Rangordningen har rader för avtalsområdet "hr-juridik", som inte finns (Prové och Ekan).'
      }
    ]);
  });

  it('supplier-twice: on two ranks', () => {
    const c = withRankings([
      { areaKey: 'ugl', supplierKey: 'prove', rank: 1 },
      { areaKey: 'ugl', supplierKey: 'lexicon', rank: 2 },
      { areaKey: 'ugl', supplierKey: 'prove', rank: 3 }
    ]);
    expect(rankingProblems(c).filter((p) => p.areaKey === 'ugl')).toEqual([
      {
        kind: 'supplier-twice',
        areaKey: 'ugl',
        areaTitle: 'UGL, UL och IL',
        supplierKeys: ['prove'],
        supplierNames: ['Prové'],
        rank: 1,
        ranks: [1, 3],
        blocking: true,
        message: 'UGL, UL och IL: Prové står på flera rangplatser (1 och 3). En leverantör ska bara ha en rang per avtalsområde.'
      }
    ]);
  });

  it('supplier-twice: the same row twice is not also a duplicate rank', () => {
    const c = catalogue();
    c.rankings.push({ areaKey: 'ledarskap', supplierKey: 'prove', rank: 1 });
    const problems = rankingProblems(c);
    expect(problems.map((p) => p.kind)).toEqual(['supplier-twice']);
    expect(problems[0].message).toBe('Ledarskap: Prové står två gånger på rang 1. En leverantör ska bara stå en gång per avtalsområde.');
  });

  it('no-suppliers: an active area open for orders without any supplier', () => {
    const c = catalogue();
    c.areas.push(area({ key: 'hr', title: 'HR och arbetsrätt', sortOrder: 80 }));
    expect(rankingProblems(c)).toEqual([
      { kind: 'no-suppliers', areaKey: 'hr', areaTitle: 'HR och arbetsrätt', blocking: true, message: 'HR och arbetsrätt är öppet för avrop men har ingen aktiv leverantör i rangordningen, så avrop kan inte skickas.' }
    ]);
  });

  it('no-suppliers: also when every ranked supplier is inactive', () => {
    const c = catalogue();
    c.suppliers.find((s) => s.key === 'ekan')!.active = false;
    c.suppliers.find((s) => s.key === 'kef')!.active = false;
    expect(kinds(c)).toEqual(['inactive-supplier', 'inactive-supplier', 'no-suppliers']);
  });

  it('no-suppliers is not reported for coming, closed or ended areas', () => {
    const c = catalogue();
    c.areas.push(
      area({ key: 'kommer2', title: 'Kommer snart', status: 'Kommer', orderingOpen: true }),
      area({ key: 'stangd', title: 'Stängt område', orderingOpen: false }),
      area({ key: 'slut', title: 'Avslutat område', status: 'Avslutad' })
    );
    expect(rankingProblems(c)).toEqual([]);
  });

  it('ignores the ranking of ended areas, which take no orders', () => {
    const c = catalogue();
    c.rankings.push({ areaKey: 'projektarbete', supplierKey: 'okand', rank: 3 });
    expect(rankingProblems(c)).toEqual([]);
  });

  it('checks the ranking of coming areas, which will take orders later', () => {
    const c = catalogue();
    c.rankings.push({ areaKey: 'motiverande', supplierKey: 'prove', rank: 2 });
    expect(kinds(c)).toEqual(['gap']);
  });

  it('reports areas in catalogue order', () => {
    const c = withRankings([
      { areaKey: 'ugl', supplierKey: 'prove', rank: 2 },
      { areaKey: 'ledarskap', supplierKey: 'prove', rank: 2 },
      { areaKey: 'ekonomistyrning', supplierKey: 'ekan', rank: 1 },
      { areaKey: 'medarbetarskap', supplierKey: 'avonova', rank: 1 },
      { areaKey: 'kommunikation', supplierKey: 'agera', rank: 1 }
    ]);
    expect(rankingProblems(c).map((p) => p.areaKey)).toEqual(['ledarskap', 'ugl']);
  });
});

describe('compareAreas', () => {
  it('sorts by sortOrder, then Swedish title', () => {
    const list = [
      area({ key: 'o', title: 'Övrigt', sortOrder: 1 }),
      area({ key: 'z', title: 'Zoologi', sortOrder: 1 }),
      area({ key: 'a', title: 'Ärenden', sortOrder: 1 }),
      area({ key: 'first', title: 'Ö först', sortOrder: 0 })
    ];
    expect(list.sort(compareAreas).map((a) => a.key)).toEqual(['first', 'z', 'a', 'o']);
  });
});
