// What happened to the mails of an action, shown after the action itself was saved: sent, not
// sent (with a mailto link to send it by hand), or perhaps sent. A mail never fails the action.
import * as React from 'react';
import { Link, MessageBar, MessageBarType, Stack } from '@fluentui/react';
import { defineStrings, format, useStrings } from '../i18n/strings';
import type { MailOutcome } from '../data/mail/notifier';
import type { Mail } from '../domain/notifications';
import { mailtoOf } from '../domain/mailto';

const strings = defineStrings({
  sv: {
    sending: 'Skickar e-post…',
    sent: 'E-post skickad till {to}.',
    notApproved:
      'E-post kan inte skickas härifrån ännu: en administratör har inte godkänt behörigheten Mail.Send (API-åtkomst i SharePoint administrationscenter). Skicka meddelandet till {to} själv med länken.',
    failed: 'E-posten till {to} kunde inte skickas ({message}). Skicka meddelandet själv med länken.',
    uncertain:
      'Det är osäkert om e-posten till {to} gick iväg: svaret från Microsoft 365 kom inte fram. Den skickas inte igen av sig själv. Titta i Skickat i Outlook och skicka vid behov med länken.',
    noMailbox: 'Avropshandläggarna får inget e-postmeddelande: webbplatsens ägare har inte angett deras gemensamma e-postadress.',
    open: 'Öppna e-postmeddelandet till {to}'
  },
  en: {
    sending: 'Sending e-mail…',
    sent: 'E-mail sent to {to}.',
    notApproved:
      'E-mail cannot be sent from here yet: an administrator has not approved the Mail.Send permission (API access in the SharePoint admin center). Send the message to {to} yourself with the link.',
    failed: 'The e-mail to {to} could not be sent ({message}). Send the message yourself with the link.',
    uncertain:
      'It is not certain that the e-mail to {to} went out: the answer from Microsoft 365 did not arrive. It is not sent again by itself. Look in Sent Items in Outlook and, if needed, send it with the link.',
    noMailbox: 'The order handlers get no e-mail: the site owner has not set their shared e-mail address.',
    open: 'Open the e-mail to {to}'
  }
});

function recipients(mail: Mail): string {
  return [...mail.to, ...mail.cc].join(', ');
}

function MailtoLink(props: { mail: Mail }): JSX.Element | null {
  const t = useStrings(strings);
  const href = mailtoOf(props.mail.to, props.mail.subject, props.mail.body, props.mail.cc);
  if (!href) return null;
  return (
    <div>
      <Link href={href}>{format(t.open, { to: props.mail.to.join(', ') })}</Link>
    </div>
  );
}

function OneOutcome(props: { outcome: MailOutcome }): JSX.Element | null {
  const t = useStrings(strings);
  const { outcome } = props;
  switch (outcome.kind) {
    case 'sent':
      return <MessageBar messageBarType={MessageBarType.success}>{format(t.sent, { to: recipients(outcome.mail) })}</MessageBar>;
    case 'notApproved':
    case 'failed':
    case 'uncertain': {
      const text =
        outcome.kind === 'notApproved'
          ? format(t.notApproved, { to: recipients(outcome.mail) })
          : outcome.kind === 'failed'
            ? format(t.failed, { to: recipients(outcome.mail), message: outcome.message })
            : format(t.uncertain, { to: recipients(outcome.mail) });
      return (
        <MessageBar messageBarType={outcome.kind === 'notApproved' ? MessageBarType.info : MessageBarType.warning} isMultiline>
          <div>{text}</div>
          <MailtoLink mail={outcome.mail} />
        </MessageBar>
      );
    }
    case 'noRecipient':
      return outcome.purpose === 'newOrder' ? <MessageBar messageBarType={MessageBarType.info}>{t.noMailbox}</MessageBar> : null;
    default:
      return null;
  }
}

/** `outcomes` undefined while the mails are on their way. */
export function MailNotice(props: { outcomes: MailOutcome[] | undefined; pending?: boolean }): JSX.Element {
  const t = useStrings(strings);
  return (
    <div role="status" aria-live="polite" data-testid="mail-notice">
      {props.pending && <span>{t.sending}</span>}
      {props.outcomes && props.outcomes.length > 0 && (
        <Stack tokens={{ childrenGap: 8 }}>
          {props.outcomes.map((outcome, i) => (
            <OneOutcome key={`${outcome.purpose}-${i}`} outcome={outcome} />
          ))}
        </Stack>
      )}
    </div>
  );
}
