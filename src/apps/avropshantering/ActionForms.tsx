// The handler's actions on one order. Each form builds the transition with the domain rules
// (src/domain/cascade.ts) and hands it to the order page, which writes it; a rule's refusal
// (DomainError, Swedish) comes back here and is shown next to the form, with nothing written.
import * as React from 'react';
import {
  Checkbox,
  ChoiceGroup,
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  IChoiceGroupOption,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import type { StoredOrder } from '../../data/ports';
import {
  allowedCascadeReasons,
  completeOrder,
  moveToNextSupplier,
  recordAcceptance,
  sendToSupplier,
  TransitionResult
} from '../../domain/cascade';
import { answerDeadline } from '../../domain/deadline';
import { attempt, DomainError } from '../../domain/errors';
import { formatSwedishDate, formatSwedishDateTime } from '../../domain/time';
import type { CascadeReason, Order } from '../../domain/types';
import { format, LangContext, useStrings } from '../../i18n/strings';
import { buildCallOffRequest, CallOffRequest, mailtoLink, MAILTO_SAFE_LENGTH, supplierOf } from '../../domain/callOffRequest';
import type { Desk } from './deskContext';
import { reasonLabel, strings, swedishOn } from './strings';

export type TransitionOutcome = { kind: 'saved' } | { kind: 'refused'; error: DomainError } | { kind: 'failed' };

/**
 * Runs `make` (a domain transition at the given time) and, if the rules allow it, writes the
 * result. `describe` gives the confirmation shown once it is saved.
 */
export type Transition = (
  make: (now: Date) => TransitionResult,
  describe: (result: TransitionResult) => string,
  /** "Skicka till leverantör": the request as shown, mailed to the supplier once the sending is saved. */
  callOff?: CallOffRequest
) => Promise<TransitionOutcome>;

export interface ActionProps {
  stored: StoredOrder;
  desk: Desk;
  now: Date;
  saving: boolean;
  transition: Transition;
}

function assignedName(order: Order): string {
  return order.ranking.find((r) => r.supplierKey === order.assignedSupplierKey)?.supplierName || order.assignedSupplierKey;
}

function nextInRanking(order: Order): Order['ranking'][number] | undefined {
  const index = order.ranking.findIndex((r) => r.supplierKey === order.assignedSupplierKey);
  return index >= 0 ? order.ranking[index + 1] : undefined;
}

/** A rule's refusal in the rule's own (Swedish) words. */
function Refusal(props: { message: string }): JSX.Element {
  const lang = React.useContext(LangContext);
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
      <span lang={swedishOn(lang)}>{props.message}</span>
    </MessageBar>
  );
}

/** False once the component has gone: a saved change usually replaces the form that made it. */
function useMounted(): React.MutableRefObject<boolean> {
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  return mounted;
}

function useRefusal(): [DomainError | undefined, (outcome: TransitionOutcome) => void, () => void] {
  const [error, setError] = React.useState<DomainError>();
  const mounted = useMounted();
  const take = (outcome: TransitionOutcome): void => {
    if (mounted.current) setError(outcome.kind === 'refused' ? outcome.error : undefined);
  };
  return [error, take, () => setError(undefined)];
}

/** The handler's choice to let the orderer read her comment (Mina avrop leaves it out otherwise). */
function CommentForOrderer(props: { id: string; checked: boolean; onChange: (checked: boolean) => void }): JSX.Element {
  const t = useStrings(strings);
  const hintId = `${props.id}-hint`;
  return (
    <div>
      <Checkbox
        id={props.id}
        label={t.commentForOrderer}
        checked={props.checked}
        onChange={(_e, checked) => props.onChange(!!checked)}
        ariaDescribedBy={hintId}
      />
      <Text as="p" block variant="small" id={hintId} styles={{ root: { marginTop: 4 } }}>
        {t.commentForOrdererDescription}
      </Text>
    </div>
  );
}

