import * as React from 'react';
import { ChoiceGroup, PrimaryButton } from '@fluentui/react';
import { correctableAnswer, correctAnswer, DECLINE_REASONS } from '../../../domain/cascade';
import { formatSwedishDate } from '../../../domain/time';
import type { CascadeReason } from '../../../domain/types';
import { format, LangContext, useStrings } from '../../../i18n/strings';
import { errorString } from '../../../components/MessageText';
import { reasonLabel, strings } from '../strings';
import { ActionDisclosure, ActionProps, assignedName, CommentForOrderer, DateField, Refusal, TextAreaField, useRefusal } from './actionShared';

/**
 * A wrongly recorded answer is corrected with a justification: accepted becomes declined (the order
 * goes on down the ranking) or declined becomes accepted (it goes back to that supplier). The
 * wrong answer stays in the trail; the correction is one more entry and one audit row.
 */
export function CorrectForm(props: ActionProps): JSX.Element | null {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { order } = props.stored;
  const [reason, setReason] = React.useState('');
  const [startDate, setStartDate] = React.useState('');
  const [justification, setJustification] = React.useState('');
  const [commentForOrderer, setCommentForOrderer] = React.useState(false);
  const [error, take] = useRefusal();
  const answer = correctableAnswer(order);
  if (!answer) return null;
  const supplier = order.ranking.find((r) => r.supplierKey === answer.supplierKey)?.supplierName || answer.supplierKey;
  const accepted = answer.recorded === 'accepted';
  // A later supplier has the order meanwhile: it is told the request is withdrawn.
  const withdrawnFrom = !accepted && order.status === 'Väntar på svar';

  const submit = async (): Promise<void> => {
    if (props.saving) return;
    const outcome = await props.transition(
      (now) =>
        correctAnswer(order, {
          now,
          ...props.desk.actor,
          justification,
          reason: accepted ? ((reason || undefined) as CascadeReason | undefined) : undefined,
          startDate: accepted ? undefined : startDate.trim(),
          commentForOrderer
        }),
      (result) =>
        result.order.status === 'Antagen'
          ? `${t.corrected} ${format(t.accepted, { supplier, date: formatSwedishDate(result.order.startDate) })}`
          : result.order.status === 'Ingen leverantör'
            ? `${t.corrected} ${t.noSupplierLeft}`
            : `${t.corrected} ${format(t.moved, { supplier: assignedName(result.order), rank: result.order.assignedRank })}`
    );
    take(outcome);
  };
  const fieldError = (field: string): string | undefined => (error && error.field === field ? errorString(error, lang) : undefined);

  return (
    <ActionDisclosure
      id={`correct-${props.stored.id}`}
      heading={t.correctHeading}
      intro={[
        format(accepted ? t.correctIntroAccepted : t.correctIntroDeclined, { supplier }),
        withdrawnFrom ? format(t.correctWithdraw, { current: assignedName(order) }) : ''
      ].join(' ').trim()}
      onSubmit={() => void submit()}
    >
      {accepted ? (
        <ChoiceGroup
          label={format(t.correctReasonLabel, { supplier })}
          options={DECLINE_REASONS.map((r) => ({ key: r, text: r === 'Annat' ? t.otherReasonChoice : reasonLabel(lang, r) }))}
          selectedKey={reason || null}
          onChange={(_e, option) => setReason(option ? String(option.key) : '')}
          required
        />
      ) : (
        <DateField label={t.startDateLabel} description={t.startDateDescription} value={startDate} onChange={setStartDate} required error={fieldError('startDate')} />
      )}
      {fieldError('reason') && <Refusal message={fieldError('reason') as string} />}
      <TextAreaField
        label={t.correctJustification}
        description={t.correctJustificationDescription}
        value={justification}
        onChange={setJustification}
        required
        error={fieldError('justification')}
      />
      <CommentForOrderer id={`correct-for-orderer-${props.stored.id}`} checked={commentForOrderer} onChange={setCommentForOrderer} />
      {error && !['reason', 'startDate', 'justification'].includes(error.field || '') && <Refusal message={errorString(error, lang)} />}
      <div>
        <PrimaryButton type="submit" text={props.saving ? t.saving : t.correct} disabled={props.saving} />
      </div>
    </ActionDisclosure>
  );
}
