// Checks the seed data in src/domain/seed against the region's intranet page it was transcribed from.
// The page (tests/fixtures/seed-intranet-page.txt) is parsed here on its own terms, without looking at the seed,
// so a typo, a dropped paragraph or a swapped ranking in the seed makes these tests fail.
import * as fs from 'fs';
import * as path from 'path';
import { AgreementArea, TARGET_GROUPS, TargetGroup } from '../../src/domain/types';
import { SEED_CATALOGUE, SEED_GENERAL } from '../../src/domain/seed';
import { AREAS, ORGANISATIONS, SUPPLIERS, TRAINING_AREAS } from '../../src/schema/lists';

const SOURCE_PATH = path.join(__dirname, '..', 'fixtures', 'seed-intranet-page.txt');
const SOURCE = fs.readFileSync(SOURCE_PATH, 'utf8').replace(/\r\n?/g, '\n');
const LINES = SOURCE.split('\n').map((l) => l.trim());
const SEED_DIR = path.join(__dirname, '..', '..', 'src', 'domain', 'seed');

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const NORM_SOURCE = norm(SOURCE);

const { areas, trainingAreas, courses, suppliers, rankings, organisations } = SEED_CATALOGUE;

// ---------------------------------------------------------------------------------------------------------------
// The page, parsed
// ---------------------------------------------------------------------------------------------------------------

/** The ten agreement areas, in the order of the page. */
const EXPECTED_AREAS: ReadonlyArray<[string, string]> = [
  ['digitala-arbetssatt', 'Digitala arbetssätt'],
  ['ekonomistyrning', 'Ekonomistyrning'],
  ['kommunikation', 'Kommunikation'],
  ['ledarskap', 'Ledarskap'],
  ['medarbetarskap', 'Medarbetarskap'],
  ['motiverande-samtal', 'Motiverande samtal och samtalsmetodik'],
  ['pedagogik-och-larande', 'Pedagogik och lärande'],
  ['projektarbete', 'Projektarbete'],
  ['schemalaggning', 'Schemaläggning och bemanningsplanering'],
  ['ugl-ul-il', 'UGL, UL och IL']
];

const GENERIC_TRAINING_AREAS_INTRO = 'Inom ramavtalsområdet finns olika utbildningsområden (ska inte förväxlas med specifika utbildningar).';
const RANKING_MARKER = /^(Leverantör:|Leverantörer enligt rangordning:|Rangordning enligt avtal)$/;
const NUMBERED = /^(\d+)\.\s+(.+)$/;

interface Segment {
  key: string;
  title: string;
  /** Trimmed lines between this area's heading and the next one. */
  lines: string[];
}

/** Line index of each area heading, searched in page order after the "Avtalsområden" heading. */
function findHeadings(): number[] {
  let from = LINES.indexOf('Avtalsområden');
  return EXPECTED_AREAS.map(([, title]) => {
    const at = LINES.indexOf(title, from + 1);
    from = at;
    return at;
  });
}
const HEADINGS = findHeadings();
const SEGMENTS: Segment[] = EXPECTED_AREAS.map(([key, title], i) => ({
  key,
  title,
  lines: LINES.slice(HEADINGS[i] + 1, i + 1 < HEADINGS.length ? HEADINGS[i + 1] : LINES.length)
}));
const segment = (key: string): Segment => {
  const s = SEGMENTS.find((x) => x.key === key);
  if (!s) throw new Error(`no segment ${key}`);
  return s;
};

/** Paragraphs: runs of non-empty lines, lines joined by "\n" (so a list stays one paragraph of "• " lines). */
function blocks(lines: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (l === '') {
      if (cur.length) out.push(cur.join('\n'));
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur.join('\n'));
  return out;
}

