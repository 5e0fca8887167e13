// Journeys across apps and users (keyboard use, rights, deep links).
export function registerFlows(runner, { openApp, assert }) {
  runner.test('arbetsbänken: hoppa-till-innehåll-länken är första tabbstoppet och syns vid fokus', async ({ browser, server }) => {
    const { page, context } = await openApp(browser, server.url, { route: 'avtalskatalog', user: 'anna' });
    try {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.className);
      assert(String(focused).includes('wb-skip'), `första tabbstopp var ${focused}`);
      const box = await page.locator('.wb-skip').boundingBox();
      assert(box && box.x >= 0, 'länken ska synas när den har fokus');
    } finally {
      await context.close();
    }
  });

  runner.test('avropshantering: en medarbetare utan handläggarroll får ett tydligt besked', async ({ browser, server }) => {
    const { page, context } = await openApp(browser, server.url, { route: 'avropshantering', user: 'anna' });
    try {
      const text = await page.innerText('main');
      assert(/behörighet/i.test(text), `ingen behörighetstext: ${text.slice(0, 300)}`);
    } finally {
      await context.close();
    }
  });

  runner.test('administration: bara webbplatsägaren kan starta installationen', async ({ browser, server }) => {
    const owner = await openApp(browser, server.url, { route: 'administration', user: 'lars' });
    try {
      assert(await owner.page.isVisible('button:has-text("Installera")'), 'ägaren ska se installationsknappen');
    } finally {
      await owner.context.close();
    }
    const other = await openApp(browser, server.url, { route: 'administration', user: 'anna' });
    try {
      assert(!(await other.page.isVisible('button:has-text("Installera")')), 'andra ska inte se knappen');
      assert(/behörighet/i.test(await other.page.innerText('main')), 'andra ska få veta att de saknar behörighet');
    } finally {
      await other.context.close();
    }
  });
}
