// Dates go into the date field (src/components/DateField.tsx) the way a person types them: focus
// the field, select what is there, type the ISO date with the keyboard. The field reads the text
// on every change, so the date counts before the field is left; it says what it took in
// data-iso ('' while the text is not a date). Setting the value from script (locator.fill) is
// not what a user does.

/** Types an ISO date (yyyy-mm-dd) into a date field with the keyboard and checks that it took. */
export async function typeDate(page, locator, iso) {
  await locator.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(iso);
  const accepted = await locator.getAttribute('data-iso');
  if (accepted !== iso) {
    const text = await locator.inputValue();
    throw new Error(`datumfältet tog ${JSON.stringify(accepted)} i stället för ${iso} (texten ${JSON.stringify(text)})`);
  }
}
