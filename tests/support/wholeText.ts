// Text matcher for Testing Library: the innermost element whose whole text matches. Names from
// the lists sit in their own marked spans (ListText), so a sentence with a name in it spans elements.
export function byWholeText(wanted: RegExp | string): (content: string, el: Element | null) => boolean {
  const test = (text: string): boolean => (typeof wanted === 'string' ? text.replace(/\s+/g, ' ').trim() === wanted : wanted.test(text));
  return (_content, el) => !!el && test(el.textContent ?? '') && Array.from(el.children).every((c) => !test(c.textContent ?? ''));
}
