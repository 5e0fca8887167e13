import { AgreementArea, buildSearchIndex, Catalogue, highlight, HighlightSegment, normalizeText, searchAreas, TargetGroup, unsearchedHits } from '../../src/domain';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { area, catalogue } from './fixtures';

const keys = (c: Catalogue, query: string, filters = {}): string[] => searchAreas(buildSearchIndex(c), query, filters).map((h) => h.areaKey);

describe('normalizeText', () => {
  it('lower-cases and removes diacritics', () => {
    expect(normalizeText('Prové')).toBe('prove');
    expect(normalizeText('ÅÄÖ åäö Über Ærø Straße')).toBe('aao aao uber aero strasse');
    expect(normalizeText('Ekonomistyrning')).toBe('ekonomistyrning');
    expect(normalizeText('Prove\u0301')).toBe('prove');
  });
});

describe('searchAreas', () => {
  const all = ['ledarskap', 'ekonomistyrning', 'ugl', 'medarbetarskap', 'motiverande', 'kommunikation', 'projektarbete'];

  it('returns every area in catalogue order for an empty query', () => {
    expect(keys(catalogue(), '')).toEqual(all);
    expect(keys(catalogue(), '   -  ')).toEqual(all);
    const hits = searchAreas(buildSearchIndex(catalogue()), '');
    expect(hits.every((h) => h.matchedFields.length === 0 && h.score === 0)).toBe(true);
  });

  it('lists the same hits for an empty query without an index (the catalogue\'s first view)', () => {
    const c = catalogue();
    c.areas = [area({ key: 'o', title: 'Övrigt', sortOrder: 1 }), area({ key: 'z', title: 'Zoologi', sortOrder: 1 }), ...c.areas];
    for (const cat of [c, SEED_CATALOGUE]) expect(unsearchedHits(cat)).toEqual(searchAreas(buildSearchIndex(cat), ''));
  });

  it('orders equal sortOrder by Swedish title, whatever order the catalogue lists them in', () => {
    const c = catalogue();
    c.areas = [area({ key: 'o', title: 'Övrigt', sortOrder: 1 }), area({ key: 'z', title: 'Zoologi', sortOrder: 1 }), area({ key: 'a', title: 'Arbetsrätt', sortOrder: 1 })];
    expect(keys(c, '')).toEqual(['a', 'z', 'o']);
  });

  it('"ekonomi" finds Ekonomistyrning, title match first', () => {
    const hits = searchAreas(buildSearchIndex(catalogue()), 'ekonomi');
    expect(hits[0].areaKey).toBe('ekonomistyrning');
    expect(hits[0].matchedFields).toEqual(['title', 'summary', 'trainingAreas', 'targetAudience', 'about', 'notes']);
    expect(hits[0].score).toBe(0);
    // Ledarskap mentions "ekonomi-" in its target audience and Medarbetarskap "grundläggande ekonomi" in its summary.
    expect(hits.map((h) => h.areaKey)).toEqual(['ekonomistyrning', 'medarbetarskap', 'ledarskap']);
  });

  it('"prove" finds the areas where Prové is a ranked supplier', () => {
    const hits = searchAreas(buildSearchIndex(catalogue()), 'prove');
    expect(hits.map((h) => h.areaKey)).toEqual(['ledarskap', 'ugl']);
    expect(hits.every((h) => h.matchedFields.join() === 'suppliers')).toBe(true);
    expect(keys(catalogue(), 'PROVÉ')).toEqual(['ledarskap', 'ugl']);
  });

  it('the prefix "led" finds Ledarskap first', () => {
    const hits = searchAreas(buildSearchIndex(catalogue()), 'led');
    expect(hits[0].areaKey).toBe('ledarskap');
    expect(hits[0].matchedFields[0]).toBe('title');
    expect(hits.map((h) => h.areaKey)).toContain('ugl'); // "ledare", "ledarskap" in course texts
  });

  it('matches only the start of words', () => {
    expect(keys(catalogue(), 'styrning')).toEqual([]);
    expect(keys(catalogue(), 'konomi')).toEqual([]);
  });

  it('requires every query word to match (AND)', () => {
    expect(keys(catalogue(), 'prove internat')).toEqual(['ugl']);
    expect(keys(catalogue(), 'ekonomi lexicon')).toEqual(['medarbetarskap']);
    expect(keys(catalogue(), 'skatteutjämning prove')).toEqual([]);
    expect(keys(catalogue(), 'led ekonomi')).toEqual(['ledarskap', 'ekonomistyrning']);
  });

  it('matches words with diacritics typed either way', () => {
    expect(keys(catalogue(), 'framja')).toEqual(['medarbetarskap']);
    expect(keys(catalogue(), 'främja')).toEqual(['medarbetarskap']);
    expect(keys(catalogue(), 'halsa')).toEqual(['medarbetarskap']);
  });

  it('searches training areas, courses, course codes and target groups', () => {
    expect(searchAreas(buildSearchIndex(catalogue()), 'skatteutjämning')[0]).toMatchObject({ areaKey: 'ekonomistyrning', matchedFields: ['trainingAreas'] });
    expect(searchAreas(buildSearchIndex(catalogue()), 'ugl')[0]).toMatchObject({ areaKey: 'ugl', matchedFields: ['title', 'courses', 'about'] });
    expect(keys(catalogue(), 'upplevelsebaserad')).toEqual(['ugl']);
    expect(searchAreas(buildSearchIndex(catalogue()), 'kommunikatörer')[0]).toMatchObject({ areaKey: 'kommunikation', matchedFields: ['targetGroups'] });
  });

  it('does not index suppliers that are inactive', () => {
    expect(keys(catalogue(), 'kursbolaget')).toEqual([]);
    expect(keys(catalogue(), '', { supplierKey: 'gamla' })).toEqual([]);
  });

  it('ranks a title match above a match in the body text', () => {
    const c = catalogue();
    c.areas.push(area({ key: 'hr', title: 'HR', about: 'Om ledarskap i HR-arbete.', sortOrder: 1 }));
    expect(keys(c, 'ledarskap')).toEqual(['ledarskap', 'ugl', 'hr']);
  });

  describe('filters', () => {
    it('keeps areas aimed at any of the chosen target groups', () => {
      expect(keys(catalogue(), '', { targetGroups: ['Ekonomer'] as TargetGroup[] })).toEqual(['ekonomistyrning']);
      expect(keys(catalogue(), '', { targetGroups: ['Ekonomer', 'Kommunikatörer'] as TargetGroup[] })).toEqual(['ekonomistyrning', 'kommunikation']);
      expect(keys(catalogue(), '', { targetGroups: [] })).toEqual(all);
    });

    it('keeps areas where the chosen supplier is ranked', () => {
      expect(keys(catalogue(), '', { supplierKey: 'lexicon' })).toEqual(['ugl', 'medarbetarskap', 'kommunikation']);
    });

    it('keeps areas with the chosen statuses', () => {
      expect(keys(catalogue(), '', { statuses: ['Kommer'] })).toEqual(['motiverande']);
      expect(keys(catalogue(), '', { statuses: ['Aktiv', 'Kommer'] })).not.toContain('projektarbete');
    });

    it('combine with each other and with the query', () => {
      expect(keys(catalogue(), 'ugl', { supplierKey: 'lexicon' })).toEqual(['ugl']);
      expect(keys(catalogue(), 'ugl', { supplierKey: 'ekan' })).toEqual([]);
      expect(keys(catalogue(), 'led', { targetGroups: ['Medarbetare'] as TargetGroup[] })).toEqual(['ugl']);
      expect(keys(catalogue(), '', { targetGroups: ['Chef med V/E/P-ansvar'] as TargetGroup[], supplierKey: 'prove' })).toEqual(['ledarskap', 'ugl']);
    });
  });

  // Speed is the bench's to show (npm run bench: keystrokes in Chromium against a baseline built
  // in the same run); a timed unit test fails on a busy machine without anything being wrong.
  it('finds the last of 500 areas', () => {
    const c = largeCatalogue(500);
    const index = buildSearchIndex(c);
    expect(searchAreas(index, 'område 499').map((h) => h.areaKey)).toContain('area-499');
  });
});

