// Writes the README's performance table from bench-results.json; npm run bench runs it after
// each complete run (BENCH_ONLY runs leave the README alone), or by hand: npx node bench/readme.mjs
// Replaces what stands between <!-- bench:start --> and <!-- bench:end --> in README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const r = JSON.parse(readFileSync(join(root, 'bench-results.json'), 'utf8'));
const n = (v) => Math.round(v).toLocaleString('en-US');
const ms = (v) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;

const rows = [];
const b = r.bundles;
if (b) {
  const entry = b.webParts.find((w) => w.entry === 'avtalskatalog-web-part');
  rows.push(['Avtalskatalog entry chunk, raw / gzip', `${n(entry.entryChunk.raw)} B / ${n(entry.entryChunk.gzip)} B`, '']);
  rows.push(['Avtalskatalog first load (entry + app + services chunks), gzip', `${n(b.catalogue.gzip)} B (baseline ${n(b.baseline.gzip)} B + ${n(b.firstLoadBudget.overBaselineBytes)} B)`, `≤ baseline + ${n(b.firstLoadBudget.limitBytes - b.baseline.gzip)} B`]);
  for (const w of b.webParts.filter((w) => w.entry !== 'avtalskatalog-web-part')) rows.push([`${w.entry.replace(/-web-part$/, '')} full load, gzip`, `${n(w.fullLoad.gzip)} B`, '']);
}
const c = r.browser?.cold;
if (c) {
  rows.push([
    `cold catalogue in the SPFx runtime (${c.network.rttMs} ms RTT, ${c.network.downKbit} kbit/s, ${c.cpuSlowdown}× CPU), median of ${c.runs}`,
    `frame ${ms(c.frameMedianMs)}, catalogue ${ms(c.readyMedianMs)}: ${c.ratioMedian.toFixed(2)}× the frame`,
    '≤ 1.25×'
  ]);
  rows.push(['catalogue data', `${c.data.dataRequests} HTTP request (${c.data.parts} list reads, nometadata: ${c.data.allNoMetadata ? 'yes' : 'no'}, shown columns only: ${c.data.onlyShownColumns ? 'yes' : 'no'}), ${n(c.data.answerBytes)} B`, '1 request']);
}
for (const a of r.browser?.apps ?? []) {
  rows.push([`${a.webPart} page in the SPFx runtime, full speed`, a.failed ? `did not become ready: ${a.failed}` : `ready after ${ms(a.readyMs)}, ${a.apiRequests} API requests (${a.batches} $batch), ${n(a.apiAnswerBytes)} B of answers`, '']);
}
for (const p of r.browser?.keystrokes?.perCpu ?? []) {
  const floor = (r.browser.keystrokes.floorPerCpu ?? []).find((f) => f.cpuSlowdown === p.cpuSlowdown);
  rows.push([`keystroke in the catalogue at ${p.cpuSlowdown}× CPU, 500 areas, rendering included`, `median ${ms(p.median)}, p95 ${ms(p.p95)}${floor ? ` (a bare search box: median ${ms(floor.median)}, p95 ${ms(floor.p95)})` : ''}`, `p95 ≤ ${p.cpuSlowdown === 1 ? '16' : '50'} ms`]);
}
if (r.search) {
  rows.push(['search alone, index / baseline (text normalised once), median', `${ms(r.search.indexed.median)} / ${ms(r.search.baseline.median)}`, 'same hits']);
  rows.push(['hits, index / baseline', r.search.hits.map((h) => `"${h.query}" ${h.index}/${h.baseline}`).join(', '), '']);
}
for (const q of r.queues?.perScreen ?? []) {
  const bpr = q.bytesPerRow === null ? 'no rows' : `${n(q.bytesPerRow)} B per item read`;
  // Which of the screen's budgets stop CI comes with the results (bench/run.mjs, QUEUE_ENFORCED).
  const reportedOnly = (r.budgets ?? []).filter((b) => b.name.startsWith(`${q.screen}: `) && b.enforced === false).map((b) => b.name.slice(q.screen.length + 2).replace(/ \(100k\)$/, ''));
  const note = reportedOnly.length === 0 ? '' : reportedOnly.length === 3 ? ' (reported, not enforced yet)' : ` (${reportedOnly.join(', ')}: reported, not enforced yet)`;
  rows.push([`${q.screen} in the SPFx runtime: first rows, seed / ${n(r.queues.results.find((x) => x.scale !== 'seed').orders)} orders`, `${ms(q.seedMs)} / ${ms(q.at100kMs)} (${q.at100kOverSeed.toFixed(2)}×), ${q.roundTrips} round trips before them, ${bpr} (uncompressed)`, `≤ 1.5×, 1 round trip, ≤ 1 KB per row${note}`]);
}
for (const s of r.scorecard?.scales ?? []) rows.push([`scorecard (workbench page), ${s.scale}`, `${ms(s.readyMs)}, ${s.apiRequests} API requests, ${n(s.responseBytes)} B`, '']);

const missed = (r.budgets ?? []).filter((x) => x.enforced !== false && !x.pass).map((x) => x.name);
// Budgets not enforced yet are still budgets: the line says which of them were missed too.
const missedReported = (r.budgets ?? []).filter((x) => x.enforced === false && !x.pass).map((x) => x.name);
const verdict = [
  missed.length ? `enforced budgets missed: ${missed.join('; ')}` : 'every enforced budget met',
  missedReported.length ? `missed, reported only: ${missedReported.join('; ')}` : ''
].filter(Boolean).join('; ');
const text = [
  `Measured ${r.date.slice(0, 10)} at commit ${r.git.commit.slice(0, 10)} (\`npm run bench\`, ${Math.round(r.totalSeconds)} s; ${verdict}).`,
  '',
  '| what | measured | budget |',
  '|---|---|---|',
  ...rows.map((row) => `| ${row.join(' | ')} |`)
].join('\n');

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const a = readme.indexOf(start);
const z = readme.indexOf(end);
if (a < 0 || z < a) throw new Error(`README.md has no ${start} … ${end} section`);
writeFileSync(readmePath, `${readme.slice(0, a + start.length)}\n${text}\n${readme.slice(z)}`);
console.log(text);
