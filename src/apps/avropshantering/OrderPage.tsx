import * as React from 'react';
import { ActionButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { AuditWriteError, ConcurrencyError } from '../../data/errors';
import type { StoredOrder } from '../../data/ports';
import { allowedActions, changedRequestFields, TransitionResult } from '../../domain/cascade';
import type { OrderRequest, OrderTrailEntry } from '../../domain/types';
import type { CallOffRequest } from '../../domain/callOffRequest';
import type { MailOutcome } from '../../data/mail/notifier';
import { MailNotice } from '../../components/MailNotice';
import { isDomainError } from '../../domain/errors';
import { OrderTrail } from '../../components/OrderTrail';
import { LoadError, Loading } from '../../components/LoadStates';
import { useAsync } from '../../components/useAsync';
import { format, LangContext, useStrings } from '../../i18n/strings';
import type { Transition, TransitionOutcome } from './actions/actionShared';
import { AnswerForm } from './actions/AnswerForm';
import { CancelForm } from './actions/CancelForm';
import { CorrectForm } from './actions/CorrectForm';
import { CompleteForm } from './actions/CompleteForm';
import { SendAction } from './actions/SendAction';
import { SkipForm } from './actions/SkipForm';
import type { Desk } from './deskContext';
import { OrderDetails, OrderRanking, OrderSituation } from './OrderDetails';
import { NO_PRINT, OrderExport } from './OrderExport';
import { RankingBasisNotice } from './RankingBasisNotice';
import { statusLabel, strings } from './strings';
import { errorString, messageLang } from '../../components/MessageText';
import { renderMessage } from '../../domain/messages';
import { UnreadableNotice } from '../../components/UnreadableOrder';

interface Props {
  desk: Desk;
  now: Date;
  id: number;
  /** The order as the queue loaded it; read from the list when the page is opened by a link. */
  initial?: StoredOrder;
  onBack: () => void;
  /** Tells the queue how the order looks now. */
  onChanged: (stored: StoredOrder) => void;
}

/** The order page: opened from the queue, or straight from a link (?avrop=<id>). */

/** The order page's label for each request field, for the list of changes made after sending. */
const REQUEST_FIELD_LABEL: Record<keyof OrderRequest, keyof typeof strings.sv> = {
  organisationKey: 'colOrganisation',
  unit: 'unit',
  contactName: 'contact',
  contactEmail: 'contactEmail',
  contactPhone: 'contactPhone',
  invoiceReference: 'invoiceReference',
  areaKey: 'area',
  trainingAreaKeys: 'trainingAreas',
  courseKey: 'course',
  need: 'need',
  targetGroup: 'targetGroup',
  participants: 'participants',
  format: 'format',
  periodFrom: 'period',
  periodTo: 'period',
  place: 'place',
  adaptations: 'adaptations',
  adaptationsOther: 'adaptations',
  otherInfo: 'otherInfo'
};

export function OrderPage(props: Props): JSX.Element {
  const t = useStrings(strings);
  const { services } = props.desk;
  const state = useAsync(
    () => (props.initial ? Promise.resolve(props.initial) : services.orders.getById(props.id)),
    // Only a different order is loaded again; later versions come from the writes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [services, props.id]
  );
  if (state.status === 'loading') return <Loading label={t.loadingOrder} />;
  if (state.status === 'error') {
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <BackButton onBack={props.onBack} />
        <LoadError error={state.error} onRetry={state.retry} message={t.orderFailed} />
      </Stack>
    );
  }
  if (!state.data) {
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <BackButton onBack={props.onBack} />
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t.orderNotFound}
        </MessageBar>
      </Stack>
    );
  }
  return <OrderView {...props} loaded={state.data} />;
}

function BackButton(props: { onBack: () => void }): JSX.Element {
  const t = useStrings(strings);
  return (
    <div className={NO_PRINT}>
      <ActionButton iconProps={{ iconName: 'Back' }} onClick={props.onBack} text={t.back} />
    </div>
  );
}

