// What a SharePoint page and a Teams tab do around the web parts, over the real SPFx runtime: all
// five web parts on one page, section backgrounds (theme variants) and a later change of one, a
// Teams tab's sub-page deep link, the package read straight from the .sppkg, and manifests SPFx
// has to ask the web for (GetClientSideComponents).
import { assert } from './harness.mjs';
import { chunkFilesOf, conflictingModules } from './sharedChunks.mjs';
import { checkRendered, openRuntimePage, RUNTIME_PAGES } from './spfxPages.mjs';

/** fetch, with the reason a request failed in the message (undici says only "fetch failed"). */
async function request(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new Error(`${url}: ${error.message} (${error.cause?.code ?? ''} ${error.cause?.message ?? ''})`);
  }
}

/** The preloaded data a runtime page hands SPFx (read from the page, as the boot script does). */
async function preloadedData(base, query) {
  const html = await (await request(`${base}/sites/utbildning/SitePages/Avtalskatalog.aspx?user=anna${query}`)).text();
  const json = /<script type="application\/json" id="spfx-preloaded-data">([\s\S]*?)<\/script>/.exec(html);
  assert(json, `sidan har inga förladdade data:\n${html.slice(0, 400)}`);
  return JSON.parse(json[1]);
}

/** The chunks the package's web part bundles load, as a page of that source (dist, sppkg) serves them. */
async function servedChunks(base, source) {
  const route = source === 'sppkg' ? '/_spfx/sppkg/' : '/_spfx/pkg/';
  const webParts = (await preloadedData(base, `&pkg=${source}`)).manifests.filter((m) => m.loaderConfig.internalModuleBaseUrls[0].endsWith(route));
  assert(webParts.length === 5, `${source}: ${webParts.length} webbdelar i stället för fem`);
  const get = async (url) => {
    const res = await request(url);
    assert(res.ok, `${url}: ${res.status}`);
    return res.text();
  };
  const files = new Map();
  for (const m of webParts) {
    const baseUrl = m.loaderConfig.internalModuleBaseUrls[0];
    const entry = await get(baseUrl + m.loaderConfig.scriptResources[m.loaderConfig.entryModuleId].path);
    for (const chunk of chunkFilesOf(entry)) if (!files.has(chunk)) files.set(chunk, await get(baseUrl + chunk));
  }
  return files;
}

