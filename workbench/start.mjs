// `npm start`: builds the workbench server (esbuild: workbench/server/main.ts with the project's
// provisioner bundled in) and the workbench client, then serves both on one port.
//
//   PORT (default 4000; 0 = any free port), DATA_DIR (default ./data)
//   --reset-only            wipe the data dir and exit          (npm run reset)
//   --reset                 wipe the data dir, then start
//   --generate-orders N     add N generated orders to the data (provisions first), then exit;
//                           add --serve to start the server afterwards
//   --no-client             skip the client build (also WORKBENCH_NO_CLIENT=1)
//   --quiet                 less output
//   FAULT_LATENCY_MS, FAULT_429_RATE, FAULT_503_RATE, FAULT_DROP_AFTER_WRITE_RATE, FAULT_RETRY_AFTER
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, rmdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const env = process.env;
const dataDir = resolve(root, env.DATA_DIR || 'data');
const started = Date.now();

// node:sqlite prints an ExperimentalWarning on first use; the workbench knows.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (w.name === 'ExperimentalWarning' && /SQLite/i.test(w.message)) return;
  console.warn(`${w.name}: ${w.message}`);
});

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`Arbetsbänken behöver Node 22 (node:sqlite); detta är Node ${process.versions.node}. Kör via npm (npm start) så används projektets Node.`);
  process.exit(1);
}

function wipe() {
  const lock = join(dataDir, 'workbench.lock');
  if (existsSync(lock)) {
    let pid = 0;
    try {
      pid = JSON.parse(readFileSync(lock, 'utf8')).pid;
    } catch {
      // stale
    }
    let alive = false;
    try {
      if (pid) process.kill(pid, 0), (alive = true);
    } catch {
      alive = false;
    }
    if (alive) {
      console.error(`${dataDir} används av en körande arbetsbänk (pid ${pid}). Stoppa den först.`);
      process.exit(1);
    }
    rmSync(lock, { force: true });
  }
  for (const f of ['site.db', 'site.db-wal', 'site.db-shm']) rmSync(join(dataDir, f), { force: true });
  try {
    if (existsSync(dataDir) && readdirSync(dataDir).length === 0) rmdirSync(dataDir);
  } catch {
    // keep a non-empty or busy directory
  }
}

if (argv.includes('--reset-only')) {
  wipe();
  console.log(`Rensade ${dataDir}.`);
  process.exit(0);
}
if (argv.includes('--reset')) wipe();

const outDir = join(root, '.workbench');
mkdirSync(outDir, { recursive: true });
const bundle = join(outDir, 'server.cjs');

async function buildServer() {
  const { build } = await import('esbuild');
  let result;
  try {
    result = await build({
      entryPoints: [join(root, 'workbench', 'server', 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['node:*'],
      sourcemap: 'linked',
      outfile: bundle,
      write: false,
      logLevel: 'silent',
      legalComments: 'none'
    });
  } catch (e) {
    const errors = e.errors ?? [];
    const text = errors.map((m) => `  ${m.location ? `${m.location.file}:${m.location.line}: ` : ''}${m.text}`).join('\n') || String(e);
    if (errors.some((m) => /src\/data\/provisioning/.test(m.text) || /provisioning/.test(m.location?.file ?? ''))) {
      console.error('Arbetsbänken kan inte byggas: projektets provisionerare (src/data/provisioning, provisionSite) saknas eller går inte att bygga.');
    }
    console.error(`Bygget av arbetsbänkens server misslyckades:\n${text}`);
    process.exit(1);
  }
  // Written to temporary names and renamed, so parallel starts never read half a file.
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}

async function buildClientIfAny() {
  if (argv.includes('--no-client') || env.WORKBENCH_NO_CLIENT === '1' || argv.includes('--generate-orders')) return;
  const script = join(root, 'workbench', 'client', 'build.mjs');
  if (!existsSync(script)) return;
  try {
    const mod = await import(pathToFileURL(script).href);
    if (typeof mod.buildClient === 'function') await mod.buildClient(join(outDir, 'static'));
  } catch (e) {
    console.error(`VARNING: klienten kunde inte byggas (${e && e.message ? e.message.split('\n')[0] : e}). Sidorna visar en platshållare.`);
  }
}

await Promise.all([buildServer(), buildClientIfAny()]);
if (!argv.includes('--quiet')) console.log(`Byggde arbetsbänken på ${Date.now() - started} ms.`);

process.setSourceMapsEnabled?.(true);
const require = createRequire(import.meta.url);
const { main } = require(bundle);
try {
  await main({ argv, env, root });
} catch (e) {
  console.error(`Arbetsbänken kunde inte starta: ${e && e.expected ? e.message : e && e.stack ? e.stack : e}`);
  process.exit(1);
}
