// The order form: validated per field after a field is left and in full on send, kept as a
// draft in the browser while the person types, and sent exactly once (same requestKey on retry).
import * as React from 'react';
import {
  Checkbox,
  ChoiceGroup,
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  Dropdown,
  getId,
  IDropdownOption,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  TextField,
  useTheme
} from '@fluentui/react';
import type { CurrentUser, OrderRepository, StoredOrder } from '../../data/ports';
import { actorOf } from '../../data/actor';
import { AuditWriteError } from '../../data/errors';
import { addDays, addYears } from '../../domain/calendar';
import { createOrder, sameRequest } from '../../domain/cascade';
import { ORDER_FIELD_MAX_LENGTHS } from '../../domain/limits';
import { areaOrderingProblem, canOrderArea } from '../../domain/orderability';
import { rankedSuppliers, sortAreas } from '../../domain/ranking';
import { stockholmDate } from '../../domain/time';
import { ADAPTATIONS, Adaptation, Catalogue, Course, TRAINING_FORMATS, TrainingFormat } from '../../domain/types';
import { courseGuidanceMessages, validateOrderRequest } from '../../domain/validation';
import { Message, renderMessage } from '../../domain/messages';
import { ErrorText, MessageText, messageLang } from '../../components/MessageText';
import { ListText, listTextDropdown } from '../../components/ListText';
import { showDateTime, showNumber } from '../../components/pageFormat';
import { PrivacyNotice } from './PrivacyNotice';
import { format, formatNodes, LangContext, useStrings } from '../../i18n/strings';
import { DRAFT_VERSION, DraftStore, newRequestKey } from './draft';
import { ErrorSummary, FieldGroup, FieldWarnings, Messages, SummaryItem } from './fields';
import { UnavailableAreas } from './UnavailableAreas';
import { emptyValues, FIELD_ORDER, FormField, FormValues, toRequest } from './formModel';
import { adaptationLabel, formatLabel, strings } from './strings';

/** How long typing may pause before the draft is written. */
export const DRAFT_SAVE_DELAY_MS = 400;
/** How often an open form renews its claim on its draft (well within LEASE_MS). */
const DRAFT_TOUCH_MS = 60 * 1000;

export interface OrderFormProps {
  catalogue: Catalogue;
  user: CurrentUser;
  orders: OrderRepository;
  store: DraftStore;
  /** Area from the page link (?omrade=); used only when it can be ordered. */
  linkedAreaKey: string;
  now: () => Date;
  onSent: (stored: StoredOrder) => void;
  /** Id of the heading that names the form, for the form's accessible name. */
  labelledBy?: string;
}

interface Start {
  values: FormValues;
  requestKey: string;
  restored: boolean;
  savedAt: string;
}

interface SendFailure {
  /** 'unknown': the order may or may not have been stored; 'refused': nothing was sent. */
  kind: 'unknown' | 'refused';
  error: unknown;
}

function startingPoint(props: OrderFormProps): Start {
  const linked = props.linkedAreaKey && canOrderArea(props.linkedAreaKey, props.catalogue) ? props.linkedAreaKey : '';
  const fresh = emptyValues(props.user, linked);
  const draft = props.store.load(fresh);
  if (draft) {
    const values = draft.values.areaKey === '' && linked ? { ...draft.values, areaKey: linked } : draft.values;
    return { values, requestKey: draft.requestKey, restored: true, savedAt: draft.savedAt };
  }
  return { values: fresh, requestKey: newRequestKey(), restored: false, savedAt: '' };
}

function courseName(course: Course): string {
  return course.code ? `${course.code} – ${course.title}` : course.title;
}

