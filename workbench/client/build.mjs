// Builds the workbench page: the same app root components the web parts render, bundled with
// esbuild (fast) and split per app so each page loads only what it shows.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildClient(outDir, { minify = true } = {}) {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { workbench: join(here, 'main.tsx') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2019',
    minify,
    sourcemap: false,
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': minify ? '"production"' : '"development"' },
    loader: { '.scss': 'empty' },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning'
  });
  cpSync(join(here, 'index.html'), join(outDir, 'index.html'));
  cpSync(join(here, 'workbench.css'), join(outDir, 'workbench.css'));
  // Fluent UI's icon fonts, served locally: the workbench must work without a CDN.
  const fonts = join(here, '..', '..', 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
  try {
    cpSync(fonts, join(outDir, 'fonts'), { recursive: true });
  } catch {
    // Icons then fall back to empty boxes; the apps stay usable.
  }
}
