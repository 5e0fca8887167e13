// Notifications through the real pages, checked in the emulator's outbox (GET /_workbench/outbox,
// what its Microsoft Graph sendMail accepted): the site owner sets the handlers' mailbox, a new
// order reaches it, "Skicka till leverantör" mails the call-off to the supplier with a copy to the
// handlers, and every status change reaches the orderer and the contact person in the orderer's
// language. Before Mail.Send is approved the page says so and offers mailto, and the action stands.
import { typeDate } from './dates.mjs';
import { placeOrder } from './deskFlows.mjs';

const SITE_PATH = '/sites/utbildning';
const MAILBOX = 'avropshandlaggarna@region.example';
const OWNER = { 'X-Workbench-User': 'lars' };

async function outbox(server) {
  const res = await fetch(`${server.url}/_workbench/outbox`);
  if (!res.ok) throw new Error(`outbox: HTTP ${res.status}`);
  return res.json();
}

async function setApproved(server, mailSendApproved) {
  const res = await fetch(`${server.url}/_workbench/graph`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url, ...OWNER },
    body: JSON.stringify({ mailSendApproved })
  });
  if (!res.ok) throw new Error(`graph: HTTP ${res.status} ${await res.text()}`);
}

/** The list owner gives a supplier an address (the seed has none); returns the one it had. */
async function setSupplierEmail(server, name, email) {
  const list = `${server.url}${SITE_PATH}/_api/web/lists/getByTitle('${encodeURIComponent('Leverantörer')}')/items`;
  const found = await fetch(`${list}?$select=Id,Title,Email&$top=100`, { headers: { Accept: 'application/json', ...OWNER } });
  const row = (await found.json()).value.find((r) => r.Title === name);
  if (!row) throw new Error(`ingen leverantör ${name}`);
  const context = await fetch(`${server.url}${SITE_PATH}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', ...OWNER } });
  const digest = (await context.json()).FormDigestValue;
  const res = await fetch(`${list}(${row.Id})`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'X-RequestDigest': digest, ...OWNER },
    body: JSON.stringify({ Email: email })
  });
  if (!res.ok) throw new Error(`Leverantörer: HTTP ${res.status} ${await res.text()}`);
  return row.Email || '';
}

export function registerMailFlows(runner, { openApp, assert, axe }) {
  const noViolations = async (page, where) => {
    const violations = await axe(page);
    assert(violations.length === 0, `axe (${where}): ${JSON.stringify(violations, null, 2)}`);
  };

  runner.test('e-post: Lars anger handläggarnas adress; Annas nya avrop går dit; Skicka till leverantör och antaget går till leverantören (kopia handläggarna), Anna och kontaktpersonen på engelska; utkorgen kontrollerad', async ({ browser, server }) => {
    const before = (await outbox(server)).length;
    const earlier = await setSupplierEmail(server, 'Prové', 'avrop@prove.example');
    try {
      // The site owner sets the shared mailbox in Administration; a list of addresses is refused.
      const admin = await openApp(browser, server.url, { route: 'administration', user: 'lars' });
      try {
        const field = admin.page.getByLabel('Gemensam e-postadress');
        await field.fill('a@region.example, b@region.example');
        await admin.page.getByRole('button', { name: 'Spara adressen' }).click();
        await admin.page.getByText(/Skriv en e-postadress/).waitFor();
        await field.fill(MAILBOX);
        await admin.page.getByRole('button', { name: 'Spara adressen' }).click();
        await admin.page.getByText(`Adressen är sparad: ${MAILBOX}.`).waitFor();
        await noViolations(admin.page, 'administration, e-postadressen');
      } finally {
        await admin.context.close();
      }

      // Anna orders on an English page, with Karin as the contact person.
      const anna = await openApp(browser, server.url, { route: 'avrop', user: 'anna', lang: 'en-US', query: '&omrade=ledarskap' });
      let reference;
      try {
        await anna.page.getByRole('heading', { level: 2, name: 'New order' }).waitFor();
        await anna.page.getByLabel("Contact person's e-mail address").fill('karin.berg@region.example');
        reference = await sendOrderEn(anna.page, assert);
        await anna.page.getByText(`E-mail sent to ${MAILBOX}.`).waitFor({ timeout: 30000 });
        await noViolations(anna.page, 'receipt with the mail notice');
      } finally {
        await anna.context.close();
      }
      let mails = (await outbox(server)).slice(before);
      assert(mails.length === 1, `ett meddelande efter avropet, inte ${mails.length}: ${JSON.stringify(mails)}`);
      assert(mails[0].from === 'anna@region.example' && JSON.stringify(mails[0].to) === JSON.stringify([MAILBOX]), `till handläggarna från Anna: ${JSON.stringify(mails[0])}`);
      assert(mails[0].subject === `New order ${reference} – Ledarskap` && mails[0].contentType === 'text', `ämne: ${mails[0].subject}`);

      // Hanna sends it to Prové: the call-off to Prové with a copy to the handlers, the status to Anna and Karin.
      // Searched for this order: the open queue shows older unsent orders of other tests first.
      const hanna = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&sok=${reference}` });
      try {
        await hanna.page.getByRole('link', { name: reference, exact: true }).click();
        await hanna.page.getByRole('heading', { level: 2, name: `Avrop ${reference}` }).waitFor();
        await hanna.page.getByRole('button', { name: 'Skicka till leverantör' }).click();
        const dialog = hanna.page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Registrera som skickat' }).waitFor();
        const body = await dialog.getByLabel('Meddelande').inputValue();
        await dialog.getByRole('button', { name: 'Registrera som skickat' }).click();
        await hanna.page.getByText(`E-post skickad till avrop@prove.example, ${MAILBOX}.`).waitFor({ timeout: 30000 });
        await hanna.page.getByText('E-post skickad till anna@region.example, karin.berg@region.example.').waitFor();
        await noViolations(hanna.page, 'avropet med e-postbeskedet');
        mails = (await outbox(server)).slice(before + 1);
        assert(mails.length === 2, `två meddelanden efter sändningen, inte ${mails.length}`);
        const [callOff, status] = mails;
        assert(JSON.stringify(callOff.to) === '["avrop@prove.example"]' && JSON.stringify(callOff.cc) === JSON.stringify([MAILBOX]), `förfrågan: ${JSON.stringify(callOff)}`);
        assert(callOff.from === 'hanna@region.example' && callOff.body === body, 'förfrågan ska vara texten i dialogen, från Hanna');
        assert(!/Skrivtolk|Speech-to-text|hanna|Hanna/.test(callOff.body), 'inga anpassningar eller handläggare i förfrågan');
        assert(JSON.stringify(status.to) === '["anna@region.example","karin.berg@region.example"]', `status: ${JSON.stringify(status.to)}`);
        assert(status.subject === `Order ${reference}: sent to the supplier`, `status på Annas språk: ${status.subject}`);

        // The page again (a reload, a re-render): nothing more is sent.
        await hanna.page.reload();
        await hanna.page.getByRole('heading', { level: 2, name: `Avrop ${reference}` }).waitFor();
        assert((await outbox(server)).length === before + 3, 'omladdningen ska inte skicka något');

        // Accepted: Anna and Karin are told, once.
        await hanna.page.getByRole('radio', { name: 'Antog avropet' }).check();
        await typeDate(hanna.page, hanna.page.getByLabel('Startdatum'), isoDaysAhead(40));
        await hanna.page.getByRole('button', { name: 'Registrera svaret' }).click();
        await hanna.page.getByText(/Prové har antagit avropet\./).waitFor();
        await hanna.page.getByText('E-post skickad till anna@region.example, karin.berg@region.example.').waitFor({ timeout: 30000 });
        mails = (await outbox(server)).slice(before + 3);
        assert(mails.length === 1 && mails[0].subject === `Order ${reference}: accepted`, `antaget: ${JSON.stringify(mails.map((m) => m.subject))}`);
        assert(/The training starts on \d+ \w{3} \d{4}\./.test(mails[0].body), `antaget, text: ${mails[0].body}`);
        assert(hanna.errors.length === 0, `fel i sidan: ${hanna.errors.join('; ')}`);
      } finally {
        await hanna.context.close();
      }
    } finally {
      await setSupplierEmail(server, 'Prové', earlier);
    }
  });

  runner.test('e-post: avropshanteringen avbryter ett antaget avrop – Prové får veta med skälet, Anna och Karin också; ett avrop utan leverantör ger Anna nästa steg; utkorgen kontrollerad', async ({ browser, server }) => {
    const earlier = await setSupplierEmail(server, 'Prové', 'avrop@prove.example');
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna' });
    const settled = () => page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'), undefined, { timeout: 60000 });
    const open = async (stored) => {
      await page.goto(page.url().replace(/&avrop=\d+/, '') + `&avrop=${stored.id}`);
      await page.getByRole('heading', { level: 2, name: `Avrop ${stored.order.reference}` }).waitFor();
    };
    try {
      const accepted = await placeOrder(server, 'ledarskap', { contactEmail: 'karin.berg@region.example' });
      await open(accepted);
      await page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Registrera som skickat' }).click();
      await page.getByText(/E-post skickad till avrop@prove\.example/).waitFor({ timeout: 30000 });
      await settled();
      await page.getByRole('radio', { name: 'Antog avropet' }).check();
      await typeDate(page, page.getByLabel('Startdatum'), isoDaysAhead(10));
      await page.getByRole('button', { name: 'Registrera svaret' }).click();
      await page.getByText(/Prové har antagit avropet\./).waitFor();
      await settled();

      // Cancelled after acceptance, with a reason: Prové is told, and so are Anna and Karin.
      const before = (await outbox(server)).length;
      await page.getByRole('button', { name: 'Avbryt avropet' }).click();
      await page.getByLabel('Skäl till att avropet avbryts').fill('Enheten slås ihop med en annan och utbildningen behövs inte.');
      await noViolations(page, 'avbryt ett antaget avrop');
      await page.getByRole('button', { name: 'Bekräfta att avropet avbryts' }).click();
      await page.getByText('Avropet är avbrutet.').waitFor();
      await page.getByText('E-post skickad till avrop@prove.example').first().waitFor({ timeout: 30000 });
      await settled();
      const mails = (await outbox(server)).slice(before);
      assert(mails.length === 2, `två meddelanden efter avbrottet, inte ${mails.length}: ${JSON.stringify(mails.map((m) => m.subject))}`);
      const [toSupplier, toOrderer] = mails;
      assert(JSON.stringify(toSupplier.to) === '["avrop@prove.example"]' && toSupplier.subject === `Avrop ${accepted.order.reference} avbryts`, `till Prové: ${JSON.stringify(toSupplier)}`);
      assert(toSupplier.body.includes('Skäl: Enheten slås ihop med en annan och utbildningen behövs inte.') && /Ni hade antagit avropet med start/.test(toSupplier.body), `Provés text: ${toSupplier.body}`);
      assert(!/Karin|karin\.berg|Hörslinga|Arbetsgruppen behöver/.test(toSupplier.body), 'inget personligt eller om behovet till leverantören');
      assert(JSON.stringify(toOrderer.to) === '["anna@region.example","karin.berg@region.example"]' && toOrderer.subject === `Avrop ${accepted.order.reference}: avbrutet`, `till Anna och Karin: ${JSON.stringify(toOrderer)}`);
      assert(toOrderer.body.includes('Skäl: Enheten slås ihop'), 'skälet till beställaren');

      // Every supplier passed over: the order ends without one, and Anna is told what she can do next.
      const none = await placeOrder(server, 'ledarskap', { contactEmail: 'karin.berg@region.example' });
      await open(none);
      for (let i = 0; i < 10 && (await page.getByRole('button', { name: 'Hoppa över leverantören' }).count()); i++) {
        await page.getByRole('button', { name: 'Hoppa över leverantören' }).click();
        await page.getByLabel('Motivering').fill('Leverantören har meddelat att de inte tar uppdrag i år.');
        await page.getByRole('button', { name: 'Gå vidare till nästa leverantör' }).click();
        await page.getByText(/Avropet har gått vidare till|Avropet har nu status "Ingen leverantör"/).waitFor();
        await settled();
      }
      await page.getByText(/Avropet har nu status "Ingen leverantör"/).waitFor();
      const last = (await outbox(server)).at(-1);
      assert(last.subject === `Avrop ${none.order.reference}: ingen leverantör kunde ta det`, `sista meddelandet: ${last.subject}`);
      assert(JSON.stringify(last.to) === '["anna@region.example","karin.berg@region.example"]', `till: ${JSON.stringify(last.to)}`);
      assert(/du kan också göra ett nytt avrop med en annan period eller ett annat upplägg/.test(last.body), `nästa steg: ${last.body}`);
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
      await setSupplierEmail(server, 'Prové', earlier);
    }
  });

  runner.test('e-post: innan Mail.Send är godkänt säger sidan det och erbjuder mailto; åtgärden sparas och inget skickas', async ({ browser, server }) => {
    const stored = await placeOrder(server, 'ugl-ul-il', { contactEmail: 'karin.berg@region.example' });
    await setApproved(server, false);
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&avrop=${stored.id}` });
    try {
      const before = (await outbox(server)).length;
      await page.getByRole('heading', { level: 2, name: `Avrop ${stored.order.reference}` }).waitFor();
      await page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Registrera som skickat' }).click();
      await page.getByText(/Avropet är registrerat som skickat till Harmoni i Livet Syd\./).waitFor();
      await page.getByText(/E-post kan inte skickas härifrån ännu: en administratör har inte godkänt behörigheten Mail\.Send/).first().waitFor({ timeout: 30000 });
      const link = page.getByRole('link', { name: 'Öppna e-postmeddelandet till anna@region.example, karin.berg@region.example' });
      const href = (await link.getAttribute('href')) || '';
      assert(href.startsWith('mailto:anna@region.example,karin.berg@region.example?subject='), `mailto: ${href.slice(0, 120)}`);
      assert(decodeURIComponent(href.split('subject=')[1].split('&')[0]) === `Avrop ${stored.order.reference}: skickat till leverantören`, 'ämnet i mailto-länken');
      assert((await outbox(server)).length === before, 'inget ska ha skickats');
      await noViolations(page, 'avropet, e-post inte godkänd');
      // The action stands: the order is waiting for the supplier's answer.
      await page.reload();
      await page.getByRole('button', { name: 'Registrera svaret' }).waitFor();
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
      await setApproved(server, true);
    }
  });
}

function isoDaysAhead(days) {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The order form on an English page, filled by its English labels (orderFlows.mjs does the Swedish one); returns the reference. */
async function sendOrderEn(page, assert) {
  await page.getByRole('combobox', { name: /^Ordering organisation/ }).click();
  await page.getByRole('option', { name: 'Västra Götalandsregionen' }).click();
  await page.getByLabel('Department/unit').fill('Akutmottagningen, Sahlgrenska');
  await page.getByLabel("Contact person's phone number").fill('031-123 45 67');
  await page.getByLabel('Invoice reference or cost centre').fill('KST 4711');
  await page.getByRole('checkbox', { name: 'Att leda arbete' }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('What is the need?').fill('New managers need to practise leading meetings.');
  await page.getByLabel('Target group').fill('First-line managers');
  await page.getByLabel('Number of participants').fill('12');
  await page.getByRole('radio', { name: 'Digital' }).focus();
  await page.keyboard.press('Space');
  await typeDate(page, page.getByLabel('Earliest from'), isoDaysAhead(30));
  await typeDate(page, page.getByLabel('Latest by'), isoDaysAhead(75));
  await page.getByRole('checkbox', { name: 'Speech-to-text interpreter' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Send the order' }).click();
  await page.getByRole('heading', { level: 2, name: 'The order has been sent' }).waitFor({ timeout: 30000 });
  const match = /AVR-\d{4}-\d{4,}/.exec(await page.innerText('main'));
  assert(match, 'no reference on the receipt');
  return match[0];
}
