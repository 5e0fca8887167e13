// Errors raised by the domain rules. `text` is what to tell the person, as a message key and
// parameters that the page words in its language; `message` is its Swedish wording, for logs
// and for callers that have no language. The code is for programs that branch on the kind.
import { Message, renderMessage } from './messages';

export type DomainErrorCode =
  | 'invalid-input'
  | 'invalid-date'
  | 'invalid-response-hours'
  | 'invalid-reference'
  | 'invalid-transition'
  | 'unknown-area'
  | 'area-not-active'
  | 'area-not-open'
  | 'no-suppliers'
  | 'ranking-unhealthy'
  | 'supplier-not-in-ranking'
  | 'justification-required'
  | 'reason-not-allowed'
  | 'deadline-not-passed'
  | 'start-date-in-past'
  | 'invalid-participants'
  | 'invalid-evaluation'
  | 'reason-required'
  | 'confirm-before-start'
  | 'missing-user';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** The form field or context property the error concerns, when there is one. */
  readonly field?: string;
  readonly text: Message;

  constructor(code: DomainErrorCode, text: Message, field?: string) {
    super(renderMessage(text, 'sv'));
    this.name = 'DomainError';
    this.code = code;
    this.text = text;
    if (field !== undefined) this.field = field;
    // When compiled to ES5, subclasses of Error lose their prototype and instanceof stops working.
    Object.setPrototypeOf(this, DomainError.prototype);
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/** Runs a rule and turns a DomainError into a value, so UI code can show the message without try/catch. Other errors are bugs and are rethrown. */
export function attempt<T>(rule: () => T): Result<T> {
  try {
    return { ok: true, value: rule() };
  } catch (e) {
    if (isDomainError(e)) return { ok: false, error: e };
    throw e;
  }
}
