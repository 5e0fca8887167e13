// npm run bench, section "queues": the three screens that list orders (the desk's queue as hanna,
// Mina avrop as anna, the follow-up scorecard as ulla), each in the real SPFx runtime page at full
// speed, on the seed data and on 100,000 generated orders. Per screen: the API round trips before
// the first rows are on the screen (a request that starts after another API answer has arrived is
// one round later), the bytes of the API answers by then per row they brought, and the time.
// The API answers are counted as the workbench sends them (uncompressed JSON).
import { constants, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REFERENCE = /AVR-\d{4}-\d{4,}/g;

/** What "the first rows are there" means on each screen; `rows` counts what it shows. */
export const QUEUE_SCREENS = [
  {
    name: 'desk queue',
    webPart: 'Avropshantering',
    user: 'hanna',
    // A row's order link, not any reference: the search field's help text holds an example one.
    shown: `(() => { const t = document.querySelector('[data-app-ready="true"]')?.innerText ?? ''; return !!document.querySelector('[data-order-link]') || t.includes('Inga öppna avrop just nu.') || t.includes('Inga avrop matchar urvalet.'); })()`
  },
  {
    name: 'Mina avrop',
    webPart: 'Avrop',
    user: 'anna',
    shown: `(() => { const t = document.querySelector('[data-app-ready="true"]')?.innerText ?? ''; return [...document.querySelectorAll('h3')].some((h) => /AVR-\\d{4}-\\d{4,}/.test(h.textContent ?? '')) || t.includes('Du har inga avrop ännu.'); })()`
  },
  {
    name: 'follow-up',
    webPart: 'Uppfoljning',
    user: 'ulla',
    shown: `!!document.querySelector('[data-scorecard-summary="true"]')?.textContent?.trim()`
  }
];

/** Items in a JSON answer or in each part of a $batch answer ({"value":[...]} or a single item). */
export function itemsIn(body) {
  let n = 0;
  for (const line of body.split(/\r?\n/)) {
    const text = line.trim();
    if (!text.startsWith('{')) continue;
    try {
      const json = JSON.parse(text);
      n += Array.isArray(json.value) ? json.value.length : json.d && Array.isArray(json.d.results) ? json.d.results.length : 0;
    } catch {
      // not JSON: a part's headers
    }
  }
  return n;
}

/** Longest chain of API requests before `untilMs`, each starting after the one before had answered. */
export function roundTrips(entries, untilMs) {
  const before = entries.filter((e) => e.startMs < untilMs).sort((a, b) => a.startMs - b.startMs);
  const round = [];
  before.forEach((e, i) => {
    round[i] = 1 + Math.max(0, ...before.slice(0, i).map((p, j) => (p.endMs <= e.startMs ? round[j] : 0)));
  });
  return Math.max(0, ...round);
}

async function openScreen(browser, baseUrl, screen) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const answers = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/_api/')) return;
    const sizes = await response.request().sizes().catch(() => null);
    const body = (await response.body().catch(() => Buffer.alloc(0))) ?? Buffer.alloc(0);
    answers.push({ url: response.url(), bytes: Math.max(sizes ? sizes.responseBodySize : 0, body.length), items: itemsIn(body.toString('utf8')), status: response.status() });
  });
  try {
    await page.goto(`${baseUrl}/sites/utbildning/SitePages/${screen.webPart}.aspx?user=${screen.user}&lang=sv-SE`, { timeout: 120000 });
    await page.waitForFunction(screen.shown, undefined, { timeout: 240000, polling: 20 });
    const shownMs = await page.evaluate(() => performance.now());
    const text = await page.innerText('[data-app-ready="true"]');
    await page.waitForTimeout(200);
    const api = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/_api/'))
        .map((e) => ({ name: e.name, startMs: e.startTime, endMs: e.responseEnd }))
    );
    const early = api.filter((e) => e.startMs < shownMs);
    const earlyAnswers = answers.filter((a) => early.some((e) => e.name === a.url));
    const bytes = earlyAnswers.reduce((n, a) => n + a.bytes, 0);
    const items = earlyAnswers.reduce((n, a) => n + a.items, 0);
    return {
      screen: screen.name,
      webPart: screen.webPart,
      user: screen.user,
      shownMs,
      roundTrips: roundTrips(api, shownMs),
      apiRequests: early.length,
      answerBytes: bytes,
      itemsRead: items,
      bytesPerRow: items > 0 ? bytes / items : null,
      referencesShown: new Set(text.match(REFERENCE) ?? []).size,
      requests: early.map((e) => e.name.replace(baseUrl, '').replace(/\?.*$/, '')),
      refused: answers.filter((a) => a.status >= 400).map((a) => `${a.status} ${a.url}`)
    };
  } finally {
    await context.close();
  }
}

/** One workbench per scale (a copy of `dataDir`, or fresh seed data) with the ship build in `packageDir`. */
export async function measureQueues({ harness, packageDir, scales, progress }) {
  const out = [];
  for (const scale of scales) {
    const copy = mkdtempSync(join(tmpdir(), `utbildningsavrop-bench-queues-${scale.name}-`));
    if (scale.dataDir) for (const f of readdirSync(scale.dataDir)) if (f !== 'workbench.lock') copyFileSync(join(scale.dataDir, f), join(copy, f), constants.COPYFILE_FICLONE);
    let server;
    let browser;
    try {
      server = await harness.startWorkbench({ env: { DATA_DIR: copy, SPFX_PACKAGE_DIR: packageDir } });
      browser = await harness.launchBrowser();
      for (const screen of QUEUE_SCREENS) {
        progress(`queues (${scale.name}): ${screen.name} as ${screen.user} ...`);
        out.push({ scale: scale.name, orders: scale.orders, ...(await openScreen(browser, server.url, screen)) });
      }
    } finally {
      if (browser) await browser.close().catch(() => {});
      if (server) await server.stop();
      rmSync(copy, { recursive: true, force: true });
    }
  }
  return { screens: QUEUE_SCREENS.map((s) => s.name), results: out };
}
