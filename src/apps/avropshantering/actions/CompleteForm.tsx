import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, IChoiceGroupOption, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { completeOrder } from '../../../domain/cascade';
import { formatSwedishDate } from '../../../domain/time';
import { format, LangContext, useStrings } from '../../../i18n/strings';
import { errorString } from '../../../components/MessageText';
import { strings } from '../strings';
import { ActionProps, Refusal, useMounted, useRefusal } from './actionShared';

function count(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** 'Antagen' -> 'Genomförd' with the number of participants, optionally by gender, and the evaluation score. */
export function CompleteForm(props: ActionProps): JSX.Element {
  const lang = React.useContext(LangContext);
  const t = useStrings(strings);
  const { order } = props.stored;
  const [actual, setActual] = React.useState('');
  const [women, setWomen] = React.useState('');
  const [men, setMen] = React.useState('');
  const [other, setOther] = React.useState('');
  const [score, setScore] = React.useState('none');
  const [error, take] = useRefusal();
  // The rule asks for a confirmation when the planned start is after today: asked in a dialog.
  const [confirming, setConfirming] = React.useState(false);
  const mounted = useMounted();

  const save = async (confirmedBeforeStart: boolean): Promise<void> => {
    if (props.saving) return;
    const outcome = await props.transition(
      (now) =>
        completeOrder(order, {
          now,
          ...props.desk.actor,
          // An empty field is "not given": the rule then asks for the number in its own words.
          actualParticipants: count(actual) as number,
          participantsWomen: count(women),
          participantsMen: count(men),
          participantsOtherOrUnstated: count(other),
          evaluationScore: score === 'none' ? undefined : Number(score),
          confirmedBeforeStart
        }),
      (result) => format(t.completed, { count: result.order.actualParticipants ?? '' })
    );
    if (!mounted.current) return;
    if (outcome.kind === 'refused' && outcome.error.code === 'confirm-before-start') {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    take(outcome);
  };
  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    void save(false);
  };

  const fieldError = (field: string): string | undefined => (error && error.field === field ? errorString(error, lang) : undefined);
  const numberField = { type: 'number', inputMode: 'numeric' as const, min: 0, max: 500, step: 1, styles: { root: { maxWidth: 200 } } };
  const scoreOptions: IChoiceGroupOption[] = [{ key: 'none', text: t.noScore }, ...['1', '2', '3', '4', '5'].map((n) => ({ key: n, text: n }))];

  return (
    <section>
      <h4 style={{ margin: '8px 0' }}>{t.completeHeading}</h4>
      <Text as="p" block>
        {t.completeIntro}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 560, marginTop: 8 } }}>
          <TextField
            label={t.actualLabel}
            {...numberField}
            min={1}
            value={actual}
            onChange={(_e, value) => setActual(value || '')}
            required
            errorMessage={fieldError('actualParticipants')}
          />
          <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
            <legend style={{ fontWeight: 600, padding: '5px 0' }}>{t.genderLegend}</legend>
            <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
              <TextField label={t.womenLabel} {...numberField} value={women} onChange={(_e, v) => setWomen(v || '')} errorMessage={fieldError('participantsWomen')} />
              <TextField label={t.menLabel} {...numberField} value={men} onChange={(_e, v) => setMen(v || '')} errorMessage={fieldError('participantsMen')} />
              <TextField label={t.otherLabel} {...numberField} value={other} onChange={(_e, v) => setOther(v || '')} errorMessage={fieldError('participantsOtherOrUnstated')} />
            </Stack>
          </fieldset>
          <ChoiceGroup
            label={t.evaluationLabel}
            options={scoreOptions}
            selectedKey={score}
            onChange={(_e, option) => setScore(option ? String(option.key) : 'none')}
          />
          {error && !['actualParticipants', 'participantsWomen', 'participantsMen', 'participantsOtherOrUnstated'].includes(error.field || '') && (
            <Refusal message={errorString(error, lang)} />
          )}
          <div>
            <PrimaryButton type="submit" text={props.saving ? t.saving : t.complete} disabled={props.saving} />
          </div>
        </Stack>
      </form>
      <Dialog
        hidden={!confirming}
        onDismiss={() => !props.saving && setConfirming(false)}
        dialogContentProps={{ type: DialogType.normal, title: t.confirmEarlyTitle, subText: format(t.confirmEarlyText, { date: formatSwedishDate(order.startDate) }) }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton text={props.saving ? t.saving : t.confirmEarly} onClick={() => void save(true)} disabled={props.saving} />
          <DefaultButton text={t.confirmEarlyNo} onClick={() => setConfirming(false)} disabled={props.saving} />
        </DialogFooter>
      </Dialog>
    </section>
  );
}
