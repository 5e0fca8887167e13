// The send behaviour the data layer runs on. PnPjs's own (BrowserFetchWithRetry, inside both
// SPFx() and SPBrowser()) re-sends every request whose fetch failed or that got 429/503/504 —
// a POST or MERGE whose answer was lost included: a committed add is made a second time, and a
// committed ETag update comes back as 412 because its first attempt already changed the ETag
// (node_modules/@pnp/queryable/behaviors/browser-fetch.js).
//
// Here a request is re-sent only when that cannot change anything twice:
// - reads (GET, a $batch of GETs, the form digest) after a network error, 429, 503 or 504;
// - writes only after a throttling answer (429, or 503 with Retry-After). SharePoint answers
//   those instead of doing the work ("throttled requests fail" and should be retried after
//   Retry-After: https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
// Any other failure of a write — the answer lost, a gateway timeout, a 500 — goes to the data
// layer, which looks at what was stored before it writes again (writeOnce.ts).
import { delay, TimelinePipe } from '@pnp/core';
import { IQueryableInternal, Queryable } from '@pnp/queryable';

export interface RequestRetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** First wait when the answer names none; doubled on each attempt. */
  intervalMs?: number;
  /** Longest single wait, whatever Retry-After says. */
  maxWaitMs?: number;
}

const WRITE_LINE = /^(POST|PUT|PATCH|MERGE|DELETE) /im;

/** True for requests that change nothing on the server, which may be sent again freely. */
export function isReadRequest(url: string, init: RequestInit): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return true;
  if (method !== 'POST') return false;
  const path = url.split('?')[0].toLowerCase();
  if (path.endsWith('/_api/contextinfo')) return true;
  // A $batch is a read when none of its parts is a write (PnPjs writes MERGE/DELETE as POST parts).
  return path.endsWith('/_api/$batch') && typeof init.body === 'string' && !WRITE_LINE.test(init.body);
}

/** SharePoint refused the request without doing it: it is throttling this client. */
export function isThrottlingAnswer(response: Response): boolean {
  return response.status === 429 || (response.status === 503 && response.headers.has('Retry-After'));
}

function mayRetryRead(response: Response): boolean {
  return response.status === 429 || response.status === 503 || response.status === 504;
}

/** Milliseconds to wait before the next attempt: Retry-After when given, else the doubling interval. */
export function waitBeforeRetry(response: Response | undefined, fallbackMs: number, maxWaitMs: number): number {
  const header = response?.headers.get('Retry-After');
  const seconds = header !== null && header !== undefined && header.trim() !== '' ? Number(header) : NaN;
  const ms = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : fallbackMs;
  return Math.min(ms, maxWaitMs);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && /AbortError/.test(error.name);
}

/** Replaces the send behaviour: reads are retried, writes are re-sent only after throttling. */
export function RequestRetry(options: RequestRetryOptions = {}): TimelinePipe<Queryable> {
  const attempts = Math.max(1, options.attempts ?? 10);
  const intervalMs = options.intervalMs ?? 200;
  const maxWaitMs = options.maxWaitMs ?? 120000;
  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      const target = url.toString();
      const read = isReadRequest(target, init);
      let wait = intervalMs;
      for (let attempt = 1; ; attempt++) {
        const last = attempt >= attempts;
        let response: Response;
        try {
          this.log(`Fetch: ${init.method} ${target}`, 0);
          response = await fetch(target, init);
        } catch (error) {
          // No answer: a read is asked again; a write may have been done, so it is not.
          if (!read || last || isAbort(error)) throw error;
          await delay(wait);
          wait *= 2;
          continue;
        }
        const retry = read ? mayRetryRead(response) : isThrottlingAnswer(response);
        if (!retry || last) return response;
        await delay(waitBeforeRetry(response, wait, maxWaitMs));
        wait *= 2;
      }
    });
    return instance;
  };
}
