// OData $batch as PnPjs v4 sends it (see node_modules/@pnp/sp/batching.js): a multipart/mixed body
// with a batch_<guid> boundary; GETs are direct parts, writes sit in changeset_<guid> parts. The
// answer is a multipart/mixed body with one `HTTP/1.1 <status>` part per request, in order.

export interface BatchRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface BatchResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

function splitParts(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      current = null;
      break;
    }
    if (t === `--${boundary}`) {
      if (current) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    if (current) current.push(line);
  }
  return parts;
}

function parseHeaders(lines: string[]): Record<string, string> {
  const h: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i > 0) h[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  return h;
}

function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** Splits a part into its MIME headers and its content (after the first blank line). */
function headAndBody(part: string): { headers: Record<string, string>; content: string } {
  const lines = part.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const head: string[] = [];
  for (; i < lines.length && lines[i].trim() !== ''; i++) head.push(lines[i]);
  return { headers: parseHeaders(head), content: lines.slice(i + 1).join('\n') };
}

function parseHttpRequest(text: string): BatchRequest {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const m = /^([A-Z]+)\s+(\S+)\s+HTTP\/\d\.\d\s*$/i.exec(lines[i] ?? '');
  if (!m) throw new Error(`Invalid request line in batch: ${lines[i] ?? ''}`);
  i++;
  const head: string[] = [];
  for (; i < lines.length && lines[i].trim() !== ''; i++) head.push(lines[i]);
  const body = lines
    .slice(i + 1)
    .join('\n')
    .replace(/\s+$/, '');
  return { method: m[1].toUpperCase(), url: m[2], headers: parseHeaders(head), body };
}

export interface ParsedBatch {
  requests: Array<BatchRequest & { changeset: string | null }>;
}

export function parseBatch(body: string, contentType: string | undefined): ParsedBatch {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new Error('The batch request has no multipart boundary.');
  const requests: ParsedBatch['requests'] = [];
  for (const part of splitParts(body, boundary)) {
    const { headers, content } = headAndBody(part);
    const ct = headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(ct)) {
      const cs = boundaryOf(ct);
      if (!cs) throw new Error('A changeset has no boundary.');
      for (const sub of splitParts(content, cs)) {
        const inner = headAndBody(sub);
        requests.push({ ...parseHttpRequest(inner.content), changeset: cs });
      }
    } else {
      requests.push({ ...parseHttpRequest(content), changeset: null });
    }
  }
  return { requests };
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

export function reason(status: number): string {
  return REASONS[status] ?? 'Unknown';
}

export function serializeBatch(responses: BatchResponse[], boundary: string): string {
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${boundary}`);
    out.push('Content-Type: application/http');
    out.push('Content-Transfer-Encoding: binary');
    out.push('');
    out.push(`HTTP/1.1 ${r.status} ${reason(r.status)}`);
    for (const [k, v] of Object.entries(r.headers)) {
      // PnPjs splits header lines on ':' and keeps only name:value pairs without further colons.
      out.push(`${k}: ${v}`);
    }
    out.push('');
    if (r.body !== null && r.body !== '' && r.status !== 204) out.push(r.body);
  }
  out.push(`--${boundary}--`);
  out.push('');
  return out.join('\r\n');
}
