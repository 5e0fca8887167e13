// What the form says about its draft before the fields: the key went with an order sent
// elsewhere, another tab holds a draft, or this form opened on a draft (which can be thrown away).
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import { showDateTime } from '../../components/pageFormat';
import { format, LangContext, useStrings } from '../../i18n/strings';
import { strings } from './strings';
import type { OrderFormState } from './useOrderForm';

export function DraftNotices(props: {
  form: Pick<OrderFormState, 'sentElsewhere' | 'sentElsewhereRef' | 'otherTabDraft' | 'restoredFrom' | 'setConfirmDiscard'>;
}): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { sentElsewhere, restoredFrom } = props.form;
  return (
    <>
      <div ref={props.form.sentElsewhereRef} tabIndex={-1} style={{ outline: 'none' }}>
        {sentElsewhere !== null && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert">
            {sentElsewhere ? format(t.sentElsewhere, { reference: sentElsewhere }) : t.sentElsewhereNoReference}
          </MessageBar>
        )}
      </div>

      {props.form.otherTabDraft && restoredFrom === null && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {t.otherTabDraft}
        </MessageBar>
      )}

      {restoredFrom !== null && (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline
          actions={
            <div>
              <DefaultButton text={t.discardDraft} onClick={() => props.form.setConfirmDiscard(true)} />
            </div>
          }
        >
          {restoredFrom ? format(t.restored, { time: showDateTime(restoredFrom, lang) }) : t.restoredNoTime}
        </MessageBar>
      )}
    </>
  );
}