function largeCatalogue(n: number): Catalogue {
  const base = catalogue();
  const words = 'ledarskap ekonomi analys kommunal utveckling medarbetare hälsa arbetsmiljö digital kommunikation möten processer förbättring samverkan'.split(' ');
  const areas: AgreementArea[] = [];
  for (let i = 0; i < n; i++) {
    const text = Array.from({ length: 300 }, (_, j) => `${words[(i * 7 + j) % words.length]}${j % 5 === 0 ? '' : j}`).join(' ');
    areas.push(area({ key: `area-${i}`, title: `Område ${i}`, summary: text.slice(0, 200), about: text, targetAudience: text.slice(0, 500), targetGroups: i % 2 ? ['Medarbetare'] : ['Ekonomer'], sortOrder: i }));
    base.rankings.push({ areaKey: `area-${i}`, supplierKey: i % 3 ? 'prove' : 'lexicon', rank: 1 });
    base.trainingAreas.push({ key: `ta-${i}`, areaKey: `area-${i}`, title: `Utbildningsområde ${i}`, description: text.slice(0, 800), sortOrder: 1 });
  }
  base.areas = areas;
  return base;
}

describe('highlight', () => {
  const marked = (segments: HighlightSegment[]): string => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

  it('marks the matched start of a word, ignoring diacritics', () => {
    expect(highlight('Prové och TrustP', 'prove')).toEqual([
      { text: 'Prové', match: true },
      { text: ' och TrustP', match: false }
    ]);
    expect(marked(highlight('Ledarskap', 'led'))).toBe('[Led]arskap');
    expect(marked(highlight('Årsredovisning och årsbokslut', 'ars'))).toBe('[Års]redovisning och [års]bokslut');
    expect(marked(highlight('Prove', 'prové'))).toBe('[Prove]');
  });

  it('marks several words and prefers the longest matching query word', () => {
    expect(marked(highlight('Ekonomistyrning och kommunal ekonomi', 'ekonomi kommun'))).toBe('[Ekonomi]styrning och [kommun]al [ekonomi]');
    expect(marked(highlight('Ledarskap', 'le ledar'))).toBe('[Ledar]skap');
  });

  it('does not mark matches inside words', () => {
    expect(highlight('Ekonomistyrning', 'styrning')).toEqual([{ text: 'Ekonomistyrning', match: false }]);
  });

  it('keeps combining accents with the letter they belong to', () => {
    expect(highlight('Prove\u0301 AB', 'prove')).toEqual([
      { text: 'Prove\u0301', match: true },
      { text: ' AB', match: false }
    ]);
    expect(marked(highlight('Re\u0301sume\u0301', 're'))).toBe('[Re\u0301]sume\u0301');
  });

  it('returns the text unmarked for an empty query, and nothing for an empty text', () => {
    expect(highlight('Ledarskap', '')).toEqual([{ text: 'Ledarskap', match: false }]);
    expect(highlight('', 'led')).toEqual([]);
  });

  it('always joins back to the original text', () => {
    const texts = ['Att leda arbete – coachande förhållningssätt!', 'UGL, UL och IL', 'V/E/P-ansvar (chefer)', 'Prové, TrustP & Lexicon', '  mellanslag  '];
    for (const text of texts) {
      for (const query of ['', 'a', 'le', 'ul il', 'p ansvar', 'prove lex', 'mell']) {
        expect(highlight(text, query).map((s) => s.text).join('')).toBe(text);
      }
    }
  });
});
