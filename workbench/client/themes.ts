import { createTheme, Theme } from '@fluentui/react';

export type WorkbenchTheme = 'sharepoint' | 'teams-default' | 'teams-dark' | 'teams-contrast';
export const WORKBENCH_THEMES: WorkbenchTheme[] = ['sharepoint', 'teams-default', 'teams-dark', 'teams-contrast'];

// Palettes chosen so that text, links and primary buttons keep at least 4.5:1 contrast
// against their background in each theme (WCAG 2.1 AA).
const sharepoint = createTheme({
  palette: {
    themePrimary: '#005e7c',
    themeLighterAlt: '#f0f7fa',
    themeLighter: '#c6e2eb',
    themeLight: '#99cada',
    themeTertiary: '#4897b3',
    themeSecondary: '#126e8c',
    themeDarkAlt: '#005570',
    themeDark: '#00475f',
    themeDarker: '#003546'
  }
});

const teamsDefault = createTheme({
  palette: {
    themePrimary: '#4f52b2',
    themeLighterAlt: '#f6f6fc',
    themeLighter: '#dbdcf3',
    themeLight: '#bdbee9',
    themeTertiary: '#8385d3',
    themeSecondary: '#5d60bd',
    themeDarkAlt: '#4749a0',
    themeDark: '#3c3e87',
    themeDarker: '#2c2d63',
    neutralLighterAlt: '#f5f5f5'
  },
  semanticColors: { bodyBackground: '#f5f5f5' }
});

const teamsDark = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#a6a7dc',
    themeLighterAlt: '#07070c',
    themeLighter: '#1b1b2a',
    themeLight: '#323350',
    themeTertiary: '#64658a',
    themeSecondary: '#9294c9',
    themeDarkAlt: '#b1b2e0',
    themeDark: '#c0c1e6',
    themeDarker: '#d5d6ee',
    neutralLighterAlt: '#282828',
    neutralLighter: '#313131',
    neutralLight: '#3f3f3f',
    neutralQuaternaryAlt: '#484848',
    neutralQuaternary: '#4f4f4f',
    neutralTertiaryAlt: '#6d6d6d',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#d0d0d0',
    neutralSecondaryAlt: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f'
  }
});

const teamsContrast = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeLighterAlt: '#000000',
    themeLighter: '#1a1a00',
    themeLight: '#333300',
    themeTertiary: '#999900',
    themeSecondary: '#e6e600',
    themeDarkAlt: '#ffff33',
    themeDark: '#ffff66',
    themeDarker: '#ffff99',
    neutralLighterAlt: '#0a0a0a',
    neutralLighter: '#141414',
    neutralLight: '#262626',
    neutralQuaternaryAlt: '#333333',
    neutralQuaternary: '#3d3d3d',
    neutralTertiaryAlt: '#808080',
    neutralTertiary: '#e0e0e0',
    neutralSecondary: '#f0f0f0',
    neutralSecondaryAlt: '#f0f0f0',
    neutralPrimaryAlt: '#f5f5f5',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000',
    accent: '#1aebff'
  },
  semanticColors: { link: '#ffff01', linkHovered: '#1aebff', focusBorder: '#1aebff' }
});

export const THEMES: Record<WorkbenchTheme, Theme> = {
  sharepoint,
  'teams-default': teamsDefault,
  'teams-dark': teamsDark,
  'teams-contrast': teamsContrast
};

export function parseTheme(value: string | null): WorkbenchTheme {
  return (WORKBENCH_THEMES as string[]).includes(value || '') ? (value as WorkbenchTheme) : 'sharepoint';
}
