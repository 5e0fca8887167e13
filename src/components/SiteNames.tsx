import * as React from 'react';
import { LISTS } from '../schema/lists';
import { ListText } from './ListText';

// Names the site shows in Swedish whatever the page language: the lists, a column people fill in
// by hand and the owners' group. English text that tells people where to look names them as they
// appear, and marks them as Swedish so that screen readers pronounce them right.
const SITE_NAMES = [...LISTS.map((l) => l.title), 'E-post för avrop', 'Utbildningsavrop – ägare'].sort((a, b) => b.length - a.length);
const escaped = SITE_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
// Whole names only: "Avrop" inside "Avropshändelser" or "Avropsstatus" is not the list Avrop.
const NAME_RUN = new RegExp(`(?<![\\p{L}])(${escaped.join('|')})(?![\\p{L}])`, 'u');

/** The text with the site's Swedish names in it marked. */
export function WithSiteNames(props: { text: string }): JSX.Element {
  return (
    <>
      {props.text.split(NAME_RUN).map((part, i) => (i % 2 === 1 ? <ListText key={i}>{part}</ListText> : part ? <React.Fragment key={i}>{part}</React.Fragment> : null))}
    </>
  );
}

/** The same for the text parts of formatNodes' result. */
export function withSiteNames(nodes: React.ReactNode[]): React.ReactNode[] {
  return nodes.map((node, i) => (typeof node === 'string' ? <WithSiteNames key={`n${i}`} text={node} /> : node));
}
