// Browser tests: every app page renders with the seed content, in every theme and both
// languages, and axe-core finds no WCAG 2.1 A/AA violations. Screenshots go to screenshots/.
import { mkdirSync } from 'node:fs';
import { assert, axe, createRunner, runAndExit } from './harness.mjs';
import { registerFlows } from './flows.mjs';
import { registerOrderFlows } from './orderFlows.mjs';
import { registerDeskFlows } from './deskFlows.mjs';
import { registerJourney } from './journey.mjs';

const THEMES = ['sharepoint', 'teams-default', 'teams-dark', 'teams-contrast'];
export const PAGES = [
  { route: 'avtalskatalog', user: 'anna', expect: ['Ledarskap', 'Prové', 'UGL, UL och IL'] },
  { route: 'avrop', user: 'anna', expect: ['Mina avrop'] },
  { route: 'avropshantering', user: 'hanna', expect: ['Avropskö'] },
  { route: 'administration', user: 'lars', expect: ['Rangordning'] },
  { route: 'uppfoljning', user: 'ulla', expect: ['Styrkort'] }
];

export async function openApp(browser, base, { route, user, theme = 'sharepoint', lang = 'sv-SE', query = '', locale }) {
  // `locale` is the browser's own language (navigator.language, Accept-Language), not the page's.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/${route}?user=${user}&theme=${theme}&lang=${lang}${query}`);
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 30000 });
  return { page, context, errors };
}

const runner = createRunner();
mkdirSync('screenshots', { recursive: true });

for (const spec of PAGES) {
  for (const theme of THEMES) {
    runner.test(`${spec.route} (${theme}, svenska): innehåll och axe`, async ({ browser, server }) => {
      const { page, context, errors } = await openApp(browser, server.url, { ...spec, theme });
      try {
        const text = await page.innerText('main');
        for (const expected of spec.expect) assert(text.includes(expected), `"${expected}" saknas på ${spec.route}`);
        assert((await page.getAttribute('html', 'lang')) === 'sv', 'html lang ska vara sv');
        const violations = await axe(page);
        assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 2)}`);
        assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
        await page.screenshot({ path: `screenshots/${spec.route}-${theme}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    });
  }
  runner.test(`${spec.route} (sharepoint, English): axe and language`, async ({ browser, server }) => {
    const { page, context } = await openApp(browser, server.url, { ...spec, lang: 'en-US' });
    try {
      assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang should be en');
      const violations = await axe(page);
      assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 2)}`);
    } finally {
      await context.close();
    }
  });
}

registerFlows(runner, { openApp, assert, axe });
registerOrderFlows(runner, { openApp, assert, axe });
registerDeskFlows(runner, { openApp, assert, axe });
registerJourney(runner, { openApp, assert, axe });
(await import('./visitorFlows.mjs')).registerVisitorFlows(runner, { openApp, assert, axe });
(await import('./hostileFlows.mjs')).registerHostileFlows(runner, { openApp, assert, axe });
(await import('./faultFlows.mjs')).registerFaultFlows(runner, { openApp, assert, axe });
(await import('./scaleFlows.mjs')).registerScaleFlows(runner, { openApp, assert, axe });
(await import('./keyboardJourneys.mjs')).registerKeyboardJourneys(runner, { openApp, assert, axe });
(await import('./reflowFlows.mjs')).registerReflowFlows(runner, { openApp, assert, axe });
(await import('./setupFlows.mjs')).registerSetupFlows(runner, { openApp, assert, axe });
(await import('./myOrdersFlows.mjs')).registerMyOrdersFlows(runner, { openApp, assert, axe });
(await import('./scorecardFlows.mjs')).registerScorecardFlows(runner, { openApp, assert, axe });
(await import('./mailFlows.mjs')).registerMailFlows(runner, { openApp, assert, axe });
(await import('./rankingFlows.mjs')).registerRankingFlows(runner, { openApp, assert, axe });
(await import('./languageScan.mjs')).registerLanguageScan(runner, { openApp, assert, axe });
(await import('./dateFieldFlows.mjs')).registerDateFieldFlows(runner, { openApp, assert, axe });

await runAndExit(runner);
