// Starts the workbench (SharePoint emulator included) as a child process on a free port with its
// own data directory, and gives PnPjs instances that talk to it as one of the seeded people.
// The server runs on the project's Node 22 (node:sqlite), not inside Jest's module system.
import { ChildProcess, spawn } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, SPFI, spfi } from '@pnp/sp';

export const ROOT = resolve(__dirname, '..', '..');
export const SITE_PATH = '/sites/utbildning';
/** The workbench's reset, generate-orders, faults and login take only the site owner (Full Control). */
export const AS_SITE_OWNER: Record<string, string> = { 'X-Workbench-User': 'lars' };

export interface Emulator {
  /** http://localhost:<port> (no trailing slash). */
  url: string;
  siteUrl: string;
  dataDir: string;
  output(): string;
  /** PnPjs as a seeded user (anna, erik, hanna, lars, ulla); `headers` are added to every request. */
  sp(login: string, headers?: Record<string, string>): SPFI;
  /** Plain fetch against the server, as `login` when given. */
  fetch(path: string, init?: RequestInit & { login?: string }): Promise<Response>;
  setFaults(patch: Record<string, unknown>): Promise<Record<string, number>>;
  /** Stops the server; keeps the data directory unless `wipe`. */
  stop(wipe?: boolean): Promise<void>;
}

export interface StartOptions {
  /** Reuse a data directory (e.g. to test a restart); a fresh temporary one otherwise. */
  dataDir?: string;
  env?: Record<string, string>;
  args?: string[];
  timeoutMs?: number;
}

function nodeBinary(): string {
  const local = join(ROOT, 'node_modules', '.bin', 'node');
  return existsSync(local) ? local : process.execPath;
}

export async function startEmulator(opts: StartOptions = {}): Promise<Emulator> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'utbildningsavrop-emulator-'));
  const child: ChildProcess = spawn(nodeBinary(), ['workbench/start.mjs', '--no-client', '--quiet', ...(opts.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, WORKBENCH_EXIT_WITH_PARENT: '1', ...(opts.env ?? {}) },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The emulator did not start within ${opts.timeoutMs ?? 60000} ms:\n${output}`));
    }, opts.timeoutMs ?? 60000);
    const onData = () => {
      const m = /Utbildningsavrop workbench: (http:\/\/\S+?)\/?\s/.exec(output);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolveUrl(m[1].replace(/\/$/, ''));
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The emulator exited (code ${code}) before it was ready:\n${output}`));
    });
  });
  const siteUrl = `${url}${SITE_PATH}`;
  let stopped = false;
  const emulator: Emulator = {
    url,
    siteUrl,
    dataDir,
    output: () => output,
    sp(login: string, headers: Record<string, string> = {}): SPFI {
      return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Workbench-User': login, ...headers }));
    },
    fetch(path: string, init: RequestInit & { login?: string } = {}) {
      const { login, ...rest } = init;
      const h = new Headers(rest.headers);
      if (login) h.set('X-Workbench-User', login);
      return fetch(`${url}${path}`, { ...rest, headers: h });
    },
    async setFaults(patch: Record<string, unknown>) {
      const res = await fetch(`${url}/_workbench/faults`, { method: 'POST', body: JSON.stringify(patch), headers: { 'Content-Type': 'application/json', ...AS_SITE_OWNER } });
      if (!res.ok) throw new Error(`setFaults: ${res.status} ${await res.text()}`);
      return res.json();
    },
    async stop(wipe = !opts.dataDir) {
      if (!stopped) {
        stopped = true;
        if (child.exitCode === null) {
          await new Promise<void>((r) => {
            child.once('exit', () => r());
            child.kill('SIGTERM');
          });
        }
      }
      if (wipe) rmSync(dataDir, { recursive: true, force: true });
    }
  };
  return emulator;
}
