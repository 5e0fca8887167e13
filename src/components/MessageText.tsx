import * as React from 'react';
import { isDomainError } from '../domain/errors';
import { isMessage, Message, MessageLang, renderMessage, renderMessageParts } from '../domain/messages';
import { classifyFailure, FailureKind } from '../data/errors';
import type { Lang } from '../i18n/lang';
import { defineStrings, format, LangContext } from '../i18n/strings';
import { ListText } from './ListText';

export function messageLang(lang: Lang): MessageLang {
  return lang === 'en-US' ? 'en' : 'sv';
}

/** A domain message in the page language; the names and typed text in it are marked as list text. */
export function MessageText(props: { text: Message }): JSX.Element {
  const lang = React.useContext(LangContext);
  return (
    <>
      {renderMessageParts(props.text, messageLang(lang)).map((part, i) =>
        typeof part === 'string' ? <React.Fragment key={i}>{part}</React.Fragment> : <ListText key={i}>{part.data}</ListText>
      )}
    </>
  );
}

const strings = defineStrings({
  sv: {
    concurrency: 'Avropet har ändrats av någon annan sedan du öppnade det. Läs in det på nytt och försök igen.',
    'no-rights': 'Du saknar behörighet att installera Utbildningsavrop. Be en webbplatsägare köra installationen.',
    'audit-write': 'Avropet {reference} sparades, men händelsen kunde inte skrivas till händelseloggen. Försök igen eller kontakta en administratör.',
    'unknown-catalogue-key': 'Något i katalogen har ändrats sedan sidan lästes in. Ladda om sidan och försök igen.',
    'submit-failed': 'Avropet kunde inte skickas. Kontrollera anslutningen och försök igen.',
    transient: 'SharePoint är hårt belastat eller svarar inte just nu. Vänta en stund och försök igen.',
    forbidden: 'Du har inte behörighet till det här i SharePoint. Be webbplatsens ägare om åtkomst.',
    missing: 'Det som efterfrågades finns inte i SharePoint. Det kan ha tagits bort, eller så är Utbildningsavrop inte installerat på webbplatsen.',
    other: 'Något gick fel. Försök igen, och kontakta en administratör om det fortsätter.',
    detail: 'Teknisk uppgift: {detail}'
  },
  en: {
    concurrency: 'Someone else has changed the order since you opened it. Load it again and try again.',
    'no-rights': 'You do not have the rights to install Utbildningsavrop. Ask a site owner to run the setup.',
    'audit-write': 'The order {reference} was saved, but the event could not be written to the event log. Try again or contact an administrator.',
    'unknown-catalogue-key': 'Something in the catalogue has changed since the page was loaded. Reload the page and try again.',
    'submit-failed': 'The order could not be sent. Check the connection and try again.',
    transient: 'SharePoint is busy or not answering right now. Wait a moment and try again.',
    forbidden: 'You do not have access to this in SharePoint. Ask the site owner for access.',
    missing: 'What was asked for is not in SharePoint. It may have been deleted, or Utbildningsavrop is not installed on the site.',
    other: 'Something went wrong. Try again, and contact an administrator if it keeps happening.',
    detail: 'Technical detail: {detail}'
  }
});

type DataCode = 'concurrency' | 'no-rights' | 'audit-write' | 'unknown-catalogue-key' | 'submit-failed';
const DATA_CODES: readonly string[] = ['concurrency', 'no-rights', 'audit-write', 'unknown-catalogue-key', 'submit-failed'];

/** What a failure means for the person, in plain words: never "Retry count exceeded (3)". */
export interface ErrorWording {
  text?: Message;
  plain?: string;
  /** The error's own text, only for failures nobody foresaw (worth quoting to an administrator). */
  detail?: string;
}

export function errorWording(error: unknown, lang: Lang): ErrorWording {
  const t = lang === 'en-US' ? strings.en : strings.sv;
  if (isDomainError(error)) return { text: error.text };
  const text = (error as { text?: unknown } | undefined)?.text;
  if (isMessage(text)) return { text };
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  if (DATA_CODES.indexOf(code) >= 0) {
    // A submit or audit failure wraps SharePoint's answer: a busy SharePoint is said so.
    const cause = (error as { cause?: unknown }).cause;
    if (code === 'submit-failed' && cause !== undefined && classifyFailure(cause) === 'transient') return { plain: t.transient };
    const reference = (error as { stored?: { order?: { reference?: string } } }).stored?.order?.reference ?? '';
    return { plain: format(t[code as DataCode], { reference }) };
  }
  const kind: FailureKind = classifyFailure(error);
  if (kind !== 'other') return { plain: t[kind] };
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return { plain: t.other, detail: detail || undefined };
}

/** The same as one line of text, for places that take a string (a field's error, a log line). */
export function errorString(error: unknown, lang: Lang): string {
  const w = errorWording(error, lang);
  const t = lang === 'en-US' ? strings.en : strings.sv;
  const main = w.text ? renderMessage(w.text, messageLang(lang)) : w.plain ?? '';
  return w.detail ? `${main} ${format(t.detail, { detail: w.detail })}` : main;
}

/** A failure in the page language. The technical detail is whatever the server said, in its language. */
export function ErrorText(props: { error: unknown }): JSX.Element {
  const lang = React.useContext(LangContext);
  const w = errorWording(props.error, lang);
  const t = lang === 'en-US' ? strings.en : strings.sv;
  return (
    <>
      {w.text ? <MessageText text={w.text} /> : w.plain}
      {w.detail && (
        <>
          {' '}
          {t.detail.replace('{detail}', '')}
          <code data-technical="">{w.detail}</code>
        </>
      )}
    </>
  );
}
