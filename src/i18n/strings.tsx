import * as React from 'react';
import type { Lang } from './lang';

/** Every screen's strings in Swedish (first) and English, with the same keys. */
export type Strings<K extends string> = { sv: Record<K, string>; en: Record<K, string> };

export function defineStrings<K extends string>(strings: Strings<K>): Strings<K> {
  return strings;
}

export const LangContext = React.createContext<Lang>('sv-SE');

export function useStrings<K extends string>(strings: Strings<K>): Record<K, string> {
  const lang = React.useContext(LangContext);
  return lang === 'en-US' ? strings.en : strings.sv;
}

/** Replaces {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Like format, but a value may be an element (a marked list name), so the result is a list of nodes. */
export function formatNodes(template: string, values: Record<string, React.ReactNode>): React.ReactNode[] {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return key !== undefined && key in values ? <React.Fragment key={i}>{values[key]}</React.Fragment> : part;
  });
}