/** "Skicka till leverantör": the request text in a dialog, then the sending is recorded and the clock starts. */
export function SendAction(props: ActionProps): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { order } = props.stored;
  const { catalogue, actor } = props.desk;
  const [openedAt, setOpenedAt] = React.useState<Date | null>(null);
  const [copyState, setCopyState] = React.useState<'' | 'copied' | 'failed'>('');
  const [error, take, clear] = useRefusal();
  const mounted = useMounted();
  const copyArea = React.useRef<HTMLDivElement>(null);
  const supplier = supplierOf(order, catalogue);
  const area = catalogue.areas.find((a) => a.key === order.areaKey);

  // The deadline is counted from the moment the dialog opened: the text the supplier gets and
  // the deadline recorded on the order are then the same, to the minute.
  const prepared = React.useMemo(() => {
    if (!openedAt) return undefined;
    if (!area) return { problem: t.noResponseHours };
    const deadline = attempt(() => answerDeadline(openedAt, area.responseHours));
    if (!deadline.ok) return { problem: deadline.error.message };
    const request = buildCallOffRequest(order, catalogue, deadline.value);
    return { deadline: deadline.value, request, mailto: mailtoLink(request) };
  }, [openedAt, area, order, catalogue, t.noResponseHours]);

  const open = (): void => {
    clear();
    setCopyState('');
    setOpenedAt(props.desk.clock());
  };
  const close = (): void => {
    if (!props.saving) setOpenedAt(null);
  };

  const copy = async (): Promise<void> => {
    if (!prepared || !prepared.request) return;
    const text = `${prepared.request.subject}\n\n${prepared.request.body}`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      if (mounted.current) setCopyState('copied');
    } catch {
      // Without the clipboard API (an older browser, an embedded frame): select a copy of the text
      // inside the dialog (so the dialog's focus trap keeps focus) and ask the browser to copy it.
      let copied = false;
      const holder = copyArea.current;
      if (holder) {
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.setAttribute('aria-hidden', 'true');
        area.style.position = 'absolute';
        area.style.left = '-9999px';
        const active = document.activeElement as HTMLElement | null;
        holder.appendChild(area);
        area.select();
        try {
          copied = typeof document.execCommand === 'function' && document.execCommand('copy');
        } catch {
          copied = false;
        }
        holder.removeChild(area);
        active?.focus();
      }
      if (mounted.current) setCopyState(copied ? 'copied' : 'failed');
    }
  };

  const confirm = async (): Promise<void> => {
    if (!openedAt || !area || props.saving) return;
    const sentAt = openedAt;
    const outcome = await props.transition(
      () => sendToSupplier(order, { now: sentAt, ...actor, responseHours: area.responseHours }),
      (result) => format(t.sent, { supplier: supplier.name, deadline: formatSwedishDateTime(result.order.answerDeadline) }),
      prepared?.request
    );
    take(outcome);
    if (outcome.kind !== 'refused' && mounted.current) setOpenedAt(null);
  };

  return (
    <section>
      <h4 style={{ margin: '8px 0' }}>{t.send}</h4>
      <Text as="p" block>
        {format(t.sendIntro, { supplier: supplier.name, rank: order.assignedRank })}
      </Text>
      <PrimaryButton text={t.send} onClick={open} disabled={props.saving} styles={{ root: { marginTop: 8 } }} />
      <Dialog
        hidden={!openedAt}
        onDismiss={close}
        dialogContentProps={{ type: DialogType.normal, title: format(t.dialogTitle, { supplier: supplier.name }) }}
        // Not blocking: this is a dialog with a task, not an alert (a blocking one is role="alertdialog").
        modalProps={{ isBlocking: false }}
        minWidth="min(760px, 92vw)"
        maxWidth="92vw"
      >
        {prepared && 'problem' in prepared && prepared.problem && <Refusal message={prepared.problem} />}
        {prepared && prepared.request && prepared.deadline && (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text as="p" block>
              {format(t.dialogIntro, { hours: area ? area.responseHours : '', deadline: formatSwedishDateTime(prepared.deadline) })}
            </Text>
            <TextField label={t.subject} value={prepared.request.subject} readOnly lang={swedishOn(lang)} />
            <TextField label={t.body} value={prepared.request.body} readOnly multiline rows={14} lang={swedishOn(lang)} />
            <div ref={copyArea}>
              <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                <DefaultButton iconProps={{ iconName: 'Copy' }} text={t.copy} onClick={() => void copy()} />
                {prepared.mailto && <DefaultButton iconProps={{ iconName: 'Mail' }} href={prepared.mailto} text={format(t.mail, { email: prepared.request.to })} />}
              </Stack>
            </div>
            <div role="status" aria-live="polite">
              {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
            </div>
            {!prepared.mailto && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                {format(t.noEmail, { supplier: supplier.name })}
              </MessageBar>
            )}
            {prepared.mailto && prepared.mailto.length > MAILTO_SAFE_LENGTH && (
              <MessageBar messageBarType={MessageBarType.info} isMultiline>
                {t.mailTooLong}
              </MessageBar>
            )}
            {error && <Refusal message={error.message} />}
          </Stack>
        )}
        <DialogFooter>
          <PrimaryButton text={props.saving ? t.saving : t.confirmSend} onClick={() => void confirm()} disabled={props.saving || !prepared || !prepared.request} />
          <DefaultButton text={t.cancel} onClick={close} disabled={props.saving} />
        </DialogFooter>
      </Dialog>
    </section>
  );
}

