// Command line entry of the bundled server (.workbench/server.cjs), called by workbench/start.mjs.
import { resolve } from 'node:path';
import { faultsFromEnv } from './faults';
import { generateOrders } from './generateOrders';
import { RunningServer, startServer, wipeDataDir } from './server';
import { SEED_USERS } from './site';
import { acquireDataLock, Store } from './store';

export interface MainOptions {
  argv: string[];
  env: Record<string, string | undefined>;
  /** Project root. */
  root: string;
}

function flagValue(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = argv[i];
  if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
  return argv[i + 1];
}

export async function main(opts: MainOptions): Promise<void> {
  const { argv, env, root } = opts;
  const dataDir = resolve(root, env.DATA_DIR || 'data');
  const port = Number(env.PORT ?? 4000);
  const quiet = argv.includes('--quiet') || env.WORKBENCH_QUIET === '1';
  const staticDir = resolve(root, '.workbench', 'static');
  const faults = faultsFromEnv(env);
  const provision = argv.includes('--unprovisioned') || env.WORKBENCH_UNPROVISIONED === '1' ? 'never' : argv.includes('--provision-fresh-only') ? 'fresh' : 'always';

  if (argv.includes('--reset')) wipeDataDir(dataDir);

  const generate = flagValue(argv, '--generate-orders');
  if (generate !== undefined) {
    const count = Number(generate);
    if (!Number.isInteger(count) || count < 1) throw new Error(`--generate-orders needs a positive whole number, not '${generate}'.`);
    // Make sure the site is provisioned (the provisioner runs over HTTP on a private port).
    const releaseProbe = acquireDataLock(dataDir, 'avropsgeneratorn');
    const probe = new Store(dataDir);
    const provisioned = probe.load() && probe.site.provisioned;
    probe.close();
    releaseProbe();
    if (!provisioned) {
      console.log('Installerar webbplatsen först…');
      const s = await startServer({ port: 0, host: '127.0.0.1', dataDir, staticDir, quiet: true, provision: 'fresh' });
      await s.close();
    }
    const release = acquireDataLock(dataDir, 'avropsgeneratorn');
    const store = new Store(dataDir);
    let result;
    try {
      store.load();
      console.log(`Genererar ${count} avrop i ${dataDir}…`);
      result = generateOrders(store, count, { seed: env.GENERATE_SEED ? Number(env.GENERATE_SEED) : undefined });
    } finally {
      store.close();
      release();
    }
    console.log(`Klart: ${result.orders} avrop och ${result.events} händelser på ${(result.ms / 1000).toFixed(1)} s.`);
    if (!argv.includes('--serve')) return;
  }

  const verbose = argv.includes('--verbose') || env.WORKBENCH_VERBOSE === '1';
  let server: RunningServer;
  try {
    server = await startServer({ port, dataDir, staticDir, faults, quiet, provision, verbose });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      const friendly = new Error(`Port ${port} används redan. Välj en annan med PORT=..., t.ex. PORT=4001 npm start.`);
      (friendly as Error & { expected?: boolean }).expected = true;
      throw friendly;
    }
    throw e;
  }
  const base = server.url.replace(/\/$/, '');
  console.log(`Utbildningsavrop workbench: ${server.url}`);
  console.log(`  SharePoint-emulator: ${base}/sites/utbildning/_api/web   (data: ${dataDir}, start ${server.startupMs} ms)`);
  console.log('  Användare (välj i sidhuvudet, ?user=<login>, cookie wb-user eller header X-Workbench-User):');
  for (const u of SEED_USERS) console.log(`    ${u.login.padEnd(6)} ${u.title.padEnd(15)} ${u.role}`);
  const active = Object.entries(server.faults).filter(([k, v]) => k !== 'retryAfterSeconds' && v);
  if (active.length) console.log(`  Fel på begäran: ${active.map(([k, v]) => `${k}=${v}`).join(', ')}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!quiet) console.log(`\n${signal}: stänger arbetsbänken…`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  if (env.WORKBENCH_EXIT_WITH_PARENT === '1') {
    // Started by a test run: never outlive it.
    const parent = process.ppid;
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        void stop('parent gone');
      }
    }, 2000).unref();
  }
}
