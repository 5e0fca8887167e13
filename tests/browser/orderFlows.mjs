// Journeys in the Avrop web part: an orderer fills in and sends an order with the keyboard, sees
// the reference and the rank-1 supplier, finds it under Mina avrop (and nobody else does), gets
// a draft back after a reload, and cancels an order. axe runs on the empty form, the form with
// errors, the receipt, Mina avrop with an order open and the cancel dialog.

import { typeDate } from './dates.mjs';

const DAY_MS = 24 * 3600 * 1000;

function isoDaysAhead(days) {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function activeText(page) {
  return page.evaluate(() => (document.activeElement ? document.activeElement.textContent : ''));
}

/** Opens a Fluent Dropdown with the keyboard and picks an option with the arrow keys. */
async function chooseByKeyboard(page, label, optionText, assert) {
  await page.getByRole('combobox', { name: new RegExp(`^${escapeRegExp(label)}`) }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: optionText }).waitFor();
  for (let i = 0; i < 40 && (await activeText(page)) !== optionText; i++) await page.keyboard.press('ArrowDown');
  assert((await activeText(page)) === optionText, `hittade inte "${optionText}" i ${label}`);
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: optionText }).waitFor({ state: 'detached' });
}

async function press(page, locator, key) {
  await locator.focus();
  await page.keyboard.press(key);
}

/** Fills in a valid Ledarskap order the way a keyboard user would. The area comes from ?omrade=. */
export async function fillOrder(page, assert, { unit = 'Akutmottagningen, Sahlgrenska' } = {}) {
  await chooseByKeyboard(page, 'Beställande organisation', 'Västra Götalandsregionen', assert);
  await page.getByLabel('Förvaltning/enhet').fill(unit);
  await page.getByLabel('Kontaktpersonens telefonnummer').fill('031-123 45 67');
  await page.getByLabel('Fakturareferens eller kostnadsställe').fill('KST 4711');
  await press(page, page.getByRole('checkbox', { name: 'Att leda arbete' }), 'Space');
  await page.getByLabel('Vad är behovet?').fill('Nya chefer behöver träna på att leda möten och ge återkoppling.');
  await page.getByLabel('Målgrupp').fill('Chefer i första linjen');
  await page.getByLabel('Antal deltagare').fill('12');
  await press(page, page.getByRole('radio', { name: 'Digital' }), 'Space');
  await typeDate(page, page.getByLabel('Tidigast från'), isoDaysAhead(30));
  await typeDate(page, page.getByLabel('Senast till'), isoDaysAhead(75));
  await press(page, page.getByRole('checkbox', { name: 'Skrivtolk' }), 'Space');
}

export async function send(page) {
  await press(page, page.getByRole('button', { name: 'Skicka avropet' }), 'Enter');
}

/** Sends a complete order from the form and returns its reference from the receipt. */
export async function sendOrder(page, assert, options) {
  await page.getByRole('heading', { level: 2, name: 'Nytt avrop' }).waitFor();
  await fillOrder(page, assert, options);
  await send(page);
  await page.getByRole('heading', { level: 2, name: 'Avropet är skickat' }).waitFor({ timeout: 30000 });
  const text = await page.innerText('main');
  const match = /AVR-\d{4}-\d{4,}/.exec(text);
  assert(match, `ingen referens på kvittot: ${text.slice(0, 400)}`);
  return match[0];
}

function noViolations(assert, violations, where) {
  assert(violations.length === 0, `axe (${where}): ${JSON.stringify(violations, null, 2)}`);
}

