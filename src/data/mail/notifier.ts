// The notifications of the order's actions, sent after the action itself is stored: a mail that
// fails never undoes or fails the action; it comes back as an outcome the screen shows, with the
// mailto link as the way to send it by hand. Each action's mail is sent at most once (mailLog.ts).
import type { FirstReadBatch } from '../firstReads';
import { SPFI } from '@pnp/sp';
import type { CallOffRequest } from '../../domain/callOffRequest';
import { addressOfLogin, callOffMail, Mail, MailLanguage, MailPurpose, newOrderMail, statusChangeMail, supplierCancelMail } from '../../domain/notifications';
import type { Catalogue, OrderTrailEntry } from '../../domain/types';
import { ORDER_RECORDS, ORDERS } from '../../schema/lists';
import { SpInstallationSettings, HANDLERS_MAILBOX } from '../installationSettings';
import type { StoredOrder } from '../ports';
import { mailFailureOf, MailSender } from './graphMail';
import { ItemMailLog, MailLogValue } from './mailLog';

export type MailOutcome =
  | { kind: 'sent'; purpose: MailPurpose; mail: Mail }
  /** This action's mail was sent before (or is being sent by another tab): not sent again. */
  | { kind: 'alreadySent'; purpose: MailPurpose }
  /** The mail may or may not have gone out (no answer from Graph): not sent again. */
  | { kind: 'uncertain'; purpose: MailPurpose; mail: Mail }
  /** Mail.Send is not approved yet: nothing went out. */
  | { kind: 'notApproved'; purpose: MailPurpose; mail: Mail }
  /** Nothing went out, for another reason. */
  | { kind: 'failed'; purpose: MailPurpose; mail: Mail; message: string }
  /** Nobody to send to (no handlers' mailbox set, no valid address). */
  | { kind: 'noRecipient'; purpose: MailPurpose };

export interface Notifications {
  /** The handlers' shared mailbox, '' when the site owner has not set it. */
  handlersMailbox(): Promise<string>;
  /** Site owners only (the settings list's permissions). */
  setHandlersMailbox(address: string): Promise<void>;
  /** The orderer placed `stored`: the handlers are told; her page language is kept for later mails. */
  orderPlaced(stored: StoredOrder, catalogue: Catalogue, lang: MailLanguage): Promise<MailOutcome>;
  /** The orderer cancelled her order: the contact person is told, with a copy to the handlers. */
  ordererCancelled(stored: StoredOrder, entry: OrderTrailEntry, catalogue: Catalogue, lang: MailLanguage, sender: string): Promise<MailOutcome>;
  /**
   * A handler's action is stored in `saved` with `entry`: the orderer and the contact person are
   * told, and with `callOff` the request goes to the supplier (copy to the handlers); a
   * cancellation goes to a supplier who has the order, too.
   */
  handlerActed(saved: StoredOrder, entry: OrderTrailEntry, catalogue: Catalogue, callOff?: CallOffRequest): Promise<MailOutcome[]>;
}

function newClaim(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The action's key in the log: its purpose, kind and time (the trail entry's own identity). */
export function mailKey(purpose: MailPurpose, entry: Pick<OrderTrailEntry, 'kind' | 'at'>): string {
  return `${purpose}|${entry.kind}|${entry.at}`;
}

export class SpNotifications implements Notifications {
  private readonly settings: SpInstallationSettings;

  constructor(
    private readonly sp: SPFI,
    private readonly sender: MailSender,
    private readonly clock: () => Date = () => new Date()
  ) {
    this.settings = new SpInstallationSettings(sp);
  }

  /** The handlers' mailbox in a screen's first $batch (firstReads.ts). */
  prime(batch: FirstReadBatch): void {
    this.settings.primeMailbox(batch);
  }

  handlersMailbox(): Promise<string> {
    return this.settings.handlersMailbox();
  }

  setHandlersMailbox(address: string): Promise<void> {
    return this.settings.set(HANDLERS_MAILBOX, address.trim());
  }

  async orderPlaced(stored: StoredOrder, catalogue: Catalogue, lang: MailLanguage): Promise<MailOutcome> {
    const log = new ItemMailLog(this.sp, ORDERS.title, stored.id);
    const created = stored.order.trail.find((entry) => entry.kind === 'Skapad') ?? { kind: 'Skapad' as const, at: stored.order.submittedAt };
    const mailbox = await this.safely(() => this.handlersMailbox(), '');
    const mail = newOrderMail(stored.order, catalogue, mailbox, lang);
    if (!mail) {
      await this.safely(() => log.update((value) => (value.lang === lang ? undefined : { ...value, lang })), undefined);
      return { kind: 'noRecipient', purpose: 'newOrder' };
    }
    return this.sendOnce(log, mailKey('newOrder', created), 'newOrder', mail, lang);
  }

