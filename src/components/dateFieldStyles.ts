import * as React from 'react';
import { mergeStyles, useTheme } from '@fluentui/react';

/** Relative luminance of a #rrggbb colour (WCAG 2.1); other notations count as light. */
function luminance(colour: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The browser draws a date field's calendar button in the page's colour scheme, dark on light by
 * default: on Teams' dark and high-contrast themes it is black on black. Telling the browser the
 * fields sit on a dark background makes it draw the button (and its calendar) light.
 * https://developer.mozilla.org/en-US/docs/Web/CSS/color-scheme
 */
export function useDateFieldClass(): string {
  const theme = useTheme();
  return React.useMemo(() => {
    const dark = luminance(theme.semanticColors.inputBackground || theme.semanticColors.bodyBackground) < 0.2;
    return mergeStyles({ selectors: { '& input[type="date"], & input[type="datetime-local"], & input[type="time"]': { colorScheme: dark ? 'dark' : 'light' } } });
  }, [theme]);
}
