// What every browser test over the SPFx runtime pages shares: the web parts and who sees each,
// opening a page with its problems (page errors, console errors, requests to other hosts) recorded,
// and the check that a web part rendered with none of them.
import { assert } from './harness.mjs';

export const RUNTIME_PAGES = [
  { webPart: 'Avtalskatalog', user: 'anna', expect: ['Ledarskap', 'Prové'] },
  { webPart: 'Avrop', user: 'anna', expect: ['Mina avrop'] },
  { webPart: 'Avropshantering', user: 'hanna', expect: ['Avropskö'] },
  { webPart: 'Administration', user: 'lars', expect: ['Rangordning'] },
  { webPart: 'Uppfoljning', user: 'ulla', expect: ['Styrkort'] }
];

// Fluent UI warns about icons SharePoint's page would have registered; a warning, not an error.
const isNoise = (text) => /was used but not registered/.test(text);

/** Opens a runtime page and waits until SPFx has placed its web parts (apps: how many) and they are ready. */
export async function openRuntimePage(browser, base, { webPart, user, lang = 'sv-SE', query = '', before, apps = 1 }) {
  const page = await (await sharedContext(browser)).newPage();
  const problems = [];
  const origin = new URL(base).origin;
  page.on('pageerror', (e) => problems.push(`sidfel: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !isNoise(m.text())) problems.push(`konsolfel: ${m.text().slice(0, 300)}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`anrop till annan värd: ${url}`);
  });
  if (before) await before(page);
  const response = await page.goto(`${base}/sites/utbildning/SitePages/${webPart}.aspx?user=${user}&lang=${lang}${query}`);
  // The policy is what keeps every page on this host: a script or request elsewhere is refused
  // and shows as a console error.
  const policy = response.headers()['content-security-policy'] ?? '';
  if (!/default-src 'self'/.test(policy) || !/connect-src 'self'/.test(policy)) problems.push(`sidan saknar en strikt Content-Security-Policy: "${policy}"`);
  await page.waitForFunction(
    (count) => document.body.getAttribute('data-spfx-failed') === 'true' || (document.body.getAttribute('data-spfx-ready') === 'true' && document.querySelectorAll('[data-app-ready="true"]').length >= count),
    apps,
    { timeout: 60000 }
  );
  return { page, problems, close: () => closePage(page) };
}

// One browser context for all runtime pages: its HTTP cache (the scripts carry ETags) and the
// compiled code Chromium keeps with it spare each page parsing SPFx's bundles from scratch. Each
// page gets a cookie for its user on load; what a page stores itself goes when it closes.
const contexts = new WeakMap();

function sharedContext(browser) {
  if (!contexts.has(browser)) contexts.set(browser, browser.newContext({ viewport: { width: 1280, height: 900 } }));
  return contexts.get(browser);
}

async function closePage(page) {
  await page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => undefined);
  await page.close();
}

export async function checkRendered({ page, problems }, spec) {
  assert((await page.getAttribute('body', 'data-spfx-failed')) !== 'true', `SPFx kunde inte placera ${spec.webPart}: ${problems.join('; ')}`);
  const text = await page.innerText('#spfx-canvas');
  for (const expected of spec.expect) assert(text.includes(expected), `"${expected}" saknas i ${spec.webPart}`);
  assert(problems.length === 0, `${spec.webPart}: ${problems.join('\n')}`);
}
