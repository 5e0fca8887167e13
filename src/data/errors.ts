// Errors the UI can tell apart by `code` (and its parameters), and words in the page language
// (src/components/ErrorText.tsx). The Swedish `message` is for logs and callers without a page.
import { StoredOrder } from './ports';

export type DataErrorCode = 'concurrency' | 'no-rights' | 'audit-write' | 'unknown-catalogue-key' | 'submit-failed';

export class ConcurrencyError extends Error {
  readonly code: DataErrorCode = 'concurrency';
  readonly fresh: StoredOrder | undefined;
  constructor(fresh: StoredOrder | undefined) {
    super('Avropet har ändrats av någon annan sedan du öppnade det. Läs in det på nytt och försök igen.');
    this.name = 'ConcurrencyError';
    this.fresh = fresh;
    Object.setPrototypeOf(this, ConcurrencyError.prototype);
  }
}

export class NoRightsError extends Error {
  readonly code: DataErrorCode = 'no-rights';
  constructor(message = 'Du saknar behörighet att installera Utbildningsavrop. Be en webbplatsägare köra installationen.') {
    super(message);
    this.name = 'NoRightsError';
    Object.setPrototypeOf(this, NoRightsError.prototype);
  }
}

/** The order was saved but its audit row could not be written; `stored` is what is now saved. */
export class AuditWriteError extends Error {
  readonly code: DataErrorCode = 'audit-write';
  readonly stored: StoredOrder;
  readonly cause: unknown;
  constructor(stored: StoredOrder, cause: unknown) {
    super(`Avropet ${stored.order.reference} sparades, men händelsen kunde inte skrivas till händelseloggen. Försök igen eller kontakta en administratör.`);
    this.name = 'AuditWriteError';
    this.stored = stored;
    this.cause = cause;
    Object.setPrototypeOf(this, AuditWriteError.prototype);
  }
}

/** Something the catalogue does not know (an area, supplier or organisation key or id). */
export class UnknownCatalogueKeyError extends Error {
  readonly code: DataErrorCode = 'unknown-catalogue-key';
  readonly kind: string;
  readonly key: string;
  constructor(kind: string, key: string | number) {
    super(`Okänd ${kind} i katalogen: ${key}. Ladda om sidan och försök igen.`);
    this.name = 'UnknownCatalogueKeyError';
    this.kind = kind;
    this.key = String(key);
    Object.setPrototypeOf(this, UnknownCatalogueKeyError.prototype);
  }
}

export class SubmitError extends Error {
  readonly code: DataErrorCode = 'submit-failed';
  readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.name = 'SubmitError';
    this.cause = cause;
    Object.setPrototypeOf(this, SubmitError.prototype);
  }
}

/**
 * What went wrong, as far as the person can act on it:
 * - `forbidden`: SharePoint refused the signed-in person (401/403, "Access denied",
 *   System.UnauthorizedAccessException) or the provisioner's own rights check did; someone else has to act.
 * - `transient`: no answer (network), throttling (429, 503) or another server error (5xx, 408):
 *   trying again later is the fix.
 * - `missing`: the resource is not there (404, "List '…' does not exist at site with URL …"):
 *   for the lists that means setup has not run.
 * - `other`: anything else (a 400 from a site that differs from the schema, a bug).
 */
export type FailureKind = 'forbidden' | 'transient' | 'missing' | 'other';

export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof NoRightsError) return 'forbidden';
  const status = (error as { status?: unknown } | undefined)?.status;
  if (typeof status !== 'number') {
    // fetch rejects with a TypeError and no status when there is no answer: "Failed to fetch"
    // (Chromium), "NetworkError when attempting to fetch resource." (Firefox), "Load failed"
    // (Safari), "fetch failed" (Node). Checked by name, not instanceof: it may come from another realm.
    const name = String((error as { name?: unknown } | undefined)?.name ?? '');
    const message = String((error as { message?: unknown } | undefined)?.message ?? '');
    return name === 'TypeError' && /failed to fetch|networkerror|load failed|fetch failed/i.test(message) ? 'transient' : 'other';
  }
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'missing';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'other';
}
