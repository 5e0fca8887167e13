// The rankings editor in Administration. Lars (site owner, list owner) reorders Ledarskap with the
// keyboard only (focus and Enter, no mouse events: issue 14's journey), and the new order shows in
// the catalogue and in a new order. A tie made through REST as Lars stops the form taking orders
// for that area, with the reason and whom to contact. axe finds nothing on the editor in the four
// themes and both languages at 1280 and 360 px. The mutating tests run on their own workbench.
import { startWorkbench } from './harness.mjs';

const THEMES = ['sharepoint', 'teams-default', 'teams-dark', 'teams-contrast'];
const API = '/sites/utbildning/_api';

async function rest(base, path, { method = 'GET', body, headers = {} } = {}) {
  const res = await fetch(`${base}${API}/${path}`, {
    method,
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Workbench-User': 'lars', 'X-RequestDigest': '0x1,1', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** Ledarskap's Rangordning rows, by rank. */
async function ledarskapRows(base) {
  const [area] = (await rest(base, "web/lists/getByTitle('Avtalsområden')/items?$select=Id&$filter=AreaKey eq 'ledarskap'")).value;
  const rows = (await rest(base, `web/lists/getByTitle('Rangordning')/items?$select=Id,Rank,Supplier/Title&$expand=Supplier&$filter=Area/Id eq ${area.Id}`)).value;
  return rows.sort((a, b) => a.Rank - b.Rank);
}

export function registerRankingFlows(runner, { openApp, assert, axe }) {
  runner.test('rangordning: lars byter ordning i Ledarskap med bara tangentbordet, och katalogen och ett nytt avrop följer den', async ({ browser }) => {
    const server = await startWorkbench();
    try {
      const lars = await openApp(browser, server.url, { route: 'administration', user: 'lars' });
      try {
        const { page } = lars;
        const editor = page.locator('[data-area-editor="ledarskap"]');
        await editor.waitFor({ timeout: 60000 });
        const down = editor.getByRole('button', { name: 'Flytta ner Prové' });
        await down.focus();
        await page.keyboard.press('Enter');
        // Prové is now last: focus stays on Prové, on its Move up button.
        await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Flytta upp Prové', null, { timeout: 10000 });
        const order = await editor.locator('li[data-supplier]').evaluateAll((items) => items.map((li) => li.getAttribute('data-supplier')));
        assert(JSON.stringify(order) === JSON.stringify(['trustp', 'prove']), `ny ordning: ${order}`);
        await page.getByText('Prové har nu rang 2.').waitFor({ state: 'attached', timeout: 10000 });
        const save = editor.getByRole('button', { name: 'Spara rangordningen för Ledarskap' });
        await save.focus();
        await page.keyboard.press('Enter');
        await editor.locator('[data-editor-notice="saved"]').waitFor({ timeout: 60000 });
        const violations = await axe(page);
        assert(violations.length === 0, `axe efter sparandet: ${JSON.stringify(violations, null, 2)}`);
        assert(lars.errors.length === 0, `fel i sidan: ${lars.errors.join('; ')}`);
      } finally {
        await lars.context.close();
      }
      const rows = await ledarskapRows(server.url);
      assert(rows.map((r) => `${r.Rank} ${r.Supplier.Title}`).join(', ') === '1 TrustP, 2 Prové', `Rangordning: ${JSON.stringify(rows)}`);
      const log = (await rest(server.url, "web/lists/getByTitle('Rangordningsändringar')/items?$select=AreaKey,ChangedBy,RankingBefore,RankingAfter")).value;
      assert(log.length === 1 && log[0].AreaKey === 'ledarskap' && log[0].RankingBefore.includes('Prové'), `loggen: ${JSON.stringify(log)}`);

      const catalogue = await openApp(browser, server.url, { route: 'avtalskatalog', user: 'anna', query: '&omrade=ledarskap' });
      try {
        const text = await catalogue.page.innerText('main');
        assert(text.indexOf('TrustP') >= 0 && text.indexOf('TrustP') < text.indexOf('Prové'), 'katalogen ska visa TrustP före Prové');
      } finally {
        await catalogue.context.close();
      }
      const form = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
      try {
        const ranking = form.page.getByRole('heading', { name: 'Vem får avropet?' }).first();
        await ranking.waitFor({ timeout: 30000 });
        const text = await form.page.innerText('main');
        assert(/TrustP \(rang 1\)/.test(text) && /Prové \(rang 2\)/.test(text), `det nya avropet ska gå till TrustP först: ${text.slice(0, 2000)}`);
      } finally {
        await form.context.close();
      }
    } finally {
      await server.stop();
    }
  });

  runner.test('rangordning: två leverantörer på rang 1 (via REST som lars) gör att formuläret inte tar emot avrop för området och säger varför', async ({ browser }) => {
    const server = await startWorkbench();
    try {
      const rows = await ledarskapRows(server.url);
      await rest(server.url, `web/lists/getByTitle('Rangordning')/items(${rows[1].Id})`, { method: 'POST', body: { Rank: 1 }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } });
      const form = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
      try {
        const { page } = form;
        await page.locator('[data-unavailable-area="ledarskap"]').waitFor({ timeout: 30000 });
        const text = await page.innerText('main');
        assert(text.includes('Ledarskap tar inte emot avrop just nu'), 'länken till området ska säga att det inte tar emot avrop');
        assert(text.includes('Prové och TrustP har samma rang, 1'), 'formuläret ska säga vad som är fel');
        assert(text.includes('Kontakta listägarna för Utbildningsavrop'), 'formuläret ska säga vem man kontaktar');
        assert(!/Prové \(rang 1\)/.test(text), 'oavgjort ska inte visas som en rangordning att följa');
        const violations = await axe(page);
        assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 2)}`);
      } finally {
        await form.context.close();
      }
    } finally {
      await server.stop();
    }
  });

  for (const lang of ['sv-SE', 'en-US']) {
    for (const theme of THEMES) {
      runner.test(`rangordning: redigeraren (${theme}, ${lang}) utan axe-fynd vid 1280 och 360 px`, async ({ browser, server }) => {
        const { page, context, errors } = await openApp(browser, server.url, { route: 'administration', user: 'lars', theme, lang });
        try {
          await page.locator('[data-ranking-editor="true"]').waitFor({ timeout: 60000 });
          const wide = await axe(page);
          assert(wide.length === 0, `axe 1280 px: ${JSON.stringify(wide, null, 2)}`);
          await page.setViewportSize({ width: 360, height: 800 });
          const narrow = await axe(page);
          assert(narrow.length === 0, `axe 360 px: ${JSON.stringify(narrow, null, 2)}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert(overflow <= 1, `sidan rullar i sidled vid 360 px (${overflow} px)`);
          assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
        } finally {
          await context.close();
        }
      });
    }
  }
}
