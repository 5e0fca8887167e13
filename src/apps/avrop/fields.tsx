// Small building blocks of the order form: grouped fields with a legend, field warnings, the
// error summary and what ties a control to its value. Fluent's TextField and Dropdown carry their
// own label and error text.
import * as React from 'react';
import { FontWeights, getId, IDropdownProps, ITextFieldProps, MessageBar, MessageBarType, Stack, useTheme } from '@fluentui/react';
import type { Lang } from '../shared/appTypes';
import { format, LangContext, useStrings } from '../../i18n/strings';
import { ORDER_FIELD_MAX_LENGTHS } from '../../domain/limits';
import { Message, renderMessage } from '../../domain/messages';
import type { DateFieldProps } from '../../components/DateField';
import { listTextDropdown } from '../../components/ListText';
import { MessageText, messageLang } from '../../components/MessageText';
import { showNumber } from '../../components/pageFormat';
import type { FormField, FormValues } from './formModel';
import { strings } from './strings';

const SECTION_HEADING: React.CSSProperties = { fontSize: 18, fontWeight: 600, margin: '24px 0 8px' };

export function SectionHeading(props: { children: React.ReactNode }): JSX.Element {
  return <h3 style={SECTION_HEADING}>{props.children}</h3>;
}

/** What a section needs from the form to show and change its fields. */
export interface FieldBinding {
  values: FormValues;
  fieldId: (field: FormField) => string;
  change: <K extends keyof FormValues>(field: K, value: FormValues[K]) => void;
  touch: (field: FormField) => void;
  errorsOf: (field: FormField) => Message[];
  warningsOf: (field: FormField) => Message[];
}

type LimitedField = keyof typeof ORDER_FIELD_MAX_LENGTHS;
/** Fields typed as free text (not a choice among keys). */
type TextValueField = { [K in FormField]: string extends FormValues[K] ? (FormValues[K] extends string ? K : never) : never }[FormField];

function isLimited(field: FormField): field is LimitedField {
  return Object.prototype.hasOwnProperty.call(ORDER_FIELD_MAX_LENGTHS, field);
}

/** Props that tie a TextField or a DateField to its value, and a Dropdown of list text to its field. */
export function useFieldProps(form: FieldBinding) {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  /** For controls whose error is a string (Dropdown). */
  const errorText = (field: FormField): string | undefined => {
    const messages = form.errorsOf(field);
    return messages.length ? messages.map((m) => renderMessage(m, messageLang(lang))).join(' ') : undefined;
  };
  /**
   * Hint and character count under a field. Long texts always show the count; one-line fields
   * show it once 80 % of the room is used, so short answers are not cluttered.
   */
  const describe = (field: LimitedField, hint: string, always: boolean): string | undefined => {
    const length = form.values[field].length;
    const max = ORDER_FIELD_MAX_LENGTHS[field];
    const counter = format(t.counter, { count: showNumber(length, lang), max: showNumber(max, lang) });
    const text = [hint, always || length >= max * 0.8 ? counter : ''].filter(Boolean).join(' ');
    return text || undefined;
  };
  const errorNode = (field: FormField): JSX.Element | undefined => {
    const errors = form.errorsOf(field);
    return errors.length ? <Messages texts={errors} /> : undefined;
  };
  const text = (field: TextValueField, hint = '', always = false): Partial<ITextFieldProps> => ({
    id: form.fieldId(field),
    value: form.values[field],
    ...(isLimited(field) ? { maxLength: ORDER_FIELD_MAX_LENGTHS[field], description: describe(field, hint, always) } : {}),
    onChange: (_e, v) => form.change(field, v ?? ''),
    onBlur: () => form.touch(field),
    errorMessage: errorNode(field)
  });
  /** The date field hands over an ISO date, '' or the text as typed (which validation refuses). */
  const date = (field: 'periodFrom' | 'periodTo'): Pick<DateFieldProps, 'id' | 'value' | 'onChange' | 'onBlur' | 'errorMessage'> => ({
    id: form.fieldId(field),
    value: form.values[field],
    onChange: (v) => form.change(field, v),
    onBlur: () => form.touch(field),
    errorMessage: errorNode(field)
  });
  const choice = (field: FormField): Partial<IDropdownProps> => ({
    id: form.fieldId(field),
    ...listTextDropdown,
    errorMessage: errorText(field),
    styles: { root: { maxWidth: 480 } }
  });
  return { text, date, choice };
}

