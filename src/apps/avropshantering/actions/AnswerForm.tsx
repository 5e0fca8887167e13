import * as React from 'react';
import { ChoiceGroup, IChoiceGroupOption, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import { allowedCascadeReasons, moveToNextSupplier, recordAcceptance } from '../../../domain/cascade';
import { formatSwedishDate, formatDateTime, stockholmDate } from '../../../domain/time';
import type { CascadeReason } from '../../../domain/types';
import { format, LangContext, useStrings } from '../../../i18n/strings';
import { errorString } from '../../../components/MessageText';
import { reasonLabel, strings } from '../strings';
import { ActionProps, assignedName, CommentForOrderer, DateField, nextInRanking, Refusal, TextAreaField, useRefusal } from './actionShared';

/** The supplier's answer: accepted with a start date, declined for a listed reason, no answer in time, or another (justified) reason. */
export function AnswerForm(props: ActionProps): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { order } = props.stored;
  const { actor } = props.desk;
  const [choice, setChoice] = React.useState('');
  const [startDate, setStartDate] = React.useState('');
  // Today unless the handler records an answer given on an earlier day.
  const [answeredOn, setAnsweredOn] = React.useState(() => stockholmDate(props.now));
  const [comment, setComment] = React.useState('');
  const [commentForOrderer, setCommentForOrderer] = React.useState(false);
  const [missingChoice, setMissingChoice] = React.useState(false);
  const [error, take, clear] = useRefusal();
  const supplier = assignedName(order);
  const next = nextInRanking(order);
  const reasons = allowedCascadeReasons(order, props.now);
  const options: IChoiceGroupOption[] = [
    { key: 'accept', text: t.accept },
    ...reasons.map((reason) => ({ key: reason, text: reason === 'Annat' ? t.otherReasonChoice : reasonLabel(lang, reason) }))
  ];
  const declining = choice !== '' && choice !== 'accept';
  const justify = choice === 'Annat';

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (props.saving) return;
    if (!choice) {
      setMissingChoice(true);
      clear();
      return;
    }
    setMissingChoice(false);
    const outcome =
      choice === 'accept'
        ? await props.transition(
            (now) => recordAcceptance(order, { now, ...actor, startDate: startDate.trim(), answeredOn: answeredOn.trim() }),
            (result) => format(t.accepted, { supplier, date: formatSwedishDate(result.order.startDate) })
          )
        : await props.transition(
            (now) => moveToNextSupplier(order, { now, ...actor, reason: choice as CascadeReason, comment, commentForOrderer }),
            (result) =>
              result.order.status === 'Ingen leverantör'
                ? t.noSupplierLeft
                : format(t.moved, { supplier: assignedName(result.order), rank: result.order.assignedRank })
          );
    take(outcome);
  };

  const fieldError = (field: string): string | undefined => (error && error.field === field ? errorString(error, lang) : undefined);

  return (
    <section>
      <h4 style={{ margin: '8px 0' }}>{t.answerHeading}</h4>
      <Text as="p" block>
        {format(t.answerIntro, { supplier, rank: order.assignedRank })}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 560 } }}>
          <ChoiceGroup
            label={format(t.answerLabel, { supplier })}
            options={options}
            selectedKey={choice || null}
            onChange={(_e, option) => {
              setChoice(option ? String(option.key) : '');
              setMissingChoice(false);
              clear();
            }}
            required
          />
          {missingChoice && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
              {t.chooseAnswer}
            </MessageBar>
          )}
          {reasons.indexOf('Inget svar före svarstiden') < 0 && order.answerDeadline && (
            <Text as="p" block variant="small">
              {format(t.noAnswerLater, { deadline: formatDateTime(order.answerDeadline, lang === 'en-US' ? 'en' : 'sv') })}
            </Text>
          )}
          {choice === 'accept' && (
            <DateField label={t.answeredOnLabel} description={t.answeredOnDescription} value={answeredOn} onChange={setAnsweredOn} error={fieldError('answeredOn')} />
          )}
          {choice === 'accept' && (
            <DateField label={t.startDateLabel} description={t.startDateDescription} value={startDate} onChange={setStartDate} required error={fieldError('startDate')} />
          )}
          {declining && (
            <>
              <Text as="p" block>
                {next ? format(t.nextSupplier, { supplier: next.supplierName, rank: next.rank }) : format(t.lastSupplier, { supplier })}
              </Text>
              <TextAreaField
                label={justify ? t.justification : t.comment}
                description={justify ? format(t.justificationDescription, { supplier }) : undefined}
                value={comment}
                onChange={setComment}
                required={justify}
                error={fieldError('comment')}
              />
              <CommentForOrderer id={`answer-for-orderer-${props.stored.id}`} checked={commentForOrderer} onChange={setCommentForOrderer} />
            </>
          )}
          {error && !error.field?.match(/^(startDate|answeredOn|comment)$/) && <Refusal message={errorString(error, lang)} />}
          <div>
            <PrimaryButton type="submit" text={props.saving ? t.saving : t.saveAnswer} disabled={props.saving} />
          </div>
        </Stack>
      </form>
    </section>
  );
}
