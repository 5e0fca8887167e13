// How an order with a column that cannot be read is shown: with its reference, the columns
// concerned and what the reader can do, instead of breaking the list or page it is on.
import * as React from 'react';
import { Icon, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { ORDERS } from '../schema/lists';
import { defineStrings, format, useStrings } from '../i18n/strings';

const strings = defineStrings({
  sv: {
    badge: 'Kan inte läsas helt',
    heading: 'Avropet {reference} kan inte läsas helt.',
    columns: 'Värdet i {columns} går inte att tolka. Det som visas här för de kolumnerna är inte vad som sparats.',
    handler:
      'Inga åtgärder kan göras på avropet här förrän det är rättat. Öppna posten i listan Avrop, jämför med avropets historik och rätta värdet, eller kontakta den som gjorde avropet.',
    orderer: 'Kontakta avropshandläggarna och ange referensen, så rättar de avropet.',
    noReference: '(utan referens)'
  },
  en: {
    badge: 'Cannot be fully read',
    heading: 'Order {reference} cannot be fully read.',
    columns: 'The value in {columns} cannot be interpreted. What is shown here for those columns is not what was saved.',
    handler:
      'No action can be taken on the order here until it has been corrected. Open the item in the Avrop list, compare it with the order history and correct the value, or contact the person who placed the order.',
    orderer: 'Contact the order handlers and give the reference, and they will correct the order.',
    noReference: '(no reference)'
  }
});

function columnTitles(columns: readonly string[]): string {
  const title = (column: string): string =>
    column === 'Title' ? ORDERS.titleField.title : ORDERS.fields.find((field) => field.internalName === column)?.title ?? column;
  return columns.map((column) => `”${title(column)}”`).join(', ');
}

/** A short marker for a table row. */
export function UnreadableBadge(): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  return (
    <strong style={{ display: 'block', color: theme.semanticColors.errorText }} data-unreadable="true">
      <Icon iconName="Warning" aria-hidden="true" style={{ marginRight: 4 }} />
      {t.badge}
    </strong>
  );
}

export function UnreadableNotice(props: { reference: string; columns: readonly string[]; audience: 'handler' | 'orderer' }): JSX.Element {
  const t = useStrings(strings);
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline data-unreadable="true">
      <strong>{format(t.heading, { reference: props.reference || t.noReference })}</strong>{' '}
      {format(t.columns, { columns: columnTitles(props.columns) })} {props.audience === 'handler' ? t.handler : t.orderer}
    </MessageBar>
  );
}
