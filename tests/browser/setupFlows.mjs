// Setup from Administration on a site nobody has set up (its own workbench, started with
// WORKBENCH_UNPROVISIONED=1). Anna, a member, sees the state read-only with a plain explanation;
// Lars, the site owner, runs the setup and the page updates in place: the report stays, the site
// state turns to "in order", the ranking appears and every list gets a link that opens in a new tab,
// all without a reload. axe finds nothing on any of these pages.
import { startWorkbench } from './harness.mjs';

const LISTS = ['Avtalsområden', 'Utbildningsområden', 'Leverantörer', 'Rangordning', 'Rangordningsändringar', 'Beställande organisationer', 'Avrop', 'Avropsstatus', 'Avropshändelser'];

export function registerSetupFlows(runner, { openApp, assert, axe }) {
  runner.test('installation på en tom webbplats: anna ser läget och varför hon inte kan installera; lars installerar och sidan uppdateras utan omladdning', async ({ browser }) => {
    const server = await startWorkbench({ env: { WORKBENCH_UNPROVISIONED: '1' } });
    try {
      const health = await (await fetch(`${server.url}/_workbench/health`)).json();
      assert(health.provisioned === false, `webbplatsen ska vara oinstallerad: ${JSON.stringify(health)}`);

      const anna = await openApp(browser, server.url, { route: 'administration', user: 'anna' });
      try {
        await anna.page.getByText('Du kan se läget men inte installera').waitFor({ timeout: 30000 });
        assert((await anna.page.getByRole('button', { name: 'Installera eller komplettera listorna' }).count()) === 0, 'anna ska inte få en installationsknapp');
        await anna.page.getByRole('table', { name: 'Listorna i SharePoint' }).waitFor({ timeout: 30000 });
        const text = await anna.page.innerText('main');
        assert(text.includes('Listorna finns inte på webbplatsen ännu'), 'rangordningen ska säga att listorna saknas');
        assert(text.includes('Listor du inte har tillgång till visas inte för dig i SharePoint'), 'anna ska få en förklaring till listorna hon inte ser');
        const violations = await axe(anna.page);
        assert(violations.length === 0, `axe (anna, tom webbplats): ${JSON.stringify(violations, null, 2)}`);
        assert(anna.errors.length === 0, `fel i sidan: ${anna.errors.join('; ')}`);
      } finally {
        await anna.context.close();
      }

      const lars = await openApp(browser, server.url, { route: 'administration', user: 'lars' });
      try {
        const { page } = lars;
        await page.getByText(/saker saknas eller avviker/).waitFor({ timeout: 30000 });
        assert((await page.locator('[data-problems] li').count()) > LISTS.length, 'läget ska räkna upp det som saknas');
        const before = await axe(page);
        assert(before.length === 0, `axe (lars före installationen): ${JSON.stringify(before, null, 2)}`);
        await page.evaluate(() => (window.__sameDocument = true));
        await page.getByRole('button', { name: 'Installera eller komplettera listorna' }).click();
        await page.locator('[data-setup="done"]').waitFor({ timeout: 180000 });
        await page.getByRole('table', { name: 'Leverantörer per avtalsområde i rangordning' }).waitFor({ timeout: 30000 });
        await page.getByText(/Allt som Utbildningsavrop behöver finns och är i ordning/).waitFor({ timeout: 30000 });
        assert(await page.evaluate(() => window.__sameDocument === true), 'sidan laddades om');
        assert((await page.locator('[data-setup="done"]').innerText()).startsWith('Klart.'), 'rapporten ska stå kvar');
        const text = await page.innerText('main');
        assert(!text.includes('Listorna finns inte'), 'rangordningen ska inte längre säga att listorna saknas');
        for (const title of LISTS) {
          const link = page.getByRole('link', { name: `Öppna ${title} i SharePoint (öppnas i en ny flik)` });
          assert((await link.count()) === 1, `länk till ${title} saknas`);
          assert((await link.getAttribute('target')) === '_blank', `länken till ${title} ska öppnas i en ny flik`);
          const href = await link.getAttribute('href');
          assert(/^http:\/\/127\.0\.0\.1:\d+\/sites\/utbildning\/Lists\/\w+\/AllItems\.aspx$/.test(href), `länken till ${title}: ${href}`);
        }
        const after = await axe(page);
        assert(after.length === 0, `axe (lars efter installationen): ${JSON.stringify(after, null, 2)}`);
        await page.setViewportSize({ width: 360, height: 800 });
        const narrow = await axe(page);
        assert(narrow.length === 0, `axe (360 px): ${JSON.stringify(narrow, null, 2)}`);
        // The setup section and the list site section; the ranking table below is another screen's.
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('main section:nth-of-type(-n+2) *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()} ${Math.round(el.getBoundingClientRect().right)}: ${(el.textContent || '').slice(0, 40)}`)
        );
        assert(wide.length === 0, `installationen ska rymmas på 360 px: ${wide.join(' | ')}`);
        assert(lars.errors.length === 0, `fel i sidan: ${lars.errors.join('; ')}`);
      } finally {
        await lars.context.close();
      }

      // After the setup Anna reads the catalogue lists; the handlers' lists stay closed to her.
      const annaAfter = await openApp(browser, server.url, { route: 'administration', user: 'anna', lang: 'en-US' });
      try {
        await annaAfter.page.getByRole('table', { name: 'The lists in SharePoint' }).waitFor({ timeout: 30000 });
        assert((await annaAfter.page.getByRole('link', { name: 'Open Avtalsområden in SharePoint (opens in a new tab)' }).count()) === 1, 'anna ska få en länk till Avtalsområden');
        assert((await annaAfter.page.getByRole('link', { name: /Open Avropsstatus/ }).count()) === 0, 'anna ska inte få en länk till Avropsstatus');
        const text = await annaAfter.page.innerText('main');
        assert(text.includes('You have no access to the list'), 'anna ska få veta att hon inte har tillgång till handläggarnas listor');
        assert(!/: missing\b/.test(text), `inget ska vara "missing" för anna: ${text}`);
        const violations = await axe(annaAfter.page);
        assert(violations.length === 0, `axe (anna efter installationen, engelska): ${JSON.stringify(violations, null, 2)}`);
      } finally {
        await annaAfter.context.close();
      }
    } finally {
      await server.stop();
    }
  });
}
