// Exactly once through the real form while SharePoint throttles and answers get lost (issue 9,
// property 9): 30 % of API requests answered 429 with Retry-After, 10 % of committed writes lose
// their answer, 300 ms latency on every request. Twenty orders sent from the form in the browser
// give exactly twenty items, each once; where the form was unsure it said so and its retry
// found the order instead of adding another. Throttling and Retry-After:
// https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
import { fillOrder, send } from './orderFlows.mjs';
import { placeOrder } from './deskFlows.mjs';
import { typeDate } from './dates.mjs';

const FLAKY = { rate429: 0.3, retryAfterSeconds: 0, dropAfterWriteRate: 0.1, latencyMs: 300 };
const COUNT = 20;
const OWNER = { 'X-Workbench-User': 'lars', 'Content-Type': 'application/json' };

async function setFaults(server, patch) {
  const res = await fetch(`${server.url}/_workbench/faults`, { method: 'POST', headers: OWNER, body: JSON.stringify(patch) });
  if (!res.ok) throw new Error(`faults: HTTP ${res.status} ${await res.text()}`);
}

async function ordersWithUnitPrefix(server, prefix) {
  const rows = [];
  let url = `${server.url}/sites/utbildning/_api/web/lists/getByTitle('Avrop')/items?$select=Id,Title,Unit,RequestKey&$orderby=ID desc&$top=500`;
  while (url && rows.length < 5000) {
    const res = await fetch(url, { headers: { 'X-Workbench-User': 'lars', Accept: 'application/json;odata=nometadata' } });
    if (!res.ok) throw new Error(`Avrop: HTTP ${res.status}`);
    const body = await res.json();
    rows.push(...body.value.filter((r) => String(r.Unit).startsWith(prefix)));
    url = body['odata.nextLink'];
  }
  return rows;
}

async function auditKinds(server, orderId) {
  const list = encodeURIComponent('Avropshändelser');
  const url = `${server.url}/sites/utbildning/_api/web/lists/getByTitle('${list}')/items?$select=Id,EventKind,ParentOrder/Id&$expand=ParentOrder&$filter=ParentOrder/Id eq ${orderId}&$orderby=ID asc`;
  const res = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata', 'X-Workbench-User': 'hanna' } });
  if (!res.ok) throw new Error(`Avropshändelser: HTTP ${res.status}`);
  return (await res.json()).value.map((row) => row.EventKind);
}

