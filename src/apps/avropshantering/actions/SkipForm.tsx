import * as React from 'react';
import { DefaultButton, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { moveToNextSupplier } from '../../../domain/cascade';
import { format, useStrings } from '../../../i18n/strings';
import { strings } from '../strings';
import { ActionProps, assignedName, CommentForOrderer, nextInRanking, Refusal, useRefusal } from './actionShared';

/** While the order is 'Ny': pass the supplier over without sending, only with a written justification ('Annat'). */
export function SkipForm(props: ActionProps): JSX.Element {
  const t = useStrings(strings);
  const { order } = props.stored;
  const [open, setOpen] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [commentForOrderer, setCommentForOrderer] = React.useState(false);
  const [error, take] = useRefusal();
  const supplier = assignedName(order);
  const next = nextInRanking(order);
  const formId = `skip-${props.stored.id}`;

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (props.saving) return;
    const outcome = await props.transition(
      (now) => moveToNextSupplier(order, { now, ...props.desk.actor, reason: 'Annat', comment, commentForOrderer }),
      (result) =>
        result.order.status === 'Ingen leverantör' ? t.noSupplierLeft : format(t.moved, { supplier: assignedName(result.order), rank: result.order.assignedRank })
    );
    take(outcome);
  };

  return (
    <section>
      <h4 style={{ margin: '16px 0 8px' }}>{t.skipHeading}</h4>
      <Text as="p" block>
        {format(t.skipIntro, { supplier })}
      </Text>
      <DefaultButton
        text={t.skipHeading}
        iconProps={{ iconName: open ? 'ChevronUp' : 'ChevronDown' }}
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen(!open)}
        styles={{ root: { marginTop: 8 } }}
      />
      <div id={formId} hidden={!open}>
        {open && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 560, marginTop: 12 } }}>
              <Text as="p" block>
                {next ? format(t.nextSupplier, { supplier: next.supplierName, rank: next.rank }) : format(t.lastSupplier, { supplier })}
              </Text>
              <TextField
                label={t.justification}
                description={format(t.justificationDescription, { supplier })}
                multiline
                rows={3}
                value={comment}
                onChange={(_e, value) => setComment(value || '')}
                required
                errorMessage={error && error.field === 'comment' ? error.message : undefined}
              />
              <CommentForOrderer id={`skip-for-orderer-${props.stored.id}`} checked={commentForOrderer} onChange={setCommentForOrderer} />
              {error && error.field !== 'comment' && <Refusal message={error.message} />}
              <div>
                <PrimaryButton type="submit" text={props.saving ? t.saving : t.skip} disabled={props.saving} />
              </div>
            </Stack>
          </form>
        )}
      </div>
    </section>
  );
}
