import * as React from 'react';
import { FontIcon, ITheme, mergeStyleSets, useTheme } from '@fluentui/react';

export type NoticeKind = 'info' | 'warning' | 'error';

const ICONS: Record<NoticeKind, string> = { info: 'Info', warning: 'Warning', error: 'ErrorBadge' };

const cache = new WeakMap<ITheme, Record<NoticeKind | 'icon', string>>();

function classes(theme: ITheme): Record<NoticeKind | 'icon', string> {
  const cached = cache.get(theme);
  if (cached) return cached;
  const c = theme.semanticColors;
  const bar = { display: 'flex', gap: 8, padding: '8px 12px', color: c.bodyText, fontSize: theme.fonts.medium.fontSize, lineHeight: '20px', wordBreak: 'break-word' as const };
  const made = mergeStyleSets({
    info: { ...bar, background: c.infoBackground, selectors: { '> i': { color: c.infoIcon } } },
    warning: { ...bar, background: c.warningBackground, selectors: { '> i': { color: c.warningIcon } } },
    error: { ...bar, background: c.errorBackground, selectors: { '> i': { color: c.errorIcon } } },
    icon: { flexShrink: 0, fontSize: 16, lineHeight: '20px' }
  });
  cache.set(theme, made);
  return made;
}

/**
 * A message bar in the theme's message colours. Fluent's MessageBar carries a dismiss IconButton,
 * and every Fluent button brings ContextualMenu (about 33 KB gzip) into the bundle; this does not.
 */
export function Notice(props: { kind: NoticeKind; role?: 'alert' | 'status'; children: React.ReactNode }): JSX.Element {
  const css = classes(useTheme());
  return (
    <div className={css[props.kind]} role={props.role}>
      <FontIcon iconName={ICONS[props.kind]} className={css.icon} aria-hidden="true" />
      <div>{props.children}</div>
    </div>
  );
}
