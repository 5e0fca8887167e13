import * as React from 'react';
import { ITheme, mergeStyles, useTheme } from '@fluentui/react';
import { highlight } from '../../domain/search';
import { ListText } from '../../components/ListText';

// One class per theme instead of a style object on every mark: a keystroke writes up to a few
// hundred marks, and an inline style is parsed again on each.
const markClasses = new WeakMap<ITheme, string>();

function markClass(theme: ITheme): string {
  let name = markClasses.get(theme);
  if (!name) {
    name = mergeStyles({ background: 'transparent', color: 'inherit', fontWeight: 700, textDecoration: 'underline', textDecorationColor: theme.palette.themePrimary });
    markClasses.set(theme, name);
  }
  return name;
}

/** List text with the words matching the query marked. */
export function Highlighted(props: { text: string; query: string }): JSX.Element {
  const theme = useTheme();
  if (!props.query.trim()) return <ListText>{props.text}</ListText>;
  const mark = markClass(theme);
  return (
    <ListText>
      {highlight(props.text, props.query).map((segment, i) =>
        segment.match ? (
          <mark key={i} className={mark}>
            {segment.text}
          </mark>
        ) : (
          <React.Fragment key={i}>{segment.text}</React.Fragment>
        )
      )}
    </ListText>
  );
}
