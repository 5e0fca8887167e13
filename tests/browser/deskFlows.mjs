// The order desk (Avropshantering) against the real workbench: an order placed by Anna through
// the project's own data layer, run down the ranking by Hanna in the browser, written with ETags
// to the emulator, and checked with axe on the way.
import { readFileSync } from 'node:fs';
import { importTypeScript } from '../support/importTypeScript.mjs';
import { typeDate } from './dates.mjs';

const SITE_PATH = '/sites/utbildning';

let dataLayer;
let csvPromise;
const csvModule = () => (csvPromise ??= importTypeScript(`export { parseCsv } from './src/domain/csv';`, 'desk-csv'));

/**
 * The project's createOrder + SpOrderRepository.submit, bundled once with esbuild for Node, so a
 * test order is stored exactly as the order form stores it (provisional title, reference from the
 * item id, first audit row), as the given workbench user via the X-Workbench-User header.
 */
function loadDataLayer() {
  if (!dataLayer) {
    dataLayer = importTypeScript(`
            import { randomUUID } from 'node:crypto';
            import { InjectHeaders } from '@pnp/queryable';
            import { SPBrowser, spfi } from '@pnp/sp';
            import { createOrder } from './src/domain/cascade';
            import { SpCatalogueRepository } from './src/data/catalogueRepository';
            import { SpOrderRepository } from './src/data/orderRepository';
            export async function submitOrder(siteUrl, login, request) {
              const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Workbench-User': login }));
              const catalogue = new SpCatalogueRepository(sp);
              const now = new Date();
              const { order } = createOrder(request, await catalogue.load(), {
                now,
                user: login + '@region.example',
                requestKey: randomUUID(),
                // Not allocated yet: the store numbers the order from its list item id.
                reference: ''
              });
              return new SpOrderRepository(sp, catalogue).submit(order);
            }
          `, 'deskFlowOrders');
  }
  return dataLayer;
}

