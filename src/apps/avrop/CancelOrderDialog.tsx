import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, TextField } from '@fluentui/react';
import type { CurrentUser, OrderRepository, StoredOrder } from '../../data/ports';
import { actorOf } from '../../data/actor';
import { AuditWriteError, ConcurrencyError } from '../../data/errors';
import { cancelOrder } from '../../domain/cascade';
import { orderValidationLimits } from '../../domain/limits';
import { format, LangContext, useStrings } from '../../i18n/strings';
import { strings } from './strings';
import { ErrorText, errorString } from '../../components/MessageText';

export type CancelOutcome = { kind: 'cancelled'; stored: StoredOrder } | { kind: 'conflict'; fresh: StoredOrder | undefined };

/** Asks for the reason and cancels the order at the version it was read (ETag). */
export function CancelOrderDialog(props: {
  stored: StoredOrder;
  orders: OrderRepository;
  user: CurrentUser;
  now: () => Date;
  onClose: () => void;
  onDone: (outcome: CancelOutcome) => void;
  onDismissed?: () => void;
}): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const [hidden, setHidden] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [reasonError, setReasonError] = React.useState<unknown>(undefined);
  const [failure, setFailure] = React.useState('');
  const [sending, setSending] = React.useState(false);
  const sendingRef = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const close = (): void => {
    if (sendingRef.current) return;
    setHidden(true);
    props.onClose();
  };

  const confirm = async (): Promise<void> => {
    if (sendingRef.current) return;
    setFailure('');
    let result;
    try {
      result = cancelOrder(props.stored.order, { now: props.now(), ...actorOf(props.user), reason });
    } catch (error) {
      setReasonError(error);
      return;
    }
    setReasonError(undefined);
    sendingRef.current = true;
    setSending(true);
    let outcome: CancelOutcome | undefined;
    try {
      outcome = { kind: 'cancelled', stored: await props.orders.update(props.stored, result.order, result.entry) };
    } catch (error) {
      if (error instanceof AuditWriteError) outcome = { kind: 'cancelled', stored: error.stored };
      else if (error instanceof ConcurrencyError) {
        let fresh = error.fresh;
        if (!fresh) {
          try {
            fresh = await props.orders.getById(props.stored.id);
          } catch {
            fresh = undefined;
          }
        }
        outcome = { kind: 'conflict', fresh };
      } else {
        setFailure(`${t.cancelFailed} ${errorString(error, lang)}`);
      }
    }
    sendingRef.current = false;
    if (!mounted.current) return;
    setSending(false);
    if (outcome) {
      setHidden(true);
      props.onDone(outcome);
    }
  };

  return (
    <Dialog
      hidden={hidden}
      onDismiss={close}
      dialogContentProps={{
        type: DialogType.normal,
        title: format(t.cancelTitle, { reference: props.stored.order.reference }),
        subText: t.cancelText
      }}
      modalProps={{ isBlocking: true, onDismissed: props.onDismissed }}
      minWidth={320}
      maxWidth={560}
    >
      <TextField
        label={t.cancelReasonLabel}
        required
        multiline
        rows={3}
        value={reason}
        maxLength={orderValidationLimits.commentMaxLength}
        onChange={(_e, v) => setReason(v ?? '')}
        errorMessage={reasonError !== undefined ? <ErrorText error={reasonError} /> : undefined}
        disabled={sending}
      />
      {failure && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 12 } }}>
          {failure}
        </MessageBar>
      )}
      <DialogFooter>
        <PrimaryButton text={sending ? t.cancelling : t.cancelConfirm} onClick={() => void confirm()} disabled={sending} />
        <DefaultButton text={t.cancelKeep} onClick={close} disabled={sending} />
      </DialogFooter>
    </Dialog>
  );
}
