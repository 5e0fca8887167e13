import { buildSearchIndex, incrementalSearch, searchAreas, SearchFilters } from '../../src/domain/search';
import { SEED_CATALOGUE } from '../../src/domain/seed';

// The catalogue's search box narrows the last hits while typing on; each step must give exactly
// what a full search gives, including the order, whatever was typed before.
describe('incrementalSearch', () => {
  const index = buildSearchIndex(SEED_CATALOGUE);
  const steps = (text: string): string[] => Array.from(text, (_, i) => text.slice(0, i + 1));

  function checkSequence(queries: Array<[string, SearchFilters?]>): number {
    const search = incrementalSearch(index);
    let checked = 0;
    for (const [query, filters] of queries) {
      const expected = searchAreas(index, query, filters).map((h) => [h.areaKey, h.score, h.matchedFields.join()]);
      expect({ query, filters, hits: search(query, filters).map((h) => [h.areaKey, h.score, h.matchedFields.join()]) }).toEqual({ query, filters, hits: expected });
      checked++;
    }
    return checked;
  }

  it('typing on, a character at a time, gives the full search at every step', () => {
    const n = checkSequence([...steps('ledarskap'), ...steps('ekonomi styrning'), ...steps('prove'), ...steps('Ångest i vården')].map((q) => [q] as [string]));
    expect(n).toBeGreaterThan(40);
  });

  it('deleting, replacing a word and retyping widen again', () => {
    const typed = steps('ledarskap');
    const back = typed.slice().reverse();
    checkSequence([...typed, ...back, 'ugl', 'ug', 'ugl ledar', 'ledar', 'ledar ugl', 'kommunikation', 'komm ledar', ''].map((q) => [q] as [string]));
  });

  it('a filter change is not mistaken for typing on', () => {
    const supplier = SEED_CATALOGUE.rankings[0].supplierKey;
    const group = SEED_CATALOGUE.areas.flatMap((a) => a.targetGroups)[0];
    checkSequence([
      ['le', { supplierKey: supplier }],
      ['led', {}],
      ['leda', { targetGroups: [group] }],
      ['ledar', {}],
      ['ledars', { supplierKey: supplier }],
      ['ledarsk', { supplierKey: supplier, targetGroups: [group] }]
    ]);
  });

  it('typing on scans only the last hits (an area added since is not seen until the query widens)', () => {
    const own = buildSearchIndex(SEED_CATALOGUE);
    const search = incrementalSearch(own);
    const before = search('le').length;
    const late = own.entries.find((e) => !e.all.includes(' le'));
    expect(late).toBeDefined();
    own.entries.push({ ...late!, all: `${late!.all} ledarskapsdag`, texts: late!.texts.map((t, i) => (i === 0 ? `${t} ledarskapsdag` : t)) });
    expect(search('led').map((h) => h.areaKey)).not.toContain(late!.area.key);
    expect(search('l').map((h) => h.areaKey)).toContain(late!.area.key);
    expect(before).toBeGreaterThan(0);
  });
});
