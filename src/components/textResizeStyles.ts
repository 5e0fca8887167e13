import type { PartialTheme } from '@fluentui/react';

/**
 * Fluent UI v8 gives its single-line controls a fixed height of 32 px (Dropdown title and caret,
 * TextField, SearchBox) and its dropdown options 36 px, so text zoomed to 200 % (WCAG 1.4.4) is cut
 * off inside them. These overrides, applied to every control through the theme, keep the same size
 * at 100 % (minimum = the old fixed height) and let the box grow with its text; a long dropdown
 * value wraps instead of ending in an ellipsis at 320 px (1.4.10).
 */
const growWithText = { height: 'auto', minHeight: 32 };
const optionGrowsWithText = { height: 'auto', minHeight: 36, whiteSpace: 'normal', textAlign: 'left' };

export const TEXT_RESIZE_COMPONENTS: NonNullable<PartialTheme['components']> = {
  Dropdown: {
    styles: {
      title: { ...growWithText, whiteSpace: 'normal', overflowWrap: 'break-word' },
      caretDownWrapper: { height: 'auto' },
      dropdownItem: optionGrowsWithText,
      dropdownItemSelected: optionGrowsWithText,
      dropdownItemDisabled: optionGrowsWithText,
      dropdownItemSelectedAndDisabled: optionGrowsWithText,
      dropdownOptionText: { whiteSpace: 'normal', overflowWrap: 'break-word' }
    }
  },
  TextField: { styles: { fieldGroup: growWithText } },
  SearchBox: { styles: { root: growWithText } }
};

/** The host's theme (SharePoint section or Teams) with the text-resize overrides added. */
export function withTextResize(theme: PartialTheme | undefined): PartialTheme {
  return { ...theme, components: { ...theme?.components, ...TEXT_RESIZE_COMPONENTS } };
}
