// Which mails an order's actions have sent, kept in the MailLog column of the item whose writer
// acted: the orderer's Avrop item for her order and her cancellation, the handlers' record for
// theirs. Graph's sendMail has no idempotency key, so "at most once" is kept here:
//
//   1. claim: the action's key is written as 'sending' (at the version read, If-Match); if the key
//      is already there, nothing is sent;
//   2. send;
//   3. settle: 'sent', or 'notApproved'/'failed' when Graph said for certain that nothing went out.
//
// A claim left as 'sending' (the answer from Graph was lost, the tab was closed between 2 and 3)
// is never sent again automatically: the person is told that the mail may not have gone out and
// is given the mailto link. The trade-off is deliberate: a lost notification can be seen and made
// up for, a duplicate call-off request to a supplier cannot be taken back.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { MailLanguage } from '../../domain/notifications';
import { listOf } from '../listQuery';
import { etagOf } from '../mapping/order';
import { isPreconditionFailed } from '../odata';
import { writeWithRecovery } from '../writeOnce';

export type MarkState = 'sending' | 'sent' | 'notApproved' | 'failed';

export interface MailMark {
  state: MarkState;
  at: string;
  /** Who claimed it, so that a claim whose answer was lost is recognised as one's own. */
  claim: string;
}

export interface MailLogValue {
  /** The orderer's page language when she placed the order, for the mails she gets later. */
  lang?: MailLanguage;
  marks: Record<string, MailMark>;
}

export const MAIL_LOG_COLUMN = 'MailLog';

const STATES: readonly MarkState[] = ['sending', 'sent', 'notApproved', 'failed'];

/** Survives any value: what cannot be read as a log is an empty log. */
export function parseMailLog(text: unknown): MailLogValue {
  let json: unknown;
  try {
    json = typeof text === 'string' && text.trim() ? JSON.parse(text) : {};
  } catch {
    json = {};
  }
  const raw = (json && typeof json === 'object' ? json : {}) as { lang?: unknown; marks?: unknown };
  const marks: Record<string, MailMark> = {};
  if (raw.marks && typeof raw.marks === 'object' && !Array.isArray(raw.marks)) {
    for (const [key, value] of Object.entries(raw.marks as Record<string, unknown>)) {
      const mark = (value ?? {}) as { state?: unknown; at?: unknown; claim?: unknown };
      if (STATES.indexOf(mark.state as MarkState) < 0) continue;
      marks[key] = { state: mark.state as MarkState, at: String(mark.at ?? ''), claim: String(mark.claim ?? '') };
    }
  }
  return raw.lang === 'en-US' || raw.lang === 'sv-SE' ? { lang: raw.lang, marks } : { marks };
}

const UPDATE_ATTEMPTS = 5;

/** The log on one list item. */
export class ItemMailLog {
  constructor(
    private readonly sp: SPFI,
    private readonly listTitle: string,
    private readonly itemId: number
  ) {}

  async read(): Promise<{ value: MailLogValue; etag: string }> {
    const item = await listOf(this.sp, this.listTitle).items.getById(this.itemId).select('Id', MAIL_LOG_COLUMN)();
    return { value: parseMailLog(item[MAIL_LOG_COLUMN]), etag: etagOf(item) };
  }

  /**
   * Reads the log, lets `change` decide the next value (undefined: leave it), and writes it at the
   * version read; someone else's write in between means reading and deciding again. Returns what
   * was written, or undefined when `change` left it.
   */
  async update(change: (value: MailLogValue) => MailLogValue | undefined): Promise<MailLogValue | undefined> {
    for (let attempt = 1; ; attempt++) {
      const { value, etag } = await this.read();
      const next = change(value);
      if (!next) return undefined;
      const text = JSON.stringify(next);
      const written = JSON.stringify(parseMailLog(text));
      try {
        await writeWithRecovery(
          async () => {
            await listOf(this.sp, this.listTitle).items.getById(this.itemId).update({ [MAIL_LOG_COLUMN]: text }, etag || '*');
            return true;
          },
          // The answer was lost: the write is there if the log now reads as written.
          async () => (JSON.stringify((await this.read()).value) === written ? true : undefined)
        );
        return next;
      } catch (error) {
        if (!isPreconditionFailed(error) || attempt >= UPDATE_ATTEMPTS) throw error;
      }
    }
  }
}
