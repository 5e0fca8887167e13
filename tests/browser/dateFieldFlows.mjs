// A date field's calendar button must be visible in every theme: in Teams' dark and high-contrast
// themes the browser drew it black on a black field. The button's pixels are read back from a
// screenshot and must stand out from the field's background (WCAG 1.4.11: 3:1 for controls).
export function registerDateFieldFlows(runner, { openApp, assert }) {
  for (const theme of ['sharepoint', 'teams-dark', 'teams-contrast']) {
    runner.test(`date fields (${theme}): the calendar button stands out from the field`, async ({ browser, server }) => {
      const { page, context } = await openApp(browser, server.url, { route: 'avrop', user: 'anna', theme, query: '&omrade=ledarskap' });
      try {
        const field = page.locator('input[type="date"]').first();
        await field.scrollIntoViewIfNeeded();
        const box = await field.boundingBox();
        // The button sits at the right end of the field.
        const shot = await page.screenshot({ clip: { x: box.x + box.width - 28, y: box.y + 2, width: 26, height: box.height - 4 } });
        const contrast = await page.evaluate(async (b64) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const g = canvas.getContext('2d');
          g.drawImage(img, 0, 0);
          const { data } = g.getImageData(0, 0, img.width, img.height);
          const lum = (i) => {
            const [r, gg, b] = [data[i], data[i + 1], data[i + 2]].map((v) => {
              const c = v / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * gg + 0.0722 * b;
          };
          let min = 1;
          let max = 0;
          for (let i = 0; i < data.length; i += 4) {
            min = Math.min(min, lum(i));
            max = Math.max(max, lum(i));
          }
          return (max + 0.05) / (min + 0.05);
        }, shot.toString('base64'));
        assert(contrast >= 3, `the calendar button's contrast with the field is ${contrast.toFixed(2)}:1 in ${theme}`);
      } finally {
        await context.close();
      }
    });
  }
}
