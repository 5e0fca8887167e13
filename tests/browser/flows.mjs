// Journeys across apps and users (keyboard use, rights, deep links).
export function registerFlows(runner, { openApp, assert, axe }) {
  runner.test('axe själv: en sida med brister rapporteras (testet kan falla)', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.setContent('<html><body><img src="x.png"><input type="text"><a href="#"></a></body></html>');
      const violations = await axe(page);
      const ids = violations.map((v) => v.id);
      for (const expected of ['html-has-lang', 'image-alt', 'label']) assert(ids.includes(expected), `axe missade ${expected}: ${ids.join(', ')}`);
    } finally {
      await context.close();
    }
  });

  runner.test('administration: installationen körd en gång till ändrar ingenting och säger det', async ({ browser, server }) => {
    const { page, context } = await openApp(browser, server.url, { route: 'administration', user: 'lars' });
    try {
      await page.click('button:has-text("Installera")');
      await page.waitForSelector('text=Allt var redan på plats. Inget ändrades.', { timeout: 30000 });
    } finally {
      await context.close();
    }
  });

  runner.test('avtalskatalog: sök, öppna ett område med tangentbordet och se rangordningen', async ({ browser, server }) => {
    const { page, context } = await openApp(browser, server.url, { route: 'avtalskatalog', user: 'anna' });
    try {
      await page.fill('input[type="search"], input[role="searchbox"]', 'ugl');
      await page.waitForSelector('text=1 avtalsområde visas');
      await page.focus('a:has-text("UGL, UL och IL")');
      await page.keyboard.press('Enter');
      await page.waitForSelector('h2:has-text("UGL, UL och IL")');
      assert(page.url().includes('omrade=ugl-ul-il'), `adressen ska innehålla området: ${page.url()}`);
      const ranked = await page.$$eval('ol li', (items) => items.map((li) => li.textContent));
      assert(ranked[0].startsWith('Harmoni i Livet Syd') && ranked[2].startsWith('Team Fusion'), `rangordning: ${ranked.join(' | ')}`);
    } finally {
      await context.close();
    }
  });

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

  runner.test('avtalskatalog: filter på leverantör med tangentbordet, antalet träffar meddelas', async ({ browser, server }) => {
    const { page, context } = await openApp(browser, server.url, { route: 'avtalskatalog', user: 'anna', theme: 'teams-dark' });
    try {
      // The browser's own select: arrow keys change the choice without opening it.
      const supplier = page.getByRole('combobox', { name: 'Leverantör' });
      await supplier.focus();
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('ArrowDown');
        if ((await supplier.evaluate((select) => select.selectedOptions[0]?.textContent)) === 'Time Care') break;
      }
      await page.waitForSelector('[role="status"]:has-text("1 avtalsområde visas")');
      const titles = await page.$$eval('article h2', (hs) => hs.map((h) => h.textContent));
      assert(titles.length === 1 && titles[0] === 'Schemaläggning och bemanningsplanering', `fel områden: ${titles.join(', ')}`);
      const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none' || document.activeElement.matches(':focus-visible'));
      assert(focusVisible, 'fokus ska synas');
    } finally {
      await context.close();
    }
  });
}