/** Lines after the first line matching `start`, up to (not including) the first line matching one of `stops`. */
function section(lines: string[], start: RegExp, stops: RegExp[]): string[] | undefined {
  const i = lines.findIndex((l) => start.test(l));
  if (i < 0) return undefined;
  const rest = lines.slice(i + 1);
  const end = rest.findIndex((l) => stops.some((s) => s.test(l)));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Supplier names in rank order, from the numbered lines after the ranking marker. */
function parseRanking(lines: string[]): { names: string[]; numbers: number[] } {
  const i = lines.findIndex((l) => RANKING_MARKER.test(l));
  if (i < 0) return { names: [], numbers: [] };
  const names: string[] = [];
  const numbers: number[] = [];
  for (const l of lines.slice(i + 1)) {
    if (l === '' && names.length === 0) continue;
    const m = NUMBERED.exec(l);
    if (!m) break;
    numbers.push(Number(m[1]));
    names.push(m[2].trim());
  }
  return { names, numbers };
}

function parseAbout(lines: string[]): string | undefined {
  const s = section(lines, /^Om avtalsområdet$/, [/^Leverantör/, /^Obs!/, /^Formulär för avrop/, /^Målgrupp för ramavtalsområdet$/, RANKING_MARKER]);
  return s && blocks(s).join('\n\n');
}

function parseTargetAudience(lines: string[]): string | undefined {
  const s = section(lines, /^Målgrupp för ramavtalsområdet$/, [/^Exempel på utbildningsområden/, /^Innehåll /, RANKING_MARKER]);
  return s && blocks(s).join('\n\n');
}

interface ParsedTrainingAreas {
  intro: string[];
  items: Array<{ title: string; description: string }>;
}

/** Under "Exempel på utbildningsområden": a one-line heading without end punctuation, then its description. */
function parseTrainingAreas(lines: string[]): ParsedTrainingAreas {
  const s = section(lines, /^Exempel på utbildningsområden/, [/^Utbildningar som tidigare har funnits/]);
  const result: ParsedTrainingAreas = { intro: [], items: [] };
  if (!s) return result;
  const bs = blocks(s);
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    const isHeading = !b.includes('\n') && !/[.:!?]$/.test(b) && b.length <= 100 && i + 1 < bs.length;
    if (isHeading) {
      result.items.push({ title: b, description: bs[i + 1] });
      i++;
    } else result.intro.push(b);
  }
  return result;
}

function parseEarlierTrainings(lines: string[]): string[] {
  const s = section(lines, /^Utbildningar som tidigare har funnits/, []);
  if (!s) return [];
  const first = blocks(s)[0] ?? '';
  return first.split('\n').filter((l) => l.startsWith('•')).map((l) => l.replace(/^•\s*/, ''));
}

interface ParsedCourse {
  code: string;
  title: string;
  description: string;
  linkLine: string;
}

/** "Innehåll UGL – Utveckling av grupp och ledare", its paragraphs, and the "Utbildning: … (larportalen…)" line. */
function parseCourses(lines: string[]): ParsedCourse[] {
  const out: ParsedCourse[] = [];
  lines.forEach((l, i) => {
    const m = /^Innehåll (\S+) – (.+)$/.exec(l);
    if (!m) return;
    const rest = lines.slice(i + 1);
    const end = rest.findIndex((x) => /^Utbildning: /.test(x) || /^Innehåll /.test(x) || RANKING_MARKER.test(x));
    out.push({
      code: m[1],
      title: m[2],
      description: blocks(end < 0 ? rest : rest.slice(0, end)).join('\n\n'),
      linkLine: end >= 0 && /^Utbildning: /.test(rest[end]) ? rest[end] : ''
    });
  });
  return out;
}

const SWEDISH_NUMBERS: Record<string, number> = { ett: 1, en: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12 };

// ---------------------------------------------------------------------------------------------------------------
// Helpers on the seed
// ---------------------------------------------------------------------------------------------------------------

const areaByKey = (key: string): AgreementArea => {
  const a = areas.find((x) => x.key === key);
  if (!a) throw new Error(`no area ${key}`);
  return a;
};
const supplierKeyByName = new Map(suppliers.map((s) => [s.name, s.key]));
const seedRankingNames = (areaKey: string): string[] =>
  rankings
    .filter((r) => r.areaKey === areaKey)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => suppliers.find((s) => s.key === r.supplierKey)?.name ?? `?${r.supplierKey}`);

