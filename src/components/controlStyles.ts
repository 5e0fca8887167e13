// Native form controls dressed in the Fluent theme's tokens. The catalogue's first load avoids
// Fluent's Dropdown (it brings Panel, Checkbox, Callout and FocusZone), SearchBox and buttons
// (every Fluent button brings ContextualMenu); the browser's own controls are accessible as they are.
import { ITheme, mergeStyleSets } from '@fluentui/react';

export interface ControlClasses {
  label: string;
  search: string;
  select: string;
  fieldset: string;
  checkboxRow: string;
  button: string;
  primaryLink: string;
  quietButton: string;
}

const cache = new WeakMap<ITheme, ControlClasses>();

export function controlClasses(theme: ITheme): ControlClasses {
  const cached = cache.get(theme);
  if (cached) return cached;
  const { semanticColors: c, palette: p, fonts } = theme;
  const focus = { outline: `2px solid ${p.themePrimary}`, outlineOffset: 2 };
  const box = {
    font: 'inherit',
    fontSize: fonts.medium.fontSize,
    minHeight: 32,
    boxSizing: 'border-box' as const,
    borderRadius: 2,
    cursor: 'pointer',
    selectors: { ':focus-visible': focus }
  };
  const classes: ControlClasses = mergeStyleSets({
    label: { display: 'block', fontWeight: 600, padding: '5px 0', color: c.bodyText },
    search: {
      ...box,
      cursor: 'text',
      width: '100%',
      maxWidth: 560,
      padding: '0 8px',
      color: c.inputText,
      background: c.inputBackground,
      border: `1px solid ${c.inputBorder}`,
      selectors: { ...box.selectors, ':hover': { borderColor: c.inputBorderHovered }, '::placeholder': { color: c.inputPlaceholderText, opacity: 1 } }
    },
    select: {
      ...box,
      minWidth: 220,
      maxWidth: 320,
      width: '100%',
      padding: '0 8px',
      color: c.inputText,
      background: c.inputBackground,
      border: `1px solid ${c.inputBorder}`,
      selectors: { ...box.selectors, ':hover': { borderColor: c.inputBorderHovered } }
    },
    fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0, color: c.bodyText },
    checkboxRow: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 6,
      margin: '4px 16px 4px 0',
      cursor: 'pointer',
      selectors: { input: { width: 18, height: 18, margin: 0, accentColor: p.themePrimary, cursor: 'pointer' }, 'input:focus-visible': focus }
    },
    button: {
      ...box,
      padding: '0 16px',
      fontWeight: 600,
      color: c.buttonText,
      background: c.buttonBackground,
      border: `1px solid ${c.buttonBorder}`,
      selectors: { ...box.selectors, ':hover': { background: c.buttonBackgroundHovered, color: c.buttonTextHovered } }
    },
    primaryLink: {
      ...box,
      display: 'inline-flex',
      alignItems: 'center',
      padding: '0 16px',
      fontWeight: 600,
      textDecoration: 'none',
      color: c.primaryButtonText,
      background: c.primaryButtonBackground,
      border: `1px solid ${c.primaryButtonBackground}`,
      selectors: {
        ...box.selectors,
        ':hover': { background: c.primaryButtonBackgroundHovered, color: c.primaryButtonTextHovered, textDecoration: 'none' }
      }
    },
    quietButton: {
      ...box,
      display: 'inline-flex',
      alignItems: 'center',
      gap: 8,
      padding: '0 4px',
      color: c.actionLink,
      background: 'transparent',
      border: '1px solid transparent',
      selectors: { ...box.selectors, ':hover': { color: c.actionLinkHovered, textDecoration: 'underline' } }
    }
  });
  cache.set(theme, classes);
  return classes;
}
