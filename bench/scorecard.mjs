// npm run bench, section "scorecard": Uppföljning's year (the last 12 months, its default period)
// as ulla in Chromium against the workbench, at the seed (no orders) and at 100,000 generated
// orders (two years of them, so a year is about half). Counts the API requests (and the reads
// inside each $batch), the bytes of their answers and the time until the scorecard's summary is
// on the screen, and fails if any answer is a list view threshold refusal.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const SCALES = [
  { name: 'seed', orders: 0 },
  { name: '100k', orders: 100000 }
];

async function measureOne(root, harness, scale, progress) {
  const dataDir = mkdtempSync(join(tmpdir(), `utbildningsavrop-bench-scorecard-${scale.name}-`));
  let server;
  let browser;
  try {
    // The 100,000 orders npm test's scale flow generated (cached by what they are made from).
    if (scale.orders > 0) {
      for (const f of readdirSync(scale.dataDir)) if (f !== 'workbench.lock') cpSync(join(scale.dataDir, f), join(dataDir, f));
    }
    server = await harness.startWorkbench({ env: { DATA_DIR: dataDir } });
    browser = await harness.launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const api = [];
    const refused = [];
    page.on('response', async (response) => {
      const url = response.url();
      if (!url.includes('/_api/')) return;
      const entry = { url: decodeURIComponent(url), status: response.status(), bytes: 0, reads: 0 };
      api.push(entry);
      // Chromium keeps only so much of a response's body for the inspector, so a large $batch answer
      // is counted by the size the network layer saw; the body is searched when it is still there.
      const sizes = await response.request().sizes().catch(() => null);
      const body = (await response.body().catch(() => Buffer.alloc(0))) ?? Buffer.alloc(0);
      entry.bytes = Math.max(sizes ? sizes.responseBodySize : 0, body.length);
      const post = response.request().postData() ?? '';
      entry.reads = url.endsWith('/$batch') ? (post.match(/^GET /gm) ?? []).length : 1;
      if (/SPQueryThrottledException|exceeds the list view threshold/.test(body.toString('utf8'))) refused.push(entry.url);
      if (response.status() >= 400) refused.push(`${response.status()} ${entry.url}`);
    });
    progress(`scorecard (${scale.name}): opening Uppföljning as ulla ...`);
    const t0 = performance.now();
    await page.goto(`${server.url}/uppfoljning?user=ulla`);
    const summary = page.locator('[data-scorecard-summary="true"]');
    await summary.waitFor({ timeout: 300000 });
    const readyMs = performance.now() - t0;
    const text = (await summary.textContent({ timeout: 300000 })) ?? '';
    await page.waitForTimeout(300);
    await context.close();
    return {
      scale: scale.name,
      generatedOrders: scale.orders,
      readyMs,
      summary: text.trim(),
      apiRequests: api.length,
      readsInside: api.reduce((n, a) => n + a.reads, 0),
      responseBytes: api.reduce((n, a) => n + a.bytes, 0),
      statuses: [...new Set(api.map((a) => a.status))],
      thresholdRefusals: refused,
      requests: api.map((a) => ({ url: a.url.replace(server.url, ''), status: a.status, bytes: a.bytes, reads: a.reads }))
    };
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `dataDir`: a data directory with 100,000 generated orders (bench/run.mjs finds or makes it). */
export async function measureScorecard(root, progress, dataDir) {
  const harness = await import(pathToFileURL(join(root, 'tests', 'browser', 'harness.mjs')).href);
  const out = [];
  for (const scale of SCALES) out.push(await measureOne(root, harness, { ...scale, dataDir }, progress));
  const refused = out.flatMap((r) => r.thresholdRefusals);
  if (refused.length) throw new Error(`the scorecard hit the list view threshold: ${refused.join(', ')}`);
  return { period: 'last 12 months', scales: out };
}

export function printScorecard(r) {
  const lines = [`7. SCORECARD (Uppföljning as ulla, ${r.period}; Chromium against the workbench)`];
  const pad = (s, n) => String(s).padStart(n);
  lines.push(`  ${'scale'.padEnd(6)}  ${pad('orders', 7)}  ${pad('API requests', 12)}  ${pad('reads', 6)}  ${pad('answer bytes', 13)}  ${pad('ready', 9)}  summary`);
  for (const s of r.scales) {
    lines.push(`  ${s.scale.padEnd(6)}  ${pad(s.generatedOrders, 7)}  ${pad(s.apiRequests, 12)}  ${pad(s.readsInside, 6)}  ${pad(`${(s.responseBytes / 1024 / 1024).toFixed(2)} MiB`, 13)}  ${pad(`${Math.round(s.readyMs)} ms`, 9)}  ${s.summary}`);
  }
  lines.push('   No answer was a threshold refusal; every read of Avropsstatus is an ID window of at most 5,000 ids (src/data/followUpRepository.ts).');
  return lines.join('\n');
}
