// 500 (or any number of) agreement areas built from the seed catalogue's texts, the same every run:
// what the search and keystroke measurements run over.

/** Small deterministic PRNG so every run searches the same catalogue. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** 500 areas built from the seed areas' texts, with varied titles, training areas, suppliers and rankings. */
export function generateCatalogue(seed, count) {
  const rnd = mulberry32(20250101);
  const pick = (items) => items[Math.floor(rnd() * items.length)];
  const sample = (items, n) => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  const qualifiers = ['grundkurs', 'fördjupning', 'för chefer', 'för nya medarbetare', 'digitalt', 'i vården', 'i praktiken', 'steg 2', 'för handledare', 'intensivkurs', 'halvdag', 'workshop', 'på distans', 'för team', 'repetition'];
  const regions = ['', 'Öst', 'Väst', 'Norr', 'Syd', 'Göteborg', 'Skaraborg', 'Fyrbodal'];
  const suppliers = seed.suppliers.flatMap((s) =>
    regions.slice(0, 5).map((r) => ({ ...s, key: r ? `${s.key}-${slug(r)}` : s.key, name: r ? `${s.name} ${r}` : s.name }))
  );
  const statuses = ['Aktiv', 'Aktiv', 'Aktiv', 'Aktiv', 'Aktiv', 'Aktiv', 'Aktiv', 'Kommer', 'Kommer', 'Avslutad'];
  const allGroups = Array.from(new Set(seed.areas.flatMap((a) => a.targetGroups)));
  const areas = [];
  const trainingAreas = [];
  const courses = [];
  const rankings = [];
  for (let i = 0; i < count; i++) {
    const base = seed.areas[i % seed.areas.length];
    const n = i + 1;
    const key = `${base.key}-${n}`;
    const region = pick(regions);
    const title = `${base.title} – ${pick(qualifiers)}${region ? ` (${region})` : ''} ${n}`;
    const groups = Array.from(new Set([...base.targetGroups, ...(rnd() < 0.3 ? [pick(allGroups)] : [])]));
    areas.push({ ...base, key, title, status: pick(statuses), targetGroups: groups, sortOrder: n });
    const baseTraining = seed.trainingAreas.filter((t) => t.areaKey === base.key);
    const keepTraining = baseTraining.length ? sample(baseTraining, 1 + Math.floor(rnd() * baseTraining.length)) : [];
    keepTraining.forEach((t, j) => trainingAreas.push({ ...t, key: `${t.key}-${n}`, areaKey: key, title: rnd() < 0.5 ? `${t.title}, ${pick(qualifiers)}` : t.title, sortOrder: j + 1 }));
    for (const c of seed.courses.filter((c) => c.areaKey === base.key)) courses.push({ ...c, key: `${c.key}-${n}`, areaKey: key });
    sample(suppliers, 1 + Math.floor(rnd() * 4)).forEach((s, j) => rankings.push({ areaKey: key, supplierKey: s.key, rank: j + 1 }));
  }
  return { areas, trainingAreas, courses, suppliers, rankings, organisations: seed.organisations };
}
