// WCAG 2.1 1.4.10 Reflow and 1.4.4 Resize text, on every app page and its main states.
//
// Reflow: a 320 CSS px wide viewport (the width the criterion names: 1280 px at 400 % zoom).
// Resize text: text at 200 % with everything else unchanged. Page zoom (ctrl +, or CDP
// Emulation.setPageScaleFactor) scales the whole layout and is not text resize. Chromium's own
// text-only setting (Page.setFontSizes, the "font size" preference) changes only the default size,
// which Fluent UI's pixel-sized text ignores, so it would pass without testing anything. The text
// is therefore zoomed the way Firefox's "Zoom text only" does it: every element's computed
// font-size (and a pixel line-height) doubled, boxes, images and spacing left as they are.
// https://www.w3.org/WAI/WCAG21/Understanding/resize-text.html ("text-only zoom" is one of the
// user agent techniques the understanding document names), .../reflow.html (320 CSS px).
//
// Each check, in the page: no horizontal scroll on the page (scrollingElement.scrollWidth <=
// clientWidth); no text cut off (an element that clips its overflow and has more content than
// box, or text outside a clipping ancestor or outside the viewport); no two interactive controls
// and no two pieces of text overlapping. Data tables may scroll inside their own container (the
// criterion's exception for two-dimensional content); nothing else may.
import { placeOrder } from './deskFlows.mjs';

export const REFLOW_WIDTH = 320;
const DESKTOP = { width: 1280, height: 900 };

/** Doubles every element's font size in place (text-only zoom). Runs once per page state. */
function zoomTextInPage(factor) {
  const elements = [document.documentElement, ...document.querySelectorAll('body, body *')];
  const sizes = elements.map((el) => {
    const style = getComputedStyle(el);
    return { font: parseFloat(style.fontSize), line: style.lineHeight };
  });
  elements.forEach((el, i) => {
    el.style.setProperty('font-size', `${sizes[i].font * factor}px`, 'important');
    if (sizes[i].line.endsWith('px')) el.style.setProperty('line-height', `${parseFloat(sizes[i].line) * factor}px`, 'important');
  });
}

/** Everything the page does wrong at this size, as readable strings (empty when all is well). */
function reflowProblemsInPage() {
  const problems = [];
  const describe = (el) => {
    const text = (el.innerText || el.getAttribute('aria-label') || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
    return `<${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}> "${text}"`;
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  // Screen-reader-only text is clipped to 1 px on purpose, and a skip link waits far off-screen
  // (left: -10000px) until it has focus.
  const srOnly = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      if ((r.width <= 1 || r.height <= 1) && (style.overflow === 'hidden' || style.clip !== 'auto' || style.clipPath !== 'none')) return true;
      if ((style.position === 'absolute' || style.position === 'fixed') && (r.right <= 0 || r.bottom <= 0)) return true;
    }
    return false;
  };
  const clips = (value) => value === 'hidden' || value === 'clip';
  const scrolls = (value) => value === 'auto' || value === 'scroll';
  const inTableScroller = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      if (scrolls(getComputedStyle(e).overflowX) && e.querySelector('table, [role="grid"]')) return true;
    }
    return false;
  };

  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);

  const all = [...document.querySelectorAll('body *')];
  for (const el of all) {
    const style = getComputedStyle(el);
    if (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !el.querySelector('table, [role="grid"]') && visible(el)) {
      problems.push(`scrolls sideways inside the page: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    }
  }

  // Text: elements with text of their own, and the rectangles of that text.
  const texts = [];
  for (const el of all) {
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION'].includes(el.tagName)) continue;
    const nodes = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (nodes.length === 0 || !visible(el) || srOnly(el) || el.closest('[aria-hidden="true"]')) continue;
    const rects = [];
    for (const node of nodes) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) rects.push(r);
    }
    texts.push({ el, rects });
  }
  for (const { el, rects } of texts) {
    const style = getComputedStyle(el);
    if ((clips(style.overflowX) || style.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`text cut off sideways: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      continue;
    }
    if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) {
      problems.push(`text cut off at the bottom: ${describe(el)} (${el.scrollHeight} > ${el.clientHeight})`);
      continue;
    }
    if (inTableScroller(el)) continue;
    const outside = rects.find((r) => r.right > innerWidth + 1 || r.left < -1);
    if (outside) {
      problems.push(`text outside the viewport: ${describe(el)} (${Math.round(outside.left)}–${Math.round(outside.right)} of ${innerWidth})`);
      continue;
    }
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (!clips(s.overflowX) && !clips(s.overflowY)) continue;
      const box = a.getBoundingClientRect();
      const cut = rects.find((r) => (clips(s.overflowX) && (r.right > box.right + 1 || r.left < box.left - 1)) || (clips(s.overflowY) && (r.bottom > box.bottom + 1 || r.top < box.top - 1)));
      if (cut) {
        problems.push(`text cut off by ${describe(a).slice(0, 40)}: ${describe(el)}`);
        break;
      }
    }
  }

  // A field's own text is no text node: its font must fit the field's inner height.
  for (const field of document.querySelectorAll('input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), select')) {
    if (!visible(field) || srOnly(field)) continue;
    const style = getComputedStyle(field);
    const inner = field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    if (parseFloat(style.fontSize) * 1.1 > inner + 1) problems.push(`text cut off in a field: ${describe(field)} (font ${style.fontSize} in ${inner}px)`);
  }

  const overlap = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) > 2 && Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)) > Math.min(a.height, b.height) * 0.4;
  const textRects = texts.flatMap(({ el, rects }) => rects.map((r) => ({ el, r })));
  for (let i = 0; i < textRects.length; i++) {
    for (let j = i + 1; j < textRects.length; j++) {
      const p = textRects[i];
      const q = textRects[j];
      if (p.el === q.el || !overlap(p.r, q.r)) continue;
      problems.push(`text overlaps text: ${describe(p.el)} and ${describe(q.el)}`);
    }
  }

  const controls = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="combobox"], [role="tab"], [tabindex]:not([tabindex="-1"])')]
    // Fluent's checkboxes and radio buttons lay a transparent input (opacity 0) over their label.
    .filter((el) => visible(el) && !srOnly(el));
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i];
      const b = controls[j];
      if (a.contains(b) || b.contains(a)) continue;
      if (overlap(a.getBoundingClientRect(), b.getBoundingClientRect())) problems.push(`controls overlap: ${describe(a)} and ${describe(b)}`);
    }
  }
  return [...new Set(problems)];
}

