import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { sendToSupplier } from '../../../domain/cascade';
import { answerDeadline } from '../../../domain/deadline';
import { attempt } from '../../../domain/errors';
import { formatDateTime } from '../../../domain/time';
import { format, LangContext, useStrings } from '../../../i18n/strings';
import { errorString } from '../../../components/MessageText';
import { buildCallOffRequest, mailtoLink, MAILTO_SAFE_LENGTH, supplierOf } from '../../../domain/callOffRequest';
import { strings, swedishOn } from '../strings';
import { ActionProps, Refusal, useMounted, useRefusal } from './actionShared';

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
    if (!deadline.ok) return { problem: errorString(deadline.error, lang) };
    const request = buildCallOffRequest(order, catalogue, deadline.value);
    return { deadline: deadline.value, request, mailto: mailtoLink(request) };
  }, [openedAt, area, order, catalogue, t.noResponseHours, lang]);

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
      (result) => format(t.sent, { supplier: supplier.name, deadline: formatDateTime(result.order.answerDeadline, lang === 'en-US' ? 'en' : 'sv') }),
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
              {format(t.dialogIntro, { hours: area ? area.responseHours : '', deadline: formatDateTime(prepared.deadline, lang === 'en-US' ? 'en' : 'sv') })}
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
            {error && <Refusal message={errorString(error, lang)} />}
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