const maxLength = (list: { fields: Array<{ internalName: string; maxLength?: number }> }, field: string): number => {
  const f = list.fields.find((x) => x.internalName === field);
  if (!f || f.maxLength === undefined) throw new Error(`schema has no maxLength for ${field}`);
  return f.maxLength;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---------------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------------

describe('the parser of the source page (sanity)', () => {
  it('finds every area heading once, in page order', () => {
    HEADINGS.forEach((at, i) => {
      expect(at).toBeGreaterThan(0);
      if (i > 0) expect(at).toBeGreaterThan(HEADINGS[i - 1]);
    });
    for (const [, title] of EXPECTED_AREAS) expect(LINES.filter((l) => l === title)).toHaveLength(1);
  });

  it('finds a numbered supplier list in every area but Motiverande samtal, and nowhere else', () => {
    for (const s of SEGMENTS) {
      const parsed = parseRanking(s.lines);
      const numberedLines = s.lines.filter((l) => NUMBERED.test(l));
      expect(numberedLines).toHaveLength(parsed.names.length);
      expect(parsed.numbers).toEqual(parsed.names.map((_, i) => i + 1));
      if (s.key === 'motiverande-samtal') expect(parsed.names).toEqual([]);
      else expect(parsed.names.length).toBeGreaterThan(0);
    }
    const before = LINES.slice(0, HEADINGS[0]);
    expect(before.filter((l) => NUMBERED.test(l))).toEqual([]);
  });
});

describe('agreement areas', () => {
  it('are the ten areas of the page, in page order, with sortOrder 10, 20, …', () => {
    expect(areas.map((a) => [a.key, a.title])).toEqual(EXPECTED_AREAS);
    expect(areas.map((a) => a.sortOrder)).toEqual(EXPECTED_AREAS.map((_, i) => (i + 1) * 10));
  });

  it.each(SEGMENTS.filter((s) => s.lines.includes('Om avtalsområdet')).map((s) => [s.key, s] as const))(
    '%s: about is the "Om avtalsområdet" text verbatim',
    (key, s) => {
      const expected = parseAbout(s.lines);
      expect(expected).toBeTruthy();
      expect(areaByKey(key).about).toBe(expected);
    }
  );

  it.each(SEGMENTS.filter((s) => s.lines.includes('Målgrupp för ramavtalsområdet')).map((s) => [s.key, s] as const))(
    '%s: targetAudience is the "Målgrupp för ramavtalsområdet" text verbatim',
    (key, s) => {
      const expected = parseTargetAudience(s.lines);
      expect(expected).toBeTruthy();
      expect(areaByKey(key).targetAudience).toBe(expected);
    }
  );

  it('about, targetAudience and notes are, after whitespace normalisation, substrings of the page', () => {
    for (const a of areas) {
      for (const text of [a.about, a.targetAudience]) expect(NORM_SOURCE).toContain(norm(text));
      for (const p of a.notes.split('\n\n')) expect(NORM_SOURCE).toContain(norm(p));
    }
  });

  it('each text field comes from its own area on the page', () => {
    for (const a of areas) {
      const seg = norm(segment(a.key).lines.join('\n'));
      for (const text of [a.about, a.targetAudience, ...a.notes.split('\n\n')]) expect(seg).toContain(norm(text));
    }
  });

  it('keeps every "Obs!" remark in notes', () => {
    for (const s of SEGMENTS) {
      for (const obs of s.lines.filter((l) => l.startsWith('Obs!'))) expect(areaByKey(s.key).notes.split('\n\n')).toContain(obs);
    }
    expect(areaByKey('ekonomistyrning').notes).toBe('Obs! Mer grundläggande ekonomiutbildningar omfattas av ramavtalsområde Medarbetarskap.');
  });

  it('keeps area-specific intro paragraphs to the training areas (e.g. DigComp) in notes', () => {
    for (const s of SEGMENTS) {
      const { intro, items } = parseTrainingAreas(s.lines);
      const specific = intro.filter((b) => b !== GENERIC_TRAINING_AREAS_INTRO);
      if (items.length === 0) continue; // Schemaläggning: its only intro sentence is the training area itself
      for (const p of specific) expect(areaByKey(s.key).notes.split('\n\n')).toContain(p);
    }
    expect(areaByKey('digitala-arbetssatt').notes).toMatch(/^EU-standarden Digital Competence Framework for Citizen \(DigComp\)/);
  });

  it('Ledarskap keeps the list of two groups and the pointer to the other framework agreement', () => {
    const t = areaByKey('ledarskap').targetAudience;
    expect(t.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(2);
    expect(t.endsWith('VGR har ett annat ramavtal som omfattar längre chefsutvecklingsprogram')).toBe(true);
  });

  it('UGL, UL och IL: the Försvarshögskolan sentence is in notes; the page has no "Om avtalsområdet" for it', () => {
    const a = areaByKey('ugl-ul-il');
    expect(a.notes).toBe('UGL, UL och IL ska genomföras i enlighet med Försvarshögskolans instruktioner och krav.');
    expect(segment('ugl-ul-il').lines).not.toContain('Om avtalsområdet');
    expect(a.about).toBe('');
  });

  it('Schemaläggning keeps the sentence that it mainly concerns healthcare', () => {
    expect(areaByKey('schemalaggning').about).toContain('Det här ramavtalsområdet berör främst verksamhet inom vården.');
  });

  it('Motiverande samtal och samtalsmetodik is announced (Kommer), closed, without suppliers or content', () => {
    const a = areaByKey('motiverande-samtal');
    expect(segment('motiverande-samtal').lines).toContain('Mer information om avtalsområdet kommer.');
    expect(a.status).toBe('Kommer');
    expect(a.orderingOpen).toBe(false);
    expect(a.about).toBe('Mer information om avtalsområdet kommer.');
    expect(a.targetGroups).toEqual([]);
    expect(rankings.filter((r) => r.areaKey === a.key)).toEqual([]);
    expect(trainingAreas.filter((t) => t.areaKey === a.key)).toEqual([]);
    expect(courses.filter((c) => c.areaKey === a.key)).toEqual([]);
  });

  it('all other areas are active, open for call-offs, with 24 hours to answer', () => {
    for (const a of areas.filter((x) => x.key !== 'motiverande-samtal')) {
      expect([a.key, a.status, a.orderingOpen]).toEqual([a.key, 'Aktiv', true]);
    }
    for (const a of areas) expect(a.responseHours).toBe(24);
  });

  it('have the target groups read from their target audience texts', () => {
    const expected: Record<string, TargetGroup[]> = {
      'digitala-arbetssatt': ['Chef med V/E/P-ansvar', 'Leder utan chefsroll', 'Medarbetare'],
      ekonomistyrning: ['Ekonomer', 'Chef med V/E/P-ansvar'],
      kommunikation: ['Kommunikatörer', 'Medarbetare'],
      ledarskap: ['Chef med V/E/P-ansvar', 'Leder utan chefsroll'],
      medarbetarskap: ['Chef med V/E/P-ansvar', 'Medarbetare'],
      'motiverande-samtal': [],
      'pedagogik-och-larande': ['Utbildare och handledare', 'Chef med V/E/P-ansvar'],
      projektarbete: ['Projektledare', 'Medarbetare'],
      schemalaggning: ['Schemaläggare och planerare', 'Chef med V/E/P-ansvar'],
      'ugl-ul-il': ['Chef med V/E/P-ansvar', 'Leder utan chefsroll', 'Medarbetare']
    };
    for (const a of areas) {
      expect([a.key, [...a.targetGroups].sort()]).toEqual([a.key, [...expected[a.key]].sort()]);
      for (const g of a.targetGroups) expect(TARGET_GROUPS).toContain(g);
      expect(new Set(a.targetGroups).size).toBe(a.targetGroups.length);
    }
    // V/E/P-ansvar is named in every target audience that includes managers with that responsibility.
    for (const a of areas.filter((x) => x.targetAudience.includes('(V/E/P-ansvar)'))) expect(a.targetGroups).toContain('Chef med V/E/P-ansvar');
  });

  it('have a one-line summary of at most 140 characters', () => {
    for (const a of areas) {
      expect(a.summary.trim().length).toBeGreaterThan(20);
      expect(a.summary.length).toBeLessThanOrEqual(140);
      expect(a.summary).not.toMatch(/\n/);
    }
  });
});

describe('training areas (utbildningsområden)', () => {
  it.each(SEGMENTS.map((s) => [s.key, s] as const))('%s: every training area of the page, verbatim and in page order', (key, s) => {
    const parsed = parseTrainingAreas(s.lines);
    const seeded = trainingAreas.filter((t) => t.areaKey === key);
    if (key === 'schemalaggning') {
      // The page names its single main training area in a sentence, not under a heading.
      expect(parsed.items).toEqual([]);
      expect(seeded).toHaveLength(1);
      expect(parsed.intro).toEqual([seeded[0].description]);
      expect(seeded[0].description.toLowerCase()).toContain(seeded[0].title.toLowerCase());
      return;
    }
    expect(seeded.map((t) => ({ title: t.title, description: t.description }))).toEqual(parsed.items);
  });

  it('have the counts of the page', () => {
    const count = (k: string): number => trainingAreas.filter((t) => t.areaKey === k).length;
    expect(EXPECTED_AREAS.map(([k]) => [k, count(k)])).toEqual([
      ['digitala-arbetssatt', 6],
      ['ekonomistyrning', 3],
      ['kommunikation', 3],
      ['ledarskap', 5],
      ['medarbetarskap', 5],
      ['motiverande-samtal', 0],
      ['pedagogik-och-larande', 6],
      ['projektarbete', 6],
      ['schemalaggning', 1],
      ['ugl-ul-il', 0]
    ]);
  });

  it('each title is a heading line of the page (Schemaläggning: in its sentence) and each description is in the page', () => {
    for (const t of trainingAreas) {
      const seg = segment(t.areaKey).lines;
      if (t.areaKey === 'schemalaggning') expect(NORM_SOURCE.toLowerCase()).toContain(t.title.toLowerCase());
      else {
        const at = seg.indexOf(t.title);
        expect([t.title, at >= 0]).toEqual([t.title, true]);
        expect(seg[at - 1]).toBe('');
        expect(seg[at + 1]).toBe('');
      }
      expect(NORM_SOURCE).toContain(norm(t.description));
    }
  });

  it('sortOrder follows page order within each area, and keys are "<areaKey>/<slug>"', () => {
    for (const [key] of EXPECTED_AREAS) {
      const ts = trainingAreas.filter((t) => t.areaKey === key);
      expect(ts.map((t) => t.sortOrder)).toEqual(ts.map((_, i) => (i + 1) * 10));
      for (const t of ts) {
        const [prefix, slug, ...more] = t.key.split('/');
        expect([t.key, prefix, SLUG.test(slug), more]).toEqual([t.key, key, true, []]);
      }
    }
  });
});

describe('courses', () => {
  it('Ledarskap: the earlier trainings listed on the page', () => {
    const expected = parseEarlierTrainings(segment('ledarskap').lines);
    expect(expected).toEqual(['Att leda utan att vara chef', 'Facilitera workshoppar och hybrida möten']);
    const seeded = courses.filter((c) => c.areaKey === 'ledarskap');
    expect(seeded.map((c) => c.title)).toEqual(expected);
    for (const c of seeded) expect(c.kind).toBe('Tidigare utbildning');
    // No other area lists earlier trainings.
    for (const s of SEGMENTS.filter((x) => x.key !== 'ledarskap')) expect(parseEarlierTrainings(s.lines)).toEqual([]);
  });

  it('UGL, UL och IL: the three courses with code, title and description verbatim', () => {
    const parsed = parseCourses(segment('ugl-ul-il').lines);
    expect(parsed.map((c) => c.code)).toEqual(['UGL', 'UL', 'IL']);
    const seeded = courses.filter((c) => c.areaKey === 'ugl-ul-il');
    expect(seeded.map((c) => ({ code: c.code, title: c.title, description: c.description }))).toEqual(
      parsed.map((c) => ({ code: c.code, title: c.title, description: c.description }))
    );
    for (const c of seeded) {
      expect(c.kind).toBe('Kurs');
      expect(c.requirement).toBe('Genomförs i enlighet med Försvarshögskolans instruktioner och krav.');
      expect(c.link).toBe('https://larportalen.vgregion.se');
    }
    // Every course on the page is linked to Lärportalen.
    for (const p of parsed) expect(p.linkLine).toMatch(new RegExp(`\\(${p.code}\\) \\(larportalen\\.vgregion\\.se\\)$`));
    expect(seeded.find((c) => c.code === 'UL')?.description).toContain('Vad är utvecklande ledarskap?');
    expect(seeded.find((c) => c.code === 'UL')?.description.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(seeded.find((c) => c.code === 'IL')?.description.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
  });

  it('UGL: 8–12 participants, 5 days, residential, as the page says in words', () => {
    const ugl = courses.find((c) => c.code === 'UGL');
    expect(ugl).toMatchObject({ minParticipants: 8, maxParticipants: 12, days: 5, residential: true });
    const m = /i en grupp på (\S+) till (\S+) personer under (\S+) dagar i följd på internat/.exec(ugl?.description ?? '');
    expect(m).not.toBeNull();
    const [, min, max, days] = m as RegExpExecArray;
    expect([SWEDISH_NUMBERS[min], SWEDISH_NUMBERS[max], SWEDISH_NUMBERS[days]]).toEqual([8, 12, 5]);
    expect(NORM_SOURCE).toContain(m?.[0]);
  });

  it('UL and IL: no participant limits, days or residential form (the page states none)', () => {
    for (const code of ['UL', 'IL']) {
      const c = courses.find((x) => x.code === code);
      expect(c).toBeDefined();
      expect([c?.minParticipants, c?.maxParticipants, c?.days, c?.residential]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('sortOrder follows page order within each area, and keys are "<areaKey>/<slug>"', () => {
    for (const [key] of EXPECTED_AREAS) {
      const cs = courses.filter((c) => c.areaKey === key);
      expect(cs.map((c) => c.sortOrder)).toEqual(cs.map((_, i) => (i + 1) * 10));
      for (const c of cs) {
        const [prefix, slug, ...more] = c.key.split('/');
        expect([c.key, prefix, SLUG.test(slug), more]).toEqual([c.key, key, true, []]);
      }
    }
  });
});

describe('suppliers and rankings', () => {
  it('the suppliers are exactly the ones named on the page', () => {
    const named = new Set(SEGMENTS.flatMap((s) => parseRanking(s.lines).names));
    expect(new Set(suppliers.map((s) => s.name))).toEqual(named);
    expect(suppliers.map((s) => [s.key, s.name])).toEqual([
      ['lexicon', 'Lexicon'],
      ['ekan', 'Ekan'],
      ['kommunalekonomernas-forening', 'Kommunalekonomernas förening'],
      ['agera-kommunikation', 'Agera Kommunikation'],
      ['prove', 'Prové'],
      ['trustp', 'TrustP'],
      ['avonova-halsa', 'Avonova Hälsa'],
      ['pa-consulting-group', 'PA Consulting Group'],
      ['semcon', 'Semcon'],
      ['time-care', 'Time Care'],
      ['pm-palmgren-consulting', 'P & M Palmgren Consulting'],
      ['harmoni-i-livet-syd', 'Harmoni i Livet Syd'],
      ['rezon', 'Rezon'],
      ['team-fusion', 'Team Fusion']
    ]);
    for (const s of suppliers) expect([s.key, s.active, s.email]).toEqual([s.key, true, '']);
  });

  it.each(SEGMENTS.map((s) => [s.key, s] as const))('%s: the ranking equals the page, in order', (key, s) => {
    const parsed = parseRanking(s.lines).names;
    for (const name of parsed) expect([name, supplierKeyByName.has(name)]).toEqual([name, true]);
    expect(seedRankingNames(key)).toEqual(parsed);
  });

  it('the rankings of the page, spelled out', () => {
    const byArea = Object.fromEntries(EXPECTED_AREAS.map(([k]) => [k, seedRankingNames(k)]));
    expect(byArea).toEqual({
      'digitala-arbetssatt': ['Lexicon'],
      ekonomistyrning: ['Ekan', 'Kommunalekonomernas förening'],
      kommunikation: ['Agera Kommunikation', 'Lexicon'],
      ledarskap: ['Prové', 'TrustP'],
      medarbetarskap: ['Avonova Hälsa', 'Lexicon'],
      'motiverande-samtal': [],
      'pedagogik-och-larande': ['PA Consulting Group', 'Lexicon'],
      projektarbete: ['Prové', 'Semcon'],
      schemalaggning: ['Time Care', 'P & M Palmgren Consulting'],
      'ugl-ul-il': ['Harmoni i Livet Syd', 'Rezon', 'Team Fusion']
    });
    expect(rankings).toHaveLength(18);
  });

  it('every ranking references an existing area and supplier, ranks run 1..n without gaps or repeats', () => {
    const areaKeys = new Set(areas.map((a) => a.key));
    const supplierKeys = new Set(suppliers.map((s) => s.key));
    for (const r of rankings) {
      expect([r.areaKey, areaKeys.has(r.areaKey)]).toEqual([r.areaKey, true]);
      expect([r.supplierKey, supplierKeys.has(r.supplierKey)]).toEqual([r.supplierKey, true]);
    }
    for (const a of areas) {
      const rs = rankings.filter((r) => r.areaKey === a.key);
      expect(rs.map((r) => r.rank).sort((x, y) => x - y)).toEqual(rs.map((_, i) => i + 1));
      expect(new Set(rs.map((r) => r.supplierKey)).size).toBe(rs.length);
    }
    // No supplier without an area.
    for (const s of suppliers) expect([s.key, rankings.some((r) => r.supplierKey === s.key)]).toEqual([s.key, true]);
  });

  it('every area open for call-offs has at least one supplier', () => {
    for (const a of areas.filter((x) => x.orderingOpen)) expect([a.key, rankings.some((r) => r.areaKey === a.key)]).toEqual([a.key, true]);
  });
});

describe('organisations', () => {
  it('are VGR and the two companies named on the page, all active', () => {
    expect(organisations).toEqual([
      { key: 'vgr', name: 'Västra Götalandsregionen', active: true },
      { key: 'vasttrafik', name: 'Västtrafik AB', active: true },
      { key: 'goteborgsoperan', name: 'GöteborgsOperan AB', active: true }
    ]);
    const companies = (section(LINES, /^Förutom VGR så är även följande bolag med på detta avtal:$/, [/^$/]) ?? []).map((l) => l.replace(/^•\s*/, ''));
    expect(organisations.slice(1).map((o) => o.name)).toEqual(companies);
    expect(SOURCE).toContain('Västra Götalandsregionen');
  });
});

describe('keys', () => {
  it('are unique and ASCII, within the lengths of the list schema', () => {
    const areaKeys = areas.map((a) => a.key);
    const itemKeys = [...trainingAreas.map((t) => t.key), ...courses.map((c) => c.key)]; // one SharePoint list
    const supplierKeys = suppliers.map((s) => s.key);
    const orgKeys = organisations.map((o) => o.key);
    for (const keys of [areaKeys, itemKeys, supplierKeys, orgKeys]) expect(new Set(keys).size).toBe(keys.length);
    for (const k of [...areaKeys, ...supplierKeys, ...orgKeys]) expect([k, SLUG.test(k)]).toEqual([k, true]);
    for (const k of itemKeys) expect([k, /^[a-z0-9-]+\/[a-z0-9-]+$/.test(k)]).toEqual([k, true]);
    for (const k of areaKeys) expect(k.length).toBeLessThanOrEqual(maxLength(AREAS, 'AreaKey'));
    for (const k of itemKeys) expect([k, k.length <= maxLength(TRAINING_AREAS, 'ItemKey')]).toEqual([k, true]);
    for (const k of supplierKeys) expect(k.length).toBeLessThanOrEqual(maxLength(SUPPLIERS, 'SupplierKey'));
    for (const k of orgKeys) expect(k.length).toBeLessThanOrEqual(maxLength(ORGANISATIONS, 'OrganisationKey'));
    for (const c of courses) expect(c.code.length).toBeLessThanOrEqual(maxLength(TRAINING_AREAS, 'CourseCode'));
    for (const a of areas) expect(a.summary.length).toBeLessThanOrEqual(maxLength(AREAS, 'Summary'));
  });

  it('every training area and course belongs to an existing area', () => {
    const areaKeys = new Set(areas.map((a) => a.key));
    for (const x of [...trainingAreas, ...courses]) expect([x.key, areaKeys.has(x.areaKey)]).toEqual([x.key, true]);
  });
});

describe('general information (SEED_GENERAL)', () => {
  it('holds the texts of the top of the page verbatim', () => {
    expect(SEED_GENERAL.title).toBe('Regiongemensam utbildning');
    expect(LINES[0]).toBe(SEED_GENERAL.title);
    const top = LINES.slice(0, HEADINGS[0]);
    expect(SEED_GENERAL.whoCanOrder).toBe(blocks(section(top, /^Vem kan köpa utbildning och hur\?$/, [/^Avtalskatalogen/]) ?? []).join('\n\n'));
    expect(SEED_GENERAL.whatCanBeOrdered).toBe(blocks(section(top, /^Vad kan avropas\?$/, [/^I ramavtalet/]) ?? []).join('\n\n'));
    expect(SEED_GENERAL.ranking).toBe('I ramavtalet tillämpas rangordning.');
    for (const heading of [SEED_GENERAL.whoCanOrderHeading, SEED_GENERAL.whatCanBeOrderedHeading, SEED_GENERAL.areasHeading]) {
      expect(top).toContain(heading);
    }
    for (const text of [SEED_GENERAL.intro, SEED_GENERAL.ranking, SEED_GENERAL.areasIntro]) expect(top).toContain(text);
    expect(LINES).toContain(SEED_GENERAL.trainingAreasIntro);
    expect(LINES).toContain(SEED_GENERAL.earlierTrainingsIntro);
    expect(LINES.some((l) => l.startsWith(SEED_GENERAL.trainingAreasHeading))).toBe(true);
  });

  it('has the default links, Avtalskatalogen marked as a configurable placeholder', () => {
    expect(SEED_GENERAL.links.larportalen).toMatchObject({ title: 'Lärportalen', url: 'https://larportalen.vgregion.se' });
    expect(SEED_GENERAL.links.avtalskatalogen).toMatchObject({
      title: 'Avtalskatalogen',
      url: 'https://intra.vgregion.se/avtalskatalogen',
      configurable: true,
      placeholder: true
    });
    const { title, description } = SEED_GENERAL.links.avtalskatalogen;
    expect(LINES).toContain(`${title}, ${description}`);
    expect(LINES).toContain(SEED_GENERAL.links.larportalen.title);
  });
});

describe('nothing on the page is lost', () => {
  /** Lines that are layout, not content: headings the UI provides, the Forms link, the course links. */
  const STRUCTURAL: RegExp[] = [
    /^Om avtalsområdet$/,
    /^Målgrupp för ramavtalsområdet$/,
    /^Exempel på utbildningsområden( och utbildningar)?$/,
    /^Formulär för avrop \(Microsoft Forms\)$/,
    RANKING_MARKER,
    NUMBERED, // checked against the rankings above
    /^Innehåll (UGL|UL|IL) – /, // checked against the courses above
    /^Utbildning: .+ \((UGL|UL|IL)\) \(larportalen\.vgregion\.se\)$/ // checked against the course links above
  ];

  it('every line of the page is in the seed or is page structure', () => {
    const texts: string[] = [
      ...Object.values(SEED_GENERAL).filter((v): v is string => typeof v === 'string'),
      ...Object.values(SEED_GENERAL.links).map((l) => (l.description ? `${l.title}, ${l.description}` : l.title)),
      ...areas.flatMap((a) => [a.title, a.about, a.targetAudience, a.notes]),
      ...trainingAreas.flatMap((t) => [t.title, t.description]),
      ...courses.flatMap((c) => [c.title, c.description]),
      ...organisations.map((o) => o.name)
    ].map((t) => `\n${t.split('\n').map((l) => l.replace(/^•\s*/, '')).join('\n')}\n`);
    const missing = LINES.filter((l) => l !== '' && !STRUCTURAL.some((r) => r.test(l)))
      .map((l) => l.replace(/^•\s*/, ''))
      .filter((l) => !texts.some((t) => t.includes(`\n${l}\n`) || (t.includes(l) && l.length > 40)));
    expect(missing).toEqual([]);
  });

  it('list items are written "• text" and no text has stray whitespace', () => {
    const all = [
      ...areas.flatMap((a) => [a.summary, a.about, a.targetAudience, a.notes]),
      ...trainingAreas.flatMap((t) => [t.title, t.description]),
      ...courses.flatMap((c) => [c.title, c.description, c.requirement]),
      SEED_GENERAL.whoCanOrder
    ];
    for (const t of all) {
      for (const line of t.split('\n')) {
        expect(line).toBe(line.trim());
        if (line.includes('•')) expect(line).toMatch(/^• \S/);
      }
      expect(t).not.toMatch(/\n{3,}|\r|\t/);
    }
  });
});

describe('the seed is pure data', () => {
  it('imports only the domain types and its own files', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(SEED_DIR);
    expect(files.length).toBeGreaterThan(5);
    const typesFile = path.join(SEED_DIR, '..', 'types');
    for (const f of files) {
      const source = fs.readFileSync(f, 'utf8');
      const specs: string[] = [];
      const importRe = /\b(?:from|import)\s+'([^']+)'|\brequire\(\s*'([^']+)'\s*\)/g;
      for (let m = importRe.exec(source); m; m = importRe.exec(source)) specs.push(m[1] ?? m[2]);
      for (const spec of specs) {
        const resolved = path.resolve(path.dirname(f), spec);
        const ok = spec.startsWith('.') && (resolved === typesFile || resolved.startsWith(SEED_DIR + path.sep));
        expect([path.relative(SEED_DIR, f), spec, ok]).toEqual([path.relative(SEED_DIR, f), spec, true]);
      }
    }
  });
});
