import * as React from 'react';
import { PrimaryButton, Text } from '@fluentui/react';
import { moveToNextSupplier } from '../../../domain/cascade';
import { format, LangContext, useStrings } from '../../../i18n/strings';
import { errorString } from '../../../components/MessageText';
import { strings } from '../strings';
import { ActionDisclosure, ActionProps, assignedName, CommentForOrderer, nextInRanking, Refusal, TextAreaField, useRefusal } from './actionShared';

/** While the order is 'Ny': pass the supplier over without sending, only with a written justification ('Annat'). */
export function SkipForm(props: ActionProps): JSX.Element {
  const lang = React.useContext(LangContext);
  const t = useStrings(strings);
  const { order } = props.stored;
  const [comment, setComment] = React.useState('');
  const [commentForOrderer, setCommentForOrderer] = React.useState(false);
  const [error, take] = useRefusal();
  const supplier = assignedName(order);
  const next = nextInRanking(order);

  const submit = async (): Promise<void> => {
    if (props.saving) return;
    const outcome = await props.transition(
      (now) => moveToNextSupplier(order, { now, ...props.desk.actor, reason: 'Annat', comment, commentForOrderer }),
      (result) =>
        result.order.status === 'Ingen leverantör' ? t.noSupplierLeft : format(t.moved, { supplier: assignedName(result.order), rank: result.order.assignedRank })
    );
    take(outcome);
  };

  return (
    <ActionDisclosure id={`skip-${props.stored.id}`} heading={t.skipHeading} intro={format(t.skipIntro, { supplier })} onSubmit={() => void submit()}>
      <Text as="p" block>
        {next ? format(t.nextSupplier, { supplier: next.supplierName, rank: next.rank }) : format(t.lastSupplier, { supplier })}
      </Text>
      <TextAreaField
        label={t.justification}
        description={format(t.justificationDescription, { supplier })}
        value={comment}
        onChange={setComment}
        required
        error={error && error.field === 'comment' ? errorString(error, lang) : undefined}
      />
      <CommentForOrderer id={`skip-for-orderer-${props.stored.id}`} checked={commentForOrderer} onChange={setCommentForOrderer} />
      {error && error.field !== 'comment' && <Refusal message={errorString(error, lang)} />}
      <div>
        <PrimaryButton type="submit" text={props.saving ? t.saving : t.skip} disabled={props.saving} />
      </div>
    </ActionDisclosure>
  );
}
