// Mina avrop with the keyboard: anna tabs to the search, types part of a unit's name, hears the
// hit count in the live region and sees only the matching order with its next step; axe finds
// nothing, and at 360 px the page does not scroll sideways.
import { placeOrder } from './deskFlows.mjs';

export function registerMyOrdersFlows(runner, { openApp, assert, axe }) {
  runner.test('mina avrop: sök med tangentbordet, träffarna meddelas, nästa steg syns; axe och 360 px', async ({ browser, server }) => {
    const word = `Sökenhet${Date.now().toString(36)}`;
    const wanted = await placeOrder(server, 'ledarskap', { unit: `${word} Borås` });
    const other = await placeOrder(server, 'ledarskap', { unit: 'Någon annan enhet' });
    const { page, context, errors } = await openApp(browser, server.url, { route: 'avrop', user: 'anna' });
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.getByRole('heading', { level: 3, name: new RegExp(other.order.reference) }).waitFor({ timeout: 30000 });
      const box = page.getByRole('searchbox', { name: 'Sök bland dina avrop' });
      for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      assert(await box.evaluate((el) => el === document.activeElement), 'sökrutan ska gå att nå med Tab');
      await page.keyboard.type(word.toLowerCase(), { delay: 5 });
      const status = page.getByRole('status').filter({ hasText: 'matchar sökningen' });
      await status.waitFor();
      const said = await status.innerText();
      assert(/^1 av \d+ hämtade avrop matchar sökningen$/.test(said), `livsregionen: "${said}"`);
      const headings = await page.getByRole('heading', { level: 3 }).allInnerTexts();
      assert(headings.length === 1 && headings[0].includes(wanted.order.reference), `bara det sökta avropet ska synas: ${headings.join(' | ')}`);
      const item = page.locator('article', { has: page.getByRole('heading', { level: 3, name: new RegExp(wanted.order.reference) }) });
      const next = await item.getByRole('region', { name: 'Vad händer nu?' }).innerText();
      assert(/Avropshandläggarna skickar avropet till Prové, oftast inom \d+ vardagar\./.test(next), `nästa steg: ${next}`);
      assert(next.includes(wanted.order.reference), 'kontakttexten ska nämna referensen');
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(sideways <= 0, `sidan scrollar i sidled vid 360 px (${sideways} px)`);
      const violations = await axe(page);
      assert(violations.length === 0, `axe (Mina avrop med sökning): ${JSON.stringify(violations, null, 2)}`);
      // Escape in a search field empties it: every order is back and the count says so.
      await page.keyboard.press('Escape');
      await page.getByRole('status').filter({ hasText: /avrop visas$/ }).waitFor();
      assert(errors.length === 0, `fel i sidan: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
  });
}
