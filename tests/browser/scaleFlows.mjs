// Every screen at 100,000 orders (issue 8, point 5). SharePoint Online refuses a query whose first
// indexed clause matches more than 5,000 rows (SPQueryThrottledException), and the emulator does
// the same (tests/emulator/threshold.test.ts has the sources). This flow runs its own workbench,
// generates 100,000 orders into it, and opens every screen as every seeded person it is for:
// no API answer may be a threshold refusal (not even inside a $batch), no screen may show an error,
// and each list of orders must show the newest ones and page on.
import { startWorkbench } from './harness.mjs';
import { placeOrder } from './deskFlows.mjs';

const ORDERS = 100000;
const REFERENCE = /AVR-\d{4}-\d{4,}/g;

/** One workbench with the generated orders, started by the first test and stopped by the last. */
function scaleServer() {
  let started;
  return {
    get() {
      if (!started) {
        started = (async () => {
          const server = await startWorkbench();
          const t0 = Date.now();
          const res = await fetch(`${server.url}/_workbench/generate-orders`, { method: 'POST', body: JSON.stringify({ count: ORDERS, seed: 3 }) });
          const result = await res.json();
          if (!res.ok) throw new Error(`generate-orders: ${res.status} ${JSON.stringify(result)}`);
          console.log(`    (${result.orders} avrop och ${result.events} händelser genererade på ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
          const users = await (await fetch(`${server.url}/_workbench/users`)).json();
          return { server, users };
        })();
      }
      return started;
    },
    async stop() {
      if (started) await (await started.catch(() => ({ server: undefined }))).server?.stop();
    }
  };
}

/** Records every API answer that is a threshold refusal, or carries one inside a $batch. */
function watchThreshold(page) {
  const refused = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/_api/')) return;
    try {
      const body = await response.text();
      if (/SPQueryThrottledException|exceeds the list view threshold/.test(body)) refused.push(`${response.status()} ${decodeURIComponent(response.url())}`);
    } catch {
      // the page went away before the body was read
    }
  });
  return refused;
}

async function screen(browser, openApp, url, spec, check) {
  const { page, context, errors } = await openApp(browser, url, spec);
  const refused = watchThreshold(page);
  try {
    await check(page);
    // Answers still on their way are watched too.
    await page.waitForLoadState('networkidle');
    const alerts = await page.locator('[role="alert"]').allInnerTexts();
    return { refused, errors, alerts };
  } finally {
    await context.close();
  }
}

function expectClean(assert, where, outcome, { alertsAllowed = false } = {}) {
  assert(outcome.refused.length === 0, `${where}: listvyns tröskel överskreds: ${outcome.refused.join('; ')}`);
  assert(outcome.errors.length === 0, `${where}: fel i sidan: ${outcome.errors.join('; ')}`);
  if (!alertsAllowed) assert(outcome.alerts.every((a) => !a.trim()), `${where}: felmeddelande: ${outcome.alerts.join(' | ')}`);
}

const references = async (page) => (await page.innerText('main')).match(REFERENCE) ?? [];

export function registerScaleFlows(runner, { openApp, assert }) {
  const scale = scaleServer();
  const everyone = (users) => ['anna', 'erik', 'hanna', 'lars', 'ulla', ...(users.some((u) => u.login === 'vera') ? ['vera'] : [])];

  runner.test(`skala: ${ORDERS} avrop – katalogen och Mina avrop för alla, utan tröskelfel`, async ({ browser }) => {
    const { server, users } = await scale.get();
    for (const user of everyone(users)) {
      const catalogue = await screen(browser, openApp, server.url, { route: 'avtalskatalog', user }, async (page) => {
        assert((await page.innerText('main')).includes('Ledarskap'), `katalogen saknar Ledarskap för ${user}`);
      });
      expectClean(assert, `katalogen som ${user}`, catalogue);

      const mine = await screen(browser, openApp, server.url, { route: 'avrop', user }, async (page) => {
        await page.getByRole('heading', { level: 2, name: 'Mina avrop' }).waitFor();
        if (user === 'anna' || user === 'erik') {
          // anna has about 20,000 orders and erik 15,000: more than one window, more than one page.
          const orders = page.getByRole('heading', { level: 3, name: REFERENCE });
          await orders.first().waitFor({ timeout: 30000 });
          const first = await orders.count();
          assert(first === 25, `Mina avrop för ${user} ska visa 25 avrop, visar ${first}`);
          await page.getByRole('button', { name: 'Visa fler' }).click();
          await page.waitForFunction((pattern) => [...document.querySelectorAll('h3')].filter((h) => new RegExp(pattern).test(h.textContent ?? '')).length >= 50, REFERENCE.source, { timeout: 30000 });
        } else {
          // The others have placed none: every window is read, and the answer is an empty list.
          await page.getByText('Du har inga avrop ännu.').waitFor({ timeout: 30000 });
        }
      });
      expectClean(assert, `Mina avrop som ${user}`, mine);
    }
  });

  runner.test(`skala: ${ORDERS} avrop – avropsformuläret öppnas, ett nytt avrop sparas och står först i Mina avrop`, async ({ browser }) => {
    const { server } = await scale.get();
    const form = await screen(browser, openApp, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' }, async (page) => {
      await page.getByRole('heading', { level: 2, name: 'Nytt avrop' }).waitFor();
      assert((await page.innerText('main')).includes('Prové (rang 1)'), 'formuläret ska visa rangordningen för Ledarskap');
    });
    expectClean(assert, 'avropsformuläret som anna', form);
    // Stored the way the form stores it (the data layer's submit: request-key lookups, reference
    // from the item id, first audit row), on a list of 100,000 orders.
    const stored = await placeOrder(server, 'ledarskap');
    const mine = await screen(browser, openApp, server.url, { route: 'avrop', user: 'anna' }, async (page) => {
      await page.getByRole('heading', { level: 3, name: REFERENCE }).first().waitFor({ timeout: 30000 });
      const [newest] = await references(page);
      assert(newest === stored.order.reference, `det nya avropet ${stored.order.reference} ska stå först i Mina avrop, först står ${newest}`);
    });
    expectClean(assert, 'Mina avrop som anna efter ett nytt avrop', mine);
  });

  runner.test(`skala: ${ORDERS} avrop – avropskön, ett avrop och uppföljningen för handläggare, ägare och uppföljare`, async ({ browser }) => {
    const { server } = await scale.get();
    for (const user of ['hanna', 'lars']) {
      const desk = await screen(browser, openApp, server.url, { route: 'avropshantering', user }, async (page) => {
        await page.waitForSelector('h2:text-is("Avropskö")');
        const link = page.locator('[data-order-link]').first();
        await link.waitFor({ timeout: 30000 });
        const shown = await page.locator('[data-order-link]').count();
        assert(shown === 25, `avropskön för ${user} ska visa 25 avrop, visar ${shown}`);
        await page.getByRole('button', { name: 'Visa fler' }).click();
        await page.waitForFunction(() => document.querySelectorAll('[data-order-link]').length >= 50, undefined, { timeout: 30000 });
        const reference = (await link.innerText()).trim();
        await link.click();
        await page.getByRole('heading', { level: 2, name: `Avrop ${reference}` }).waitFor({ timeout: 30000 });
      });
      expectClean(assert, `avropshanteringen som ${user}`, desk);
    }
    for (const user of ['ulla', 'lars']) {
      const followUp = await screen(browser, openApp, server.url, { route: 'uppfoljning', user }, async (page) => {
        await page.getByRole('heading', { level: 2, name: 'Styrkort' }).waitFor();
        await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('main')?.innerText ?? ''), REFERENCE.source, { timeout: 30000 });
      });
      expectClean(assert, `uppföljningen som ${user}`, followUp);
    }
  });

  runner.test(`skala: ${ORDERS} avrop – administrationen, och skärmar utan behörighet, utan tröskelfel`, async ({ browser }) => {
    try {
      const { server } = await scale.get();
      const admin = await screen(browser, openApp, server.url, { route: 'administration', user: 'lars' }, async (page) => {
        assert((await page.innerText('main')).includes('Rangordning'), 'administrationen ska visa rangordningen');
      });
      expectClean(assert, 'administrationen som lars', admin);
      // People without the rights get the page's own message, never a threshold refusal.
      for (const [route, user] of [['avropshantering', 'anna'], ['avropshantering', 'erik'], ['uppfoljning', 'anna'], ['administration', 'hanna']]) {
        const outcome = await screen(browser, openApp, server.url, { route, user }, async () => {});
        expectClean(assert, `${route} som ${user}`, outcome, { alertsAllowed: true });
      }
    } finally {
      await scale.stop();
    }
  });
}
