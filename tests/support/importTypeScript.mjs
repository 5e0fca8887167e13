// Bundles a few lines of TypeScript that import project code (src/…) with esbuild for Node 22,
// and imports the result: how Node-side scripts (browser tests, bench) use the real domain and
// data layer without a compile step of their own.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `source` is TypeScript resolved from the project root; `name` names the temp file. */
export async function importTypeScript(source, name, { outDir } = {}) {
  const outfile = join(outDir || mkdtempSync(join(tmpdir(), 'utbildningsavrop-')), `${name}.mjs`);
  await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: `${name}.ts`, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    logLevel: 'warning'
  });
  return import(pathToFileURL(outfile).href);
}