/** Checks the page as it stands; with text: 2 the text is zoomed to 200 % first. */
export async function assertReflows(page, assert, where, { text = 1 } = {}) {
  // Fonts and late layout settle first: a measurement in mid-render proves nothing.
  // Fluent's error messages slide in from 20 px above; measured mid-animation they overlap the line above.
  await page.evaluate(() => Promise.all([document.fonts.ready, ...document.getAnimations().map((a) => a.finished.catch(() => undefined))]));
  if (text !== 1) await page.evaluate(zoomTextInPage, text);
  await page.waitForTimeout(100);
  const problems = await page.evaluate(reflowProblemsInPage);
  assert(problems.length === 0, `${where}: ${problems.length} problem(s):\n      ${problems.slice(0, 15).join('\n      ')}`);
}

const MODES = [
  { name: `${REFLOW_WIDTH} px`, viewport: { width: REFLOW_WIDTH, height: 800 }, text: 1 },
  // The project's own bar (the guide: "360 px works"), a common phone width.
  { name: '360 px', viewport: { width: 360, height: 800 }, text: 1 },
  { name: 'text 200 %', viewport: DESKTOP, text: 2 }
];

async function openAt(browser, base, viewport, { route, user, lang = 'sv-SE', theme = 'sharepoint', query = '' }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${base}/${route}?user=${user}&theme=${theme}&lang=${lang}${query}`);
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 30000 });
  return { page, context };
}

export function registerReflowFlows(runner, { assert }) {
  // One order for the states that need one (Mina avrop, the desk's order page).
  let stored;
  const order = async (server) => (stored = stored || (await placeOrder(server, 'ugl-ul-il')));

  /** Each state: how to open it and, once open, how to bring the page into it (keyboard only). */
  const STATES = [
    { name: 'avtalskatalog, alla områden', open: { route: 'avtalskatalog', user: 'anna' } },
    { name: 'avtalskatalog, ett område', open: { route: 'avtalskatalog', user: 'anna', query: '&omrade=ugl-ul-il' }, ready: (page) => page.getByRole('heading', { level: 2, name: 'UGL, UL och IL' }).waitFor() },
    { name: 'avrop, nytt avrop', open: { route: 'avrop', user: 'anna', query: '&omrade=ugl-ul-il' }, ready: (page) => page.getByRole('heading', { level: 2, name: 'Nytt avrop' }).waitFor() },
    {
      name: 'avrop, formulär med fel',
      open: { route: 'avrop', user: 'anna', query: '&omrade=ugl-ul-il' },
      ready: async (page) => {
        await page.getByRole('button', { name: 'Skicka avropet' }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('group', { name: 'Avropet kan inte skickas än' }).waitFor();
      }
    },
    {
      name: 'avrop, Mina avrop med ett öppet avrop',
      open: { route: 'avrop', user: 'anna' },
      before: order,
      ready: async (page) => {
        const toggle = page.getByRole('button', { name: `Visa detaljer för ${stored.order.reference}` });
        await toggle.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: `Avbryt avropet ${stored.order.reference}` }).waitFor();
      }
    },
    // The open queue shows the oldest unsent orders first (on a shared server not this order): any row will do.
    { name: 'avropshantering, kön', open: { route: 'avropshantering', user: 'hanna' }, before: order, ready: (page) => page.locator('[data-order-link]').first().waitFor() },
    {
      name: 'avropshantering, ett avrop',
      before: order,
      open: { route: 'avropshantering', user: 'hanna' },
      query: () => `&avrop=${stored.id}`,
      ready: (page) => page.getByRole('heading', { level: 2, name: `Avrop ${stored.order.reference}` }).waitFor()
    },
    { name: 'administration', open: { route: 'administration', user: 'lars' } },
    { name: 'uppföljning', open: { route: 'uppfoljning', user: 'ulla' } }
  ];

  for (const mode of MODES) {
    for (const state of STATES) {
      for (const lang of ['sv-SE', 'en-US']) {
        // English at 320 px only: the longer words are Swedish, and text zoom does not depend on the language.
        if (lang === 'en-US' && (mode.text !== 1 || mode.viewport.width !== REFLOW_WIDTH || !['avtalskatalog, alla områden', 'avrop, nytt avrop', 'avropshantering, kön'].includes(state.name))) continue;
        runner.test(`reflow (${mode.name}, ${lang === 'sv-SE' ? 'svenska' : 'English'}): ${state.name}`, async ({ browser, server }) => {
          if (state.before) await state.before(server);
          const open = { ...state.open, lang, query: (state.open.query || '') + (state.query ? state.query() : '') };
          const { page, context } = await openAt(browser, server.url, mode.viewport, open);
          try {
            if (state.ready && lang === 'sv-SE') await state.ready(page);
            await assertReflows(page, assert, `${state.name}, ${mode.name}`, { text: mode.text });
            // At phone width the desk's queue is a list, not a table that scrolls sideways (issue 12).
            if (state.name === 'avropshantering, kön' && mode.viewport.width <= 360) {
              await page.locator('li[data-reference]').first().waitFor();
              assert((await page.locator('main table').count()) === 0, `${state.name}, ${mode.name}: kön ska vara en lista, inte en tabell`);
            }
          } finally {
            await context.close();
          }
        });
      }
    }
  }

  runner.test('reflow: kontrollen hittar sidled, avklippt text och överlapp (testet kan falla)', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: REFLOW_WIDTH, height: 600 } });
    const page = await context.newPage();
    try {
      await page.setContent(`<html lang="sv"><body>
        <div style="width:600px">Bred ruta</div>
        <p style="width:80px;overflow:hidden;white-space:nowrap">En lång text som klipps av</p>
        <input aria-label="Fält" style="font-size:28px;height:20px">
        <button style="position:absolute;top:200px;left:10px;width:100px">Ett</button>
        <button style="position:absolute;top:205px;left:40px;width:100px">Två</button>
      </body></html>`);
      const problems = await page.evaluate(reflowProblemsInPage);
      for (const expected of ['the page scrolls sideways', 'text cut off sideways', 'controls overlap', 'text cut off in a field']) {
        assert(problems.some((p) => p.startsWith(expected)), `missade "${expected}": ${problems.join(' | ')}`);
      }
      await page.setContent('<html lang="sv"><body><p style="font-size:14px;height:20px;overflow:hidden">Rad ett<br>rad två</p></body></html>');
      assert((await page.evaluate(reflowProblemsInPage)).length === 1, 'två rader i en ruta för en ska ge ett fel');
      await page.setContent('<html lang="sv"><body><p style="height:24px;overflow:hidden;line-height:20px;font-size:14px">En rad</p></body></html>');
      assert((await page.evaluate(reflowProblemsInPage)).length === 0, 'en rad får plats utan zoom');
      await page.evaluate(zoomTextInPage, 2);
      assert((await page.evaluate(() => getComputedStyle(document.querySelector('p')).fontSize)) === '28px', 'textzoomen ska dubbla 14 px till 28 px');
      assert((await page.evaluate(() => document.querySelector('p').getBoundingClientRect().height)) === 24, 'textzoomen ska lämna rutans höjd');
      assert((await page.evaluate(reflowProblemsInPage)).some((p) => p.startsWith('text cut off at the bottom')), 'raden ska klippas vid 200 % text i en fast höjd');
    } finally {
      await context.close();
    }
  });
}