export function OrderForm(props: OrderFormProps): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const theme = useTheme();
  const { catalogue, store } = props;
  const [idBase] = React.useState(() => getId('avrop'));
  const fieldId = (field: FormField): string => `${idBase}-${field}`;

  const [start] = React.useState(() => startingPoint(props));
  const [otherTabDraft] = React.useState(() => props.store.otherTabDraft);
  const [values, setValues] = React.useState<FormValues>(start.values);
  const [requestKey, setRequestKey] = React.useState(start.requestKey);
  const [restoredFrom, setRestoredFrom] = React.useState<string | null>(start.restored ? start.savedAt : null);
  const [touched, setTouched] = React.useState<ReadonlySet<FormField>>(() => new Set<FormField>());
  const [showAll, setShowAll] = React.useState(false);
  const [summaryFocus, setSummaryFocus] = React.useState(0);
  const [sending, setSending] = React.useState(false);
  const [failure, setFailure] = React.useState<SendFailure | null>(null);
  const [failureFocus, setFailureFocus] = React.useState(0);
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const [status, setStatus] = React.useState('');
  /** Reference of the order that another tab (or device) sent with this tab's key. */
  const [sentElsewhere, setSentElsewhere] = React.useState<string | null>(null);
  const [sentElsewhereFocus, setSentElsewhereFocus] = React.useState(0);
  const sentElsewhereRef = React.useRef<HTMLDivElement>(null);

  const sendingRef = React.useRef(false);
  const mounted = React.useRef(true);
  const dirty = React.useRef(start.restored);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const failureRef = React.useRef<HTMLDivElement>(null);
  const latest = React.useRef({ values, requestKey });
  latest.current = { values, requestKey };

  const linkedProblem = React.useMemo(() => {
    if (!props.linkedAreaKey) return null;
    return areaOrderingProblem(props.linkedAreaKey, catalogue);
  }, [props.linkedAreaKey, catalogue]);

  const today = stockholmDate(props.now());
  const request = React.useMemo(() => toRequest(values), [values]);
  const validation = React.useMemo(() => validateOrderRequest(request, catalogue, today), [request, catalogue, today]);

  // Draft: written shortly after typing stops, and at once when the page or the form goes away.
  const saveDraft = React.useCallback((): void => {
    if (!dirty.current) return;
    store.save({ version: DRAFT_VERSION, requestKey: latest.current.requestKey, savedAt: props.now().toISOString(), values: latest.current.values });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  React.useEffect(() => {
    if (!dirty.current) return undefined;
    const timer = setTimeout(saveDraft, DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, requestKey, saveDraft]);

  React.useEffect(() => {
    const onHide = (): void => saveDraft();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') saveDraft();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      saveDraft();
    };
  }, [saveDraft]);

  // An open form keeps its claim on its draft, so another tab never takes it up.
  React.useEffect(() => {
    const timer = setInterval(() => store.touch(), DRAFT_TOUCH_MS);
    return () => clearInterval(timer);
  }, [store]);

  // The key already went with an order from elsewhere: this tab keeps its text under a new key,
  // so what it sends is its own order and never that order's receipt.
  const parted = React.useCallback(
    (reference: string): void => {
      dirty.current = true;
      latest.current = { ...latest.current, requestKey: newRequestKey() };
      setRequestKey(latest.current.requestKey);
      saveDraft();
      setSentElsewhere(reference);
      setSentElsewhereFocus((n) => n + 1);
    },
    [saveDraft]
  );

  React.useEffect(() => store.onSentElsewhere(requestKey, parted), [store, requestKey, parted]);

  React.useEffect(() => {
    if (sentElsewhereFocus > 0) sentElsewhereRef.current?.focus();
  }, [sentElsewhereFocus]);

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  React.useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  React.useEffect(() => {
    if (failureFocus > 0) failureRef.current?.focus();
  }, [failureFocus]);

  const change = <K extends keyof FormValues>(field: K, value: FormValues[K]): void => {
    dirty.current = true;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const touch = (field: FormField): void => {
    setTouched((current) => {
      if (current.has(field)) return current;
      const next = new Set(current);
      next.add(field);
      return next;
    });
  };

  const changeArea = (areaKey: string): void => {
    dirty.current = true;
    setValues((current) => {
      const trainingAreaKeys = current.trainingAreaKeys.filter((key) => catalogue.trainingAreas.some((ta) => ta.key === key && ta.areaKey === areaKey));
      const course = catalogue.courses.find((c) => c.key === current.courseKey);
      return { ...current, areaKey, trainingAreaKeys, courseKey: course && course.areaKey === areaKey ? current.courseKey : '' };
    });
    touch('areaKey');
  };

  const toggle = <K extends 'trainingAreaKeys' | 'adaptations'>(field: K, key: FormValues[K][number], checked: boolean): void => {
    dirty.current = true;
    setValues((current) => {
      const list = current[field] as string[];
      const next = checked ? (list.indexOf(key) >= 0 ? list : [...list, key]) : list.filter((k) => k !== key);
      return { ...current, [field]: next };
    });
    touch(field);
  };

  const visible = (field: FormField): boolean => showAll || touched.has(field);
  const errorsOf = (field: FormField): Message[] => (visible(field) ? validation.errors.filter((e) => e.field === field).map((e) => e.text) : []);
  const warningsOf = (field: FormField): Message[] => (visible(field) ? validation.warnings.filter((w) => w.field === field).map((w) => w.text) : []);
  /** For controls whose error is a string (Dropdown). */
  const errorText = (field: FormField): string | undefined => {
    const messages = errorsOf(field);
    return messages.length ? messages.map((m) => renderMessage(m, messageLang(lang))).join(' ') : undefined;
  };
  const errorNode = (field: FormField): JSX.Element | undefined => {
    const messages = errorsOf(field);
    return messages.length ? <Messages texts={messages} /> : undefined;
  };
  const counter = (field: keyof typeof ORDER_FIELD_MAX_LENGTHS): string =>
    format(t.counter, { count: showNumber((values[field] as string).length, lang), max: showNumber(ORDER_FIELD_MAX_LENGTHS[field], lang) });
  /**
   * Hint and character count under a field. Long texts always show the count; one-line fields
   * show it once 80 % of the room is used, so short answers are not cluttered.
   */
  const describe = (field: keyof typeof ORDER_FIELD_MAX_LENGTHS, hint = '', always = false): string | undefined => {
    const near = (values[field] as string).length >= ORDER_FIELD_MAX_LENGTHS[field] * 0.8;
    const text = [hint, always || near ? counter(field) : ''].filter(Boolean).join(' ');
    return text || undefined;
  };

  const summaryItems: SummaryItem[] = showAll
    ? FIELD_ORDER.flatMap((field) => validation.errors.filter((e) => e.field === field).map((e) => ({ fieldId: fieldId(field), text: e.text })))
    : [];

  const finish = (stored: StoredOrder): void => {
    dirty.current = false;
    store.markSent(stored.order.requestKey, stored.order.reference);
    store.remove();
    props.onSent(stored);
  };

  const send = async (): Promise<void> => {
    if (sendingRef.current) return;
    const current = latest.current;
    const req = toRequest(current.values);
    const now = props.now();
    const result = validateOrderRequest(req, catalogue, stockholmDate(now));
    if (result.errors.length > 0) {
      setShowAll(true);
      setSummaryFocus((n) => n + 1);
      return;
    }
    const earlier = store.sentReference(current.requestKey);
    if (earlier !== undefined) {
      parted(earlier);
      return;
    }
    sendingRef.current = true;
    setSending(true);
    setFailure(null);
    setSentElsewhere(null);
    // The key and the values are in the draft before anything leaves the browser, so a reload
    // during or after a failed send retries with the same key.
    dirty.current = true;
    saveDraft();
    let stored: StoredOrder | undefined;
    let failed: SendFailure | undefined;
    try {
      const { order } = createOrder(req, catalogue, { now, ...actorOf(props.user), requestKey: current.requestKey, reference: '' });
      try {
        stored = await props.orders.submit(order);
      } catch (error) {
        // The order is stored; only its audit row is missing, which the order desk can see.
        if (error instanceof AuditWriteError) stored = error.stored;
        else failed = { kind: 'unknown', error };
      }
    } catch (error) {
      failed = { kind: 'refused', error };
    }
    sendingRef.current = false;
    if (stored && !sameRequest(req, stored.order)) {
      // The key found an order that asks for something else: not this tab's send.
      if (mounted.current) setSending(false);
      parted(stored.order.reference);
      return;
    }
    if (stored) {
      finish(stored);
      return;
    }
    if (!mounted.current) return;
    setSending(false);
    if (failed) {
      setFailure(failed);
      setFailureFocus((n) => n + 1);
    }
  };

  const discard = (): void => {
    dirty.current = false;
    store.remove();
    const linked = props.linkedAreaKey && canOrderArea(props.linkedAreaKey, catalogue) ? props.linkedAreaKey : '';
    setValues(emptyValues(props.user, linked));
    setRequestKey(newRequestKey());
    setTouched(new Set<FormField>());
    setShowAll(false);
    setFailure(null);
    setRestoredFrom(null);
    setConfirmDiscard(false);
    setStatus(t.discarded);
  };

  // Choices.
  const organisationOptions: IDropdownOption[] = catalogue.organisations.filter((o) => o.active).map((o) => ({ key: o.key, text: o.name }));
  const areaOptions: IDropdownOption[] = sortAreas(catalogue.areas)
    .filter((a) => canOrderArea(a.key, catalogue))
    .map((a) => ({ key: a.key, text: a.title }));
  const area = catalogue.areas.find((a) => a.key === values.areaKey && canOrderArea(a.key, catalogue));
  const trainingAreas = area ? catalogue.trainingAreas.filter((ta) => ta.areaKey === area.key).sort((a, b) => a.sortOrder - b.sortOrder) : [];
  const courses = area
    ? catalogue.courses
        .filter((c) => c.areaKey === area.key)
        .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'Kurs' ? -1 : 1) || a.sortOrder - b.sortOrder)
    : [];
  const course = courses.find((c) => c.key === values.courseKey);
  const NO_COURSE = '__none__';
  const courseOptions: IDropdownOption[] = [{ key: NO_COURSE, text: t.courseNone, data: { ui: true } }, ...courses.map((c) => ({ key: c.key, text: courseName(c) }))];
  const ranking = area ? rankedSuppliers(area.key, catalogue) : [];
  const formatOptions = TRAINING_FORMATS.map((f) => ({ key: f, text: formatLabel(lang, f) }));
  const tomorrow = addDays(today, 1);
  const latestStart = addYears(today, 2);

  const sectionHeading: React.CSSProperties = { fontSize: 18, fontWeight: 600, margin: '24px 0 8px' };
  const narrow = { root: { maxWidth: 240 } };

  return (
    <form
      noValidate
      aria-labelledby={props.labelledBy}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      style={{ maxWidth: 760 }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <ErrorSummary ref={summaryRef} items={summaryItems} lang={lang} />

        <div ref={sentElsewhereRef} tabIndex={-1} style={{ outline: 'none' }}>
          {sentElsewhere !== null && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert">
              {sentElsewhere ? format(t.sentElsewhere, { reference: sentElsewhere }) : t.sentElsewhereNoReference}
            </MessageBar>
          )}
        </div>

        {otherTabDraft && restoredFrom === null && (
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
                <DefaultButton text={t.discardDraft} onClick={() => setConfirmDiscard(true)} />
              </div>
            }
          >
            {restoredFrom ? format(t.restored, { time: showDateTime(restoredFrom, lang) }) : t.restoredNoTime}
          </MessageBar>
        )}

        <PrivacyNotice id={`${idBase}-privacy`} />

        <p style={{ margin: 0 }}>{t.required}</p>

        <h3 style={sectionHeading}>{t.sectionOrderer}</h3>
        <Dropdown
          id={fieldId('organisationKey')}
          label={t.organisationLabel}
          placeholder={t.organisationPlaceholder}
          required
          options={organisationOptions}
          {...listTextDropdown}
          selectedKey={values.organisationKey || null}
          onChange={(_e, option) => {
            change('organisationKey', option ? String(option.key) : '');
            touch('organisationKey');
          }}
          onBlur={() => touch('organisationKey')}
          errorMessage={errorText('organisationKey')}
          styles={{ root: { maxWidth: 480 } }}
        />
        <TextField
          id={fieldId('unit')}
          label={t.unitLabel}
          required
          value={values.unit}
          maxLength={ORDER_FIELD_MAX_LENGTHS.unit}
          description={describe('unit')}
          onChange={(_e, v) => change('unit', v ?? '')}
          onBlur={() => touch('unit')}
          errorMessage={errorNode('unit')}
        />
        <TextField
          id={fieldId('contactName')}
          label={t.contactName}
          required
          autoComplete="name"
          value={values.contactName}
          maxLength={ORDER_FIELD_MAX_LENGTHS.contactName}
          description={describe('contactName', t.contactHint)}
          onChange={(_e, v) => change('contactName', v ?? '')}
          onBlur={() => touch('contactName')}
          errorMessage={errorNode('contactName')}
        />
        <TextField
          id={fieldId('contactEmail')}
          label={t.contactEmail}
          required
          type="email"
          autoComplete="email"
          value={values.contactEmail}
          maxLength={ORDER_FIELD_MAX_LENGTHS.contactEmail}
          description={describe('contactEmail')}
          onChange={(_e, v) => change('contactEmail', v ?? '')}
          onBlur={() => touch('contactEmail')}
          errorMessage={errorNode('contactEmail')}
        />
        <TextField
          id={fieldId('contactPhone')}
          label={t.contactPhone}
          type="tel"
          autoComplete="tel"
          value={values.contactPhone}
          maxLength={ORDER_FIELD_MAX_LENGTHS.contactPhone}
          description={describe('contactPhone')}
          onChange={(_e, v) => change('contactPhone', v ?? '')}
          onBlur={() => touch('contactPhone')}
          errorMessage={errorNode('contactPhone')}
          styles={{ root: { maxWidth: 320 } }}
        />
        <TextField
          id={fieldId('invoiceReference')}
          label={t.invoiceLabel}
          required
          value={values.invoiceReference}
          maxLength={ORDER_FIELD_MAX_LENGTHS.invoiceReference}
          description={describe('invoiceReference')}
          onChange={(_e, v) => change('invoiceReference', v ?? '')}
          onBlur={() => touch('invoiceReference')}
          errorMessage={errorNode('invoiceReference')}
          styles={{ root: { maxWidth: 480 } }}
        />

        <h3 style={sectionHeading}>{t.sectionTraining}</h3>
        {linkedProblem && !area && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {linkedProblem.code === 'unknown-area' ? (
              // The problem's own advice ("choose an area in the list") is the advice; saying it twice reads as a loop.
              formatNodes(t.areaLinkUnknown, { key: <ListText>{props.linkedAreaKey}</ListText> })
            ) : (
              <>
                {t.areaFromLink} <MessageText text={linkedProblem.text} /> {t.areaChooseAnother}
              </>
            )}
          </MessageBar>
        )}
        <Dropdown
          id={fieldId('areaKey')}
          label={t.areaLabel}
          placeholder={t.areaPlaceholder}
          required
          options={areaOptions}
          {...listTextDropdown}
          selectedKey={area ? area.key : null}
          onChange={(_e, option) => changeArea(option ? String(option.key) : '')}
          onBlur={() => touch('areaKey')}
          errorMessage={errorText('areaKey')}
          styles={{ root: { maxWidth: 480 } }}
        />
        <UnavailableAreas catalogue={catalogue} />
        {area && ranking.length > 0 && (
          <section aria-labelledby={`${idBase}-ranking`} style={{ background: theme.palette.neutralLighterAlt, padding: '8px 12px' }}>
            <h4 id={`${idBase}-ranking`} style={{ margin: '4px 0', fontSize: 15 }}>
              {t.rankingHeading}
            </h4>
            <p style={{ margin: '4px 0' }}>
              <strong>{formatNodes(t.rankingFirst, { supplier: <ListText>{ranking[0].supplierName}</ListText> })}</strong>{' '}
              {ranking.length > 1 ? format(t.rankingThen, { hours: area.responseHours }) : t.rankingOnly}
            </p>
            {ranking.length > 1 && (
              <ol style={{ margin: '4px 0', paddingLeft: 24 }}>
                {ranking.map((r) => (
                  <li key={r.supplierKey}>
                    <ListText>{r.supplierName}</ListText> ({format(t.rankLabel, { rank: r.rank })})
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
        {trainingAreas.length > 0 && (
          <FieldGroup id={fieldId('trainingAreaKeys')} legend={t.trainingAreasLegend} hint={t.trainingAreasHint} errors={errorsOf('trainingAreaKeys')}>
            <Stack tokens={{ childrenGap: 8 }}>
              {trainingAreas.map((ta) => (
                <Checkbox
                  key={ta.key}
                  label={ta.title}
                  onRenderLabel={() => (
                    <span className="ms-Checkbox-text" style={{ marginLeft: 4 }}>
                      <ListText>{ta.title}</ListText>
                    </span>
                  )}
                  checked={values.trainingAreaKeys.indexOf(ta.key) >= 0}
                  onChange={(_e, checked) => toggle('trainingAreaKeys', ta.key, !!checked)}
                />
              ))}
            </Stack>
          </FieldGroup>
        )}
        {courses.length > 0 && (
          <Dropdown
            id={fieldId('courseKey')}
            label={t.courseLabel}
            options={courseOptions}
            {...listTextDropdown}
            selectedKey={course ? course.key : NO_COURSE}
            onChange={(_e, option) => {
              change('courseKey', option && option.key !== NO_COURSE ? String(option.key) : '');
              touch('courseKey');
            }}
            errorMessage={errorText('courseKey')}
            styles={{ root: { maxWidth: 480 } }}
          />
        )}
        {course && courseGuidanceMessages(course).length > 0 && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            <strong>{formatNodes(t.courseGuidance, { course: <ListText>{course.code || course.title}</ListText> })}</strong>
            {courseGuidanceMessages(course).map((text, i) => (
              <span key={i}>
                {' '}
                <MessageText text={text} />
              </span>
            ))}
          </MessageBar>
        )}
        <TextField
          id={fieldId('need')}
          label={t.needLabel}
          required
          multiline
          rows={5}
          value={values.need}
          maxLength={ORDER_FIELD_MAX_LENGTHS.need}
          description={describe('need', t.needHint, true)}
          onChange={(_e, v) => change('need', v ?? '')}
          onBlur={() => touch('need')}
          errorMessage={errorNode('need')}
        />
        <FieldWarnings warnings={warningsOf('need')} />
        <TextField
          id={fieldId('targetGroup')}
          label={t.targetGroupLabel}
          required
          value={values.targetGroup}
          maxLength={ORDER_FIELD_MAX_LENGTHS.targetGroup}
          description={describe('targetGroup', t.targetGroupHint)}
          onChange={(_e, v) => change('targetGroup', v ?? '')}
          onBlur={() => touch('targetGroup')}
          errorMessage={errorNode('targetGroup')}
        />
        <FieldWarnings warnings={warningsOf('targetGroup')} />
        <TextField
          id={fieldId('participants')}
          label={t.participantsLabel}
          required
          inputMode="numeric"
          autoComplete="off"
          value={values.participants}
          maxLength={6}
          onChange={(_e, v) => change('participants', v ?? '')}
          onBlur={() => touch('participants')}
          errorMessage={errorNode('participants')}
          styles={narrow}
        />
        <FieldWarnings warnings={warningsOf('participants')} />

        <h3 style={sectionHeading}>{t.sectionDelivery}</h3>
        <FieldGroup id={fieldId('format')} legend={t.formatLegend} required errors={errorsOf('format')}>
          <ChoiceGroup
            ariaLabelledBy={`${fieldId('format')}-legend`}
            required
            options={formatOptions}
            selectedKey={values.format || null}
            onChange={(_e, option) => {
              change('format', option ? (option.key as TrainingFormat) : '');
              touch('format');
            }}
          />
        </FieldGroup>
        <FieldGroup id={`${idBase}-period`} legend={t.periodLegend} hint={t.periodHint} required errors={[]}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
            <TextField
              id={fieldId('periodFrom')}
              label={t.periodFrom}
              required
              type="date"
              min={tomorrow}
              max={latestStart}
              value={values.periodFrom}
              onChange={(_e, v) => change('periodFrom', v ?? '')}
              onBlur={() => touch('periodFrom')}
              errorMessage={errorNode('periodFrom')}
              styles={{ root: { width: 240, maxWidth: '100%' } }}
            />
            <TextField
              id={fieldId('periodTo')}
              label={t.periodTo}
              required
              type="date"
              min={values.periodFrom || tomorrow}
              value={values.periodTo}
              onChange={(_e, v) => change('periodTo', v ?? '')}
              onBlur={() => touch('periodTo')}
              errorMessage={errorNode('periodTo')}
              styles={{ root: { width: 240, maxWidth: '100%' } }}
            />
          </div>
          <FieldWarnings warnings={warningsOf('periodTo')} />
        </FieldGroup>
        <TextField
          id={fieldId('place')}
          label={t.placeLabel}
          value={values.place}
          maxLength={ORDER_FIELD_MAX_LENGTHS.place}
          description={describe('place', t.placeHint)}
          onChange={(_e, v) => change('place', v ?? '')}
          onBlur={() => touch('place')}
          errorMessage={errorNode('place')}
        />
        <FieldWarnings warnings={warningsOf('place')} />

        <h3 style={sectionHeading}>{t.sectionAdaptations}</h3>
        <FieldGroup id={fieldId('adaptations')} legend={t.adaptationsLegend} hint={t.adaptationsHint} errors={errorsOf('adaptations')}>
          <Stack tokens={{ childrenGap: 8 }}>
            {ADAPTATIONS.map((a: Adaptation) => (
              <Checkbox
                key={a}
                label={adaptationLabel(lang, a)}
                checked={values.adaptations.indexOf(a) >= 0}
                onChange={(_e, checked) => toggle('adaptations', a, !!checked)}
              />
            ))}
          </Stack>
        </FieldGroup>
        {values.adaptations.indexOf('Annat') >= 0 && (
          <>
            <TextField
              id={fieldId('adaptationsOther')}
              label={t.adaptationsOther}
              required
              multiline
              rows={3}
              value={values.adaptationsOther}
              maxLength={ORDER_FIELD_MAX_LENGTHS.adaptationsOther}
              description={describe('adaptationsOther', t.adaptationsHint, true)}
              onChange={(_e, v) => change('adaptationsOther', v ?? '')}
              onBlur={() => touch('adaptationsOther')}
              errorMessage={errorNode('adaptationsOther')}
            />
            <FieldWarnings warnings={warningsOf('adaptationsOther')} />
          </>
        )}

        <h3 style={sectionHeading}>{t.sectionOther}</h3>
        <TextField
          id={fieldId('otherInfo')}
          label={t.otherInfoLabel}
          multiline
          rows={4}
          value={values.otherInfo}
          maxLength={ORDER_FIELD_MAX_LENGTHS.otherInfo}
          description={describe('otherInfo', '', true)}
          onChange={(_e, v) => change('otherInfo', v ?? '')}
          onBlur={() => touch('otherInfo')}
          errorMessage={errorNode('otherInfo')}
        />
        <FieldWarnings warnings={warningsOf('otherInfo')} />

        {failure && (
          <div ref={failureRef} tabIndex={-1} style={{ outlineOffset: 2 }}>
            <MessageBar
              messageBarType={MessageBarType.error}
              isMultiline
              actions={
                <div>
                  <PrimaryButton text={t.retry} onClick={() => void send()} disabled={sending} />
                </div>
              }
            >
              {failure.kind === 'unknown' ? (
                <>
                  <strong>{t.sendFailedTitle}</strong> {t.sendFailed}{' '}
                  <ErrorText error={failure.error} />
                </>
              ) : (
                <>
                  {t.sendRefused} <ErrorText error={failure.error} />
                </>
              )}
            </MessageBar>
          </div>
        )}

        <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center" styles={{ root: { marginTop: 16 } }}>
          <PrimaryButton type="submit" text={sending ? t.sending : t.send} disabled={sending} />
          <DefaultButton text={t.discard} onClick={() => setConfirmDiscard(true)} disabled={sending} />
          {sending && <Spinner size={SpinnerSize.small} ariaLive="off" />}
        </Stack>
        <div role="status" aria-live="polite" style={{ minHeight: 1 }}>
          {sending ? t.sending : status}
        </div>
      </Stack>

      <Dialog
        hidden={!confirmDiscard}
        onDismiss={() => setConfirmDiscard(false)}
        dialogContentProps={{ type: DialogType.normal, title: t.discardTitle, subText: t.discardText }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton text={t.discardConfirm} onClick={discard} />
          <DefaultButton text={t.discardKeep} onClick={() => setConfirmDiscard(false)} />
        </DialogFooter>
      </Dialog>
    </form>
  );
}
