// Browser tests over the real SharePoint Framework runtime: the workbench's SharePoint-like pages
// boot SPFx 1.23.2 from node_modules and load the project's ship build (dist/), so the web part
// classes, manifests, loc bundles and the shipped bundles run as they do in SharePoint Online.
// Each page must render its web part for its user with no page error, no console error and no
// request to any other host; a missing loc bundle (negative control) must make that check fail.
// The quick app pages must not ask another host either.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { assert, createRunner, runAndExit } from './harness.mjs';
import { sendOrder } from './orderFlows.mjs';
import { checkRendered, openRuntimePage, RUNTIME_PAGES } from './spfxPages.mjs';
import { registerHostFlows } from './spfxHostFlows.mjs';

/** The manifest's preconfigured properties and their labels from the web part's loc file. */
function paneFieldsOf(webPart, locale) {
  const dir = join('src', 'webparts', webPart.toLowerCase());
  const manifest = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.manifest.json'))), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  let strings = {};
  runInNewContext(readFileSync(join(dir, 'loc', `${locale}.js`), 'utf8'), { define: (_deps, factory) => (strings = factory()) });
  return Object.keys(manifest.preconfiguredEntries[0].properties).map((property) => ({ property, label: strings[`${property}Label`] }));
}

async function openPane(browser, base, spec) {
  const opened = await openRuntimePage(browser, base, { ...spec, query: '&edit=1' });
  await opened.page.waitForSelector('#spPropertyPaneContainer [role="region"]', { timeout: 30000 });
  return opened;
}

const runner = createRunner();

for (const spec of RUNTIME_PAGES) {
  runner.test(`SPFx-körmiljön: ${spec.webPart} visas för ${spec.user}, utan fel och utan andra värdar`, async ({ browser, server }) => {
    const opened = await openRuntimePage(browser, server.url, spec);
    try {
      await checkRendered(opened, spec);
      assert((await opened.page.getAttribute('html', 'lang')) === 'sv', 'html lang ska vara sv');
      assert((await opened.page.getAttribute('.utbildningsavrop-app', 'lang')) === 'sv', 'appen ska vara på svenska');
      await opened.page.screenshot({ path: `screenshots/spfx-${spec.webPart.toLowerCase()}.png`, fullPage: true });
    } finally {
      await opened.close();
    }
  });
}

runner.test('SPFx-körmiljön: en-US ger webbdelen på engelska', async ({ browser, server }) => {
  const spec = { webPart: 'Avtalskatalog', user: 'anna', lang: 'en-US', expect: ['Ledarskap'] };
  const opened = await openRuntimePage(browser, server.url, spec);
  try {
    await checkRendered(opened, spec);
    assert((await opened.page.getAttribute('.utbildningsavrop-app', 'lang')) === 'en', 'the app should be in English');
  } finally {
    await opened.close();
  }
});

for (const spec of RUNTIME_PAGES) {
  for (const [lang, locale] of [['sv-SE', 'sv-se'], ['en-US', 'en-us']]) {
    runner.test(`SPFx-körmiljön: ${spec.webPart}s egenskapsfönster (${lang}) har manifestets fält`, async ({ browser, server }) => {
      const opened = await openPane(browser, server.url, { ...spec, lang });
      try {
        const pane = opened.page.locator('#spPropertyPaneContainer [role="region"]');
        for (const { property, label } of paneFieldsOf(spec.webPart, locale)) {
          assert(label, `${spec.webPart}: ${property} saknar etikett i ${locale}`);
          assert((await pane.getByRole('textbox', { name: label, exact: true }).count()) === 1, `${spec.webPart} (${lang}): fältet "${label}" (${property}) saknas i egenskapsfönstret`);
        }
        assert(opened.problems.length === 0, opened.problems.join('\n'));
        if (spec.webPart === 'Avtalskatalog' && lang === 'sv-SE') {
          await opened.page.screenshot({ path: 'screenshots/spfx-egenskapsfonster.png' });
        }
      } finally {
        await opened.close();
      }
    });
  }
}

