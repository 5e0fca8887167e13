import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack } from '@fluentui/react';
import { classifyFailure } from '../../data/errors';
import { formatNodes, useStrings } from '../../i18n/strings';
import { setupStrings } from './strings';

/**
 * A failed read, told by what the person can do about it: no rights (who can), SharePoint not
 * answering (try again), lists not there (setup), anything else (its message).
 */
export function FailureNotice(props: { error: unknown; onRetry?: () => void }): JSX.Element {
  const t = useStrings(setupStrings);
  const kind = classifyFailure(props.error);
  const text =
    kind === 'forbidden'
      ? t.fail_forbidden
      : kind === 'transient'
        ? t.fail_transient
        : kind === 'missing'
          ? t.fail_missing
          : formatNodes(t.fail_other, { message: <code data-technical="">{String((props.error as Error)?.message ?? props.error)}</code> });
  const type = kind === 'missing' ? MessageBarType.info : kind === 'forbidden' ? MessageBarType.warning : MessageBarType.error;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={type} isMultiline data-failure={kind}>
        {text}
      </MessageBar>
      {props.onRetry && (kind === 'transient' || kind === 'other') && (
        <div>
          <DefaultButton text={t.retry} onClick={props.onRetry} />
        </div>
      )}
    </Stack>
  );
}
