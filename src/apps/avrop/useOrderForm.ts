// The order form's state: validated per field after a field is left and in full on send, kept as
// a draft in the browser while the person types, and sent exactly once (same requestKey on retry).
import * as React from 'react';
import { getId } from '@fluentui/react';
import type { CurrentUser, OrderRepository, StoredOrder } from '../../data/ports';
import { actorOf } from '../../data/actor';
import { AuditWriteError } from '../../data/errors';
import { createOrder, sameRequest } from '../../domain/cascade';
import type { Message } from '../../domain/messages';
import { areaOrderingProblem } from '../../domain/orderability';
import { stockholmDate } from '../../domain/time';
import type { Catalogue } from '../../domain/types';
import { validateOrderRequest } from '../../domain/validation';
import { useStrings } from '../../i18n/strings';
import { useFocusOnRaise } from '../../components/useFocusOnRaise';
import { DraftStore, newRequestKey } from './draft';
import type { SummaryItem } from './fields';
import { startingPoint, useDraftSaving } from './useDraftSaving';
import { emptyValues, FormField, FormValues, inFieldOrder, linkedArea, toggled, toRequest, withArea } from './formModel';
import { strings } from './strings';

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

export interface SendFailure {
  /** 'unknown': the order may or may not have been stored; 'refused': nothing was sent. */
  kind: 'unknown' | 'refused';
  error: unknown;
}

export function useOrderForm(props: OrderFormProps) {
  const t = useStrings(strings);
  const { catalogue, store } = props;
  const [idBase] = React.useState(() => getId('avrop'));
  const fieldId = (field: FormField): string => `${idBase}-${field}`;

  const [start] = React.useState(() => startingPoint(store, emptyValues(props.user, linkedArea(props.linkedAreaKey, catalogue))));
  const [otherTabDraft] = React.useState(() => props.store.otherTabDraft);
  const [values, setValues] = React.useState<FormValues>(start.values);
  const [requestKey, setRequestKey] = React.useState(start.requestKey);
  const [restoredFrom, setRestoredFrom] = React.useState<string | null>(start.restored ? start.savedAt : null);
  const [touched, setTouched] = React.useState<ReadonlySet<FormField>>(() => new Set<FormField>());
  const [showAll, setShowAll] = React.useState(false);
  const [sending, setSending] = React.useState(false);
  const [failure, setFailure] = React.useState<SendFailure | null>(null);
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const [status, setStatus] = React.useState('');
  /** Reference of the order that another tab (or device) sent with this tab's key. */
  const [sentElsewhere, setSentElsewhere] = React.useState<string | null>(null);
  const [sentElsewhereRef, focusSentElsewhere] = useFocusOnRaise();
  const [summaryRef, focusSummary] = useFocusOnRaise();
  const [failureRef, focusFailure] = useFocusOnRaise();

  const sendingRef = React.useRef(false);
  const mounted = React.useRef(true);
  const dirty = React.useRef(start.restored);
  const latest = React.useRef({ values, requestKey });
  latest.current = { values, requestKey };

  const linkedProblem = React.useMemo(() => {
    if (!props.linkedAreaKey) return null;
    return areaOrderingProblem(props.linkedAreaKey, catalogue);
  }, [props.linkedAreaKey, catalogue]);

  const today = stockholmDate(props.now());
  const request = React.useMemo(() => toRequest(values), [values]);
  const validation = React.useMemo(() => validateOrderRequest(request, catalogue, today), [request, catalogue, today]);

  const saveDraft = useDraftSaving(store, props.now, dirty, latest);

  // The key already went with an order from elsewhere: this tab keeps its text under a new key,
  // so what it sends is its own order and never that order's receipt.
  const parted = React.useCallback(
    (reference: string): void => {
      dirty.current = true;
      latest.current = { ...latest.current, requestKey: newRequestKey() };
      setRequestKey(latest.current.requestKey);
      saveDraft();
      setSentElsewhere(reference);
      focusSentElsewhere();
    },
    [saveDraft, focusSentElsewhere]
  );

  React.useEffect(() => store.onSentElsewhere(requestKey, parted), [store, requestKey, parted]);

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

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
    setValues((current) => withArea(current, areaKey, catalogue));
    touch('areaKey');
  };

  const toggle = <K extends 'trainingAreaKeys' | 'adaptations'>(field: K, key: FormValues[K][number], checked: boolean): void => {
    dirty.current = true;
    setValues((current) => ({ ...current, [field]: toggled(current[field] as string[], key, checked) }));
    touch(field);
  };

  const visible = (field: FormField): boolean => showAll || touched.has(field);
  const errorsOf = (field: FormField): Message[] => (visible(field) ? validation.errors.filter((e) => e.field === field).map((e) => e.text) : []);
  const warningsOf = (field: FormField): Message[] => (visible(field) ? validation.warnings.filter((w) => w.field === field).map((w) => w.text) : []);

  const summaryItems: SummaryItem[] = showAll ? inFieldOrder(validation.errors).map((e) => ({ fieldId: fieldId(e.field), text: e.text })) : [];

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
      focusSummary();
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
      focusFailure();
    }
  };

  const discard = (): void => {
    dirty.current = false;
    store.remove();
    setValues(emptyValues(props.user, linkedArea(props.linkedAreaKey, catalogue)));
    setRequestKey(newRequestKey());
    setTouched(new Set<FormField>());
    setShowAll(false);
    setFailure(null);
    setRestoredFrom(null);
    setConfirmDiscard(false);
    setStatus(t.discarded);
  };

  return {
    idBase,
    fieldId,
    values,
    today,
    linkedProblem,
    otherTabDraft,
    restoredFrom,
    sentElsewhere,
    sentElsewhereRef,
    summaryItems,
    summaryRef,
    sending,
    failure,
    failureRef,
    status,
    confirmDiscard,
    setConfirmDiscard,
    change,
    touch,
    changeArea,
    toggle,
    errorsOf,
    warningsOf,
    send,
    discard
  };
}

export type OrderFormState = ReturnType<typeof useOrderForm>;
