// Shared plumbing for browser tests: a fresh workbench server on a free port and Debian's
// Chromium driven by playwright-core, with axe-core injected from node_modules.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
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

export function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate) {
      try {
        readFileSync(candidate, { flag: 'r' });
        return candidate;
      } catch {
        // try the next
      }
    }
  }
  throw new Error('Chromium saknas. Installera med: apt-get update && apt-get install -y chromium');
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
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
      for (const { name, fn } of tests) {
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