export function registerOrderFlows(runner, { openApp, assert, axe }) {
  /** References anna has sent during this run, so later tests can look for them. */
  const annas = [];

  runner.test('avrop: anna skickar ett avrop för Ledarskap med tangentbordet, ser referensen och Prové; axe utan fel', async ({ browser, server }) => {
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
    try {
      await page.getByRole('heading', { level: 2, name: 'Nytt avrop' }).waitFor();
      const main = await page.innerText('main');
      assert(main.includes('Avropet går först till Prové (rang 1).'), 'rangordningen för Ledarskap ska synas');
      assert(/Skriv inte hälsouppgifter eller diagnoser/.test(main), 'integritetstexten ska synas');
      assert((await page.getByLabel('Kontaktpersonens namn').inputValue()) === 'Anna Andersson', 'kontaktpersonen ska vara ifylld');
      noViolations(assert, await axe(page), 'tomt formulär');

      // Sending the empty form: the summary takes focus and its links lead to the fields.
      await send(page);
      const summary = page.getByRole('group', { name: 'Avropet kan inte skickas än' });
      await summary.waitFor();
      assert(await summary.evaluate((el) => el === document.activeElement), 'felsammanfattningen ska få fokus');
      await page.getByText('Skriv vilken förvaltning eller enhet utbildningen gäller.').first().waitFor();
      noViolations(assert, await axe(page), 'formulär med fel');
      await press(page, summary.getByRole('link', { name: 'Skriv vilken förvaltning eller enhet utbildningen gäller.' }), 'Enter');
      const focusedId = await page.evaluate(() => document.activeElement && document.activeElement.id);
      const unitId = await page.getByLabel('Förvaltning/enhet').getAttribute('id');
      assert(focusedId === unitId, `länken ska flytta fokus till fältet (fokus på ${focusedId})`);
      assert((await page.getByLabel('Förvaltning/enhet').getAttribute('aria-invalid')) === 'true', 'fältet ska vara markerat som felaktigt');

      await fillOrder(page, assert);
      await send(page);
      const heading = page.getByRole('heading', { level: 2, name: 'Avropet är skickat' });
      await heading.waitFor({ timeout: 30000 });
      assert(await heading.evaluate((el) => el === document.activeElement), 'rubriken på kvittot ska få fokus');
      const receipt = await page.innerText('main');
      const match = /AVR-\d{4}-\d{4,}/.exec(receipt);
      assert(match, `ingen referens på kvittot: ${receipt.slice(0, 400)}`);
      assert(receipt.includes('Avropet går först till Prové (rang 1).'), 'kvittot ska säga att avropet går till Prové');
      assert(/Prové har 24 timmar på sig att svara/.test(receipt), 'kvittot ska säga hur lång svarstiden är');
      annas.push(match[0]);
      noViolations(assert, await axe(page), 'kvitto');
      const draft = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('utbildningsavrop:draft:')));
      assert(draft.length === 0, `utkastet ska vara borta efter skickat avrop: ${draft.join(', ')}`);

      // The order is under Mina avrop.
      await press(page, page.getByRole('button', { name: 'Gå till Mina avrop' }), 'Enter');
      await page.getByRole('heading', { level: 3, name: new RegExp(match[0]) }).waitFor({ timeout: 30000 });
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
  });

  runner.test('avrop: avropet syns i annas Mina avrop men inte i eriks', async ({ browser, server }) => {
    if (annas.length === 0) {
      const { page, context } = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
      try {
        annas.push(await sendOrder(page, assert));
      } finally {
        await context.close();
      }
    }
    const reference = annas[0];
    const anna = await openApp(browser, server.url, { route: 'avrop', user: 'anna' });
    try {
      await anna.page.getByRole('heading', { level: 2, name: 'Mina avrop' }).waitFor();
      await anna.page.getByRole('heading', { level: 3, name: new RegExp(reference) }).waitFor({ timeout: 30000 });
      const text = await anna.page.innerText('main');
      assert(text.includes('Prové (rang 1)'), 'leverantör och rang ska synas i listan');
    } finally {
      await anna.context.close();
    }
    const erik = await openApp(browser, server.url, { route: 'avrop', user: 'erik' });
    try {
      await erik.page.getByRole('heading', { level: 2, name: 'Mina avrop' }).waitFor();
      const text = await erik.page.innerText('main');
      assert(!text.includes(reference), `erik ska inte se annas avrop ${reference}`);
      assert(text.includes('Du har inga avrop ännu.'), `erik har inga egna avrop: ${text.slice(0, 300)}`);
      noViolations(assert, await axe(erik.page), 'Mina avrop utan avrop');
    } finally {
      await erik.context.close();
    }
  });

  runner.test('avrop: ett formulär som laddas om mitt i får tillbaka utkastet, som kan slängas', async ({ browser, server }) => {
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
    try {
      await page.getByRole('heading', { level: 2, name: 'Nytt avrop' }).waitFor();
      await chooseByKeyboard(page, 'Beställande organisation', 'Västtrafik AB', assert);
      await page.getByLabel('Förvaltning/enhet').fill('Trafikledningen');
      await page.getByLabel('Vad är behovet?').fill('Ledarskap i förändring');
      await press(page, page.getByRole('radio', { name: 'Hybrid' }), 'Space');
      await page.waitForFunction(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('utbildningsavrop:draft:'));
        return key && JSON.parse(localStorage.getItem(key)).values.need === 'Ledarskap i förändring';
      });
      const keyBefore = await page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('utbildningsavrop:draft:'));
        return { key, requestKey: JSON.parse(localStorage.getItem(key)).requestKey };
      });
      assert(keyBefore.key.includes(':i:0#.f|membership|anna@region.example#'), `utkastet ska vara per person och flik: ${keyBefore.key}`);

      await page.reload();
      await page.waitForSelector('[data-app-ready="true"]', { timeout: 30000 });
      await page.getByText(/Vi har återställt ditt utkast/).waitFor();
      assert((await page.getByLabel('Förvaltning/enhet').inputValue()) === 'Trafikledningen', 'enheten ska vara kvar');
      assert((await page.getByLabel('Vad är behovet?').inputValue()) === 'Ledarskap i förändring', 'behovet ska vara kvar');
      assert(await page.getByRole('radio', { name: 'Hybrid' }).isChecked(), 'genomförandet ska vara kvar');
      const organisation = await page.getByRole('combobox', { name: /^Beställande organisation/ }).innerText();
      assert(organisation.includes('Västtrafik AB'), `organisationen ska vara kvar: ${organisation}`);
      const keyAfter = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).requestKey, keyBefore.key);
      assert(keyAfter === keyBefore.requestKey, 'utkastet ska behålla sin nyckel');
      noViolations(assert, await axe(page), 'återställt utkast');

      // Also a reload without ?omrade= opens the form, since there is a draft.
      await page.goto(page.url().replace(/&omrade=[^&]*/, ''));
      await page.waitForSelector('[data-app-ready="true"]', { timeout: 30000 });
      await page.getByText(/Vi har återställt ditt utkast/).waitFor();

      await press(page, page.getByRole('button', { name: 'Släng utkastet' }), 'Enter');
      const dialog = page.getByRole('alertdialog', { name: 'Släng utkastet?' });
      // Fluent's dialog element itself has no box of its own (its content is positioned), so wait for it to be attached.
      await dialog.waitFor({ state: 'attached' });
      await dialog.getByRole('button').first().waitFor();
      await press(page, dialog.getByRole('button', { name: 'Släng utkastet' }), 'Enter');
      await page.getByText('Utkastet är slängt. Formuläret är tomt.').waitFor();
      assert((await page.getByLabel('Förvaltning/enhet').inputValue()) === '', 'formuläret ska vara tomt');
      const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('utbildningsavrop:draft:')));
      assert(left.length === 0, 'utkastet ska vara borttaget');
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
  });

  runner.test('avrop: anna öppnar ett avrop i Mina avrop, ser historiken och avbryter det med ett skäl', async ({ browser, server }) => {
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avrop', user: 'anna', query: '&omrade=ledarskap' });
    try {
      const reference = await sendOrder(page, assert, { unit: 'Enheten som avbryter' });
      await press(page, page.getByRole('button', { name: 'Gå till Mina avrop' }), 'Enter');
      const heading = page.getByRole('heading', { level: 3, name: new RegExp(reference) });
      await heading.waitFor({ timeout: 30000 });
      const toggle = page.getByRole('button', { name: `Visa detaljer för ${reference}` });
      await press(page, toggle, 'Enter');
      await page.getByText('Avropet registrerades och går först till Prové (rang 1) enligt rangordningen.').first().waitFor();
      noViolations(assert, await axe(page), 'Mina avrop med ett öppet avrop');

      await press(page, page.getByRole('button', { name: `Avbryt avropet ${reference}` }), 'Enter');
      const dialog = page.getByRole('alertdialog', { name: `Avbryt avropet ${reference}` });
      // Fluent's dialog element itself has no box of its own (its content is positioned), so wait for it to be attached.
      await dialog.waitFor({ state: 'attached' });
      await dialog.getByRole('button').first().waitFor();
      noViolations(assert, await axe(page), 'dialogen för att avbryta');
      await dialog.getByLabel('Varför avbryter du avropet?').fill('Utbildningen behövs inte längre.');
      await press(page, dialog.getByRole('button', { name: 'Avbryt avropet' }), 'Enter');
      await page.getByText(`Avropet ${reference} är avbrutet.`).waitFor({ timeout: 30000 });
      await dialog.waitFor({ state: 'detached' });
      const article = page.locator('article', { has: heading });
      const text = await article.innerText();
      assert(text.includes('Avbruten'), `status ska vara Avbruten: ${text}`);
      assert(text.includes('Avropet avbröts. Skäl: Utbildningen behövs inte längre.'), 'historiken ska visa skälet');
      assert((await article.getByRole('button', { name: /Avbryt avropet/ }).count()) === 0, 'ett avbrutet avrop kan inte avbrytas igen');
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
  });

  for (const theme of ['teams-dark', 'teams-contrast']) {
    runner.test(`avrop: formuläret med fel klarar axe (${theme})`, async ({ browser, server }) => {
      const { page, context } = await openApp(browser, server.url, { route: 'avrop', user: 'anna', theme, query: '&omrade=ugl-ul-il' });
      try {
        await page.getByRole('heading', { level: 2, name: 'Nytt avrop' }).waitFor();
        await chooseByKeyboard(page, 'Kurs eller utbildning', 'UGL – Utveckling av grupp och ledare', assert);
        await page.getByLabel('Antal deltagare').fill('20');
        await page.getByLabel('Vad är behovet?').fill('Gruppen har en deltagare med adhd');
        await send(page);
        await page.getByRole('group', { name: 'Avropet kan inte skickas än' }).waitFor();
        await page.getByText(/UGL är upplagd för 8–12 deltagare/).waitFor();
        await page.getByText(/Texten verkar innehålla uppgifter om hälsa/).waitFor();
        noViolations(assert, await axe(page), `formulär med fel och varningar, ${theme}`);
      } finally {
        await context.close();
      }
    });
  }

  runner.test('avrop (English): the form with errors passes axe and is in English', async ({ browser, server }) => {
    const { page, context } = await openApp(browser, server.url, { route: 'avrop', user: 'erik', lang: 'en-US', query: '&omrade=ledarskap' });
    try {
      await page.getByRole('heading', { level: 2, name: 'New order' }).waitFor();
      await press(page, page.getByRole('button', { name: 'Send the order' }), 'Enter');
      await page.getByRole('group', { name: 'The order cannot be sent yet' }).waitFor();
      noViolations(assert, await axe(page), 'English form with errors');
    } finally {
      await context.close();
    }
  });
}
