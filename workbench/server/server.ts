// The workbench HTTP server: the workbench pages and static files, the SharePoint emulator under
// /sites/utbildning/_api, and a few /_workbench endpoints for people and tests.
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { assignSeedMemberships, BOOTSTRAP_HEADER, ProvisionRun, runProvisioner } from './bootstrap';
import { decideFaults, FaultConfig, mergeFaults, NO_FAULTS, parseFaultHeader } from './faults';
import { generateOrders } from './generateOrders';
import { reason } from './batch';
import { ApiResponse, batchHasWrites, errorResponse, handleApi } from './rest';
import { createSiteState, SEED_USERS, SITE_PATH, claimsLogin, webPermissions } from './site';
import { findSeededUser, refuseUnlessOwner } from './workbenchAuth';
import { acquireDataLock, Store } from './store';
import { newGuid, SpError, CODES } from './util';
import { createSpfxRuntime } from '../spfx/runtime';
import { GraphMail, graphError } from './graph';

export interface ServerOptions {
  port?: number;
  host?: string;
  dataDir: string;
  /** Built workbench client (index.html, workbench.js, ...). */
  staticDir?: string;
  faults?: Partial<FaultConfig>;
  quiet?: boolean;
  /**
   * When to run the project's provisioner: on every start (default), only on an empty site, or
   * never (the site stays as a new SharePoint site is, for testing setup from Administration).
   */
  provision?: 'always' | 'fresh' | 'never';
  /** Print every line of the provisioner's report. */
  verbose?: boolean;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  provision: ProvisionRun | null;
  startupMs: number;
  faults: FaultConfig;
  close(): Promise<void>;
}

export const PAGE_ROUTES = ['/', '/avtalskatalog', '/avrop', '/avropshantering', '/administration', '/uppfoljning'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8'
};

