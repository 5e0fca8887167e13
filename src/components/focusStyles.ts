import * as React from 'react';
import { mergeStyles, useTheme } from '@fluentui/react';

/**
 * Headings, notices and status lines that the apps move focus to (tabindex="-1") are drawn with
 * `outline: none`, so a keyboard user could not see where focus went after opening an order or
 * closing a dialog (WCAG 2.4.7). This draws the theme's focus colour on them, only when focus
 * came from the keyboard (:focus-visible), and wins over the elements' inline `outline: none`.
 */
export function useProgrammaticFocusClass(): string {
  const theme = useTheme();
  return React.useMemo(
    () =>
      mergeStyles({
        selectors: {
          '& [tabindex="-1"]:focus-visible': {
            outline: `2px solid ${theme.semanticColors.focusBorder || theme.palette.themePrimary} !important`,
            outlineOffset: '2px'
          }
        }
      }),
    [theme]
  );
}
