import * as React from 'react';
import { ThemeProvider } from '@fluentui/react';
import type { PartialTheme } from '@fluentui/react';
import type { Lang } from '../i18n/lang';
import { LangContext } from '../i18n/strings';
import { ErrorBoundary } from './ErrorBoundary';
import { withTextResize } from './textResizeStyles';
import { StatementFooter } from './accessibility/StatementFooter';
import { useProgrammaticFocusClass } from './focusStyles';

/** What the frame needs of the app's environment (the apps pass their whole AppEnvironment). */
export interface FrameEnvironment {
  lang: Lang;
  theme?: PartialTheme;
}

/** Wraps every app: theme from SharePoint/Teams, language context and lang attribute, error boundary, the footer with the accessibility statement. */
export function AppFrame(props: { env: FrameEnvironment; children: React.ReactNode }): JSX.Element {
  const lang = props.env.lang;
  const theme = React.useMemo(() => withTextResize(props.env.theme), [props.env.theme]);
  return (
    <LangContext.Provider value={lang}>
      <ThemeProvider theme={theme}>
        <FocusScope lang={lang}>
          <ErrorBoundary lang={lang}>{props.children}</ErrorBoundary>
          <StatementFooter lang={lang} />
        </FocusScope>
      </ThemeProvider>
    </LangContext.Provider>
  );
}

/** Inside the ThemeProvider, so that the focus outline takes the host theme's colour. */
function FocusScope(props: { lang: Lang; children: React.ReactNode }): JSX.Element {
  const focusClass = useProgrammaticFocusClass();
  return (
    <div lang={props.lang === 'en-US' ? 'en' : 'sv'} className={`utbildningsavrop-app ${focusClass}`}>
      {props.children}
    </div>
  );
}
