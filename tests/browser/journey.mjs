// The whole call-off, across apps and people: Anna orders from the form, Hanna runs it down the
// ranking at the desk (rank 1 declines, rank 2 accepts, closed as delivered), Anna follows it in
// Mina avrop, and Erik, another employee, can see neither it in his list nor it through the API.
import { sendOrder } from './orderFlows.mjs';
import { typeDate } from './dates.mjs';

export function registerJourney(runner, { openApp, assert, axe }) {
  runner.test('hela avropet: formulär (anna) → avropshantering (hanna: nej från rang 1, ja från rang 2, genomfört) → Mina avrop (anna); erik ser inget', async ({ browser, server }) => {
    let reference;
    const form = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
    try {
      reference = await sendOrder(form.page, assert, { unit: 'Regionkansliet, digitaliseringsenheten' });
      assert((await form.page.innerText('main')).includes('Prové'), 'kvittot ska nämna rang 1, Prové');
    } finally {
      await form.context.close();
    }

    const desk = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna' });
    try {
      const { page } = desk;
      await page.getByRole('textbox', { name: 'Sök på referens, enhet eller kontaktperson' }).fill(reference);
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: reference, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: `Avrop ${reference}` }).waitFor();
      await page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Registrera som skickat' }).click();
      await page.getByText(/Avropet är registrerat som skickat till Prové\./).waitFor();
      await page.getByRole('radio', { name: 'Avböjde: kan inte starta i tid' }).check();
      await page.getByRole('button', { name: 'Registrera svaret' }).click();
      await page.getByText('Avropet har gått vidare till TrustP (rang 2). Skicka det till den leverantören.').waitFor();
      await page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Registrera som skickat' }).click();
      await page.getByText(/Avropet är registrerat som skickat till TrustP\./).waitFor();
      await page.getByRole('radio', { name: 'Antog avropet' }).check();
      const start = new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10);
      await typeDate(page, page.getByLabel('Startdatum'), start);
      await page.getByRole('button', { name: 'Registrera svaret' }).click();
      await page.getByText(/TrustP har antagit avropet\./).waitFor();
      await page.getByRole('spinbutton', { name: /Antal deltagare/ }).fill('12');
      await page.getByRole('button', { name: 'Markera som genomfört' }).click();
      // The start is three days away: completing now needs a confirmation.
      await page.getByRole('alertdialog', { name: 'Markera som genomfört före startdatumet?' }).getByRole('button', { name: 'Ja, markera som genomfört' }).click();
      await page.getByText('Avropet är markerat som genomfört med 12 deltagare.').waitFor();
    } finally {
      await desk.context.close();
    }

    const anna = await openApp(browser, server.url, { route: 'avrop', user: 'anna' });
    try {
      const { page } = anna;
      await page.getByRole('heading', { level: 3, name: new RegExp(reference) }).waitFor({ timeout: 30000 });
      await page.getByRole('button', { name: `Visa detaljer för ${reference}` }).click();
      const text = await page.innerText('main');
      for (const expected of ['Genomförd', 'Prové (rang 1) avböjde eftersom leverantören inte kan starta i tid', 'TrustP (rang 2) antog avropet', 'Utbildningen markerades som genomförd']) {
        assert(text.includes(expected), `"${expected}" saknas i annas Mina avrop`);
      }
      assert(!(await page.getByRole('button', { name: `Avbryt avropet ${reference}` }).count()), 'ett genomfört avrop kan inte avbrytas');
      const violations = await axe(page);
      assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 2)}`);
    } finally {
      await anna.context.close();
    }

    const erik = await openApp(browser, server.url, { route: 'avrop', user: 'erik' });
    try {
      await erik.page.getByRole('heading', { level: 2, name: 'Mina avrop' }).waitFor();
      assert(!(await erik.page.innerText('main')).includes(reference), `erik ska inte se ${reference}`);
    } finally {
      await erik.context.close();
    }
    // Not even by asking SharePoint directly: item-level security hides the order and its events.
    const api = `${server.url}/sites/utbildning/_api/web/lists/getByTitle('Avrop')/items?$select=Id,Title&$filter=Title eq '${reference}'`;
    const asErik = await (await fetch(api, { headers: { 'X-Workbench-User': 'erik', Accept: 'application/json' } })).json();
    const asAnna = await (await fetch(api, { headers: { 'X-Workbench-User': 'anna', Accept: 'application/json' } })).json();
    assert(asAnna.value.length === 1, `anna ska hitta sitt avrop via API:t: ${JSON.stringify(asAnna)}`);
    assert(asErik.value.length === 0, `erik ska inte hitta annas avrop via API:t: ${JSON.stringify(asErik)}`);
    const events = `${server.url}/sites/utbildning/_api/web/lists/getByTitle('Avropshändelser')/items?$select=Id&$filter=OrderReference eq '${reference}'`;
    // Orderers have no access to the audit list at all (src/schema/lists.ts, ORDER_EVENTS).
    const eventsAsErik = await fetch(events, { headers: { 'X-Workbench-User': 'erik', Accept: 'application/json' } });
    assert(eventsAsErik.status === 403, `erik ska inte komma åt avropshändelserna: HTTP ${eventsAsErik.status}`);
  });
}
