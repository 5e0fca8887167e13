// Uppföljning (issue 11) and the follow-up keyboard journey (issue 14): the scorecard as ulla on a
// workbench of its own with generated orders; the period changed and the CSV exported with the
// keyboard only (no mouse event at all), the file read back and checked cell by cell against the
// tables on the screen; an orderer gets a plain no-rights message; axe in four themes, both
// languages, at 1280 and 360 px.
import { readFileSync } from 'node:fs';
import { startWorkbench } from './harness.mjs';
import { importTypeScript } from '../support/importTypeScript.mjs';

const THEMES = ['sharepoint', 'teams-default', 'teams-dark', 'teams-contrast'];
const ORDERS = 800;

let serverPromise;
/** One workbench with generated orders for these flows only, so no other flow sees them. */
function scorecardServer() {
  serverPromise ??= (async () => {
    const server = await startWorkbench();
    const res = await fetch(`${server.url}/_workbench/generate-orders`, { method: 'POST', headers: { 'X-Workbench-User': 'lars', Origin: server.url }, body: JSON.stringify({ count: ORDERS, seed: 17 }) });
    if (!res.ok) throw new Error(`generate-orders: ${res.status} ${await res.text()}`);
    return server;
  })();
  return serverPromise;
}

let csvPromise;
const csvModule = () => (csvPromise ??= importTypeScript(`export { parseCsv } from './src/domain/csv';`, 'scorecard-csv'));

async function openScorecard(browser, openApp, opts) {
  const server = await scorecardServer();
  const app = await openApp(browser, server.url, { route: 'uppfoljning', user: 'ulla', ...opts });
  if (opts.width) await app.page.setViewportSize({ width: opts.width, height: 800 });
  await app.page.waitForSelector('[data-scorecard-summary="true"]', { timeout: 60000 });
  return app;
}

/** Every table on the screen as its rows of cell texts, header row first. */
function screenTables(page) {
  return page.$$eval('table[data-table-id]', (tables) =>
    tables.map((table) => ({
      title: table.querySelector('caption').textContent,
      rows: [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent))
    }))
  );
}

/** Presses Tab until the focused element satisfies `match` (by its text or label); fails after `max`. */
async function tabTo(page, assert, describe, match, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(match);
    if (hit) return;
  }
  assert(false, `fokus nådde aldrig ${describe}`);
}

async function focusIsVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const fluentRect = after.content !== 'none' && after.borderStyle !== 'none' && parseFloat(after.borderTopWidth) > 0;
    const fluentButton = el.closest('.ms-Fabric--isFocusVisible') !== null || document.body.classList.contains('ms-Fabric--isFocusVisible');
    return outlined || fluentRect || fluentButton;
  });
}

