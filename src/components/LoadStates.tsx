import * as React from 'react';
import { Spinner, SpinnerSize, Stack, Text, useTheme } from '@fluentui/react';
import { controlClasses } from './controlStyles';
import { Notice } from './Notice';
import { defineStrings, useStrings } from '../i18n/strings';
import { ErrorText } from './MessageText';

const strings = defineStrings({
  sv: { loading: 'Hämtar…', retry: 'Försök igen', failed: 'Det gick inte att hämta uppgifterna.' },
  en: { loading: 'Loading…', retry: 'Try again', failed: 'The information could not be loaded.' }
});

export function Loading(props: { label?: string }): JSX.Element {
  const t = useStrings(strings);
  return (
    <div role="status" aria-live="polite" style={{ padding: 24 }}>
      <Spinner size={SpinnerSize.large} label={props.label || t.loading} />
    </div>
  );
}

export function LoadError(props: { error: unknown; onRetry: () => void; message?: string }): JSX.Element {
  const t = useStrings(strings);
  const css = controlClasses(useTheme());
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { padding: 8 } }}>
      <Notice kind="error" role="alert">
        {props.message || t.failed} <ErrorText error={props.error} />
      </Notice>
      <div>
        <button type="button" className={css.button} onClick={props.onRetry}>
          {t.retry}
        </button>
      </div>
    </Stack>
  );
}

export function EmptyState(props: { title: string; children?: React.ReactNode }): JSX.Element {
  return (
    <div style={{ padding: 24, textAlign: 'center' }}>
      <Text variant="large" block as="p" styles={{ root: { fontWeight: 600 } }}>
        {props.title}
      </Text>
      {props.children}
    </div>
  );
}
