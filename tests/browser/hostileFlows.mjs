// Hostile input through the real UI (issue 9, properties 5 and the "hostile text" / "OData
// injection in search and deep links" cases): whatever a link, a search box or an orderer's own
// item holds is shown verbatim and inert, gets a clear message, and never reaches an OData query
// as anything but a quoted literal. React escapes text; this checks that nothing bypasses it
// (no dangerouslySetInnerHTML, no href built from item text without encoding) and that nothing
// parses a link value into a query. OData string literals escape ' as '' (OData v4 ABNF, and the
// SharePoint REST docs' "Use OData query operations in SharePoint REST requests":
// https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests).
import { placeOrder } from './deskFlows.mjs';

const MARK = '__hostileRan';
const HOSTILE = `<img src=x onerror="window.${MARK}=1">"; ' or 1 eq 1 -- 🎓 \u202Eעברית\u202C =HYPERLINK("http://evil.example")`;

/** True when a $filter outside its quoted literals still reads as an injected clause. */
function filterInjected(url) {
  const decoded = decodeURIComponent(url.replace(/\+/g, ' '));
  const filter = /\$filter=([^&]*)/.exec(decoded);
  if (!filter) return false;
  const outsideLiterals = filter[1].replace(/'(?:[^']|'')*'/g, "''");
  return /\bor 1 eq 1\b|\bTitle ne\b|<img|onerror/i.test(outsideLiterals) || (outsideLiterals.match(/'/g) || []).length % 2 === 1;
}

async function watch(page) {
  const seen = { requests: [], injected: [] };
  page.on('request', (request) => {
    if (!request.url().includes('/_api/')) return;
    seen.requests.push(request.url());
    if (filterInjected(request.url())) seen.injected.push(decodeURIComponent(request.url()));
  });
  return seen;
}

const ran = (page) => page.evaluate((mark) => window[mark] === 1, MARK);

export function registerHostileFlows(runner, { openApp, assert, axe }) {
  const inert = async (page, errors, seen, where) => {
    assert(!(await ran(page)), `${where}: fientlig text kördes som kod`);
    assert(errors.length === 0, `${where}: fel i sidan: ${errors.join('; ')}`);
    assert(seen.injected.length === 0, `${where}: en fråga bar med sig text utanför citattecken: ${seen.injected.join(' | ')}`);
  };

  // Deep links into the desk: each bad value gets a message that repeats it verbatim and the queue.
  const BAD_ORDER_LINKS = ['abc', '1 or 1 eq 1', '-3', '0', '1.5', '1e3', '99999999999999999999', HOSTILE.slice(0, 38), "1'); DROP TABLE Avrop--"];
  runner.test(`fientlig indata: ${BAD_ORDER_LINKS.length} trasiga ?avrop=-länkar till avropshanteringen ger ett tydligt besked och kön`, async ({ browser, server }) => {
    for (const value of BAD_ORDER_LINKS) {
      const { page, context, errors } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&avrop=${encodeURIComponent(value)}` });
      const seen = await watch(page);
      try {
        await page.waitForSelector('h2:text-is("Avropskö")');
        const message = page.getByText('Länken pekar inte på något avrop', { exact: false });
        await message.waitFor();
        const text = await message.innerText();
        assert(text.includes(`("${value}")`), `${value}: beskedet ska visa länkens värde ordagrant: ${text}`);
        await inert(page, errors, seen, `?avrop=${value}`);
      } finally {
        await context.close();
      }
    }
    // Dismissing it by keyboard leaves the queue and focus on the page's content.
    const { page, context } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: '&avrop=abc' });
    try {
      await page.getByRole('button', { name: 'Stäng meddelandet' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText('Länken pekar inte på något avrop', { exact: false }).waitFor({ state: 'detached' });
      const violations = await axe(page);
      assert(violations.length === 0, `axe: ${JSON.stringify(violations)}`);
    } finally {
      await context.close();
    }
  });

  runner.test('fientlig indata: ?avrop= till ett avrop som inte finns, och en beställare som provar avropshanteringens länk', async ({ browser, server }) => {
    const missing = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: '&avrop=987654' });
    try {
      await missing.page.getByText('Avropet finns inte, eller så har du inte behörighet att se det.').waitFor();
      assert(missing.errors.length === 0, `fel i sidan: ${missing.errors.join('; ')}`);
    } finally {
      await missing.context.close();
    }
    const stored = await placeOrder(server, 'ledarskap', { unit: 'Annas hemliga enhet' });
    const erik = await openApp(browser, server.url, { route: 'avropshantering', user: 'erik', query: `&avrop=${stored.id}` });
    try {
      const text = await erik.page.innerText('main');
      assert(/saknar behörighet/.test(text), `erik ska få veta att han saknar behörighet: ${text.slice(0, 200)}`);
      assert(!text.includes('Annas hemliga enhet') && !text.includes(stored.order.reference), 'erik får inte se annas avrop');
    } finally {
      await erik.context.close();
    }
  });

  // Reference search: a hostile query is never a filter clause; it finds nothing and says so.
  const BAD_SEARCHES = ["AVR-2026-0001' or Title ne 'x", "' or 1 eq 1", 'AVR-2026-' + '9'.repeat(30), '<script>window.__hostileRan=1</script>', 'AVR-2026-0001%27', '🎓'];
  runner.test(`fientlig indata: ${BAD_SEARCHES.length} fientliga referenssökningar i avropskön ger ett besked och inga injicerade frågor`, async ({ browser, server }) => {
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna' });
    const seen = await watch(page);
    try {
      await page.waitForSelector('h2:text-is("Avropskö")');
      const box = page.getByRole('textbox', { name: 'Sök på referens, enhet eller kontaktperson' });
      for (const value of BAD_SEARCHES) {
        await box.fill(value);
        await page.keyboard.press('Enter');
        // "No order with that reference", the format hint, or no unit or contact person holding the text: none repeats anything as markup.
        await page.waitForFunction(() => /Det finns inget avrop med referensen|Skriv hela avropsreferensen|Inget avrop har en enhet eller kontaktperson/.test(document.querySelector('main')?.innerText ?? ''), undefined, { timeout: 15000 });
        const text = await page.innerText('main');
        assert(!/Avrop AVR-\d{4}-\d{4,} visas/.test(text), `${value}: en fientlig sökning får inte visa ett avrop`);
        const again = page.getByRole('button', { name: 'Visa kön igen' });
        if (await again.count()) await again.click();
      }
      await inert(page, errors, seen, 'referenssökningen');
    } finally {
      await context.close();
    }
  });

  // The catalogue's ?omrade= and its search box.
  const BAD_AREA_LINKS = ["' or 1 eq 1", "ledarskap'", HOSTILE, '../../_api/web', '%00', 'a'.repeat(300)];
  runner.test(`fientlig indata: ${BAD_AREA_LINKS.length} trasiga ?omrade=-länkar och fientliga sökningar i katalogen och formuläret`, async ({ browser, server }) => {
    for (const value of BAD_AREA_LINKS) {
      const { page, context, errors } = await openApp(browser, server.url, { route: 'avtalskatalog', user: 'anna', query: `&omrade=${encodeURIComponent(value)}` });
      const seen = await watch(page);
      try {
        const message = page.getByText('finns inte i katalogen', { exact: false });
        await message.waitFor();
        assert((await message.innerText()).includes(value.slice(0, 60)), `${value.slice(0, 40)}: beskedet ska visa länkens värde ordagrant`);
        await inert(page, errors, seen, `katalogen ?omrade=${value.slice(0, 40)}`);
      } finally {
        await context.close();
      }
      const form = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: `&omrade=${encodeURIComponent(value)}` });
      const formSeen = await watch(form.page);
      try {
        await form.page.getByRole('heading', { level: 2, name: 'Nytt avrop' }).waitFor();
        await inert(form.page, form.errors, formSeen, `formuläret ?omrade=${value.slice(0, 40)}`);
      } finally {
        await form.context.close();
      }
    }
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avtalskatalog', user: 'anna' });
    const seen = await watch(page);
    try {
      const box = page.getByRole('searchbox').first();
      for (const value of [HOSTILE, "' or 1 eq 1", '\u202E', '🎓🎓🎓', '.*[(']) {
        await box.fill(value);
        await page.getByText(/avtalsområden? visas|Inga avtalsområden matchar/).first().waitFor();
      }
      await inert(page, errors, seen, 'katalogens sökning');
    } finally {
      await context.close();
    }
  });

  // An orderer's own item holding hostile text in every free-text field: the desk page, the
  // call-off request and her Mina avrop show it verbatim, and it runs nowhere.
  runner.test('fientlig indata: fientlig text i varje fritextfält visas ordagrant och ofarligt i avropshanteringen, förfrågan och Mina avrop', async ({ browser, server }) => {
    const fields = ['unit', 'contactName', 'invoiceReference', 'need', 'targetGroup', 'place', 'otherInfo'];
    // Within the form's limits (src/domain/limits.ts): the invoice reference column holds 100.
    const overrides = Object.fromEntries(fields.map((f) => [f, `${f}: ${HOSTILE}`.slice(0, f === 'invoiceReference' ? 100 : 255)]));
    const stored = await placeOrder(server, 'ledarskap', overrides);
    const desk = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&avrop=${stored.id}` });
    const seen = await watch(desk.page);
    try {
      await desk.page.getByRole('heading', { level: 2, name: `Avrop ${stored.order.reference}` }).waitFor();
      const text = await desk.page.innerText('main');
      for (const f of ['unit', 'contactName', 'invoiceReference', 'need', 'targetGroup', 'place']) {
        assert(text.includes(`${f}: <img src=x onerror=`), `${f} ska visas ordagrant på avropssidan`);
      }
      await desk.page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      const body = await desk.page.getByRole('dialog').getByLabel('Meddelande').inputValue();
      for (const f of ['unit', 'contactName', 'invoiceReference', 'need']) assert(body.includes(overrides[f]), `${f} ska stå ordagrant i förfrågan`);
      for (const href of await desk.page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')))) {
        assert(!/^\s*javascript:/i.test(href) && !href.includes('<img'), `en länk bär fientlig text okodad: ${href}`);
      }
      await inert(desk.page, desk.errors, seen, 'avropssidan');
    } finally {
      await desk.context.close();
    }
    const mine = await openApp(browser, server.url, { route: 'avrop', user: 'anna' });
    try {
      await mine.page.getByRole('heading', { level: 3, name: new RegExp(stored.order.reference) }).waitFor({ timeout: 30000 });
      await mine.page.getByRole('button', { name: 'Visa detaljer' }).first().click();
      await mine.page.getByText('Uppgifter i avropet').first().waitFor();
      const text = await mine.page.innerText('main');
      assert(text.includes('unit: <img src=x onerror='), `Mina avrop ska visa enheten ordagrant: ${text.slice(0, 600)}`);
      assert(!(await ran(mine.page)) && mine.errors.length === 0, `Mina avrop: ${mine.errors.join('; ')}`);
    } finally {
      await mine.context.close();
    }
  });
}
