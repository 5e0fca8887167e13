// Dates go into <input type="date"> the way a person enters them: focus the field and type each
// part in the order the browser's own date format shows them. Setting the value from script
// (locator.fill) is not what a user does, and the headless Chromium that @sparticuz/chromium
// ships (153) drops a value set from script on a focused date field that React renders.

/** Types an ISO date (yyyy-mm-dd) into a date input with the keyboard and checks that it took. */
export async function typeDate(page, locator, iso) {
  const [year, month, day] = iso.split('-');
  await locator.focus();
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language.split('@')[0], { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(2001, 1, 3))
      .map((p) => p.type)
      .filter((t) => t === 'year' || t === 'month' || t === 'day')
  );
  const digits = { year, month, day };
  for (const [index, part] of order.entries()) {
    await page.keyboard.type(digits[part]);
    // Two digits fill a day or month segment and move on; a year takes up to six and stays.
    if (part === 'year' && index < order.length - 1) await page.keyboard.press('ArrowRight');
  }
  const value = await locator.inputValue();
  if (value !== iso) throw new Error(`datumfältet fick ${JSON.stringify(value)} i stället för ${iso} (ordning ${order.join('-')})`);
}
