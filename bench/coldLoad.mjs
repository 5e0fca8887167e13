// Loads of the real SPFx runtime pages (workbench/spfx) with the ship build, in Chromium:
//  - coldCatalogue: Avtalskatalog.aspx with an empty cache over a slow link and a slow CPU
//    (DevTools protocol: Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate). The page
//    frame is there when SPFx's application has put its canvas on the page and starts loading the
//    web part; the catalogue is there when the app marks itself ready. Both times come from the
//    page's clock, from navigation start.
//  - everyApp: each web part's page once at full speed, for the requests and time to ready.
import { batchParts } from './batchParts.mjs';

const MARKS = `
(() => {
  const seen = {};
  const check = () => {
    if (!seen.frame && document.getElementById('spfx-canvas')) seen.frame = performance.now();
    if (!seen.ready && document.querySelector('[data-app-ready="true"]')) seen.ready = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app-ready'] });
  window.__benchMarks = seen;
})();
`;

const API = '/_api/';

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Opens `url` in a fresh context; resolves to marks, resources and the API requests sent. */
async function loadOnce(browser, url, { network, cpuSlowdown, timeoutMs = 180000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const api = [];
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!u.pathname.includes(API)) return;
    const path = decodeURIComponent(u.pathname.slice(u.pathname.indexOf(API) + API.length));
    api.push({ method: req.method(), path, parts: path === '$batch' ? batchParts(req.postData() || '') : [], req });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.rttMs,
      downloadThroughput: (network.downKbit * 1000) / 8,
      uploadThroughput: (network.upKbit * 1000) / 8
    });
  }
  if (cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(MARKS);
  try {
    await page.goto(url, { timeout: timeoutMs });
    await page.waitForSelector('body[data-spfx-ready="true"] [data-app-ready="true"], body[data-spfx-failed="true"]', { timeout: timeoutMs });
  } catch (e) {
    const text = await page.innerText('body').catch(() => '');
    await context.close();
    throw new Error(`${url}: ${String(e.message).split('\n')[0]}; page errors: ${errors.join(' | ') || 'none'}; page text: ${text.slice(0, 200).replace(/\s+/g, ' ')}`);
  }
  if ((await page.getAttribute('body', 'data-spfx-failed')) === 'true') throw new Error(`SPFx could not place the web part on ${url}: ${errors.join(' | ')}`);
  const marks = await page.evaluate(() => window.__benchMarks);
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, startMs: e.startTime, endMs: e.responseEnd, bytes: e.encodedBodySize }))
  );
  const requests = [];
  for (const a of api) {
    const response = await a.req.response().catch(() => null);
    const body = response ? await response.body().catch(() => null) : null;
    requests.push({ method: a.method, path: a.path, status: response ? response.status() : null, answerBytes: body ? body.length : null, parts: a.parts });
  }
  await context.close();
  return { marks, resources, requests, errors };
}

/** Files of the catalogue's own chunks (from the ship build) among the page's resources. */
const isPackageChunk = (name) => /\/_spfx\/pkg\/chunk\./.test(name);

export async function coldCatalogue({ browser, baseUrl, runs, network, cpuSlowdown }) {
  const url = `${baseUrl}/sites/utbildning/SitePages/Avtalskatalog.aspx?user=anna&lang=sv-SE`;
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const r = await loadOnce(browser, url, { network, cpuSlowdown });
    const batch = r.resources.find((e) => /\/_api\/\$batch$/.test(e.name));
    const chunks = r.resources.filter((e) => isPackageChunk(e.name));
    const entry = r.resources.find((e) => /\/_spfx\/pkg\/avtalskatalog-web-part_/.test(e.name));
    samples.push({
      frameMs: r.marks.frame,
      readyMs: r.marks.ready,
      ratio: r.marks.ready / r.marks.frame,
      entryEndMs: entry ? entry.endMs : null,
      batchStartMs: batch ? batch.startMs : null,
      lastChunkEndMs: chunks.length ? Math.max(...chunks.map((c) => c.endMs)) : null,
      requests: r.requests.map(({ method, path, status, answerBytes, parts }) => ({ method, path, status, answerBytes, parts })),
      errors: r.errors
    });
  }
  const last = samples[samples.length - 1];
  return {
    url: url.slice(baseUrl.length),
    runs,
    network,
    cpuSlowdown,
    frameMedianMs: median(samples.map((s) => s.frameMs)),
    readyMedianMs: median(samples.map((s) => s.readyMs)),
    ratioMedian: median(samples.map((s) => s.ratio)),
    afterFrameMedianMs: median(samples.map((s) => s.readyMs - s.frameMs)),
    // The data request is under way before the last of the app's chunks has arrived.
    batchDuringChunks: samples.every((s) => s.batchStartMs !== null && s.lastChunkEndMs !== null && s.batchStartMs < s.lastChunkEndMs),
    samples: samples.map(({ requests, ...rest }) => rest),
    requests: last.requests
  };
}

export async function everyApp({ browser, baseUrl, pages }) {
  const out = [];
  for (const spec of pages) {
    const url = `${baseUrl}/sites/utbildning/SitePages/${spec.webPart}.aspx?user=${spec.user}&lang=sv-SE`;
    let r;
    try {
      r = await loadOnce(browser, url, { timeoutMs: 90000 });
    } catch (e) {
      out.push({ webPart: spec.webPart, user: spec.user, failed: String(e && e.message ? e.message : e).split('\n')[0] });
      continue;
    }
    const scripts = r.resources.filter((e) => /\/_spfx\/pkg\/.*\.js$/.test(e.name));
    out.push({
      webPart: spec.webPart,
      user: spec.user,
      readyMs: r.marks.ready,
      frameMs: r.marks.frame,
      apiRequests: r.requests.length,
      batches: r.requests.filter((q) => q.path === '$batch').length,
      apiAnswerBytes: r.requests.reduce((n, q) => n + (q.answerBytes || 0), 0),
      packageScripts: scripts.length,
      packageScriptBytes: scripts.reduce((n, s) => n + (s.bytes || 0), 0),
      errors: r.errors
    });
  }
  return out;
}