export function registerScorecardFlows(runner, { openApp, assert, axe }) {
  runner.test('uppföljning: styrkortet med bara tangentbordet, period och CSV som stämmer med tabellerna', async ({ browser }) => {
    const { page, context, errors } = await openScorecard(browser, openApp, {});
    try {
      const mouse = await page.evaluate(() => {
        window.__mouseEvents = 0;
        for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown']) {
          document.addEventListener(type, (e) => {
            // A keyboard Enter on a button fires click with detail 0; a real mouse click has detail >= 1.
            if (type !== 'click' || e.detail > 0) window.__mouseEvents++;
          }, true);
        }
        return true;
      });
      assert(mouse, 'kunde inte lyssna efter mushändelser');
      const summaryOf = () => page.textContent('[data-scorecard-summary="true"]');
      assert(/\d+ avrop från/.test(await summaryOf()), `sammanfattningen saknas: ${await summaryOf()}`);
      const year = new Date().getFullYear();

      // Preset: from the selected radio, arrows move to "Förra året" (each preset applies at once).
      await tabTo(page, assert, 'periodvalet', () => document.activeElement?.getAttribute('type') === 'radio');
      assert(await focusIsVisible(page), 'fokus ska synas på periodvalet');
      for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
      await page.waitForFunction((y) => document.querySelector('[data-scorecard-summary="true"]')?.textContent.includes(`från ${y - 1}-01-01 till och med ${y - 1}-12-31`), year, { timeout: 60000 });

      // Own dates: second half of last year, typed into the fields and sent with Enter.
      await tabTo(page, assert, 'fältet Från och med', () => document.activeElement?.tagName === 'INPUT' && document.activeElement.type === 'text');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`${year - 1}-07-01`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((y) => document.querySelector('[data-scorecard-summary="true"]')?.textContent.includes(`från ${y - 1}-07-01 till och med ${y - 1}-12-31`), year, { timeout: 60000 });
      const checked = await page.$eval('input[type=radio]:checked', (r) => r.closest('.ms-ChoiceField')?.textContent);
      assert(checked === 'Egna datum', `egna datum ska vara valt, inte ${checked}`);
      const focused = await page.evaluate(() => document.activeElement?.tagName);
      assert(focused === 'INPUT', `fokus ska stanna i datumfältet efter laddningen, inte ${focused}`);

      // A filter with the keyboard: the first area in the area list (applied at once, no new read).
      const before = Number((await summaryOf()).match(/^(\d+)/)[1]);
      await tabTo(page, assert, 'listan Avtalsområde', () => document.activeElement?.getAttribute('role') === 'combobox');
      assert(await focusIsVisible(page), 'fokus ska synas på listan Avtalsområde');
      await page.keyboard.press('ArrowDown');
      const area = await page.evaluate(() => (document.activeElement.querySelector('.ms-Dropdown-title') ?? document.activeElement).textContent);
      assert(area && area !== 'Alla avtalsområden', `ett avtalsområde ska vara valt, inte ${area}`);
      await page.waitForFunction((n) => Number(document.querySelector('[data-scorecard-summary="true"]')?.textContent.match(/^(\d+)/)?.[1]) < n, before, { timeout: 10000 });

      // Export with the keyboard.
      await tabTo(page, assert, 'knappen Ladda ned som CSV', () => document.activeElement?.textContent?.includes('Ladda ned som CSV'));
      assert(await focusIsVisible(page), 'fokus ska synas på CSV-knappen');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert(download.suggestedFilename() === `styrkort-${year - 1}-07-01-${year - 1}-12-31.csv`, `filnamn: ${download.suggestedFilename()}`);
      const bytes = readFileSync(await download.path());
      assert(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'filen ska börja med UTF-8 BOM');
      const text = bytes.toString('utf8');
      const { parseCsv } = await csvModule();
      const rows = parseCsv(text);
      assert(rows[0][0] === 'Från och med' && rows[0][1] === `${year - 1}-07-01`, `första raden: ${rows[0]}`);
      assert(rows[2][0] === 'Avtalsområde' && rows[2][1] === area, `urvalet ska stå i filen: ${rows[2]}`);
      assert(rows.every((row) => row.length === 1 || !row.some((cell) => /^\d+\.\d+$/.test(cell))), 'decimaltal ska ha decimalkomma');

      // Each table on screen is in the file, under its title, cell for cell ('–' on screen is an empty cell).
      const tables = await screenTables(page);
      assert(tables.length === 7, `sju tabeller, inte ${tables.length}`);
      for (const table of tables) {
        const at = rows.findIndex((row) => row.length === 1 && row[0] === table.title);
        assert(at > 0, `tabellen "${table.title}" saknas i CSV-filen`);
        const expected = table.rows.map((row) => row.map((cell) => (cell === '–' ? '' : cell)));
        const got = rows.slice(at + 1, at + 1 + expected.length);
        assert(JSON.stringify(got) === JSON.stringify(expected), `"${table.title}": skärmen ${JSON.stringify(expected)} men filen ${JSON.stringify(got)}`);
      }
      const overview = tables.find((t) => t.title === 'Översikt');
      const orders = Number(overview.rows.find((r) => r[0] === 'Avrop')[1]);
      assert(orders > 0 && (await summaryOf()).startsWith(`${orders} avrop`), `översiktens antal ${orders} ska stå i sammanfattningen`);
      await page.waitForFunction(() => document.querySelector('[data-scorecard-summary="true"]')?.textContent.includes('CSV-filen är nedladdad'));

      // Print view: controls hidden, the tables stay.
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.$$eval('.uf-noprint', (els) => els.every((el) => getComputedStyle(el).display === 'none'));
      const tablesShown = await page.$$eval('table[data-table-id]', (els) => els.every((el) => el.getBoundingClientRect().height > 0));
      assert(hidden && tablesShown, 'utskriften ska dölja valen och visa tabellerna');
      await page.emulateMedia({ media: 'screen' });

      assert((await page.evaluate(() => window.__mouseEvents)) === 0, 'inga mushändelser får förekomma');
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
  });

  runner.test('uppföljning: en beställare (anna) får ett tydligt besked om behörighet', async ({ browser }) => {
    const server = await scorecardServer();
    const { page, context } = await openApp(browser, server.url, { route: 'uppfoljning', user: 'anna' });
    try {
      const text = await page.innerText('main');
      assert(text.includes('Styrkort'), 'rubriken Styrkort saknas');
      assert(text.includes('Du saknar behörighet att se uppföljningen'), `beskedet saknas: ${text}`);
      assert((await page.$$('table[data-table-id]')).length === 0, 'inga siffror för en beställare');
    } finally {
      await context.close();
    }
  });

  for (const lang of ['sv-SE', 'en-US']) {
    for (const width of [1280, 360]) {
      for (const theme of THEMES) {
        runner.test(`uppföljning: styrkortet axe (${theme}, ${lang}, ${width} px)`, async ({ browser }) => {
          const { page, context } = await openScorecard(browser, openApp, { theme, lang, width });
          try {
            const violations = await axe(page);
            assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 2)}`);
            // The app itself (the workbench's own user and theme pickers above it are not the product's):
            // nothing sticks out beyond the viewport; a wide table scrolls inside its own focusable region.
            const sticking = await page.evaluate(() =>
              [...document.querySelectorAll('.utbildningsavrop-app *')]
                .filter((el) => !el.closest('.uf-table-wrap') || el.classList.contains('uf-table-wrap'))
                .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                .map((el) => `${el.tagName}.${el.className}`)
            );
            assert(sticking.length === 0, `vid ${width} px sticker detta ut: ${sticking.slice(0, 5).join(', ')}`);
            if (width === 360 && lang === 'sv-SE' && theme === 'sharepoint') await page.screenshot({ path: 'screenshots/uppfoljning-styrkort-360.png', fullPage: true });
          } finally {
            await context.close();
          }
        });
      }
    }
  }

  runner.test('uppföljning: stänger sin arbetsbänk', async () => {
    if (serverPromise) await (await serverPromise).stop();
    serverPromise = undefined;
  });
}
