// Shared plumbing for browser tests: a fresh workbench server on a free port and Chromium (the
// system's, else the one @sparticuz/chromium ships on npm) driven by playwright-core, with
// axe-core injected from node_modules.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

// Keep the browser off the network: no component updates, sync or background fetches.
const NETWORK_OFF_FLAGS = [
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', ...NETWORK_OFF_FLAGS];
// @sparticuz/chromium is a headless-shell build without a GPU stack of its own: it renders through
// SwiftShader behind ANGLE and cannot use the zygote without the sandbox it lacks.
export const NPM_CHROMIUM_FLAGS = [
  '--headless=shell',
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--no-zygote',
  ...NETWORK_OFF_FLAGS
];

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts `node workbench/start.mjs` with fresh data; resolves when it answers. */
export async function startWorkbench({ env = {} } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'utbildningsavrop-browser-'));
  const child = spawn(process.execPath, ['workbench/start.mjs'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (Date.now() - started < 120000) {
    if (child.exitCode !== null) throw new Error(`Arbetsbänken avslutades:\n${output}`);
    try {
      const res = await fetch(`${url}/_workbench/users`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() - started >= 120000) throw new Error(`Arbetsbänken startade inte inom 120 s:\n${output}`);
  return {
    url,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

function isFile(candidate) {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** A Chromium installed on the machine (CHROMIUM_PATH first), or null. */
export function systemChromiumPath() {
  if (process.env.CHROMIUM_PATH && !isFile(process.env.CHROMIUM_PATH)) {
    throw new Error(`CHROMIUM_PATH pekar på ${process.env.CHROMIUM_PATH}, som inte finns.`);
  }
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((c) => c && isFile(c)) ?? null;
}

/**
 * The Chromium that @sparticuz/chromium ships, unpacked once per version into node_modules/.cache.
 * Its own executablePath() unpacks into os.tmpdir() without locking and trusts any /tmp/chromium it
 * finds, so parallel runs (or another version left in /tmp) could start a half-written binary: each
 * run unpacks into a private directory and renames it into place, and the first complete one wins.
 */
export async function npmChromiumPath() {
  // The package exports only its entry (build/index.js), not package.json.
  const pkgDir = dirname(dirname(require.resolve('@sparticuz/chromium')));
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const cacheDir = join(pkgDir, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  const binary = join(cacheDir, 'chromium');
  if (isFile(binary)) return binary;
  const staging = `${cacheDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    const unpacked = await Chromium.executablePath();
    if (dirname(unpacked) !== staging) throw new Error(`@sparticuz/chromium packade upp till ${unpacked}, väntade ${staging}`);
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }
  try {
    renameSync(staging, cacheDir);
  } catch (error) {
    // Another run finished first; its copy is as good as ours.
    rmSync(staging, { recursive: true, force: true });
    if (!isFile(binary)) throw error;
  }
  return binary;
}

/** System Chromium when there is one, else the one from npm: `npm test` needs no apt-get. */
export async function resolveChromium() {
  const system = systemChromiumPath();
  if (system) return { executablePath: system, args: CHROMIUM_FLAGS, source: 'system' };
  return { executablePath: await npmChromiumPath(), args: NPM_CHROMIUM_FLAGS, source: '@sparticuz/chromium' };
}

export async function launchBrowser({ extraArgs = [] } = {}) {
  const { executablePath, args } = await resolveChromium();
  return chromium.launch({ executablePath, args: [...args, ...extraArgs], headless: true });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe for WCAG 2.1 A and AA; returns the violations. */
export async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary) }));
  });
}

/** A tiny test runner that prints the plain closing line CI reads ("N passed, N failed"). */
export function createRunner() {
  const tests = [];
  return {
    test(name, fn) {
      tests.push({ name, fn });
    },
    async run(context) {
      let passed = 0;
      let failed = 0;
      // BROWSER_ONLY=<text> runs only the tests whose name contains it (for working on one flow);
      // a filter that matches nothing fails, so a typo never passes as green.
      const only = process.env.BROWSER_ONLY;
      const chosen = only ? tests.filter((t) => t.name.includes(only)) : tests;
      if (only && chosen.length === 0) {
        console.log(`\nbrowser: no test name contains "${only}"`);
        return false;
      }
      for (const { name, fn } of chosen) {
        const started = Date.now();
        try {
          await fn(context);
          passed++;
          console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
        } catch (error) {
          failed++;
          console.log(`  ✗ ${name}\n    ${String(error && error.stack ? error.stack : error).split('\n').join('\n    ')}`);
        }
      }
      console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
      return failed === 0;
    }
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Starts a workbench and a browser, runs the tests, stops both and exits with the result. */
export async function runAndExit(runner, { env } = {}) {
  const server = await startWorkbench({ env });
  const browser = await launchBrowser();
  let ok = false;
  try {
    ok = await runner.run({ browser, server });
  } finally {
    await browser.close();
    await server.stop();
  }
  process.exit(ok ? 0 : 1);
}