export function registerHostFlows(runner) {
  // The root cause of a page with several of these web parts failing at random ("Cannot read
  // properties of undefined (reading 'durationValue2')"): each web part bundle has its own webpack
  // runtime, but they share chunks and one chunk-loading global, and a chunk that one runtime loads
  // installs its modules into all of them. With exports tree-shaken per runtime one module id had
  // different code in different chunks (21 such ids in the build before gulpfile.js set
  // usedExports: 'global'). https://github.com/webpack/webpack/issues/13489
  runner.test('SPFx-paketet: ett modul-id har samma kod i varje chunk (från dist och från .sppkg)', async ({ server }) => {
    for (const source of ['dist', 'sppkg']) {
      const files = await servedChunks(server.url, source);
      const conflicts = conflictingModules([...files]);
      assert(conflicts.length === 0, `${source}: ${conflicts.length} moduler skiljer sig mellan chunkar, t.ex. ${conflicts.slice(0, 3).map((c) => `${c.id} (${c.chunks.join(', ')})`).join('; ')}`);
    }
  });

  runner.test('SPFx-körmiljön: alla fem webbdelar på en sida (Alla.aspx, lars) utan fel', async ({ browser, server }) => {
    const spec = { webPart: 'Alla', user: 'lars', apps: 5, expect: RUNTIME_PAGES.flatMap((p) => p.expect) };
    const opened = await openRuntimePage(browser, server.url, spec);
    try {
      await checkRendered(opened, spec);
      const perSection = await opened.page.$$eval('#spfx-canvas [data-section]', (zones) => zones.map((z) => !!z.querySelector('[data-app-ready="true"]')));
      assert(perSection.length === 5 && perSection.every(Boolean), `varje sektion ska ha en färdig webbdel: ${JSON.stringify(perSection)}`);
    } finally {
      await opened.close();
    }
  });

  // A section's background reaches its web parts as a theme variant from the section's own
  // ThemeProvider, and a later change raises themeChangedEvent; the web part renders again in place.
  // https://learn.microsoft.com/en-us/sharepoint/dev/spfx/web-parts/guidance/supporting-section-backgrounds
  runner.test('SPFx-körmiljön: sektionens bakgrund (temavariant) och en senare ändring av den når webbdelen', async ({ browser, server }) => {
    const spec = { webPart: 'Avtalskatalog', user: 'anna', query: '&section=strong', expect: ['Ledarskap'] };
    const opened = await openRuntimePage(browser, server.url, spec);
    try {
      const { page } = opened;
      await checkRendered(opened, spec);
      const colours = () =>
        page.evaluate(() => {
          const app = document.querySelector('.utbildningsavrop-app');
          window.__firstApp = window.__firstApp || app;
          return { background: getComputedStyle(app.parentElement).backgroundColor, text: getComputedStyle(app).color, same: window.__firstApp === app };
        });
      const strong = await colours();
      assert(strong.background === 'rgb(0, 120, 212)' && strong.text === 'rgb(255, 255, 255)', `stark bakgrund: ${JSON.stringify(strong)}`);
      await page.evaluate(() => window.__spfxWorkbench.setSectionBackground(0, 'neutral'));
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.utbildningsavrop-app').parentElement).backgroundColor === 'rgb(243, 242, 241)', null, { timeout: 10000 });
      const neutral = await colours();
      assert(neutral.text === 'rgb(50, 49, 48)' && neutral.same, `neutral bakgrund, samma webbdel: ${JSON.stringify(neutral)}`);
      assert(opened.problems.length === 0, opened.problems.join('\n'));
    } finally {
      await opened.close();
    }
  });

  // A Teams tab gets the SDK from its host (context.sdks.microsoftTeams); a deep link carries the
  // area in the tab's sub-page id, not in the page's query string.
  runner.test('SPFx-körmiljön: en Teams-flik med sub-page id öppnar rätt område i katalogen', async ({ browser, server }) => {
    const spec = { webPart: 'Avtalskatalog', user: 'anna', query: '&teams=ugl-ul-il', expect: ['UGL, UL och IL'] };
    const opened = await openRuntimePage(browser, server.url, spec);
    try {
      const { page } = opened;
      await page.getByRole('heading', { level: 2, name: 'UGL, UL och IL' }).waitFor({ timeout: 15000 });
      const ranked = await page.$$eval('#spfx-canvas ol li', (items) => items.map((li) => li.textContent));
      assert(ranked[0]?.startsWith('Harmoni i Livet Syd'), `rangordningen ska visas: ${ranked.join(' | ')}`);
      assert(!page.url().includes('omrade='), `området ska komma från fliken, inte adressen: ${page.url()}`);
      await checkRendered(opened, spec);
    } finally {
      await opened.close();
    }
  });

  runner.test('SPFx-körmiljön: paketet läses direkt ur .sppkg', async ({ browser, server }) => {
    const spec = { webPart: 'Avtalskatalog', user: 'anna', query: '&pkg=sppkg', expect: ['Ledarskap'] };
    const requested = [];
    const opened = await openRuntimePage(browser, server.url, { ...spec, before: (page) => page.on('request', (r) => requested.push(new URL(r.url()).pathname)) });
    try {
      await checkRendered(opened, spec);
      const fromZip = requested.filter((p) => p.startsWith('/_spfx/sppkg/'));
      assert(fromZip.some((p) => /avtalskatalog-web-part_/.test(p)) && fromZip.some((p) => /AvtalskatalogWebPartStrings_sv-se_/.test(p)), `webbdelen och dess loc-fil ska komma ur .sppkg: ${fromZip.join(', ')}`);
      assert(!requested.some((p) => p.startsWith('/_spfx/pkg/')), 'inget ska hämtas ur dist/ när sidan kör .sppkg');
    } finally {
      await opened.close();
    }
  });

  runner.test('SPFx-körmiljön: utan förladdat manifest hämtar SPFx det med GetClientSideComponents', async ({ browser, server }) => {
    const spec = { webPart: 'Avtalskatalog', user: 'anna', query: '&preload=0', expect: ['Ledarskap'] };
    const asked = [];
    const opened = await openRuntimePage(browser, server.url, {
      ...spec,
      before: (page) =>
        page.on('response', async (r) => {
          if (r.request().method() === 'POST' && /\/_api\/web\/GetClientSideComponents$/.test(r.url())) asked.push({ status: r.status(), body: r.request().postData() });
        })
    });
    try {
      await checkRendered(opened, spec);
      const data = await preloadedData(server.url, '&preload=0');
      const id = data.workbench.webPartIds[0];
      assert(!data.manifests.some((m) => m.id === id), 'sidan ska inte ha förladdat webbdelens manifest');
      assert(asked.some((a) => a.status === 200 && JSON.parse(a.body).components.some((c) => c.id === id)), `SPFx ska ha frågat webben efter ${id}: ${JSON.stringify(asked)}`);
    } finally {
      await opened.close();
    }
  });

  // Like every REST call on the web: a signed-in user (401 otherwise) and, on a POST, the request digest.
  runner.test('GetClientSideComponents: 401 utan inloggning, 403 utan request digest, annars manifestet', async ({ server }) => {
    const url = `${server.url}/sites/utbildning/_api/web/GetClientSideComponents`;
    const id = (await preloadedData(server.url, '')).workbench.webPartIds[0];
    const body = JSON.stringify({ components: [{ id }] });
    const post = (headers) => request(url, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...headers }, body });
    assert((await post({})).status === 401, 'utan inloggning: 401');
    assert((await post({ 'X-Workbench-User': 'anna' })).status === 403, 'utan request digest: 403');
    const ok = await post({ 'X-Workbench-User': 'anna', 'X-RequestDigest': '0x1,1' });
    assert(ok.status === 200, `med digest: ${ok.status}`);
    const [result] = (await ok.json()).value;
    assert(result.Status === 0 && JSON.parse(result.Manifest).id === id && result.Id === id, `svaret ska bära manifestet: ${JSON.stringify(result).slice(0, 300)}`);
  });
}