const PLACEHOLDER = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Utbildningsavrop – lokal arbetsbänk</title></head>
<body><main><h1>Utbildningsavrop</h1><p>Arbetsbänkens klient är inte byggd ännu. SharePoint-emulatorn svarar på <code>${SITE_PATH}/_api</code>.</p></main></body>
</html>
`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  const raw = req.headers.cookie;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    if (part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return part.slice(i + 1).trim();
      }
    }
  }
  return undefined;
}

function currentLogin(req: IncomingMessage): string | undefined {
  const header = req.headers['x-workbench-user'];
  return (Array.isArray(header) ? header[0] : header) || cookie(req, 'wb-user');
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer | null): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, reason(status), headers);
  res.end(body ?? undefined);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, JSON.stringify(value));
}

export function wipeDataDir(dataDir: string): void {
  for (const f of ['site.db', 'site.db-wal', 'site.db-shm']) rmSync(join(dataDir, f), { force: true });
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const started = Date.now();
  const log = opts.log ?? ((line: string) => (opts.quiet ? undefined : console.log(line)));
  const staticDir = resolve(opts.staticDir ?? join(process.cwd(), '.workbench', 'static'));
  const dataDir = resolve(opts.dataDir);
  const token = randomBytes(16).toString('hex');
  const faults: FaultConfig = mergeFaults({ ...NO_FAULTS }, (opts.faults ?? {}) as Record<string, unknown>);

  const releaseLock = acquireDataLock(dataDir, 'arbetsbänkens server');
  const state: { store: Store; ready: Promise<void>; provision: ProvisionRun | null; resetting: boolean } = {
    store: openStore(dataDir),
    ready: Promise.resolve(),
    provision: null,
    resetting: false
  };

  function openStore(dir: string): Store {
    const store = new Store(dir);
    if (!store.load()) store.init(createSiteState());
    return store;
  }

  const spfx = createSpfxRuntime({ root: process.cwd(), sitePath: SITE_PATH, users: SEED_USERS });
  const graph = new GraphMail();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!opts.quiet) console.error('Workbench error:', e);
      send(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Internal error in the workbench server.');
    });
  });
  server.keepAliveTimeout = 5000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const path = url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();

    if (await spfx.handle(req, res, url)) return;

    if (path.toLowerCase().startsWith(`${SITE_PATH}/_api`)) return api(req, res, url);

    if (path.startsWith('/_workbench/')) return workbench(req, res, url, method);

    if (path.toLowerCase().startsWith('/v1.0/')) return graphApi(req, res, path, method);

    if (method === 'GET' || method === 'HEAD') {
      const route = path.length > 1 ? path.replace(/\/+$/, '') : path;
      if (PAGE_ROUTES.includes(route)) {
        const index = join(staticDir, 'index.html');
        const html = existsSync(index) ? readFileSync(index) : Buffer.from(PLACEHOLDER);
        return send(res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }, html);
      }
      if (path.startsWith('/static/')) return serveStatic(res, path.slice('/static/'.length));
      if (path === '/favicon.ico') return send(res, 204, {}, null);
    }
    send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
  }

  function serveStatic(res: ServerResponse, rel: string): void {
    let decoded: string;
    try {
      decoded = decodeURIComponent(rel);
    } catch {
      return send(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad path');
    }
    if (decoded.includes('\0')) return send(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad path');
    const file = resolve(staticDir, normalize(decoded).replace(/^([/\\])+/, ''));
    if (!file.startsWith(staticDir + sep)) return send(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Forbidden');
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    send(res, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }, readFileSync(file));
  }

  async function workbench(req: IncomingMessage, res: ServerResponse, url: URL, method: string): Promise<void> {
    const path = url.pathname.replace(/\/+$/, '');
    if (method !== 'GET' && method !== 'HEAD') {
      const refusal = refuseUnlessOwner(state.store.site, headerMap(req), currentLogin(req));
      if (refusal) return sendJson(res, refusal.status, { error: refusal.error });
    }
    if (path === '/_workbench/users' && method === 'GET') {
      await state.ready;
      return sendJson(
        res,
        200,
        SEED_USERS.map((u) => ({ login: u.login, title: u.title, email: `${u.login}@region.example`, role: u.role, description: u.description }))
      );
    }
    if (path === '/_workbench/health' && method === 'GET') {
      const lists = state.store.site.lists.map((l) => ({ title: l.title, items: state.store.listItems(l).items.size }));
      return sendJson(res, 200, { ready: !state.resetting, provisioned: state.store.site.provisioned, provision: state.provision, lists });
    }
    if (path === '/_workbench/faults') {
      if (method === 'GET') return sendJson(res, 200, faults);
      if (method === 'POST' || method === 'PUT') {
        try {
          const body = (await readBody(req)).trim();
          const patch = body ? (JSON.parse(body) as Record<string, unknown>) : {};
          const { reset: startOver, ...settings } = patch;
          const next = mergeFaults(method === 'PUT' || startOver === true ? { ...NO_FAULTS } : faults, settings);
          Object.assign(faults, next);
          return sendJson(res, 200, faults);
        } catch (e) {
          return sendJson(res, 400, { error: (e as Error).message });
        }
      }
    }
    if (path === '/_workbench/login' && method === 'POST') {
      const body = await readBody(req);
      let login = '';
      try {
        login = String((JSON.parse(body || '{}') as { login?: string }).login ?? '');
      } catch {
        // fall through to 400
      }
      const user = findSeededUser(state.store.site, login);
      if (!user) return sendJson(res, 401, { error: `Okänd användare: ${login}` });
      res.setHeader('Set-Cookie', `wb-user=${encodeURIComponent(login)}; Path=/; SameSite=Lax`);
      return sendJson(res, 200, { login, title: user.title });
    }
    if (path === '/_workbench/outbox' && method === 'GET') return sendJson(res, 200, graph.outbox);
    if (path === '/_workbench/graph') {
      if (method === 'POST') {
        try {
          const b = JSON.parse((await readBody(req)) || '{}') as { mailSendApproved?: unknown };
          if (typeof b.mailSendApproved !== 'boolean') throw new Error('mailSendApproved must be true or false');
          graph.mailSendApproved = b.mailSendApproved;
        } catch (e) {
          return sendJson(res, 400, { error: (e as Error).message });
        }
      }
      if (method === 'GET' || method === 'POST') return sendJson(res, 200, { mailSendApproved: graph.mailSendApproved, outbox: graph.outbox.length });
    }
    if (path === '/_workbench/reset' && method === 'POST') {
      await state.ready;
      graph.reset();
      try {
        await reset();
        return sendJson(res, 200, { ok: true, provision: state.provision });
      } catch (e) {
        return sendJson(res, 500, { error: (e as Error).message });
      }
    }
    if (path === '/_workbench/generate-orders' && method === 'POST') {
      await state.ready;
      let count = 0;
      let seed: number | undefined;
      try {
        const b = JSON.parse((await readBody(req)) || '{}') as { count?: number; seed?: number };
        count = Number(b.count ?? 0);
        seed = b.seed;
      } catch {
        // count stays 0
      }
      if (!Number.isInteger(count) || count < 1 || count > 1_000_000) return sendJson(res, 400, { error: 'count must be an integer from 1 to 1000000' });
      try {
        const result = generateOrders(state.store, count, { seed });
        return sendJson(res, 200, result);
      } catch (e) {
        return sendJson(res, 500, { error: (e as Error).message });
      }
    }
    send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = headerMap(req);
    const body = await readBody(req);
    const isBootstrap = headers[BOOTSTRAP_HEADER] === token;
    if (!isBootstrap) await state.ready;
    let store = state.store;
    const login = currentLogin(req);
    const user = login ? findSeededUser(store.site, login) : undefined;
    const base = { SPRequestGuid: newGuid(), 'X-SharePointHealthScore': '0', 'Cache-Control': 'private, max-age=0' };
    if (!user) {
      const e = new SpError(401, CODES.accessDenied, login ? `Unknown workbench user '${login}'.` : 'Access denied. Sign in: send X-Workbench-User or the wb-user cookie.');
      const r = errorResponse(e);
      return send(res, 401, { ...r.headers, ...base, 'WWW-Authenticate': 'Bearer realm="workbench"' }, r.body);
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const xMethod = (headers['x-http-method'] ?? '').toUpperCase();
    const isBatch = /\/_api\/\$batch\/?$/i.test(url.pathname);
    const isWrite = isBatch ? batchHasWrites(body) : method !== 'GET' && method !== 'HEAD' && !(method === 'POST' && /\/_api\/contextinfo\/?$/i.test(url.pathname)) && xMethod !== 'GET';
    const decision = isBootstrap
      ? { latencyMs: 0, retryAfter: 0, dropAfterWrite: false, status: undefined as number | undefined }
      : decideFaults(faults, parseFaultHeader(headers['x-workbench-fault']), isWrite);
    if (decision.latencyMs > 0) await new Promise((r) => setTimeout(r, decision.latencyMs));
    if (decision.status) {
      const s = decision.status;
      const msg =
        s === 429
          ? `The request has been throttled. Retry after ${decision.retryAfter} seconds.`
          : s === 503
            ? 'The service is temporarily unavailable. Please retry later.'
            : `Fault injected by the workbench: ${s}.`;
      const r = errorResponse(new SpError(s, s === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-2147467259, Microsoft.SharePoint.SPException', msg));
      const extra: Record<string, string> = s === 429 || s === 503 ? { 'Retry-After': String(decision.retryAfter) } : {};
      return send(res, s, { ...r.headers, ...base, ...extra }, r.body);
    }
    if (!isBootstrap) await state.ready;
    store = state.store;
    // SPFx's loader asks the web for component manifests; the runtime pages know them.
    const components = spfx.componentQuery({ method, url, headers, body, webMask: webPermissions(store.site, user) });
    if (components) return send(res, components.status, { ...components.headers, ...base }, components.body);
    const result: ApiResponse = handleApi(store, { method, url, headers, body, user });
    if (decision.dropAfterWrite) {
      // The write is committed; the answer is lost on the way back.
      req.socket.destroy();
      return;
    }
    if (!opts.quiet && result.status >= 500) console.error(`${method} ${url.pathname} -> ${result.status} ${result.body?.slice(0, 300)}`);
    send(res, result.status, { ...result.headers, ...base }, result.body);
  }

  /** Microsoft Graph's sendMail (graph.ts), with the same injected faults as the SharePoint API. */
  async function graphApi(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<void> {
    const headers = headerMap(req);
    const body = await readBody(req);
    await state.ready;
    const login = currentLogin(req);
    const user = login ? findSeededUser(state.store.site, login) : undefined;
    const decision = decideFaults(faults, parseFaultHeader(headers['x-workbench-fault']), method !== 'GET');
    if (decision.latencyMs > 0) await new Promise((r) => setTimeout(r, decision.latencyMs));
    const requestId = headers['client-request-id'];
    if (decision.status) {
      const s = decision.status;
      const answer =
        s === 429
          ? graphError(429, 'TooManyRequests', 'Application is over its MailboxConcurrency limit.', requestId, { 'Retry-After': String(decision.retryAfter) })
          : graphError(s, s === 503 ? 'ServiceNotAvailable' : 'InternalServerError', `Fault injected by the workbench: ${s}.`, requestId, s === 503 ? { 'Retry-After': String(decision.retryAfter) } : {});
      return send(res, answer.status, answer.headers, answer.body);
    }
    const answer = graph.handle(method, path, body, user ? user.email || user.login.split("|").pop() : undefined, requestId);
    if (decision.dropAfterWrite) {
      // The mail is in the outbox; the answer is lost on the way back.
      req.socket.destroy();
      return;
    }
    send(res, answer.status, answer.headers, answer.body || null);
  }

  async function provision(fresh: boolean): Promise<void> {
    const siteUrl = `http://127.0.0.1:${port}${SITE_PATH}`;
    try {
      const verbose = !!opts.verbose;
      state.provision = await runProvisioner(siteUrl, token, (line) => (verbose || /^VARNING/.test(line) ? log(`  [installation] ${line}`) : undefined));
      log(`Installation: ${state.provision.summary} (${state.provision.ms} ms).`);
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      if (fresh) throw new Error(`Provisioning the emulated site failed: ${message}`);
      console.error(`VARNING: installationen mot den befintliga webbplatsen misslyckades: ${message}`);
      return;
    }
    for (const note of assignSeedMemberships(state.store)) console.error(`VARNING: ${note}`);
    state.store.site.provisioned = true;
    state.store.saveSite();
  }

  async function reset(): Promise<void> {
    state.resetting = true;
    let done: () => void = () => undefined;
    state.ready = new Promise<void>((r) => (done = r));
    try {
      state.store.close();
      wipeDataDir(dataDir);
      state.store = openStore(dataDir);
      await provision(true);
    } finally {
      state.resetting = false;
      done();
    }
  }

  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 4000, opts.host ?? '0.0.0.0', () => resolveListen());
    });
  } catch (e) {
    state.store.close();
    releaseLock();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;

  const fresh = !state.store.site.provisioned;
  if (opts.provision !== 'never' && (fresh || (opts.provision ?? 'always') === 'always')) {
    let done: () => void = () => undefined;
    state.ready = new Promise<void>((r) => (done = r));
    try {
      await provision(fresh);
    } catch (e) {
      done();
      await new Promise<void>((r) => server.close(() => r()));
      state.store.close();
      releaseLock();
      throw e;
    }
    done();
  }

  let closed = false;
  return {
    url: `http://localhost:${port}/`,
    port,
    get store() {
      return state.store;
    },
    get provision() {
      return state.provision;
    },
    startupMs: Date.now() - started,
    faults,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections?.();
      });
      state.store.close();
      releaseLock();
    }
  };
}

export { claimsLogin };
