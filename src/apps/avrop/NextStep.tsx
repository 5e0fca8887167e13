// "Vad händer nu?" on an order in Mina avrop: the next step in plain words for its status, and
// how to reach the order handlers about it (a mail link with the reference in the subject when
// the site has a handlers' mailbox, otherwise the same words without an address).
import * as React from 'react';
import { DefaultButton, Link } from '@fluentui/react';
import { showDate, showDateTime } from '../../components/pageFormat';
import { ListText } from '../../components/ListText';
import type { Order } from '../../domain/types';
import { format, formatNodes, LangContext, useStrings } from '../../i18n/strings';
import { handlerMailto, mailboxAddress, nextStep } from './myOrdersModel';
import { strings } from './strings';

export interface NextStepProps {
  order: Order;
  /** The assigned supplier's name, '' when none is assigned. */
  supplierName: string;
  /** The handlers' shared mailbox, when the site has one. */
  mailbox?: string;
  headingId: string;
  onNew: () => void;
}

export function NextStep(props: NextStepProps): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { order } = props;
  const name = (supplier: string): React.ReactNode => (supplier ? <ListText>{supplier}</ListText> : t.supplier);
  const step = nextStep(order, props.supplierName);
  let body: React.ReactNode;
  switch (step.kind) {
    case 'send':
      body = <p style={{ margin: 0 }}>{step.supplier ? formatNodes(t.nextSend, { supplier: name(step.supplier), days: step.weekdays }) : format(t.nextSendNoSupplier, { days: step.weekdays })}</p>;
      break;
    case 'answer':
      body = (
        <p style={{ margin: 0 }}>
          {formatNodes(t.nextAnswer, { supplier: name(step.supplier), deadline: step.deadline ? showDateTime(step.deadline, lang) : t.notSet })}{' '}
          {step.more ? t.nextAnswerMore : t.nextAnswerLast}
        </p>
      );
      break;
    case 'accepted': {
      const values = { supplier: name(step.supplier), contact: step.contact ? <ListText>{step.contact}</ListText> : t.none, date: step.startDate ? showDate(step.startDate, lang) : '' };
      body = <p style={{ margin: 0 }}>{formatNodes(step.startDate ? t.nextAccepted : t.nextAcceptedNoDate, values)}</p>;
      break;
    }
    case 'noSupplier':
      body = (
        <>
          <p style={{ margin: 0 }}>{t.nextNoSupplier}</p>
          <ul style={{ margin: '4px 0 8px', paddingLeft: 24 }}>
            <li>{t.nextNoSupplierContact}</li>
            <li>{t.nextNoSupplierPeriod}</li>
            <li>{t.nextNoSupplierAgain}</li>
          </ul>
          <DefaultButton text={t.another} iconProps={{ iconName: 'Add' }} onClick={props.onNew} />
        </>
      );
      break;
    case 'cancelled':
      body = <p style={{ margin: 0 }}>{t.nextCancelled}</p>;
      break;
    case 'completed':
      body = <p style={{ margin: 0 }}>{t.nextCompleted}</p>;
      break;
    default:
      body = <p style={{ margin: 0 }}>{t.nextUnknown}</p>;
  }
  return (
    <section aria-labelledby={props.headingId} style={{ margin: '8px 0' }}>
      <h4 id={props.headingId} style={{ margin: '0 0 4px', fontSize: 15 }}>
        {t.nextStepHeading}
      </h4>
      {body}
      <ContactHandlers reference={order.reference} mailbox={props.mailbox} />
    </section>
  );
}

function ContactHandlers(props: { reference: string; mailbox?: string }): JSX.Element {
  const t = useStrings(strings);
  const address = mailboxAddress(props.mailbox);
  if (!address) return <p style={{ margin: '8px 0 0' }}>{format(t.contactHandlersNoAddress, { reference: props.reference })}</p>;
  return (
    <p style={{ margin: '8px 0 0', overflowWrap: 'anywhere' }}>
      {t.contactHandlers}{' '}
      <Link href={handlerMailto(address, format(t.contactSubject, { reference: props.reference }))} underline>
        {format(t.contactHandlersLink, { reference: props.reference })}
      </Link>{' '}
      ({address})
    </p>
  );
}
