// Vera is what most employees are on an intranet: a member of the site's Visitors group and of
// nothing else. She browses the catalogue, places an order and finds it under Mina avrop; she
// sees nobody else's orders, neither in Mina avrop nor through the REST API.
import { sendOrder } from './orderFlows.mjs';

export function registerVisitorFlows(runner, { openApp, assert, axe }) {
  runner.test('vera (bara besökare): bläddrar i katalogen, gör ett avrop, ser bara sitt eget', async ({ browser, server }) => {
    // Someone else's order first, so that there is something she must not see.
    let annas;
    const anna = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
    try {
      annas = await sendOrder(anna.page, assert, { unit: 'Annas enhet' });
    } finally {
      await anna.context.close();
    }

    const catalogue = await openApp(browser, server.url, { route: 'avtalskatalog', user: 'vera' });
    try {
      const text = await catalogue.page.innerText('main');
      for (const expected of ['Ledarskap', 'UGL, UL och IL']) assert(text.includes(expected), `"${expected}" saknas i veras katalog`);
      await catalogue.page.getByRole('searchbox').first().fill('ledarskap');
      // The supplier filter's <option>s hold the names too: wait for a visible one, on a card.
      await catalogue.page.locator(':text("Prové"):visible').first().waitFor();
      const violations = await axe(catalogue.page);
      assert(violations.length === 0, `axe (katalogen som vera): ${JSON.stringify(violations, null, 2)}`);
      assert(catalogue.errors.length === 0, `fel i sidan: ${catalogue.errors.join('; ')}`);
    } finally {
      await catalogue.context.close();
    }

    let veras;
    const form = await openApp(browser, server.url, { route: 'avrop', user: 'vera', query: '&omrade=ledarskap' });
    try {
      veras = await sendOrder(form.page, assert, { unit: 'Veras enhet' });
      await form.page.getByRole('button', { name: 'Gå till Mina avrop' }).click();
      await form.page.getByRole('heading', { level: 3, name: new RegExp(veras) }).waitFor({ timeout: 30000 });
      const mine = await form.page.innerText('main');
      assert(!mine.includes(annas), `vera ska inte se annas avrop ${annas} i Mina avrop`);
      assert(form.errors.length === 0, `fel i sidan: ${form.errors.join('; ')}`);
    } finally {
      await form.context.close();
    }

    // The API answers the same: only her own order.
    const asVera = (path) => fetch(`${server.url}/sites/utbildning/_api/web/lists/getByTitle('${path}`, { headers: { 'X-Workbench-User': 'vera', Accept: 'application/json' } }).then((r) => r.json());
    const orders = await asVera(`Avrop')/items?$select=Id,Title,AuthorId&$top=500`);
    const titles = orders.value.map((o) => o.Title);
    assert(titles.includes(veras), `vera ska se sitt avrop ${veras} via API:t: ${JSON.stringify(titles)}`);
    assert(!titles.includes(annas), `vera ska inte se annas avrop ${annas} via API:t`);
    const authors = new Set(orders.value.map((o) => o.AuthorId));
    assert(authors.size === 1, `alla avrop vera ser ska vara hennes egna: ${JSON.stringify([...authors])}`);
    // Orderers have no access to the audit list or the handlers' record (src/schema/lists.ts).
    for (const title of ['Avropshändelser', 'Avropsstatus']) {
      const res = await fetch(`${server.url}/sites/utbildning/_api/web/lists/getByTitle('${title}')/items?$select=Id&$top=500`, { headers: { 'X-Workbench-User': 'vera', Accept: 'application/json' } });
      assert(res.status === 403, `vera ska inte komma åt ${title}: HTTP ${res.status}`);
    }
    const byId = await fetch(`${server.url}/sites/utbildning/_api/web/lists/getByTitle('Avrop')/items?$select=Id&$filter=Title eq '${annas}'`, {
      headers: { 'X-Workbench-User': 'vera', Accept: 'application/json' }
    }).then((r) => r.json());
    assert(byId.value.length === 0, `annas avrop ska inte gå att hitta som vera: ${JSON.stringify(byId)}`);
  });
}
