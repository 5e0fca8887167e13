// npm run bench: performance numbers for the Avtalskatalog, measured in one run.
//
//   1. Bundle size (raw and gzip -9) of what a page downloads to show the catalogue, from a ship
//      build (gulp bundle --ship): the web part's entry chunk + the async chunk groups
//      `avtalskatalog-app` and `utbildningsavrop-services` (with their split chunks). The provisioning
//      chunk is not part of it. The chunk graph comes from webpack stats, which gulpfile.js writes
//      when BENCH_STATS=<file> is set. Also the five web parts' entry chunks and their full load sets.
//   2. A baseline built in the same run: bench/baseline, a minimal SPFx React web part with one
//      Fluent UI PrimaryButton and one PnPjs list read, i.e. the libraries alone.
//   3. HTTP requests for one catalogue load in the local workbench (Chromium), and the JS bytes.
//   4. Search time per keystroke over 500 generated agreement areas, against a naive in-run baseline.
//
// Both gulp builds run in temp copies of the project (node_modules symlinked), so lib/, dist/,
// temp/ and release/ of the working tree are left alone. Progress goes to stderr, the table to
// stdout, the numbers to bench/results.json. BENCH_KEEP=1 keeps the temp folders.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { importTypeScript } from '../tests/support/importTypeScript.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const projectNode = join(root, 'node_modules', '.bin', 'node');

// The workbench needs Node 22 (node:sqlite). `npm run bench` already uses the project's Node;
// a plain `node bench/run.mjs` on an older Node hands over to it.
if (Number(process.versions.node.split('.')[0]) < 22 && existsSync(projectNode)) {
  const r = spawnSync(projectNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const started = Date.now();
const keep = process.env.BENCH_KEEP === '1';
const workDir = mkdtempSync(join(tmpdir(), 'utbildningsavrop-bench-'));
const progress = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);

const FRAME_BUDGET_MS = 1000 / 60;
const CATALOGUE_ENTRY = 'avtalskatalog-web-part';
const CATALOGUE_GROUPS = ['avtalskatalog-app', 'utbildningsavrop-services'];
const SERVICES_GROUP = 'utbildningsavrop-services';

// ---------------------------------------------------------------------------------------------
// Formatting

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n < 1 ? n.toFixed(3) : n.toFixed(2)} ms`;
const ratio = (a, b) => (b > 0 ? a / b : NaN);
const x = (r) => `${r.toFixed(2)}×`;

function table(headers, rows, align = []) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r) => '  ' + r.map((c, i) => (align[i] === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function summary(samples) {
  const sorted = Float64Array.from(samples).sort();
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] };
}

// ---------------------------------------------------------------------------------------------
// 1 + 2. Ship builds and bundle sizes

/** A temp SPFx project: the given files copied from the working tree, node_modules symlinked. */
function makeProject(name, copy) {
  const dir = join(workDir, name);
  mkdirSync(dir, { recursive: true });
  for (const item of copy) cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** `gulp bundle --ship` in `dir` with BENCH_STATS set; resolves to the parsed webpack stats. */
function shipBuild(dir, label) {
  const statsFile = join(dir, 'bench-stats.json');
  const node = existsSync(projectNode) ? projectNode : process.execPath;
  const gulp = join(root, 'node_modules', '.bin', 'gulp');
  const t0 = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [gulp, 'bundle', '--ship'], {
      cwd: dir,
      env: { ...process.env, BENCH_STATS: statsFile, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      writeFileSync(join(dir, 'bench-build.log'), output);
      if (code !== 0 || !existsSync(statsFile)) {
        reject(new Error(`gulp bundle --ship (${label}) failed with exit code ${code}${existsSync(statsFile) ? '' : ', no webpack stats written'}:\n${output.split('\n').slice(-40).join('\n')}`));
        return;
      }
      progress(`${label}: ship build done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      resolvePromise({ stats: JSON.parse(readFileSync(statsFile, 'utf8')), seconds: (Date.now() - t0) / 1000 });
    });
  });
}

