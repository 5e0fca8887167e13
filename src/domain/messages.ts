// Messages from the domain rules as a key and parameters, worded when shown: the same refusal
// reads in Swedish on a Swedish page and in English on an English one. Names and text people
// typed are passed as data (see `data`), so that a page can mark them as list content.
import { MESSAGE_TEXTS, MessageKey } from './messageTexts';

export type MessageLang = 'sv' | 'en';
export type { MessageKey };

/** A name or typed text inside a message; rendered as is, and findable by the page (see renderMessageParts). */
export interface DataValue {
  data: string;
}
export type MessageValue = string | number | boolean | undefined | DataValue | readonly DataValue[] | readonly string[];
export type MessageParams = Readonly<Record<string, MessageValue>>;

export interface Message {
  key: MessageKey;
  params: MessageParams;
}

export function message(key: MessageKey, params: MessageParams = {}): Message {
  return { key, params };
}

export function data(value: string): DataValue {
  return { data: value };
}

export function isMessage(value: unknown): value is Message {
  const m = value as Message | undefined;
  return !!m && typeof m === 'object' && typeof m.key === 'string' && m.key in MESSAGE_TEXTS && typeof m.params === 'object';
}

// Data values travel through the templates wrapped in private-use characters, so that a template
// may treat them as text (join them, quote them) and the page can still find them afterwards.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const DATA_RUN = /\uE000([^\uE001]*)\uE001/;

function unwrap(params: MessageParams, marked: boolean): Record<string, string | number | boolean | undefined | readonly string[]> {
  const mark = (s: string): string => (marked ? `${OPEN}${s}${CLOSE}` : s);
  const out: Record<string, string | number | boolean | undefined | readonly string[]> = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) out[name] = value.map((v: string | DataValue) => (typeof v === 'string' ? v : mark(v.data)));
    else if (value && typeof value === 'object') out[name] = mark((value as DataValue).data);
    else out[name] = value as string | number | boolean | undefined;
  }
  return out;
}

export function renderMessage(m: Message, lang: MessageLang): string {
  return MESSAGE_TEXTS[m.key][lang](unwrap(m.params, false));
}

/** The message as runs of words and of data, for a page that marks the data (its language, its being data). */
export function renderMessageParts(m: Message, lang: MessageLang): Array<string | DataValue> {
  const text = MESSAGE_TEXTS[m.key][lang](unwrap(m.params, true));
  // split with a capturing group alternates: words, data, words, data, …
  return text
    .split(DATA_RUN)
    .map((part, i) => (i % 2 === 1 ? { data: part } : part))
    .filter((part) => part !== '');
}
