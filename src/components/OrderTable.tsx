import * as React from 'react';
import { useTheme } from '@fluentui/react';
import type { StoredOrder } from '../data/ports';
import type { Catalogue } from '../domain/types';
import { statusIn } from '../domain/messageFormat';
import { defineStrings, LangContext, useStrings } from '../i18n/strings';
import { showDateTime } from './pageFormat';
import { ListText } from './ListText';
import { UnreadableBadge } from './UnreadableOrder';

const strings = defineStrings({
  sv: { reference: 'Referens', area: 'Avtalsområde', status: 'Status', supplier: 'Leverantör (rang)', deadline: 'Svar senast', submitted: 'Skickat' },
  en: { reference: 'Reference', area: 'Agreement area', status: 'Status', supplier: 'Supplier (rank)', deadline: 'Answer due', submitted: 'Submitted' }
});

/** A plain, accessible table of orders; screens add their own actions around it. */
export function OrderTable(props: { orders: StoredOrder[]; catalogue?: Catalogue; caption: string }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const theme = useTheme();
  const areaName = (key: string): string => props.catalogue?.areas.find((a) => a.key === key)?.title || key;
  const supplierName = (key: string): string => props.catalogue?.suppliers.find((s) => s.key === key)?.name || key || '–';
  const cell: React.CSSProperties = { textAlign: 'left', padding: '6px 12px', borderBottom: `1px solid ${theme.palette.neutralLight}` };
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>{t.reference}</th>
          <th scope="col" style={cell}>{t.area}</th>
          <th scope="col" style={cell}>{t.status}</th>
          <th scope="col" style={cell}>{t.supplier}</th>
          <th scope="col" style={cell}>{t.deadline}</th>
          <th scope="col" style={cell}>{t.submitted}</th>
        </tr>
      </thead>
      <tbody>
        {props.orders.map(({ id, order, unreadable }) => (
          <tr key={id}>
            <th scope="row" style={cell}>
              {order.reference}
              {unreadable && <UnreadableBadge />}
            </th>
            <td style={cell}>
              <ListText>{areaName(order.areaKey)}</ListText>
            </td>
            <td style={cell}>{statusIn(order.status, lang === 'en-US' ? 'en' : 'sv')}</td>
            <td style={cell}>{order.assignedSupplierKey ? (
                <>
                  <ListText>{supplierName(order.assignedSupplierKey)}</ListText> ({order.assignedRank})
                </>
              ) : (
                '–'
              )}</td>
            <td style={cell}>{order.answerDeadline ? showDateTime(order.answerDeadline, lang) : '–'}</td>
            <td style={cell}>{order.submittedAt ? showDateTime(order.submittedAt, lang) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