/** Raw and gzip -9 size of each file, from the build's dist/. */
function measureFiles(dir, files) {
  const rows = files.map((file) => {
    const buf = readFileSync(join(dir, 'dist', file));
    return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { files: rows, raw: rows.reduce((s, r) => s + r.raw, 0), gzip: rows.reduce((s, r) => s + r.gzip, 0) };
}

function groupAssets(stats, name, kind) {
  const group = (kind === 'entry' ? stats.entrypoints : stats.namedChunkGroups)?.[name];
  if (!group) throw new Error(`webpack stats: no ${kind === 'entry' ? 'entry point' : 'chunk group'} named "${name}"`);
  return group.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((f) => f.endsWith('.js'));
}

/** Unique JS files of an entry point plus named async chunk groups, in first-seen order. */
function loadSet(stats, entry, groups) {
  const files = [...groupAssets(stats, entry, 'entry'), ...groups.flatMap((g) => groupAssets(stats, g, 'group'))];
  return Array.from(new Set(files));
}

async function measureBundles() {
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8'));
  const bundleNames = Object.keys(config.bundles);

  // Our project, copied as is.
  const ours = makeProject('project', ['package.json', 'tsconfig.json', 'gulpfile.js', 'config', 'src']);

  // The baseline: same toolchain and settings, only bench/baseline as its single web part.
  const base = makeProject('baseline', ['package.json', 'tsconfig.json', 'gulpfile.js', 'config']);
  rmSync(join(base, 'config', 'config.json'));
  cpSync(join(root, 'bench', 'baseline'), join(base, 'src', 'webparts', 'baseline'), { recursive: true });
  writeFileSync(
    join(base, 'config', 'config.json'),
    JSON.stringify(
      {
        $schema: config.$schema,
        version: config.version,
        bundles: {
          'baseline-web-part': {
            components: [{ entrypoint: './lib/webparts/baseline/BaselineWebPart.js', manifest: './src/webparts/baseline/BaselineWebPart.manifest.json' }]
          }
        },
        externals: {},
        localizedResources: { BaselineWebPartStrings: 'lib/webparts/baseline/loc/{locale}.js' }
      },
      null,
      2
    )
  );

  // One after the other: two webpack builds at once only compete for the same cores.
  progress('ship build of the project (gulp bundle --ship) ...');
  const oursBuild = await shipBuild(ours, 'project');
  progress('ship build of the baseline (gulp bundle --ship) ...');
  const baseBuild = await shipBuild(base, 'baseline');

  const s = oursBuild.stats;
  const catalogue = measureFiles(ours, loadSet(s, CATALOGUE_ENTRY, CATALOGUE_GROUPS));
  const provisioningFiles = s.namedChunkGroups?.provisioning ? groupAssets(s, 'provisioning', 'group') : [];
  const leaked = catalogue.files.filter((f) => /provisioning/.test(f.file)).map((f) => f.file);
  if (leaked.length) throw new Error(`the catalogue load set contains the provisioning chunk: ${leaked.join(', ')}`);

  const webParts = bundleNames.map((entry) => {
    const app = `${entry.replace(/-web-part$/, '')}-app`;
    const groups = s.namedChunkGroups?.[app] ? [app, SERVICES_GROUP] : [SERVICES_GROUP];
    return { entry, appGroup: s.namedChunkGroups?.[app] ? app : null, entryChunk: measureFiles(ours, loadSet(s, entry, [])), fullLoad: measureFiles(ours, loadSet(s, entry, groups)) };
  });
  const entriesTotal = { raw: webParts.reduce((n, w) => n + w.entryChunk.raw, 0), gzip: webParts.reduce((n, w) => n + w.entryChunk.gzip, 0) };
  const allJs = measureFiles(ours, Array.from(new Set(s.chunks.flatMap((c) => c.files).filter((f) => f.endsWith('.js')))));
  const provisioning = measureFiles(ours, provisioningFiles);

  const b = baseBuild.stats;
  const baseEntry = Object.keys(b.entrypoints)[0];
  const baseline = measureFiles(base, loadSet(b, baseEntry, Object.keys(b.namedChunkGroups).filter((g) => g !== baseEntry)));

  return {
    buildSeconds: { project: oursBuild.seconds, baseline: baseBuild.seconds },
    catalogue,
    baseline,
    ratio: { raw: ratio(catalogue.raw, baseline.raw), gzip: ratio(catalogue.gzip, baseline.gzip) },
    catalogueEntryVsBaseline: { raw: ratio(webParts.find((w) => w.entry === CATALOGUE_ENTRY).entryChunk.raw, baseline.raw), gzip: ratio(webParts.find((w) => w.entry === CATALOGUE_ENTRY).entryChunk.gzip, baseline.gzip) },
    webParts,
    entriesTotal,
    allJs,
    provisioning
  };
}

function printBundles(r) {
  const lines = [];
  lines.push('1. BUNDLE SIZE, Avtalskatalog (ship build; gzip = node:zlib level 9)');
  lines.push(`   Files a page downloads to show the catalogue: entry "${CATALOGUE_ENTRY}" + async groups ${CATALOGUE_GROUPS.map((g) => `"${g}"`).join(' + ')} (provisioning excluded)`);
  lines.push(table(['file', 'raw', 'gzip'], [...r.catalogue.files.map((f) => [f.file, f.raw, f.gzip]), ['TOTAL', `${r.catalogue.raw} (${kib(r.catalogue.raw)})`, `${r.catalogue.gzip} (${kib(r.catalogue.gzip)})`]], ['l']));
  lines.push('');
  lines.push('   All five web parts (entry = first bundle; full load = entry + <name>-app + utbildningsavrop-services):');
  lines.push(
    table(
      ['web part', 'entry raw', 'entry gzip', 'full load raw', 'full load gzip'],
      [
        ...r.webParts.map((w) => [w.entry + (w.appGroup ? '' : ' (no app group)'), w.entryChunk.raw, w.entryChunk.gzip, w.fullLoad.raw, w.fullLoad.gzip]),
        ['TOTAL of the five entries', `${r.entriesTotal.raw} (${kib(r.entriesTotal.raw)})`, `${r.entriesTotal.gzip} (${kib(r.entriesTotal.gzip)})`, '', '']
      ],
      ['l']
    )
  );
  lines.push(`   All JS of the ship build: ${r.allJs.raw} B raw / ${r.allJs.gzip} B gzip; of which provisioning chunk (not loaded by the catalogue): ${r.provisioning.raw} B raw / ${r.provisioning.gzip} B gzip`);
  lines.push('');
  lines.push('2. BASELINE: minimal SPFx React web part, one Fluent UI PrimaryButton + one PnPjs list read (bench/baseline, built in this run)');
  lines.push(table(['file', 'raw', 'gzip'], [...r.baseline.files.map((f) => [f.file, f.raw, f.gzip]), ['TOTAL', `${r.baseline.raw} (${kib(r.baseline.raw)})`, `${r.baseline.gzip} (${kib(r.baseline.gzip)})`]], ['l']));
  lines.push('');
  lines.push(
    table(
      ['comparison', 'raw', 'gzip'],
      [
        ['Avtalskatalog load set / baseline', x(r.ratio.raw), x(r.ratio.gzip)],
        ['Avtalskatalog load set − baseline', `${r.catalogue.raw - r.baseline.raw} B`, `${r.catalogue.gzip - r.baseline.gzip} B`],
        ['Avtalskatalog entry chunk only / baseline', x(r.catalogueEntryVsBaseline.raw), x(r.catalogueEntryVsBaseline.gzip)]
      ],
      ['l']
    )
  );
  lines.push(`   (build times: project ${r.buildSeconds.project.toFixed(1)} s, baseline ${r.buildSeconds.baseline.toFixed(1)} s; locale string files, a few hundred bytes each, are not counted on either side)`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// 3. Requests for one catalogue load in the workbench

const API_PREFIX = '/sites/utbildning/_api/';

function batchParts(body) {
  if (!body) return [];
  const parts = [];
  const re = /^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1/gm;
  let m;
  while ((m = re.exec(body))) {
    let path = m[2];
    try {
      const u = new URL(path);
      path = decodeURIComponent(u.pathname) + (u.search ? decodeURIComponent(u.search) : '');
    } catch {
      // relative already
    }
    parts.push(`${m[1]} ${path}`);
  }
  return parts;
}

async function measureRequests() {
  const { startWorkbench, launchBrowser } = await import(pathToFileURL(join(root, 'tests', 'browser', 'harness.mjs')).href);
  progress('starting the workbench ...');
  const server = await startWorkbench();
  let browser;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const t0 = performance.now();
    const all = [];
    page.on('request', (req) => all.push({ req, at: performance.now() - t0 }));
    const url = `${server.url}/avtalskatalog?user=anna`;
    progress(`loading ${url} in Chromium ...`);
    await page.goto(url);
    await page.waitForSelector('[data-app-ready="true"]', { timeout: 60000 });
    const readyMs = performance.now() - t0;
    const requestsAtReady = all.length;
    // Anything the page still asks for right after it is ready belongs to the same load.
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(300);

    const api = [];
    const scripts = [];
    const byType = {};
    for (const { req, at } of all) {
      const u = new URL(req.url());
      byType[req.resourceType()] = (byType[req.resourceType()] || 0) + 1;
      const response = await req.response().catch(() => null);
      if (u.pathname.startsWith(API_PREFIX)) {
        api.push({
          method: req.method(),
          path: decodeURIComponent(u.pathname) + (u.search ? decodeURIComponent(u.search) : ''),
          status: response ? response.status() : null,
          atMs: Math.round(at),
          afterReady: at > readyMs,
          batchParts: u.pathname.endsWith('/$batch') ? batchParts(req.postData()) : []
        });
      }
      if (req.resourceType() === 'script') {
        const sizes = await req.sizes().catch(() => null);
        const body = response ? await response.body().catch(() => null) : null;
        scripts.push({
          path: u.pathname,
          transferred: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
          body: sizes ? sizes.responseBodySize : 0,
          decoded: body ? body.length : 0,
          gzip: body ? gzipSync(body, { level: 9 }).length : 0
        });
      }
    }
    await context.close();
    return {
      url: '/avtalskatalog?user=anna',
      readyMs,
      totalRequests: all.length,
      requestsAtReady,
      requestsByType: byType,
      apiRequests: api,
      apiRequestCount: api.length,
      js: {
        files: scripts,
        count: scripts.length,
        transferredBytes: scripts.reduce((n, s) => n + s.transferred, 0),
        bodyBytes: scripts.reduce((n, s) => n + s.body, 0),
        decodedBytes: scripts.reduce((n, s) => n + s.decoded, 0),
        gzipBytes: scripts.reduce((n, s) => n + s.gzip, 0)
      },
      pageErrors
    };
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
  }
}

function printRequests(r) {
  const lines = [];
  lines.push(`3. HTTP REQUESTS for one catalogue load (workbench ${r.url}, Chromium; ready after ${Math.round(r.readyMs)} ms)`);
  lines.push(`   Requests to ${API_PREFIX}: ${r.apiRequestCount}`);
  const rows = [];
  for (const a of r.apiRequests) {
    rows.push([a.method, a.path, a.status ?? '-', `${a.atMs} ms${a.afterReady ? ' (after ready)' : ''}`]);
    for (const p of a.batchParts) rows.push(['', `  └ ${p}`, '', '']);
  }
  lines.push(table(['method', 'path', 'status', 'sent at'], rows, ['l', 'l', 'r', 'r']));
  lines.push(`   All requests of the page: ${r.totalRequests} (${Object.entries(r.requestsByType).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  lines.push(
    `   Page JS (workbench's esbuild bundle, for comparison): ${r.js.count} files, ${r.js.transferredBytes} B transferred incl. headers (body ${r.js.bodyBytes} B, decoded ${r.js.decodedBytes} B = ${kib(r.js.decodedBytes)}, gzip -9 would be ${r.js.gzipBytes} B)`
  );
  if (r.pageErrors.length) lines.push(`   Page errors: ${r.pageErrors.join(' | ')}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// 4. Search per keystroke over 500 areas

function loadDomain() {
  return importTypeScript(
    "export { buildSearchIndex, searchAreas } from './src/domain/search';\nexport { SEED_CATALOGUE } from './src/domain/seed';\nexport { rankedSuppliers } from './src/domain/ranking';\n",
    'search-bundle',
    { outDir: workDir }
  );
}

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
function generateCatalogue(seed, count) {
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

const COMBINING = /[\u0300-\u036f]/g;

/** The naive way: fold the whole raw text of every area again on every keystroke and use includes(). */
function buildNaive(catalogue, rankedSuppliers) {
  return catalogue.areas.map((area) => ({
    area,
    raw: [
      area.title,
      area.summary,
      ...catalogue.trainingAreas.filter((t) => t.areaKey === area.key).map((t) => `${t.title} ${t.description}`),
      ...catalogue.courses.filter((c) => c.areaKey === area.key).map((c) => `${c.code} ${c.title} ${c.description}`),
      ...rankedSuppliers(area.key, catalogue).map((r) => r.supplierName),
      ...area.targetGroups,
      area.targetAudience,
      area.about,
      area.notes
    ].join(' ')
  }));
}

function naiveSearch(entries, query) {
  const words = query.toLowerCase().normalize('NFD').replace(COMBINING, '').split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const text = e.raw.toLowerCase().normalize('NFD').replace(COMBINING, '');
    return words.every((w) => text.includes(w));
  });
}

const QUERIES = ['ledarskap', 'prove', 'ekonomi styrning', 'schemaläggning'];
const keystrokes = (q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));

/**
 * Times `search(prefix)` for every prefix of every query, typed in order, round after round, so
 * each keystroke is measured many times with the others interleaved. Stops after `maxRounds` or
 * when `budgetMs` is spent, but never before `minRounds`.
 */
function timeKeystrokes(search, { minRounds, maxRounds, budgetMs }) {
  const perQuery = QUERIES.map(() => []);
  const all = [];
  let sink = 0;
  for (let w = 0; w < 5; w++) for (const q of QUERIES) for (const p of keystrokes(q)) sink += search(p).length;
  const t0 = performance.now();
  let rounds = 0;
  while (rounds < maxRounds && (rounds < minRounds || performance.now() - t0 < budgetMs)) {
    QUERIES.forEach((q, qi) => {
      for (const p of keystrokes(q)) {
        const a = performance.now();
        sink += search(p).length;
        const d = performance.now() - a;
        perQuery[qi].push(d);
        all.push(d);
      }
    });
    rounds++;
  }
  return { rounds, overall: summary(all), perQuery: QUERIES.map((q, qi) => ({ query: q, keystrokes: q.length, ...summary(perQuery[qi]) })), sink };
}

async function measureSearch() {
  progress('bundling src/domain/search with esbuild ...');
  const domain = await loadDomain();
  const catalogue = generateCatalogue(domain.SEED_CATALOGUE, 500);

  let t = performance.now();
  const index = domain.buildSearchIndex(catalogue);
  const indexMs = performance.now() - t;
  t = performance.now();
  const naive = buildNaive(catalogue, domain.rankedSuppliers);
  const naivePrepMs = performance.now() - t;

  const hitCounts = QUERIES.map((q) => ({ query: q, indexed: domain.searchAreas(index, q).length, naive: naiveSearch(naive, q).length }));
  const rawChars = naive.reduce((n, e) => n + e.raw.length, 0);

  progress('timing searchAreas per keystroke ...');
  const indexed = timeKeystrokes((p) => domain.searchAreas(index, p), { minRounds: 200, maxRounds: 2000, budgetMs: 8000 });
  progress('timing the naive search per keystroke ...');
  const naiveTimes = timeKeystrokes((p) => naiveSearch(naive, p), { minRounds: 10, maxRounds: 500, budgetMs: 15000 });

  return {
    areas: catalogue.areas.length,
    trainingAreas: catalogue.trainingAreas.length,
    courses: catalogue.courses.length,
    suppliers: catalogue.suppliers.length,
    rankings: catalogue.rankings.length,
    rawTextChars: rawChars,
    indexBuildMs: indexMs,
    naivePrepMs,
    queries: QUERIES,
    hitCounts,
    frameBudgetMs: FRAME_BUDGET_MS,
    indexed: { rounds: indexed.rounds, overall: indexed.overall, perQuery: indexed.perQuery },
    naive: { rounds: naiveTimes.rounds, overall: naiveTimes.overall, perQuery: naiveTimes.perQuery },
    ratioNaiveToIndexed: { median: ratio(naiveTimes.overall.median, indexed.overall.median), p95: ratio(naiveTimes.overall.p95, indexed.overall.p95) }
  };
}

function printSearch(r) {
  const lines = [];
  lines.push(`4. SEARCH TIME PER KEYSTROKE over ${r.areas} generated areas (${r.trainingAreas} training areas, ${r.courses} courses, ${r.suppliers} suppliers, ${r.rankings} ranking rows; ${r.rawTextChars} chars of text)`);
  lines.push(`   buildSearchIndex once: ${ms(r.indexBuildMs)}. Queries typed character by character: ${r.queries.map((q) => `"${q}"`).join(', ')}`);
  lines.push(`   searchAreas: ${r.indexed.rounds} rounds × ${r.indexed.overall.n / r.indexed.rounds} keystrokes = ${r.indexed.overall.n} samples; naive: ${r.naive.rounds} rounds = ${r.naive.overall.n} samples`);
  const rows = [];
  for (let i = 0; i < r.queries.length; i++) {
    const a = r.indexed.perQuery[i];
    const b = r.naive.perQuery[i];
    rows.push([`"${a.query}" (${a.keystrokes} keys)`, ms(a.median), ms(a.p95), ms(b.median), ms(b.p95), x(ratio(b.median, a.median))]);
  }
  rows.push(['ALL keystrokes', ms(r.indexed.overall.median), ms(r.indexed.overall.p95), ms(r.naive.overall.median), ms(r.naive.overall.p95), x(r.ratioNaiveToIndexed.median)]);
  lines.push(table(['query', 'searchAreas median', 'searchAreas p95', 'naive median', 'naive p95', 'naive/searchAreas'], rows, ['l']));
  lines.push(
    `   Frame budget ${ms(r.frameBudgetMs)}: searchAreas p95 uses ${((r.indexed.overall.p95 / r.frameBudgetMs) * 100).toFixed(1)} % of it (max ${ms(r.indexed.overall.max)}); naive p95 uses ${((r.naive.overall.p95 / r.frameBudgetMs) * 100).toFixed(1)} %.`
  );
  lines.push(`   Hits for the full queries (searchAreas = word prefixes, naive = substrings): ${r.hitCounts.map((h) => `"${h.query}" ${h.indexed}/${h.naive}`).join(', ')}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

function gitInfo() {
  const run = (args) => {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '';
  };
  return { commit: run(['rev-parse', 'HEAD']), dirty: run(['status', '--porcelain']) !== '' };
}

const results = { date: new Date().toISOString(), node: process.versions.node, git: gitInfo(), errors: {} };
const sections = [];
let failed = false;

async function section(name, measure, print) {
  try {
    results[name] = await measure();
    sections.push(print(results[name]));
  } catch (e) {
    failed = true;
    const message = e && e.stack ? e.stack : String(e);
    results.errors[name] = message;
    sections.push(`${name}: FAILED\n${message}`);
    progress(`${name} failed: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
  }
}

try {
  await section('bundles', measureBundles, printBundles);
  await section('requests', measureRequests, printRequests);
  // Last, with the builds, the workbench and Chromium gone, so nothing else competes for the CPU.
  await section('search', measureSearch, printSearch);
} finally {
  if (!keep) rmSync(workDir, { recursive: true, force: true });
  else progress(`kept ${workDir}`);
}

results.totalSeconds = (Date.now() - started) / 1000;
const header = `Utbildningsavrop benchmark — ${results.date}, Node ${results.node}, commit ${results.git.commit.slice(0, 10)}${results.git.dirty ? ' (+ uncommitted changes)' : ''}`;
console.log(['', header, '='.repeat(header.length), '', sections.join('\n\n'), '', `Finished in ${results.totalSeconds.toFixed(0)} s. Numbers in bench/results.json.`].join('\n'));
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
process.exit(failed ? 1 : 0);