/** Moves focus to a field (or the first control in a group) and brings it into view. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const selector = 'input:not([type="hidden"]), textarea, select, [role="combobox"], button';
  const target = (element.matches(selector) ? element : element.querySelector(selector)) as HTMLElement | null;
  const focusable = target || element;
  focusable.focus();
  if (typeof focusable.scrollIntoView === 'function') focusable.scrollIntoView({ block: 'center' });
}

/** A fieldset with a legend, an optional hint and the group's error, for radio and checkbox groups. */
export function FieldGroup(props: {
  id: string;
  legend: string;
  hint?: string;
  required?: boolean;
  errors: Message[];
  children: React.ReactNode;
}): JSX.Element {
  const theme = useTheme();
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint ? hintId : '', props.errors.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={props.id}
      aria-describedby={describedBy}
      style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}
    >
      <legend id={`${props.id}-legend`} style={{ fontWeight: FontWeights.semibold, fontSize: 14, padding: '5px 0' }}>
        {props.legend}
        {props.required && (
          <span aria-hidden="true" style={{ color: theme.semanticColors.errorText, paddingLeft: 4 }}>
            *
          </span>
        )}
      </legend>
      {props.hint && (
        <div id={hintId} style={{ fontSize: 12, color: theme.semanticColors.bodySubtext, marginBottom: 8 }}>
          {props.hint}
        </div>
      )}
      {props.errors.length > 0 && (
        <div id={errorId} style={{ fontSize: 12, color: theme.semanticColors.errorText, marginBottom: 8 }}>
          <Messages texts={props.errors} />
        </div>
      )}
      {props.children}
    </fieldset>
  );
}

/** Advice about a field that does not stop the order. */
export function FieldWarnings(props: { warnings: Message[] }): JSX.Element | null {
  if (props.warnings.length === 0) return null;
  return (
    <Stack tokens={{ childrenGap: 4 }} styles={{ root: { marginTop: 4 } }}>
      {props.warnings.map((warning, i) => (
        <MessageBar key={i} messageBarType={MessageBarType.warning} isMultiline>
          <MessageText text={warning} />
        </MessageBar>
      ))}
    </Stack>
  );
}

export interface SummaryItem {
  fieldId: string;
  text: Message;
}

/** Several messages for one field, one after the other. */
export function Messages(props: { texts: Message[] }): JSX.Element {
  return (
    <>
      {props.texts.map((text, i) => (
        <React.Fragment key={i}>
          {i > 0 && ' '}
          <MessageText text={text} />
        </React.Fragment>
      ))}
    </>
  );
}

/** The list of what stops the order, at the top of the form; it takes focus when shown by a send. */
export const ErrorSummary = React.forwardRef<HTMLDivElement, { items: SummaryItem[]; lang: Lang }>(function ErrorSummary(props, ref) {
  const t = useStrings(strings);
  const theme = useTheme();
  const [headingId] = React.useState(() => getId('avrop-summary'));
  if (props.items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={headingId}
      style={{
        border: `3px solid ${theme.semanticColors.errorText}`,
        padding: '12px 16px',
        margin: '8px 0 16px'
      }}
    >
      <h3 id={headingId} style={{ margin: '0 0 8px', fontSize: 18 }}>
        {t.summaryHeading}
      </h3>
      <p style={{ margin: '0 0 8px' }}>{props.items.length === 1 ? t.summaryCountOne : format(t.summaryCount, { count: props.items.length })}</p>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {props.items.map((item, i) => (
          <li key={i} style={{ margin: '4px 0' }}>
            <a
              href={`#${item.fieldId}`}
              style={{ color: theme.semanticColors.link, textDecoration: 'underline' }}
              onClick={(e) => {
                e.preventDefault();
                focusField(item.fieldId);
              }}
            >
              <MessageText text={item.text} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
