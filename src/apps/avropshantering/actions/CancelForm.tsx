import * as React from 'react';
import { PrimaryButton } from '@fluentui/react';
import { cancelOrder } from '../../../domain/cascade';
import { format, LangContext, useStrings } from '../../../i18n/strings';
import { errorString } from '../../../components/MessageText';
import { strings } from '../strings';
import { ActionDisclosure, ActionProps, assignedName, Refusal, TextAreaField, useRefusal } from './actionShared';

/**
 * The desk cancels an order, open or accepted, with a reason. The orderer and the contact person
 * are told; a supplier who has the order (sent or accepted) is told too (src/data/mail/notifier.ts).
 */
export function CancelForm(props: ActionProps): JSX.Element {
  const lang = React.useContext(LangContext);
  const t = useStrings(strings);
  const { order } = props.stored;
  const [reason, setReason] = React.useState('');
  const [error, take] = useRefusal();
  const supplierHasIt = order.status === 'Väntar på svar' || order.status === 'Antagen';
  const intro = supplierHasIt ? `${t.cancelIntro} ${format(t.cancelIntroSupplier, { supplier: assignedName(order) })}` : t.cancelIntro;

  const submit = async (): Promise<void> => {
    if (props.saving) return;
    const outcome = await props.transition(
      (now) => cancelOrder(order, { now, ...props.desk.actor, reason, role: 'handler' }),
      () => t.cancelled
    );
    take(outcome);
  };

  return (
    <ActionDisclosure id={`cancel-${props.stored.id}`} heading={t.cancelHeading} intro={intro} onSubmit={() => void submit()}>
      <TextAreaField
        label={t.cancelReasonLabel}
        description={t.cancelReasonDescription}
        value={reason}
        onChange={setReason}
        required
        error={error && error.field === 'reason' ? errorString(error, lang) : undefined}
      />
      {error && error.field !== 'reason' && <Refusal message={errorString(error, lang)} />}
      <div>
        <PrimaryButton type="submit" text={props.saving ? t.saving : t.cancelConfirm} disabled={props.saving} />
      </div>
    </ActionDisclosure>
  );
}