/** The supplier's answer: accepted with a start date, declined for a listed reason, no answer in time, or another (justified) reason. */
export function AnswerForm(props: ActionProps): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { order } = props.stored;
  const { actor } = props.desk;
  const [choice, setChoice] = React.useState('');
  const [startDate, setStartDate] = React.useState('');
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
            (now) => recordAcceptance(order, { now, ...actor, startDate: startDate.trim() }),
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

  const fieldError = (field: string): string | undefined => (error && error.field === field ? error.message : undefined);

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
              {format(t.noAnswerLater, { deadline: formatSwedishDateTime(order.answerDeadline) })}
            </Text>
          )}
          {choice === 'accept' && (
            <TextField
              label={t.startDateLabel}
              description={t.startDateDescription}
              type="date"
              value={startDate}
              onChange={(_e, value) => setStartDate(value || '')}
              required
              errorMessage={fieldError('startDate')}
            />
          )}
          {declining && (
            <>
              <Text as="p" block>
                {next ? format(t.nextSupplier, { supplier: next.supplierName, rank: next.rank }) : format(t.lastSupplier, { supplier })}
              </Text>
              <TextField
                label={justify ? t.justification : t.comment}
                description={justify ? format(t.justificationDescription, { supplier }) : undefined}
                multiline
                rows={3}
                value={comment}
                onChange={(_e, value) => setComment(value || '')}
                required={justify}
                errorMessage={fieldError('comment')}
              />
              <CommentForOrderer id={`answer-for-orderer-${props.stored.id}`} checked={commentForOrderer} onChange={setCommentForOrderer} />
            </>
          )}
          {error && !error.field?.match(/^(startDate|comment)$/) && <Refusal message={error.message} />}
          <div>
            <PrimaryButton type="submit" text={props.saving ? t.saving : t.saveAnswer} disabled={props.saving} />
          </div>
        </Stack>
      </form>
    </section>
  );
}

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

function count(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** 'Antagen' -> 'Genomförd' with the number of participants, optionally by gender, and the evaluation score. */
export function CompleteForm(props: ActionProps): JSX.Element {
  const t = useStrings(strings);
  const { order } = props.stored;
  const [actual, setActual] = React.useState('');
  const [women, setWomen] = React.useState('');
  const [men, setMen] = React.useState('');
  const [other, setOther] = React.useState('');
  const [score, setScore] = React.useState('none');
  const [error, take] = useRefusal();

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
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
          evaluationScore: score === 'none' ? undefined : Number(score)
        }),
      (result) => format(t.completed, { count: result.order.actualParticipants ?? '' })
    );
    take(outcome);
  };

  const fieldError = (field: string): string | undefined => (error && error.field === field ? error.message : undefined);
  const numberField = { type: 'number', inputMode: 'numeric' as const, min: 0, max: 500, step: 1, styles: { root: { maxWidth: 200 } } };
  const scoreOptions: IChoiceGroupOption[] = [{ key: 'none', text: t.noScore }, ...['1', '2', '3', '4', '5'].map((n) => ({ key: n, text: n }))];

  return (
    <section>
      <h4 style={{ margin: '8px 0' }}>{t.completeHeading}</h4>
      <Text as="p" block>
        {t.completeIntro}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
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
            <Refusal message={error.message} />
          )}
          <div>
            <PrimaryButton type="submit" text={props.saving ? t.saving : t.complete} disabled={props.saving} />
          </div>
        </Stack>
      </form>
    </section>
  );
}