/** Today's date in Sweden plus `days`, YYYY-MM-DD. */
function swedishDate(days) {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${parts}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function orderRequest(areaKey, overrides = {}) {
  const from = swedishDate(14);
  const to = swedishDate(60);
  return {
    organisationKey: 'vgr',
    unit: 'Akutmottagningen',
    contactName: 'Anna Andersson',
    contactEmail: 'anna@region.example',
    contactPhone: '010-441 00 00',
    invoiceReference: 'KST 1234',
    areaKey,
    trainingAreaKeys: [],
    courseKey: areaKey === 'ugl-ul-il' ? 'ugl-ul-il/ugl' : '',
    need: 'Arbetsgruppen behöver stärka samarbetet efter en omorganisation.',
    targetGroup: 'Sjuksköterskor och undersköterskor',
    participants: 12,
    format: 'Platsbunden',
    periodFrom: from,
    periodTo: to,
    place: 'Sahlgrenska, konferensrum 3',
    adaptations: ['Hörslinga'],
    adaptationsOther: '',
    otherInfo: 'Gärna två heldagar i följd.',
    ...overrides
  };
}

/** Stores an order as Anna (orderer) through the project's data layer; resolves to the StoredOrder. */
export async function placeOrder(server, areaKey, overrides) {
  const { submitOrder } = await loadDataLayer();
  return submitOrder(`${server.url}${SITE_PATH}`, 'anna', orderRequest(areaKey, overrides));
}

async function auditRows(server, orderId) {
  const list = encodeURIComponent('Avropshändelser');
  const url = `${server.url}${SITE_PATH}/_api/web/lists/getByTitle('${list}')/items?$select=Id,EventKind,ParentOrder/Id&$expand=ParentOrder&$filter=ParentOrder/Id eq ${orderId}&$orderby=ID asc`;
  const res = await fetch(url, { headers: { Accept: 'application/json', 'X-Workbench-User': 'hanna' } });
  if (!res.ok) throw new Error(`Avropshändelser: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).value.map((row) => row.EventKind);
}

export function registerDeskFlows(runner, { openApp, assert, axe }) {
  const noViolations = async (page, where) => {
    const violations = await axe(page);
    assert(violations.length === 0, `axe (${where}): ${JSON.stringify(violations, null, 2)}`);
  };

  const trailItems = (page) =>
    page.$$eval('section:has(> h3:text-is("Händelser")) li', (items) => items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));

  runner.test('avropshantering: Hanna skickar, registrerar avböjt, skickar till rang 2, registrerar antaget och avslutar som genomfört', async ({ browser, server }) => {
    const stored = await placeOrder(server, 'ugl-ul-il');
    const reference = stored.order.reference;
    assert(/^AVR-\d{4}-\d{4,}$/.test(reference), `referens: ${reference}`);
    // Searched for the new order by a link: on a server shared with other tests, the open queue
    // shows their older unsent orders first.
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&sok=${reference}` });
    try {
      // The queue, with the new order in it; axe on the queue.
      await page.waitForSelector('h2:text-is("Avropskö")');
      const link = page.getByRole('link', { name: reference, exact: true });
      await link.waitFor();
      await noViolations(page, 'kön');

      // Open it with the keyboard; focus lands on the order's heading.
      await link.focus();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name: `Avrop ${reference}` });
      await heading.waitFor();
      assert(await heading.evaluate((h) => h === document.activeElement), 'fokus ska vara på avropets rubrik');
      assert(page.url().includes(`avrop=${stored.id}`), `adressen ska peka på avropet: ${page.url()}`);
      const details = await page.innerText('main');
      for (const expected of ['Akutmottagningen', 'Anna Andersson', 'KST 1234', 'Utveckling av grupp och ledare (UGL)', 'Sahlgrenska, konferensrum 3', 'Hörslinga', 'Harmoni i Livet Syd', 'Rezon', 'Team Fusion']) {
        assert(details.includes(expected), `"${expected}" saknas på avropssidan`);
      }
      await noViolations(page, 'avropet, status Ny');

      // Send to rank 1: the request text, no e-mail address in the seed catalogue, then record it.
      await page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      // Fluent's role="dialog" wrapper has no box of its own; wait for its content.
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Registrera som skickat' }).waitFor();
      const subject = await dialog.getByLabel('Ämne').inputValue();
      assert(subject.startsWith(`Avrop ${reference} – UGL, UL och IL – svar senast `), `ämne: ${subject}`);
      const body = await dialog.getByLabel('Meddelande').inputValue();
      for (const expected of [`Avropsreferens: ${reference}`, 'Kontaktperson: Anna Andersson', 'Fakturareferens: KST 1234', 'SVAR SENAST: ']) {
        assert(body.includes(expected), `"${expected}" saknas i förfrågan`);
      }
      assert(await dialog.getByText(/har ingen e-postadress i avtalskatalogen/).isVisible(), 'det ska sägas att e-postadress saknas');
      await noViolations(page, 'dialogen med förfrågan');
      await dialog.getByRole('button', { name: 'Registrera som skickat' }).click();
      await page.getByText(/Avropet är registrerat som skickat till Harmoni i Livet Syd\. Svar senast \d+ \S+ \d{4} kl\. \d\d:\d\d\./).waitFor();
      const deadline = await page.getByTestId('answer-deadline').innerText();
      assert(/\d+ \S+ \d{4} kl\. \d\d:\d\d/.test(deadline) && subject.endsWith(deadline.split('\n')[0].trim()), `svarstiden på sidan (${deadline}) ska vara den i förfrågan (${subject})`);

      // Declined for lack of capacity: on to rank 2. "No answer" is not offered before the deadline.
      assert((await page.getByRole('radio', { name: 'Inget svar före svarstiden' }).count()) === 0, '"Inget svar" ska inte erbjudas före svarstiden');
      await page.getByRole('radio', { name: 'Avböjde: saknar kapacitet' }).check();
      await page.getByRole('button', { name: 'Registrera svaret' }).click();
      await page.getByText('Avropet har gått vidare till Rezon (rang 2). Skicka det till den leverantören.').waitFor();

      // Send again, to Rezon.
      await page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Registrera som skickat' }).click();
      await page.getByText(/Avropet är registrerat som skickat till Rezon\./).waitFor();
      await noViolations(page, 'avropet, status Väntar på svar');

      // Accepted, starting in two days.
      await page.getByRole('radio', { name: 'Antog avropet' }).check();
      await typeDate(page, page.getByLabel('Startdatum'), swedishDate(2));
      await page.getByRole('button', { name: 'Registrera svaret' }).click();
      await page.getByText(/Rezon har antagit avropet\. Utbildningen startar /).waitFor();

      // Closed as completed with participants.
      await page.getByRole('spinbutton', { name: /Antal deltagare/ }).fill('11');
      await page.getByRole('spinbutton', { name: 'Kvinnor' }).fill('6');
      await page.getByRole('spinbutton', { name: 'Män' }).fill('5');
      await page.getByRole('radio', { name: '5' }).check();
      await noViolations(page, 'avropet, status Antagen');
      await page.getByRole('button', { name: 'Markera som genomfört' }).click();
      // The start is two days away: completing now needs a confirmation.
      const early = page.getByRole('alertdialog', { name: 'Markera som genomfört före startdatumet?' });
      // The dialog element itself has no box of its own (Fluent's Modal positions its children), so its button is what shows.
      const yes = early.getByRole('button', { name: 'Ja, markera som genomfört' });
      await yes.waitFor();
      await noViolations(page, 'frågan om genomfört före startdatumet');
      await yes.click();
      await page.getByText('Avropet är markerat som genomfört med 11 deltagare.').waitFor();

      // The trail on the order documents every step, with who did it.
      const trail = await trailItems(page);
      const steps = [
        /Avropet registrerades och går först till Harmoni i Livet Syd \(rang 1\)/,
        /Avropet skickades till Harmoni i Livet Syd \(rang 1\)\. Svar senast .*av Hanna Holm/,
        /Harmoni i Livet Syd \(rang 1\) avböjde eftersom leverantören inte har kapacitet\. Avropet gick vidare till Rezon \(rang 2\)\..*av Hanna Holm/,
        /Avropet skickades till Rezon \(rang 2\)\..*av Hanna Holm/,
        /Rezon \(rang 2\) antog avropet\..*av Hanna Holm/,
        /Utbildningen markerades som genomförd\..*av Hanna Holm/
      ];
      assert(trail.length === steps.length, `historiken har ${trail.length} händelser: ${trail.join(' | ')}`);
      steps.forEach((step, i) => assert(step.test(trail[i]), `händelse ${i + 1}: ${trail[i]}`));
      await noViolations(page, 'avropet, Genomförd');

      // Back to the queue by keyboard: focus returns to the order's link.
      await page.getByRole('button', { name: 'Tillbaka till avropskön' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('h2:text-is("Avropskö")');
      await page.waitForFunction((ref) => document.activeElement && document.activeElement.textContent === ref, reference);
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }

    // Read back from the server: the order and its audit rows are stored.
    const again = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&avrop=${stored.id}` });
    try {
      await again.page.getByRole('heading', { level: 2, name: `Avrop ${reference}` }).waitFor();
      const text = await again.page.innerText('main');
      assert(text.includes('Genomförd') && text.includes('11'), 'status och antal deltagare ska vara sparade');
      assert((await trailItems(again.page)).length === 6, 'historiken ska vara sparad');
    } finally {
      await again.context.close();
    }
    const kinds = await auditRows(server, stored.id);
    assert(
      // Handlers' actions only: the order itself records its creation (orderers cannot write the audit).
      JSON.stringify(kinds) === JSON.stringify(['Skickad', 'Vidare till nästa leverantör', 'Skickad', 'Antagen', 'Genomförd']),
      `händelseloggen: ${kinds.join(', ')}`
    );
  });

  runner.test('avropshantering: ett felregistrerat antagande rättas med motivering (en rad i Avropshändelser); underlaget laddas ner som CSV och skrivs ut', async ({ browser, server }) => {
    const stored = await placeOrder(server, 'ugl-ul-il');
    const reference = stored.order.reference;
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&avrop=${stored.id}` });
    const settled = () => page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'), undefined, { timeout: 60000 });
    try {
      await page.getByRole('heading', { level: 2, name: `Avrop ${reference}` }).waitFor();
      await page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Registrera som skickat' }).click();
      await page.getByText(/Avropet är registrerat som skickat till Harmoni i Livet Syd\./).waitFor();
      await settled();
      await page.getByRole('radio', { name: 'Antog avropet' }).check();
      await typeDate(page, page.getByLabel('Startdatum'), swedishDate(5));
      await page.getByRole('button', { name: 'Registrera svaret' }).click();
      await page.getByText(/Harmoni i Livet Syd har antagit avropet\./).waitFor();
      await settled();
      const before = await auditRows(server, stored.id);

      // The answer was in fact a decline: corrected with a justification, not edited away.
      const toggle = page.getByRole('button', { name: 'Rätta leverantörens svar' });
      await toggle.click();
      assert((await toggle.getAttribute('aria-expanded')) === 'true', 'knappen ska säga att formuläret är öppet');
      await page.getByRole('radio', { name: 'Avböjde: saknar kapacitet' }).check();
      await page.getByRole('button', { name: 'Rätta svaret' }).click();
      await page.getByText('Skriv varför svaret rättas (minst 10 tecken).').waitFor();
      assert(JSON.stringify(await auditRows(server, stored.id)) === JSON.stringify(before), 'utan motivering ska inget skrivas');
      await page.getByLabel('Motivering till rättelsen').fill('Leverantören ringde och sade att mejlet gällde ett annat avrop.');
      await noViolations(page, 'formuläret för rättelse');
      await page.getByRole('button', { name: 'Rätta svaret' }).click();
      await page.getByText(/Svaret är rättat\. Avropet har gått vidare till Rezon \(rang 2\)/).waitFor();
      await settled();
      const after = await auditRows(server, stored.id);
      assert(JSON.stringify(after.slice(before.length)) === JSON.stringify(['Svar rättat']), `en rad för rättelsen: ${JSON.stringify(after)}`);
      const trail = (await trailItems(page)).join('\n');
      assert(/Harmoni i Livet Syd \(rang 1\) antog avropet/.test(trail) && /Svaret rättades: Harmoni i Livet Syd \(rang 1\) hade inte antagit avropet/.test(trail), `historiken: ${trail}`);

      // The call-off documentation as CSV, read back.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner underlaget (CSV för Excel)' }).click()]);
      assert(download.suggestedFilename() === `avropsunderlag-${reference}.csv`, `filnamn: ${download.suggestedFilename()}`);
      const bytes = readFileSync(await download.path());
      assert(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'filen ska börja med UTF-8 BOM');
      const { parseCsv } = await csvModule();
      const rows = parseCsv(bytes.toString('utf8'));
      const value = (label) => rows.find((r) => r[0] === label)?.[1];
      assert(value('Referens') === reference && value('Status') === 'Ny' && value('Leverantör') === 'Rezon', `fälten: ${JSON.stringify(rows.slice(0, 16))}`);
      assert(value('Anpassningar') === 'Hörslinga' && value('Plats') === 'Sahlgrenska, konferensrum 3', 'beställningens uppgifter ska finnas med');
      const history = rows.slice(rows.findIndex((r) => r[0] === 'Historik') + 2);
      assert(history.length === 4 && /Svaret rättades/.test(history[3][2]) && history[3][1] === 'Hanna Holm', `historiken i filen: ${JSON.stringify(history)}`);

      // The print view: the details and the history, not the actions or the buttons.
      await page.emulateMedia({ media: 'print' });
      assert(!(await page.getByRole('heading', { name: 'Åtgärder' }).isVisible()), 'åtgärderna ska inte skrivas ut');
      assert(!(await page.getByRole('button', { name: 'Skriv ut underlaget' }).isVisible()), 'knapparna ska inte skrivas ut');
      assert(await page.getByRole('heading', { name: 'Beställningen' }).isVisible(), 'beställningen ska skrivas ut');
      await page.emulateMedia({ media: 'screen' });
      await noViolations(page, 'avropet efter rättelsen, med underlaget');
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
  });

  runner.test('avropshantering: en länk med sökning på enhet visar just de avropen, och kön exporteras som CSV och läses tillbaka', async ({ browser, server }) => {
    const unit = `Enhet sökbar ${Date.now()}`;
    const first = await placeOrder(server, 'ledarskap', { unit });
    const second = await placeOrder(server, 'ugl-ul-il', { unit });
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&sok=${encodeURIComponent(unit.toUpperCase())}` });
    try {
      await page.getByText(`2 avrop där enhet eller kontaktperson innehåller ”${unit.toUpperCase()}”.`).waitFor();
      const shown = await page.locator('tr[data-reference]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-reference')));
      assert(JSON.stringify(shown) === JSON.stringify([second.order.reference, first.order.reference]), `sökningen ska visa de två avropen, nyaste först: ${shown}`);
      await noViolations(page, 'sökning på enhet');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera kön (CSV för Excel)' }).click()]);
      await page.getByText('2 avrop exporterades.').waitFor();
      assert(/^avropskon-\d{4}-\d{2}-\d{2}\.csv$/.test(download.suggestedFilename()), `filnamn: ${download.suggestedFilename()}`);
      const bytes = readFileSync(await download.path());
      assert(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'filen ska börja med UTF-8 BOM');
      const { parseCsv } = await csvModule();
      const rows = parseCsv(bytes.toString('utf8'));
      const column = rows[0].findIndex((cell) => cell === 'Referens');
      assert(column >= 0 && JSON.stringify(rows.slice(1).map((r) => r[column])) === JSON.stringify(shown), `filens avrop: ${JSON.stringify(rows.slice(0, 3))}`);
      assert(!bytes.toString('utf8').includes(first.order.need), 'behovet (fritext) ska inte följa med i exporten av kön');
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
  });

  runner.test('avropshantering: två handläggare i samma avrop – den andra får ett tydligt besked och den senaste versionen', async ({ browser, server }) => {
    const stored = await placeOrder(server, 'ledarskap');
    const reference = stored.order.reference;
    const first = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&avrop=${stored.id}` });
    const second = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', query: `&avrop=${stored.id}` });
    try {
      for (const { page } of [first, second]) await page.getByRole('heading', { level: 2, name: `Avrop ${reference}` }).waitFor();
      await first.page.getByRole('button', { name: 'Skicka till leverantör' }).click();
      await first.page.getByRole('dialog').getByRole('button', { name: 'Registrera som skickat' }).click();
      await first.page.getByText(/Avropet är registrerat som skickat till Prové\./).waitFor();

      // The second handler still sees 'Ny' and skips the supplier with a justification.
      await second.page.getByRole('button', { name: 'Hoppa över leverantören' }).click();
      await second.page.getByRole('textbox', { name: /Motivering/ }).fill('Beställaren vill inte anlita Prové den här gången.');
      await second.page.getByRole('button', { name: 'Gå vidare till nästa leverantör' }).click();
      await second.page
        .getByText('Avropet har ändrats av någon annan sedan du öppnade det. Här är den senaste versionen; gör om ändringen om den fortfarande behövs.')
        .waitFor();
      await second.page.getByRole('heading', { name: 'Registrera leverantörens svar' }).waitFor();
      const text = await second.page.innerText('main');
      assert(text.includes('Väntar på svar') && text.includes('Avropet skickades till Prové (rang 1)'), 'den andra ska se den senaste versionen');
      assert(!text.includes('hoppades över'), 'ingen ändring får ha skrivits över');
      await noViolations(second.page, 'beskedet om samtidig ändring');
      const kinds = await auditRows(server, stored.id);
      assert(JSON.stringify(kinds) === JSON.stringify(['Skickad']), `händelseloggen: ${kinds.join(', ')}`);
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  runner.test('avropshantering: kön och avropet på engelska i Teams mörkt tema – axe och referenssökning', async ({ browser, server }) => {
    const stored = await placeOrder(server, 'kommunikation');
    const { page, context } = await openApp(browser, server.url, { route: 'avropshantering', user: 'hanna', theme: 'teams-dark', lang: 'en-US' });
    try {
      await page.waitForSelector('h2:text-is("Order queue")');
      await page.getByRole('textbox', { name: 'Search by reference, unit or contact person' }).fill(stored.order.reference.toLowerCase());
      await page.keyboard.press('Enter');
      await page.getByText(`Order ${stored.order.reference} is shown.`).waitFor();
      await noViolations(page, 'kön på engelska');
      await page.getByRole('textbox', { name: 'Search by reference, unit or contact person' }).fill('AVR-1999-9999');
      await page.keyboard.press('Enter');
      await page.getByText('There is no order with the reference AVR-1999-9999.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Show the queue again' }).click();
      await page.locator('[data-order-link]').first().waitFor();
      // Found again by its reference (the open queue shows older unsent orders of other tests first).
      await page.getByRole('textbox', { name: 'Search by reference, unit or contact person' }).fill(stored.order.reference);
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: stored.order.reference, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: `Order ${stored.order.reference}` }).waitFor();
      await noViolations(page, 'avropet på engelska');
      // The desk's further actions and the documentation, in English and in the dark theme.
      await page.getByRole('button', { name: 'Cancel the order' }).click();
      await page.getByLabel('Reason for cancelling the order').waitFor();
      await page.getByRole('button', { name: 'Confirm the cancellation' }).waitFor();
      await page.getByRole('button', { name: 'Download the documentation (CSV for Excel)' }).waitFor();
      await noViolations(page, 'avbryt och underlaget på engelska');
      await page.getByRole('button', { name: 'Send to supplier' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Record as sent' }).waitFor();
      await noViolations(page, 'dialogen på engelska');
    } finally {
      await context.close();
    }
  });
}
