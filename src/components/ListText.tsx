import * as React from 'react';
import type { IDropdownOption } from '@fluentui/react';
import type { Lang } from '../i18n/lang';
import { LangContext } from '../i18n/strings';

/** Attributes for an element that holds only list text (an <option>, a table cell). */
export function listTextProps(lang: Lang): { 'data-list-text': string; lang?: string } {
  return lang === 'en-US' ? { 'data-list-text': '', lang: 'sv' } : { 'data-list-text': '' };
}

/**
 * Text from the lists or typed by people (area, supplier and course names, units, needs). It is
 * in Swedish whatever the page language, so English pages say so for screen readers (WCAG 3.1.2);
 * data-list-text tells the language scan (tests/browser/languageScan.mjs) that it is data.
 */
export function ListText(props: { children: React.ReactNode; as?: 'span' | 'div' }): JSX.Element {
  const lang = React.useContext(LangContext);
  const Tag = props.as ?? 'span';
  return <Tag {...listTextProps(lang)}>{props.children}</Tag>;
}

/**
 * For a Dropdown whose options are list text (areas, courses, organisations): each option and the
 * chosen one are marked. An option with `data: { ui: true }` is the page's own ("No course").
 */
export const listTextDropdown = {
  onRenderOption: (option?: IDropdownOption): JSX.Element => (option?.data?.ui ? <>{option.text}</> : <ListText>{option?.text}</ListText>),
  onRenderTitle: (options?: IDropdownOption[]): JSX.Element => (
    <>
      {(options ?? []).map((o, i) => (
        <React.Fragment key={o.key}>
          {i > 0 && ', '}
          {o.data?.ui ? o.text : <ListText>{o.text}</ListText>}
        </React.Fragment>
      ))}
    </>
  )
};
