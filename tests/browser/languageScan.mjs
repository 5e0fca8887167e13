// Every page in one language only: each page is rendered in en-US and in sv-SE and its text
// (visible text, aria-label, title, placeholder, alt) is scanned for words of the other language.
// What people typed and what the lists hold is data, not the page's language: it is marked with
// data-list-text, and on English pages the Swedish list content carries lang="sv" (WCAG 3.1.2,
// https://www.w3.org/WAI/WCAG21/Understanding/language-of-parts), so the scan skips both.
// Seeded names and the lists' names may also sit inside an accessible name ("Move Prové up",
// "Open Avrop in SharePoint"); those are taken out of attribute texts by their known values.
import { importTypeScript } from '../support/importTypeScript.mjs';
import { placeOrder } from './deskFlows.mjs';

// Words that exist only in Swedish (any word with å, ä or ö counts as Swedish too).
const SWEDISH = new Set(
  `och att det som inte med till eller från har kan ska måste finns saknas välj skriv ange sök spara skicka avbryt stäng rensa
   avrop avropet avropa avropen leverantör leverantören leverantörer område området områden kurs kursen dag dagar vardagar
   händelser visa fler inga ingen ditt din dina vad vem hur när denna detta ladda igen januari februari maj juni juli augusti
   oktober måndag tisdag onsdag torsdag fredag lördag söndag idag svar senast antog avbröts skickades registrerades rang
   gick vidare utbildningen utbildning deltagare antal datum perioden startdatum slutdatum kontaktperson enhet förvaltning
   ramavtal rangordning inställningar uppföljning styrkort nästa föregående månad år vecka`.split(/\s+/)
);
// Words that exist only in English; "text", "order", "start", "status" are Swedish words too.
const ENGLISH = new Set(
  `the and of to your you with for are not close clear today month year select date january february march may june july
   august october sunday monday tuesday wednesday thursday friday saturday retry count exceeded error failed loading search
   cancel save submit send previous next week go back more show hide please try again page open new`.split(/\s+/)
);

// A SharePoint claims login is no name to show ("i:0#.f|membership|anna@…").
const CLAIMS = /\bi:0[#.][^\s]*\|/g;
// A number of four digits or more without the page language's grouping ("4000" for "4 000" or
// "4,000"); years (19xx, 20xx) and numbers with a leading zero (reference serials) are not amounts.
const UNGROUPED = /(?<![\d\-:./,\u00a0])\d{4,}(?![\d\-:])/g;

function offendingWords(text, lang) {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const wrong = lang === 'en-US' ? words.filter((w) => SWEDISH.has(w) || /[åäö]/.test(w)) : words.filter((w) => ENGLISH.has(w));
  const claims = text.match(CLAIMS) ?? [];
  const numbers = (text.match(UNGROUPED) ?? []).filter((n) => !/^(19|20)\d\d$/.test(n) && !n.startsWith('0'));
  return [...wrong, ...claims, ...numbers];
}

let seedNames;
async function listValues() {
  if (!seedNames) {
    const seed = await importTypeScript(
      `import { SEED_CATALOGUE } from './src/domain/seed';
       import { LISTS } from './src/schema/lists';
       export const names = [...LISTS.map((l) => l.title),
         ...SEED_CATALOGUE.areas.map((a) => a.title), ...SEED_CATALOGUE.trainingAreas.map((t) => t.title),
         ...SEED_CATALOGUE.courses.map((c) => c.title), ...SEED_CATALOGUE.suppliers.map((s) => s.name),
         ...SEED_CATALOGUE.organisations.map((o) => o.name)];`,
      'languageScanSeed'
    );
    // Longest first, so that "UGL, UL och IL" goes before "UGL".
    seedNames = [...new Set(seed.names.filter(Boolean))].sort((a, b) => b.length - a.length);
  }
  return seedNames;
}

/** The page's texts outside data, each with where it was found. */
async function pageTexts(page, lang) {
  return page.evaluate((english) => {
    const skip = english ? '[data-list-text], [data-technical], [lang="sv"], [lang="sv-SE"]' : '[data-list-text], [data-technical]';
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent.trim();
      if (!text || !parent || parent.closest(skip) || parent.closest('script, style, noscript')) continue;
      if (!parent.checkVisibility() && !parent.closest('.ms-Callout, .ms-Layer')) continue;
      out.push({ where: parent.tagName.toLowerCase() + (parent.id ? `#${parent.id}` : ''), text, attribute: false });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')) {
      if (el.closest(skip)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const value = el.getAttribute(name);
        if (value && value.trim()) out.push({ where: `${el.tagName.toLowerCase()}[${name}]`, text: value, attribute: true });
      }
    }
    return out;
  }, lang === 'en-US');
}

