import * as React from 'react';
import { ThemeProvider } from '@fluentui/react';
import type { AppEnvironment } from '../apps/shared/appTypes';
import { LangContext } from '../apps/shared/i18n';
import { ErrorBoundary } from './ErrorBoundary';

/** Wraps every app: theme from SharePoint/Teams, language context and lang attribute, error boundary. */
export function AppFrame(props: { env: AppEnvironment; children: React.ReactNode }): JSX.Element {
  const lang = props.env.lang;
  return (
    <LangContext.Provider value={lang}>
      <ThemeProvider theme={props.env.theme}>
        <div lang={lang === 'en-US' ? 'en' : 'sv'} className="utbildningsavrop-app">
          <ErrorBoundary lang={lang}>{props.children}</ErrorBoundary>
        </div>
      </ThemeProvider>
    </LangContext.Provider>
  );
}
