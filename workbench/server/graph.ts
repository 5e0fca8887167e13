// The one Microsoft Graph call the product makes, POST /v1.0/me/sendMail, and an outbox that
// keeps what was "sent" so tests can check who got which mail with which text.
//
// As Graph answers (https://learn.microsoft.com/en-us/graph/api/user-sendmail): 202 Accepted with
// an empty body; errors as a JSON error object { error: { code, message, innerError: { date,
// request-id, client-request-id } } } (https://learn.microsoft.com/en-us/graph/errors). Until an
// administrator approves the solution's Mail.Send request on the API access page
// (https://learn.microsoft.com/en-us/sharepoint/api-access) the call is refused with 403.
// State lives in memory: the outbox and the approval start over on /_workbench/reset.
import { randomUUID } from 'node:crypto';

export interface OutboxMessage {
  id: number;
  /** The signed-in sender's address (login@region.example in the workbench). */
  from: string;
  sentAt: string;
  to: string[];
  cc: string[];
  subject: string;
  contentType: string;
  body: string;
  saveToSentItems: boolean;
}

export interface GraphAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Recipient {
  emailAddress?: { address?: unknown; name?: unknown };
}

export class GraphMail {
  readonly outbox: OutboxMessage[] = [];
  mailSendApproved = true;
  private nextId = 1;

  reset(): void {
    this.outbox.length = 0;
    this.nextId = 1;
    this.mailSendApproved = true;
  }

  /** Answers /v1.0/...; `sender` is the signed-in person's address, undefined when nobody is. */
  handle(method: string, path: string, body: string, sender: string | undefined, clientRequestId: string | undefined): GraphAnswer {
    const fail = (status: number, code: string, message: string): GraphAnswer => graphError(status, code, message, clientRequestId);
    if (!/^\/v1\.0\/me\/sendmail\/?$/i.test(path)) return fail(400, 'BadRequest', `Resource not found for the segment '${path.split('/').pop()}'.`);
    if (method !== 'POST') return fail(405, 'BadRequest', 'The HTTP method is not allowed on this resource.');
    if (!sender) return fail(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (!this.mailSendApproved) return fail(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    let parsed: { message?: { subject?: unknown; body?: { contentType?: unknown; content?: unknown }; toRecipients?: unknown; ccRecipients?: unknown }; saveToSentItems?: unknown };
    try {
      parsed = JSON.parse(body || '');
    } catch {
      return fail(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
    }
    const message = parsed && typeof parsed === 'object' ? parsed.message : undefined;
    if (!message || typeof message !== 'object') return fail(400, 'ErrorInvalidParameter', "The value of the parameter 'Message' is empty.");
    const to = addresses(message.toRecipients);
    const cc = addresses(message.ccRecipients);
    if (to === undefined || cc === undefined) return fail(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    if (to.length + cc.length === 0) return fail(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., Recipient is missing.');
    const contentType = String(message.body?.contentType ?? 'Text');
    if (!/^(text|html)$/i.test(contentType)) return fail(400, 'BadRequest', `Requested value '${contentType}' was not found.`);
    this.outbox.push({
      id: this.nextId++,
      from: sender,
      sentAt: new Date().toISOString(),
      to,
      cc,
      subject: typeof message.subject === 'string' ? message.subject : '',
      contentType: contentType.toLowerCase() === 'html' ? 'html' : 'text',
      body: typeof message.body?.content === 'string' ? message.body.content : '',
      saveToSentItems: parsed.saveToSentItems !== false
    });
    return { status: 202, headers: graphHeaders(clientRequestId), body: '' };
  }
}

/** Recipient addresses; undefined when one is not an object with an address that looks like one. */
function addresses(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const entry of value as Recipient[]) {
    const address = entry && typeof entry === 'object' ? entry.emailAddress?.address : undefined;
    if (typeof address !== 'string' || !/^[^\s@,;<>]+@[^\s@,;<>]+$/.test(address.trim())) return undefined;
    out.push(address.trim());
  }
  return out;
}

function graphHeaders(clientRequestId: string | undefined): Record<string, string> {
  return { 'request-id': randomUUID(), 'client-request-id': clientRequestId || randomUUID(), 'Cache-Control': 'no-store' };
}

export function graphError(status: number, code: string, message: string, clientRequestId?: string, extra: Record<string, string> = {}): GraphAnswer {
  const headers = graphHeaders(clientRequestId);
  const body = JSON.stringify({
    error: { code, message, innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': headers['request-id'], 'client-request-id': headers['client-request-id'] } }
  });
  return { status, headers: { ...headers, 'Content-Type': 'application/json', ...extra }, body };
}