/** Found words of the other language, as "word ← where: text" lines. */
export async function scanPage(page, lang) {
  const names = await listValues();
  const found = [];
  for (const { where, text, attribute } of await pageTexts(page, lang)) {
    let scanned = text;
    if (attribute) for (const name of names) scanned = scanned.split(name).join(' ');
    for (const word of offendingWords(scanned, lang)) found.push(`${word} ← ${where}: ${text.slice(0, 120)}`);
  }
  return found;
}

async function settle(page) {
  // Lazy sections and the desk's busy state must have ended before the text is read.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .ms-Spinner'), null, { timeout: 30000 }).catch(() => {});
}

const SUBMIT = { 'sv-SE': 'Skicka avropet', 'en-US': 'Send the order' };

export function registerLanguageScan(runner, { openApp, assert }) {
  let order;
  const pages = [
    { name: 'catalogue', route: 'avtalskatalog', user: 'anna' },
    { name: 'catalogue area', route: 'avtalskatalog', user: 'anna', query: '&omrade=ugl-ul-il' },
    { name: 'catalogue bad area link', route: 'avtalskatalog', user: 'anna', query: '&omrade=finns-inte' },
    {
      name: 'order form with validation',
      route: 'avrop',
      user: 'anna',
      query: '&omrade=ugl-ul-il',
      async then(page, lang) {
        const send = page.getByRole('button', { name: SUBMIT[lang] });
        if (await send.count()) await send.first().click();
        await page.waitForTimeout(300);
      }
    },
    { name: 'order form bad area link', route: 'avrop', user: 'anna', query: '&omrade=finns-inte' },
    { name: 'Mina avrop', route: 'avrop', user: 'anna', wantsOrder: true },
    // The open queue shows the oldest unsent orders first: any row will do, not this run's new order.
    { name: 'desk queue', route: 'avropshantering', user: 'hanna', then: (page) => page.locator('[data-order-link]').first().waitFor({ timeout: 30000 }) },
    { name: 'desk order page', route: 'avropshantering', user: 'hanna', wantsOrder: true, query: () => `&avrop=${order.id}` },
    { name: 'administration', route: 'administration', user: 'lars' },
    { name: 'follow-up', route: 'uppfoljning', user: 'ulla' }
  ];
  for (const lang of ['en-US', 'sv-SE']) {
    runner.test(`language scan (${lang}): every page has no words of the other language`, async ({ browser, server }) => {
      order ??= await placeOrder(server, 'ugl-ul-il');
      const report = [];
      for (const spec of pages) {
        const query = typeof spec.query === 'function' ? spec.query() : spec.query ?? '';
        const { page, context, errors } = await openApp(browser, server.url, { route: spec.route, user: spec.user, lang, query });
        try {
          await settle(page);
          if (spec.wantsOrder) await page.locator(`:text("${order.order.reference}"):visible`).first().waitFor({ timeout: 30000 });
          if (spec.then) await spec.then(page, lang);
          const found = await scanPage(page, lang);
          if (found.length) report.push(`${spec.name}: ${found.length}\n      ${[...new Set(found)].join('\n      ')}`);
          assert(errors.length === 0, `${spec.name}: fel i sidan: ${errors.join('; ')}`);
        } finally {
          await context.close();
        }
      }
      assert(report.length === 0, `words of the other language (${lang}):\n    ${report.join('\n    ')}`);
    });
  }
}
