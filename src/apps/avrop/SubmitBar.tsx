// The end of the form: why the last send failed (with a retry), send and discard, and the status
// line that tells a screen reader what happens.
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import { ErrorText } from '../../components/MessageText';
import { useStrings } from '../../i18n/strings';
import { strings } from './strings';
import type { OrderFormState } from './useOrderForm';

export function SubmitBar(props: { form: Pick<OrderFormState, 'failure' | 'failureRef' | 'sending' | 'send' | 'status' | 'setConfirmDiscard'> }): JSX.Element {
  const t = useStrings(strings);
  const { failure, sending } = props.form;
  return (
    <>
      {failure && (
        <div ref={props.form.failureRef} tabIndex={-1} style={{ outlineOffset: 2 }}>
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            actions={
              <div>
                <PrimaryButton text={t.retry} onClick={() => void props.form.send()} disabled={sending} />
              </div>
            }
          >
            {failure.kind === 'unknown' ? (
              <>
                <strong>{t.sendFailedTitle}</strong> {t.sendFailed}{' '}
                <ErrorText error={failure.error} />
              </>
            ) : (
              <>
                {t.sendRefused} <ErrorText error={failure.error} />
              </>
            )}
          </MessageBar>
        </div>
      )}

      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center" styles={{ root: { marginTop: 16 } }}>
        <PrimaryButton type="submit" text={sending ? t.sending : t.send} disabled={sending} />
        <DefaultButton text={t.discard} onClick={() => props.form.setConfirmDiscard(true)} disabled={sending} />
        {sending && <Spinner size={SpinnerSize.small} ariaLive="off" />}
      </Stack>
      <div role="status" aria-live="polite" style={{ minHeight: 1 }}>
        {sending ? t.sending : props.form.status}
      </div>
    </>
  );
}