  async ordererCancelled(stored: StoredOrder, entry: OrderTrailEntry, catalogue: Catalogue, lang: MailLanguage, sender: string): Promise<MailOutcome> {
    const mailbox = await this.safely(() => this.handlersMailbox(), '');
    const toContact = statusChangeMail(stored.order, entry, catalogue, { orderer: '', except: addressOfLogin(sender) }, lang);
    const mail = toContact ? { ...toContact, cc: mailbox ? [mailbox] : [] } : undefined;
    if (!mail) return { kind: 'noRecipient', purpose: 'statusChange' };
    return this.sendOnce(new ItemMailLog(this.sp, ORDERS.title, stored.id), mailKey('statusChange', entry), 'statusChange', mail);
  }

  async handlerActed(saved: StoredOrder, entry: OrderTrailEntry, catalogue: Catalogue, callOff?: CallOffRequest): Promise<MailOutcome[]> {
    const recordId = saved.record?.id;
    // Without the record (a reader who may not write one) there is nowhere to keep the marks.
    if (!recordId) return [];
    const log = new ItemMailLog(this.sp, ORDER_RECORDS.title, recordId);
    const outcomes: MailOutcome[] = [];
    const mailbox = await this.safely(() => this.handlersMailbox(), '');
    if (callOff) {
      const mail = callOffMail(callOff, mailbox);
      outcomes.push(mail ? await this.sendOnce(log, mailKey('callOff', entry), 'callOff', mail) : { kind: 'noRecipient', purpose: 'callOff' });
    }
    const toSupplier = supplierCancelMail(saved.order, entry, catalogue, mailbox);
    if (toSupplier) outcomes.push(await this.sendOnce(log, mailKey('supplierCancelled', entry), 'supplierCancelled', toSupplier));
    // The orderer's language, as she left it on her item when she placed the order.
    const ordererLog = await this.safely(() => new ItemMailLog(this.sp, ORDERS.title, saved.id).read(), undefined);
    const lang = ordererLog?.value.lang ?? 'sv-SE';
    const status = statusChangeMail(saved.order, entry, catalogue, { orderer: addressOfLogin(saved.order.submittedBy), handlers: mailbox }, lang);
    if (status) outcomes.push(await this.sendOnce(log, mailKey('statusChange', entry), 'statusChange', status));
    return outcomes;
  }

  /** Claim, send, settle (see mailLog.ts). Never throws: every failure is an outcome. */
  private async sendOnce(log: ItemMailLog, key: string, purpose: MailPurpose, mail: Mail, lang?: MailLanguage): Promise<MailOutcome> {
    const claim = newClaim();
    let seen: MailLogValue['marks'][string] | undefined;
    try {
      await log.update((value) => {
        const mark = value.marks[key];
        seen = mark;
        if (mark && (mark.state === 'sent' || (mark.state === 'sending' && mark.claim !== claim))) return undefined;
        if (mark && mark.claim === claim) return undefined;
        return { ...value, ...(lang ? { lang } : {}), marks: { ...value.marks, [key]: { state: 'sending', at: this.clock().toISOString(), claim } } };
      });
    } catch (error) {
      // The claim could not be recorded: sending anyway could send twice.
      return { kind: 'failed', purpose, mail, message: error instanceof Error ? error.message : String(error) };
    }
    if (seen && seen.claim !== claim) {
      if (seen.state === 'sent') return { kind: 'alreadySent', purpose };
      if (seen.state === 'sending') return { kind: 'uncertain', purpose, mail };
    }
    let outcome: MailOutcome;
    try {
      await this.sender.send(mail);
      outcome = { kind: 'sent', purpose, mail };
    } catch (error) {
      const failure = mailFailureOf(error);
      // Unknown: the claim stays 'sending', so it is never sent again by itself.
      if (failure.kind === 'unknown') return { kind: 'uncertain', purpose, mail };
      outcome = failure.kind === 'notApproved' ? { kind: 'notApproved', purpose, mail } : { kind: 'failed', purpose, mail, message: failure.message };
    }
    const state = outcome.kind === 'sent' ? 'sent' : outcome.kind === 'notApproved' ? 'notApproved' : 'failed';
    await this.safely(
      () =>
        log.update((value) => {
          const mark = value.marks[key];
          if (mark && mark.claim !== claim) return undefined;
          return { ...value, marks: { ...value.marks, [key]: { state, at: this.clock().toISOString(), claim } } };
        }),
      undefined
    );
    return outcome;
  }

  private async safely<T>(run: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await run();
    } catch {
      return fallback;
    }
  }
}
