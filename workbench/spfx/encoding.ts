// Compressed, cacheable script files for the SPFx runtime pages, as SharePoint's CDN serves them:
// brotli or gzip by the browser's Accept-Encoding (RFC 9110 §12.5.3, with `Vary: Accept-Encoding`),
// and files whose name carries a content hash cached without revalidation. The Microsoft 365 CDN
// caches SPFx assets close to the browser and compresses them
// (https://learn.microsoft.com/en-us/sharepoint/dev/spfx/enable-Microsoft-365-content-delivery-network,
// https://learn.microsoft.com/en-us/microsoft-365/enterprise/use-microsoft-365-cdn-with-spo).
// Uncompressed, a cold page over a slow link spends most of its time downloading the framework.
//
// Brotli at its highest quality takes seconds for the largest framework bundle, so each encoding is
// made off the event loop once per content (keyed by its hash) and kept on disk for the next start;
// until it is there, a request gets a quick brotli 5 / gzip 6.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip';

/** Below this size compression costs more than the bytes it saves (one TCP packet). */
const MIN_BYTES = 1024;

/** The encoding to send for an Accept-Encoding header: brotli first, then gzip, else none. */
export function chooseEncoding(accept: string | string[] | undefined): Encoding | null {
  const offered = new Map<string, number>();
  for (const part of (Array.isArray(accept) ? accept.join(',') : accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  const weight = (name: string) => offered.get(name) ?? (offered.has('*') ? offered.get('*')! : 0);
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/** Content-hashed file names (webpack's `[name]_[contenthash].js`, SPFx's chunk names). */
export function isVersionedName(name: string): boolean {
  return /[._-][0-9a-f]{16,}\.(js|json)$/i.test(name);
}

/** For a body made per request (a page): a quick level, nothing kept. */
export function fastEncode(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : gzipSync(body, { level: 6 });
}

export function createEncoder(cacheDir: string) {
  const best = new Map<string, Buffer>();
  const quick = new Map<string, Buffer>();
  const making = new Map<string, Promise<void>>();

  async function make(body: Buffer, encoding: Encoding): Promise<Buffer> {
    return encoding === 'br'
      ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipAsync(body, { level: 9 });
  }

  /**
   * `body` in `encoding`; `hash` names the content (its ETag's hash). The smallest encoding once it
   * is made (or kept on disk from an earlier start); until then a quick one, so a first request
   * never waits seconds for brotli 11 while it is made in the background.
   */
  function encoded(body: Buffer, hash: string, encoding: Encoding): Buffer {
    const key = `${hash}.${encoding}`;
    const done = best.get(key);
    if (done) return done;
    const file = join(cacheDir, key);
    if (existsSync(file)) {
      const kept = readFileSync(file);
      best.set(key, kept);
      return kept;
    }
    if (!making.has(key)) {
      making.set(
        key,
        make(body, encoding)
          .then((out) => {
            mkdirSync(cacheDir, { recursive: true });
            const tmp = `${file}.${process.pid}.tmp`;
            writeFileSync(tmp, out);
            renameSync(tmp, file);
            best.set(key, out);
            quick.delete(key);
          })
          .catch(() => undefined)
      );
    }
    let now = quick.get(key);
    if (!now) {
      now = fastEncode(body, encoding);
      quick.set(key, now);
    }
    return now;
  }

  /** Resolves when every encoding begun so far is made (tests, and a caller that wants the smallest). */
  const settled = (): Promise<void> => Promise.all(making.values()).then(() => undefined);

  return { encoded, settled, worthEncoding: (body: Buffer) => body.length >= MIN_BYTES };
}
