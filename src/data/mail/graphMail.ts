// Sending one mail through Microsoft Graph (POST /me/sendMail, delegated Mail.Send), and what the
// answer means for whether it went out. Graph answers 202 Accepted
// (https://learn.microsoft.com/en-us/graph/api/user-sendmail) and has no idempotency key, so an
// answer that never arrives leaves the mail's fate unknown: the caller must not send it again.
import type { Mail } from '../../domain/notifications';

/** Posts `body` to a Graph path ('/me/sendMail'); throws on any answer but 2xx. */
export type GraphPost = (path: string, body: unknown) => Promise<void>;

/**
 * - notApproved: Mail.Send is not granted (401/403, or no token could be had): nothing was sent.
 * - refused: Graph refused the request (another 4xx): nothing was sent.
 * - unknown: no answer, or a server error: the mail may have gone out.
 */
export type MailFailureKind = 'notApproved' | 'refused' | 'unknown';

export class MailSendError extends Error {
  constructor(
    readonly kind: MailFailureKind,
    message: string,
    readonly status?: number
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}

export interface MailSender {
  /** Resolves once Graph accepted the mail; rejects with MailSendError. */
  send(mail: Mail): Promise<void>;
}

interface ErrorLike {
  statusCode?: unknown;
  status?: unknown;
  code?: unknown;
  message?: unknown;
}

/**
 * Turns what the Graph client threw into a MailSendError. SPFx's token provider fails before any
 * request when the permission was never approved (AADSTS65001 "The user or administrator has not
 * consented", https://github.com/SharePoint/sp-dev-docs/issues/2473), and MSGraphClientV3
 * (the Graph JS SDK) throws GraphError with statusCode and code for Graph's own answers.
 */
export function mailFailureOf(error: unknown): MailSendError {
  if (error instanceof MailSendError) return error;
  const e = (error ?? {}) as ErrorLike;
  const status = Number(e.statusCode ?? e.status);
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' && e.message ? e.message : String(error);
  if (status === 401 || status === 403) return new MailSendError('notApproved', code ? `${code}: ${message}` : message, status);
  if (status === 429) return new MailSendError('refused', message, status);
  if (Number.isFinite(status) && status >= 400 && status < 500) return new MailSendError('refused', code ? `${code}: ${message}` : message, status);
  if (Number.isFinite(status) && status >= 500) return new MailSendError('unknown', message, status);
  if (/AADSTS|consent|token|interaction_required|login_required|not granted/i.test(message)) return new MailSendError('notApproved', message);
  return new MailSendError('unknown', message);
}

/** The Graph message for a plain-text mail (https://learn.microsoft.com/en-us/graph/api/resources/message). */
export function graphMessage(mail: Mail): unknown {
  const recipients = (addresses: string[]) => addresses.map((address) => ({ emailAddress: { address } }));
  return {
    message: {
      subject: mail.subject,
      // Text, not HTML: whatever an orderer wrote stays inert in every mail program.
      body: { contentType: 'Text', content: mail.body },
      toRecipients: recipients(mail.to),
      ...(mail.cc.length ? { ccRecipients: recipients(mail.cc) } : {})
    },
    saveToSentItems: true
  };
}

const THROTTLE_ATTEMPTS = 3;

export class GraphMailSender implements MailSender {
  constructor(
    private readonly post: GraphPost,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
  ) {}

  async send(mail: Mail): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.post('/me/sendMail', graphMessage(mail));
        return;
      } catch (error) {
        const failure = mailFailureOf(error);
        // 429: Graph refused the request without doing it, so sending again cannot duplicate
        // (https://learn.microsoft.com/en-us/graph/throttling).
        if (failure.status === 429 && attempt < THROTTLE_ATTEMPTS) {
          await this.wait(retryAfterMs(error, attempt));
          continue;
        }
        throw failure;
      }
    }
  }
}

function retryAfterMs(error: unknown, attempt: number): number {
  const headers = (error as { headers?: { get?: (name: string) => string | null } })?.headers;
  const seconds = Number(headers && typeof headers.get === 'function' ? headers.get('Retry-After') : NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 30) * 1000 : 500 * 2 ** attempt;
}

/** A GraphPost over fetch, for hosts without SPFx (the workbench pages, tests): `base` is e.g. http://localhost:4000/v1.0. */
export function fetchGraphPost(base: string, init: { headers?: Record<string, string>; credentials?: RequestCredentials } = {}): GraphPost {
  return async (path, body) => {
    let response: Response;
    try {
      response = await fetch(`${base.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        credentials: init.credentials,
        headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
        body: JSON.stringify(body)
      });
    } catch (error) {
      throw new MailSendError('unknown', error instanceof Error ? error.message : String(error));
    }
    if (response.ok) return;
    let code = '';
    let message = `${response.status} ${response.statusText}`;
    try {
      const json = (await response.json()) as { error?: { code?: string; message?: string } };
      code = json.error?.code ?? '';
      message = json.error?.message ?? message;
    } catch {
      // Not Graph's JSON error: the status says enough.
    }
    const failure = Object.assign(new Error(message), { statusCode: response.status, code, headers: response.headers });
    throw failure;
  };
}
