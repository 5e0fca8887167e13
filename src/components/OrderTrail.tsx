import * as React from 'react';
import { useTheme } from '@fluentui/react';
import type { Catalogue, Order } from '../domain/types';
import { trailEntryMessage } from '../domain/cascade';
import { actorName, trailForOrderer } from '../domain/trailAudience';
import { formatDateTime } from '../domain/time';
import { defineStrings, formatNodes, LangContext, useStrings } from '../i18n/strings';
import { ListText } from './ListText';
import { MessageText, messageLang } from './MessageText';

const strings = defineStrings({
  sv: { heading: 'Händelser', empty: 'Inga händelser ännu.', by: 'av {who}' },
  en: { heading: 'History', empty: 'No events yet.', by: 'by {who}' }
});

/**
 * The order's trail in plain words, oldest first. It reads the trail kept on the order itself,
 * which the orderer can read under item-level security (the audit list rows are the handlers').
 * Each reader says who she is: the orderer does not see comments the handlers kept to themselves.
 */
export function OrderTrail(props: {
  order: Order;
  audience: 'handlers' | 'orderer';
  catalogue?: Catalogue;
  headingLevel?: 3 | 4;
  showActors?: boolean;
}): JSX.Element {
  const t = useStrings(strings);
  const lang = messageLang(React.useContext(LangContext));
  const trail = props.audience === 'orderer' ? trailForOrderer(props.order.trail) : props.order.trail;
  const theme = useTheme();
  const supplierName = (key: string): string => props.catalogue?.suppliers.find((s) => s.key === key)?.name || key;
  const Heading = `h${props.headingLevel || 3}` as 'h3' | 'h4';
  return (
    <section>
      <Heading style={{ margin: '12px 0 4px' }}>{t.heading}</Heading>
      {trail.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ol style={{ paddingLeft: 20, margin: 0 }}>
          {trail.map((entry, i) => (
            // An actor can be a login claim with no space in it; it breaks rather than widen a 320 px page.
            <li key={i} style={{ margin: '6px 0', overflowWrap: 'anywhere' }}>
              <time dateTime={entry.at} style={{ color: theme.semanticColors.bodySubtext, marginRight: 8 }}>
                {formatDateTime(entry.at, lang)}
              </time>
              <span>
                <MessageText text={trailEntryMessage(entry, supplierName)} />
              </span>
              {props.showActors && actorName(entry) && (
                <span style={{ color: theme.semanticColors.bodySubtext }}> ({formatNodes(t.by, { who: <ListText>{actorName(entry)}</ListText> })})</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
