// Errors the UI can tell apart. Messages are Swedish because they may reach the user as they are.
import { StoredOrder } from './ports';

export class ConcurrencyError extends Error {
  readonly fresh: StoredOrder | undefined;
  constructor(fresh: StoredOrder | undefined) {
    super('Avropet har ändrats av någon annan sedan du öppnade det. Läs in det på nytt och försök igen.');
    this.name = 'ConcurrencyError';
    this.fresh = fresh;
    Object.setPrototypeOf(this, ConcurrencyError.prototype);
  }
}

export class NoRightsError extends Error {
  constructor(message = 'Du saknar behörighet att installera Utbildningsavrop. Be en webbplatsägare köra installationen.') {
    super(message);
    this.name = 'NoRightsError';
    Object.setPrototypeOf(this, NoRightsError.prototype);
  }
}

/** The order was saved but its audit row could not be written; `stored` is what is now saved. */
export class AuditWriteError extends Error {
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
  constructor(kind: string, key: string | number) {
    super(`Okänd ${kind} i katalogen: ${key}. Ladda om sidan och försök igen.`);
    this.name = 'UnknownCatalogueKeyError';
    Object.setPrototypeOf(this, UnknownCatalogueKeyError.prototype);
  }
}

export class SubmitError extends Error {
  readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.name = 'SubmitError';
    this.cause = cause;
    Object.setPrototypeOf(this, SubmitError.prototype);
  }
}