function swedishDate(days) {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const FALSE_NEWS = /ändrats av någon annan|Det gick inte att spara|Försök igen/;

/** Clicks an action and waits for its confirmation; a false conflict or a failure fails the test. */
async function act(page, assert, where, doIt, confirmation) {
  await doIt();
  const which = await Promise.race([
    page.getByText(confirmation).first().waitFor({ timeout: 120000 }).then(() => 'ok'),
    page.getByText(FALSE_NEWS).first().waitFor({ timeout: 120000 }).then(() => 'false')
  ]);
  if (which !== 'ok') assert(false, `${where}: falskt besked: ${(await page.innerText('main')).slice(0, 400)}`);
}

export function registerFaultFlows(runner, { openApp, assert }) {
  // Six orders run through the desk in the browser while the network misbehaves. Two go the long
  // way (send, decline, send to rank 2, accept, complete), four the short way (send, accept,
  // complete): 22 actions, each must leave exactly one audit row, and no action may be told it
  // conflicted with someone else (there is nobody else).
  runner.test('fel i nätet: avropshanteringen i webbläsaren (6 avrop, 22 åtgärder) under 429, tappade svar och 300 ms ger exakt en händelserad per åtgärd', async ({ browser, server }) => {
    const orders = [];
    for (let n = 0; n < 6; n++) orders.push(await placeOrder(server, n % 2 ? 'ledarskap' : 'ugl-ul-il', { unit: `Feltålig disk ${n + 1}` }));
    const expected = new Map();
    await setFaults(server, FLAKY);
    try {
      for (const [n, stored] of orders.entries()) {
        const long = n < 2;
        const { page, context, errors } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&avrop=${stored.id}` });
        try {
          const where = `avrop ${n + 1} (${stored.order.reference})`;
          await page.getByRole('heading', { level: 2, name: `Avrop ${stored.order.reference}` }).waitFor({ timeout: 120000 });
          const sendIt = async () => {
            await page.getByRole('button', { name: 'Skicka till leverantör' }).click();
            await page.getByRole('dialog').getByRole('button', { name: 'Registrera som skickat' }).click();
          };
          await act(page, assert, where, sendIt, /Avropet är registrerat som skickat till/);
          if (long) {
            await act(page, assert, where, async () => {
              await page.getByRole('radio', { name: 'Avböjde: saknar kapacitet' }).check();
              await page.getByRole('button', { name: 'Registrera svaret' }).click();
            }, /Avropet har gått vidare till .* \(rang 2\)/);
            await page.getByText(/Avropet är registrerat som skickat till/).waitFor({ state: 'detached', timeout: 60000 }).catch(() => undefined);
            await act(page, assert, where, sendIt, /Avropet är registrerat som skickat till .*\./);
          }
          await act(page, assert, where, async () => {
            await page.getByRole('radio', { name: 'Antog avropet' }).check();
            await typeDate(page, page.getByLabel('Startdatum'), swedishDate(10));
            await page.getByRole('button', { name: 'Registrera svaret' }).click();
          }, /har antagit avropet\. Utbildningen startar /);
          await act(page, assert, where, async () => {
            await page.getByRole('spinbutton', { name: /Antal deltagare/ }).fill('9');
            await page.getByRole('button', { name: 'Markera som genomfört' }).click();
            // Completing before the start date asks for a confirmation first (the start is 10 days away);
            // the dialog opens after the click's rule check, so wait for it or for the outcome.
            const confirm = page.getByRole('button', { name: /Ja, markera som genomfört/ });
            await confirm.or(page.getByText('Avropet är markerat som genomfört med 9 deltagare.')).first().waitFor({ timeout: 60000 });
            if (await confirm.count()) await confirm.click();
          }, 'Avropet är markerat som genomfört med 9 deltagare.');
          assert(errors.length === 0, `${where}: fel i sidan: ${errors.join('; ')}`);
          expected.set(stored.id, long ? ['Skickad', 'Vidare till nästa leverantör', 'Skickad', 'Antagen', 'Genomförd'] : ['Skickad', 'Antagen', 'Genomförd']);
        } finally {
          await context.close();
        }
      }
    } finally {
      await setFaults(server, { rate429: 0, dropAfterWriteRate: 0, latencyMs: 0 });
    }
    let actions = 0;
    for (const [id, kinds] of expected) {
      const stored = await auditKinds(server, id);
      assert(JSON.stringify(stored) === JSON.stringify(kinds), `avrop ${id}: händelseloggen ${stored.join(', ')}, väntat ${kinds.join(', ')}`);
      actions += kinds.length;
    }
    assert(actions === 22, `${actions} åtgärder, inte 22`);
  });

  runner.test(`fel i nätet: ${COUNT} avrop från formuläret under 429, tappade svar och 300 ms fördröjning blir exakt ${COUNT}`, async ({ browser, server }) => {
    const prefix = `Feltålig ${Date.now()}`;
    const shown = [];
    let retries = 0;
    await setFaults(server, FLAKY);
    try {
      for (let n = 1; n <= COUNT; n++) {
        const { page, context, errors } = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
        try {
          await page.getByRole('heading', { level: 2, name: 'Nytt avrop' }).waitFor({ timeout: 60000 });
          await fillOrder(page, assert, { unit: `${prefix} #${n}` });
          await send(page);
          const receipt = page.getByRole('heading', { level: 2, name: 'Avropet är skickat' });
          const unsure = page.getByText('Vi vet inte säkert om avropet kom fram.');
          for (let attempt = 0; ; attempt++) {
            const which = await Promise.race([
              receipt.waitFor({ timeout: 90000 }).then(() => 'receipt'),
              unsure.waitFor({ timeout: 90000 }).then(() => 'unsure')
            ]);
            if (which === 'receipt') break;
            assert(attempt < 5, `avrop ${n}: fortfarande osäkert efter ${attempt} nya försök`);
            retries++;
            await page.getByRole('button', { name: 'Försök igen' }).click();
            await unsure.waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);
          }
          const text = await page.innerText('main');
          const reference = /AVR-\d{4}-\d{4,}/.exec(text);
          assert(reference, `avrop ${n}: ingen referens på kvittot`);
          shown.push(reference[0]);
          assert(!/ändrats av någon annan|har redan kommit fram/.test(text), `avrop ${n}: falskt besked: ${text.slice(0, 300)}`);
          assert(errors.length === 0, `avrop ${n}: fel i sidan: ${errors.join('; ')}`);
        } finally {
          await context.close();
        }
      }
    } finally {
      await setFaults(server, { rate429: 0, dropAfterWriteRate: 0, latencyMs: 0 });
    }
    // A lost answer can still leave a second item behind: the browser itself may re-send a POST
    // whose connection dropped. Then the lowest id is the order (with its reference) and the copy
    // keeps its provisional NY- title, which every reader skips (src/data/orderRepository.ts).
    // Orderers cannot delete items, so the copy stays in the list.
    const rows = await ordersWithUnitPrefix(server, prefix);
    const byKey = new Map();
    for (const row of rows) byKey.set(row.RequestKey, [...(byKey.get(row.RequestKey) ?? []), row]);
    assert(byKey.size === COUNT, `${byKey.size} avrop sparade, inte ${COUNT}: ${rows.map((r) => r.Unit).sort().join(', ')}`);
    let copies = 0;
    for (const [key, items] of byKey) {
      const [order, ...later] = items.sort((a, b) => a.Id - b.Id);
      assert(/^AVR-\d{4}-\d{4,}$/.test(order.Title), `${key}: det första objektet ska ha referensen, inte ${order.Title}`);
      assert(new Set(items.map((i) => i.Unit)).size === 1, `${key}: olika avrop under samma nyckel`);
      for (const copy of later) assert(/^NY-/.test(copy.Title), `${key}: en senare kopia ska ha kvar sin preliminära titel, inte ${copy.Title}`);
      copies += later.length;
    }
    assert(new Set(shown).size === COUNT, `varje kvitto ska ha en egen referens: ${shown.join(', ')}`);
    const shownSet = new Set(shown);
    for (const [, items] of byKey) assert(shownSet.has(items[0].Title), `kvittot ska visa ordens referens ${items[0].Title}`);
    console.log(`    (${COUNT} avrop, ${retries} nya försök efter osäkra svar, ${copies} kvarlämnade kopior som läsarna hoppar över)`);
  });
}
