import * as React from 'react';
import { Notice } from './Notice';
import type { Lang } from '../i18n/lang';

interface State {
  error?: Error;
}

/** Keeps a rendering fault inside the web part instead of blanking the whole page. */
export class ErrorBoundary extends React.Component<{ lang: Lang; children: React.ReactNode }, State> {
  public state: State = {};

  public static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  public render(): React.ReactNode {
    if (!this.state.error) return this.props.children;
    const en = this.props.lang === 'en-US';
    return (
      <Notice kind="error" role="alert">
        {en ? 'Something went wrong while showing this part of the page. Reload the page to try again.' : 'Något gick fel när den här delen av sidan skulle visas. Ladda om sidan för att försöka igen.'}
      </Notice>
    );
  }
}