runner.test('SPFx-körmiljön: en ändring i egenskapsfönstret når webbdelen', async ({ browser, server }) => {
  const opened = await openPane(browser, server.url, RUNTIME_PAGES[0]);
  try {
    const { page } = opened;
    const field = page.locator('#spPropertyPaneContainer').getByRole('textbox', { name: 'Länk till Lärportalen', exact: true });
    await field.fill('https://larportalen.example/ny-sida');
    await page.waitForFunction(() => [...document.querySelectorAll('#spfx-canvas a')].some((a) => a.href === 'https://larportalen.example/ny-sida'), null, { timeout: 10000 });
    assert(opened.problems.length === 0, opened.problems.join('\n'));
  } finally {
    await opened.close();
  }
});

runner.test('SPFx-körmiljön: ett avrop skrivet genom SPFx(context) (anna) når avropshanteringen (hanna)', async ({ browser, server }) => {
  let reference;
  const form = await openRuntimePage(browser, server.url, { webPart: 'Avrop', user: 'anna', query: '&omrade=ledarskap' });
  try {
    reference = await sendOrder(form.page, assert, { unit: 'Regionkansliet, SPFx-körmiljön' });
    assert(form.problems.length === 0, form.problems.join('\n'));
  } finally {
    await form.close();
  }
  const desk = await openRuntimePage(browser, server.url, { webPart: 'Avropshantering', user: 'hanna' });
  try {
    const { page } = desk;
    await page.getByRole('textbox', { name: 'Sök på referens, enhet eller kontaktperson' }).fill(reference);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: reference, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `Avrop ${reference}` }).waitFor();
    assert((await page.innerText('#spfx-canvas')).includes('Regionkansliet, SPFx-körmiljön'), 'avropet ska visa annas enhet');
    assert(desk.problems.length === 0, desk.problems.join('\n'));
  } finally {
    await desk.close();
  }
});

runner.test('SPFx-körmiljön: negativ kontroll – utan loc-filen misslyckas kontrollen', async ({ browser, server }) => {
  const spec = RUNTIME_PAGES[0];
  const opened = await openRuntimePage(browser, server.url, {
    ...spec,
    before: (page) => page.route(/AvtalskatalogWebPartStrings_sv-se_[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }))
  });
  try {
    let failed = false;
    try {
      await checkRendered(opened, spec);
    } catch {
      failed = true;
    }
    assert(failed, 'kontrollen ska misslyckas när webbdelens loc-fil saknas');
  } finally {
    await opened.close();
  }
});

runner.test('snabbsidorna frågar ingen annan värd (Fluents typsnitts-CDN är av)', async ({ browser, server }) => {
  for (const { webPart, user } of RUNTIME_PAGES) {
    const route = webPart.toLowerCase();
    const context = await browser.newContext();
    const page = await context.newPage();
    const other = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && new URL(r.url()).origin !== new URL(server.url).origin) other.push(r.url());
    });
    try {
      await page.goto(`${server.url}/${route}?user=${user}`);
      await page.waitForSelector('[data-app-ready="true"]', { timeout: 30000 });
      await page.waitForLoadState('networkidle');
      assert(other.length === 0, `/${route} frågade andra värdar: ${other.slice(0, 3).join(', ')}`);
    } finally {
      await context.close();
    }
  }
});

registerHostFlows(runner);
(await import('./keyboardJourneys.mjs')).registerStatementInRuntime(runner, { openRuntimePage, checkRendered });

const packageDir = process.env.SPFX_PACKAGE_DIR || join(process.cwd(), 'dist');
if (!existsSync(packageDir)) {
  console.error(`Paketet är inte byggt (${packageDir} saknas). Kör npm run build.`);
  process.exit(1);
}
await runAndExit(runner, { env: { SPFX_PACKAGE_DIR: packageDir } });
