// The order form: the sections in the order they stand on the page, around the state that
// useOrderForm keeps (validation, draft and the one send).
import * as React from 'react';
import { Stack } from '@fluentui/react';
import { LangContext, useStrings } from '../../i18n/strings';
import { AdaptationsSection } from './AdaptationsSection';
import { DeliverySection } from './DeliverySection';
import { DiscardDialog } from './DiscardDialog';
import { DraftNotices } from './DraftNotices';
import { ErrorSummary } from './fields';
import { OrdererSection } from './OrdererSection';
import { OtherInfoSection } from './OtherInfoSection';
import { PrivacyNotice } from './PrivacyNotice';
import { strings } from './strings';
import { SubmitBar } from './SubmitBar';
import { TrainingSection } from './TrainingSection';
import { OrderFormProps, useOrderForm } from './useOrderForm';

export type { OrderFormProps } from './useOrderForm';

export function OrderForm(props: OrderFormProps): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const form = useOrderForm(props);
  return (
    <form
      noValidate
      aria-labelledby={props.labelledBy}
      onSubmit={(e) => {
        e.preventDefault();
        void form.send();
      }}
      style={{ maxWidth: 760 }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <ErrorSummary ref={form.summaryRef} items={form.summaryItems} lang={lang} />
        <DraftNotices form={form} />
        <PrivacyNotice id={`${form.idBase}-privacy`} />
        <p style={{ margin: 0 }}>{t.required}</p>
        <OrdererSection form={form} catalogue={props.catalogue} />
        <TrainingSection form={form} catalogue={props.catalogue} linkedAreaKey={props.linkedAreaKey} />
        <DeliverySection form={form} />
        <AdaptationsSection form={form} />
        <OtherInfoSection form={form} />
        <SubmitBar form={form} />
      </Stack>
      <DiscardDialog hidden={!form.confirmDiscard} onDiscard={form.discard} onKeep={() => form.setConfirmDiscard(false)} />
    </form>
  );
}
