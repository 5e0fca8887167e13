import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack } from '@fluentui/react';
import type { StoredOrder } from '../../data/ports';
import type { Catalogue } from '../../domain/types';
import type { MailOutcome } from '../../data/mail/notifier';
import { MailNotice } from '../../components/MailNotice';
import { format, useStrings } from '../../i18n/strings';
import { strings } from './strings';

/** Receipt after a sent order: the reference, who gets it first and what happens next. */
export function OrderSuccess(props: {
  stored: StoredOrder;
  catalogue: Catalogue;
  onShowMine: () => void;
  onAnother: () => void;
  /** The handlers' notification; undefined while it is on its way. */
  mail?: MailOutcome[];
}): JSX.Element {
  const t = useStrings(strings);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { order } = props.stored;
  const area = props.catalogue.areas.find((a) => a.key === order.areaKey);
  const first = order.ranking.find((r) => r.supplierKey === order.assignedSupplierKey) || order.ranking[0];
  const supplier = first
    ? first.supplierName
    : props.catalogue.suppliers.find((s) => s.key === order.assignedSupplierKey)?.name || order.assignedSupplierKey;
  const hours = area ? area.responseHours : 0;
  const more = order.ranking.length > 1;

  React.useEffect(() => heading.current?.focus(), []);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 760 } }}>
      <h2 ref={heading} tabIndex={-1} style={{ fontSize: 22, fontWeight: 600, margin: 0 }}>
        {t.successHeading}
      </h2>
      <MessageBar messageBarType={MessageBarType.success} isMultiline>
        <div>
          {t.successReference}: <strong style={{ fontSize: 18 }}>{order.reference}</strong>
        </div>
        <div>{format(t.successFirst, { supplier })}</div>
      </MessageBar>
      <MailNotice outcomes={props.mail} pending={!props.mail} />
      <section>
        <h3 style={{ fontSize: 18, fontWeight: 600, margin: '8px 0' }}>{t.nextHeading}</h3>
        <ol style={{ margin: 0, paddingLeft: 24 }}>
          <li>{format(t.next1, { supplier })}</li>
          {hours > 0 && <li>{format(t.next2, { supplier, hours })}</li>}
          <li>{format(more ? t.next3 : t.next3Only, { supplier })}</li>
          <li>{t.next4}</li>
        </ol>
      </section>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <PrimaryButton text={t.goToMine} onClick={props.onShowMine} />
        <DefaultButton text={t.another} onClick={props.onAnother} />
      </Stack>
    </Stack>
  );
}