interface Notice {
  kind: 'success' | 'warning' | 'conflict' | 'error';
  text: string;
  warnings: string[];
}

function OrderView(props: Props & { loaded: StoredOrder }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { services, catalogue } = props.desk;
  const [stored, setStored] = React.useState(props.loaded);
  const [saving, setSaving] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>();
  // The state says what to render; the ref stops a second write before React has re-rendered
  // (a double click, Enter pressed twice).
  const busy = React.useRef(false);
  // The handler may go back to the queue while a write is under way; the queue still hears of it.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const heading = React.useRef<HTMLHeadingElement>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const order = stored.order;

  // Moving focus to the heading tells screen reader users that the view changed.
  React.useEffect(() => heading.current?.focus(), [props.id]);
  // After a change the form used may be gone: focus goes to what happened.
  React.useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const show = (next: StoredOrder): void => {
    props.onChanged(next);
    if (mounted.current) setStored(next);
  };
  const tell = (next: Notice | undefined): void => {
    if (mounted.current) setNotice(next);
  };

  // The mails go after the action is saved; their outcome shows under the action's notice.
  const [mail, setMail] = React.useState<{ outcomes?: MailOutcome[] }>();
  const notify = async (saved: StoredOrder, entry: OrderTrailEntry, callOff?: CallOffRequest): Promise<void> => {
    if (mounted.current) setMail({});
    const outcomes = await services.notifications.handlerActed(saved, entry, catalogue, callOff).catch((): MailOutcome[] => []);
    if (mounted.current) setMail({ outcomes });
    // The marks changed the record's version: take the new version, so the next action is not a
    // false conflict. Only the version, when nothing else changed (the same trail), so that the
    // forms the handler may already be filling in stay as they are; anyone else's change shows.
    if (outcomes.some((o) => o.kind !== 'noRecipient')) {
      const fresh = await services.orders.getById(saved.id).catch(() => undefined);
      const last = (stored: StoredOrder): string => {
        const trail = stored.order.trail;
        return trail.length ? `${trail.length}|${trail[trail.length - 1].kind}|${trail[trail.length - 1].at}` : '';
      };
      if (fresh?.record && saved.record && last(fresh) === last(saved)) {
        show({ ...saved, record: { ...saved.record, etag: fresh.record.etag } });
      } else if (fresh) show(fresh);
    }
  };

  const transition: Transition = async (make, describe, callOff): Promise<TransitionOutcome> => {
    if (busy.current) return { kind: 'failed' };
    let result: TransitionResult;
    try {
      result = make(props.desk.clock());
    } catch (error) {
      if (isDomainError(error)) return { kind: 'refused', error };
      throw error;
    }
    busy.current = true;
    setSaving(true);
    setNotice(undefined);
    setMail(undefined);
    try {
      const saved = await services.orders.update(stored, result.order, result.entry);
      show(saved);
      tell({ kind: 'success', text: describe(result), warnings: result.warningTexts.map((w) => renderMessage(w, messageLang(lang))) });
      await notify(saved, result.entry, callOff);
      return { kind: 'saved' };
    } catch (error) {
      if (error instanceof ConcurrencyError) {
        // Never write over someone else's change: show theirs and let the handler decide again.
        if (error.fresh) show(error.fresh);
        tell({ kind: 'conflict', text: error.fresh ? t.conflict : t.conflictGone, warnings: [] });
      } else if (error instanceof AuditWriteError) {
        // The order itself was saved; only its row in the audit list is missing.
        show(error.stored);
        tell({ kind: 'warning', text: `${describe(result)} ${errorString(error, lang)}`, warnings: result.warningTexts.map((w) => renderMessage(w, messageLang(lang))) });
        await notify(error.stored, result.entry, callOff);
        return { kind: 'saved' };
      } else {
        tell({ kind: 'error', text: format(t.saveFailed, { message: errorString(error, lang) }), warnings: [] });
      }
      return { kind: 'failed' };
    } finally {
      busy.current = false;
      if (mounted.current) setSaving(false);
    }
  };

  // The request as it was sent is frozen on the record; an edit of the item since shows as such.
  const sentRequest = stored.record?.sentRequest;
  const changedSinceSent = sentRequest ? [...new Set(changedRequestFields(sentRequest, order).map((field) => t[REQUEST_FIELD_LABEL[field]]))] : [];
  // Nothing is done on values that could not be read: the handler corrects the item first.
  const actions = stored.unreadable ? [] : allowedActions(order, 'handler', props.now);
  const formProps = { stored, desk: props.desk, now: props.now, saving, transition };
  // A new version of the order gives fresh, empty forms.
  const formKey = `${stored.etag}|${order.status}|${order.assignedSupplierKey}`;

  return (
    <Stack tokens={{ childrenGap: 16 }} className="ua-desk-order">
      <BackButton onBack={props.onBack} />
      <h2 ref={heading} tabIndex={-1} style={{ fontSize: 24, fontWeight: 600, margin: 0, outline: 'none' }}>
        {format(t.orderHeading, { reference: order.reference })}
      </h2>
      <div ref={noticeRef} tabIndex={-1} style={{ outline: 'none' }}>
        {notice && <NoticeBar notice={notice} checkThis={t.checkThis} />}
      </div>
      {mail && <MailNotice outcomes={mail.outcomes} pending={!mail.outcomes} />}
      {stored.unreadable && <UnreadableNotice reference={order.reference} columns={stored.unreadable} audience="handler" />}
      {changedSinceSent.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {format(t.changedAfterSend, { fields: changedSinceSent.join(', ') })}
        </MessageBar>
      )}
      <OrderSituation order={order} catalogue={catalogue} now={props.now} />
      <RankingBasisNotice stored={stored} catalogue={catalogue} areaTitle={catalogue.areas.find((a) => a.key === order.areaKey)?.title ?? order.areaKey} />
      <section aria-busy={saving} className={NO_PRINT}>
        <h3>{t.actions}</h3>
        {actions.indexOf('sendToSupplier') >= 0 && <SendAction key={`send|${formKey}`} {...formProps} />}
        {order.status === 'Väntar på svar' && actions.indexOf('recordAcceptance') >= 0 && <AnswerForm key={`answer|${formKey}`} {...formProps} />}
        {order.status === 'Ny' && actions.indexOf('moveToNextSupplier') >= 0 && <SkipForm key={`skip|${formKey}`} {...formProps} />}
        {actions.indexOf('completeOrder') >= 0 && <CompleteForm key={`complete|${formKey}`} {...formProps} />}
        {actions.indexOf('correctAnswer') >= 0 && <CorrectForm key={`correct|${formKey}`} {...formProps} />}
        {actions.indexOf('cancelOrder') >= 0 && <CancelForm key={`cancel|${formKey}`} {...formProps} />}
        {!stored.unreadable && actions.length === 0 && (
          <Text as="p" block>
            {format(t.noActions, { status: statusLabel(lang, order.status) })}
          </Text>
        )}
      </section>
      <OrderDetails order={order} catalogue={catalogue} />
      <OrderRanking order={order} catalogue={catalogue} />
      <OrderTrail order={order} audience="handlers" catalogue={catalogue} headingLevel={3} showActors />
      <OrderExport order={order} catalogue={catalogue} now={props.now} />
    </Stack>
  );
}

function NoticeBar(props: { notice: Notice; checkThis: string }): JSX.Element {
  const { notice } = props;
  const type =
    notice.kind === 'success'
      ? MessageBarType.success
      : notice.kind === 'warning'
        ? MessageBarType.warning
        : notice.kind === 'conflict'
          ? MessageBarType.severeWarning
          : MessageBarType.error;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={type} isMultiline role={notice.kind === 'success' ? 'status' : 'alert'}>
        {notice.text}
      </MessageBar>
      {notice.warnings.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <span>{props.checkThis}</span>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {notice.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </MessageBar>
      )}
    </Stack>
  );
}
