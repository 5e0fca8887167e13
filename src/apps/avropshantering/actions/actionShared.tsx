// What every action form on the order page shares: how a form hands its transition to the page,
// and the small pieces (a rule's refusal, the comment-for-orderer choice) each form shows.
// Each form builds the transition with the domain rules (src/domain/cascade.ts) and hands it to
// the order page, which writes it; a rule's refusal (DomainError, Swedish) comes back to the form
// and is shown next to it, with nothing written.
import * as React from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import type { StoredOrder } from '../../../data/ports';
import type { TransitionResult } from '../../../domain/cascade';
import type { DomainError } from '../../../domain/errors';
import type { Order } from '../../../domain/types';
import type { CallOffRequest } from '../../../domain/callOffRequest';
import { DateField as DateInput } from '../../../components/DateField';
import { useStrings } from '../../../i18n/strings';
import type { Desk } from '../deskContext';
import { strings } from '../strings';

export type TransitionOutcome = { kind: 'saved' } | { kind: 'refused'; error: DomainError } | { kind: 'failed' };

/**
 * Runs `make` (a domain transition at the given time) and, if the rules allow it, writes the
 * result. `describe` gives the confirmation shown once it is saved.
 */
export type Transition = (
  make: (now: Date) => TransitionResult,
  describe: (result: TransitionResult) => string,
  /** "Skicka till leverantör": the request as shown, mailed to the supplier once the sending is saved. */
  callOff?: CallOffRequest
) => Promise<TransitionOutcome>;

export interface ActionProps {
  stored: StoredOrder;
  desk: Desk;
  now: Date;
  saving: boolean;
  transition: Transition;
}


export function assignedName(order: Order): string {
  return order.ranking.find((r) => r.supplierKey === order.assignedSupplierKey)?.supplierName || order.assignedSupplierKey;
}

export function nextInRanking(order: Order): Order['ranking'][number] | undefined {
  const index = order.ranking.findIndex((r) => r.supplierKey === order.assignedSupplierKey);
  return index >= 0 ? order.ranking[index + 1] : undefined;
}

/** A rule's refusal, worded in the page's language (errorString). */
export function Refusal(props: { message: string }): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
      {props.message}
    </MessageBar>
  );
}

/** False once the component has gone: a saved change usually replaces the form that made it. */
export function useMounted(): React.MutableRefObject<boolean> {
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  return mounted;
}

export function useRefusal(): [DomainError | undefined, (outcome: TransitionOutcome) => void, () => void] {
  const [error, setError] = React.useState<DomainError>();
  const mounted = useMounted();
  const take = (outcome: TransitionOutcome): void => {
    if (mounted.current) setError(outcome.kind === 'refused' ? outcome.error : undefined);
  };
  return [error, take, () => setError(undefined)];
}

/** The handler's choice to let the orderer read her comment (Mina avrop leaves it out otherwise). */
export function CommentForOrderer(props: { id: string; checked: boolean; onChange: (checked: boolean) => void }): JSX.Element {
  const t = useStrings(strings);
  const hintId = `${props.id}-hint`;
  return (
    <div>
      <Checkbox
        id={props.id}
        label={t.commentForOrderer}
        checked={props.checked}
        onChange={(_e, checked) => props.onChange(!!checked)}
        ariaDescribedBy={hintId}
      />
      <Text as="p" block variant="small" id={hintId} styles={{ root: { marginTop: 4 } }}>
        {t.commentForOrdererDescription}
      </Text>
    </div>
  );
}

/**
 * An action that is not the order's next step (skip, cancel, correct): a heading, what it does,
 * and a button that opens its form, so the page leads with the step expected next.
 */
export function ActionDisclosure(props: {
  id: string;
  heading: string;
  intro: React.ReactNode;
  onSubmit: () => void;
  children: React.ReactNode;
}): JSX.Element {
  const [open, setOpen] = React.useState(false);
  const formId = `${props.id}-form`;
  return (
    <section>
      <h4 style={{ margin: '16px 0 8px' }}>{props.heading}</h4>
      <Text as="p" block>
        {props.intro}
      </Text>
      <DefaultButton
        text={props.heading}
        iconProps={{ iconName: open ? 'ChevronUp' : 'ChevronDown' }}
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen(!open)}
        styles={{ root: { marginTop: 8 } }}
      />
      <div id={formId} hidden={!open}>
        {open && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              props.onSubmit();
            }}
            noValidate
          >
            <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 560, marginTop: 12 } }}>
              {props.children}
            </Stack>
          </form>
        )}
      </div>
    </section>
  );
}

interface FieldProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: string;
}

/** A date: the form gets an ISO date, '' or the text as typed, which the domain rules refuse in the page's language. */
export function DateField(props: FieldProps): JSX.Element {
  return (
    <DateInput
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={props.onChange}
      required={props.required}
      errorMessage={props.error}
    />
  );
}

/** A reason, comment or justification: a few lines of free text. */
export function TextAreaField(props: FieldProps): JSX.Element {
  return (
    <TextField
      label={props.label}
      description={props.description}
      multiline
      rows={3}
      value={props.value}
      onChange={(_e, value) => props.onChange(value || '')}
      required={props.required}
      errorMessage={props.error}
    />
  );
}
