// Records the REST requests a test's PnPjs code sends to the emulator, by wrapping global fetch,
// so data-layer tests can assert the exact requests (round trips, $batch contents, $select, $top,
// bodies) while the emulator, not a hand-written fake, answers them.

export interface SentRequest {
  /** The HTTP method, or for a POST tunnelled with X-HTTP-Method (MERGE, DELETE) that method. */
  method: string;
  /** Absolute URL as sent (percent-encoded). */
  url: string;
  /** Decoded path after /_api/, without the query. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the raw text when it is not JSON, or undefined. */
  body: unknown;
  inBatch: boolean;
}

export interface HttpCall {
  method: string;
  url: string;
  path: string;
  headers: Record<string, string>;
  rawBody: string;
}

export interface RequestLog {
  /** Every HTTP request to /_api/ (a $batch counts once). */
  http: HttpCall[];
  /** Every REST operation: plain requests and each part of a $batch. */
  requests: SentRequest[];
  clear(): void;
  /** Restores the real fetch. */
  stop(): void;
}

function parseUrl(url: string): { path: string; query: Record<string, string> } {
  const u = new URL(url);
  const at = u.pathname.indexOf('/_api/');
  const path = decodeURIComponent(at < 0 ? u.pathname : u.pathname.slice(at + '/_api/'.length));
  const query: Record<string, string> = {};
  u.searchParams.forEach((v, k) => (query[k] = v));
  return { path, query };
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function headerRecord(init?: RequestInit): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((v, k) => (out[k] = v));
  return out;
}

/** The operations inside a multipart $batch body, in order. */
export function batchParts(raw: string): SentRequest[] {
  const parts: SentRequest[] = [];
  for (const chunk of raw.split(/^--(?:batch|changeset)_[^\r\n]*$/m)) {
    const lines = chunk.split(/\r?\n/);
    const start = lines.findIndex((l) => /^(GET|POST|PUT|PATCH|MERGE|DELETE) \S+ HTTP\/1\.1$/.test(l));
    if (start < 0) continue;
    const [verb, url] = lines[start].split(' ');
    let i = start + 1;
    let method = verb;
    for (; i < lines.length && lines[i].trim() !== ''; i++) {
      const m = /^x-http-method:\s*(\S+)/i.exec(lines[i]);
      if (m) method = m[1].toUpperCase();
    }
    parts.push({ method, url, ...parseUrl(url), body: parseBody(lines.slice(i + 1).join('\n')), inBatch: true });
  }
  return parts;
}

export function recordRequests(): RequestLog {
  const realFetch = global.fetch;
  const log: RequestLog = {
    http: [],
    requests: [],
    clear() {
      log.http.length = 0;
      log.requests.length = 0;
    },
    stop() {
      global.fetch = realFetch;
    }
  };
  global.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/_api/')) {
      const headers = headerRecord(init);
      const rawBody = typeof init?.body === 'string' ? init.body : '';
      const method = (headers['x-http-method'] ?? init?.method ?? 'GET').toUpperCase();
      const { path, query } = parseUrl(url);
      log.http.push({ method: (init?.method ?? 'GET').toUpperCase(), url, path, headers, rawBody });
      if (path === '$batch') log.requests.push(...batchParts(rawBody));
      else log.requests.push({ method, url, path, query, body: parseBody(rawBody), inBatch: false });
    }
    return realFetch(input, init);
  };
  return log;
}

/** Requests that change something (reads tunnelled in $batch and the digest request excluded). */
export function writesIn(requests: readonly SentRequest[]): SentRequest[] {
  return requests.filter((r) => r.method !== 'GET' && r.path !== 'contextinfo');
}
