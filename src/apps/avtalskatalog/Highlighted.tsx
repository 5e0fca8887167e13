import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { highlight } from '../../domain/search';
import { ListText } from '../../components/ListText';

/** List text with the words matching the query marked. */
export function Highlighted(props: { text: string; query: string }): JSX.Element {
  const theme = useTheme();
  if (!props.query.trim()) return <ListText>{props.text}</ListText>;
  return (
    <ListText>
      {highlight(props.text, props.query).map((segment, i) =>
        segment.match ? (
          <mark key={i} style={{ background: 'transparent', color: 'inherit', fontWeight: 700, textDecoration: 'underline', textDecorationColor: theme.palette.themePrimary }}>
            {segment.text}
          </mark>
        ) : (
          <React.Fragment key={i}>{segment.text}</React.Fragment>
        )
      )}
    </ListText>
  );
}
