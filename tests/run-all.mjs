// `npm test`: type check, unit/component/integration tests (Jest), browser tests in headless
// Chromium, then the ship build (when dist/ is missing or older than the source) and browser tests
// over the real SPFx runtime with that build. Runs on the project's Node 22 (npm puts
// node_modules/.bin first on PATH).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newest } from './support/newest.mjs';

function packageIsStale() {
  const dist = 'dist';
  const manifests = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.manifest.json')) : [];
  if (manifests.length === 0) return 'dist/ saknas';
  const built = Math.min(...manifests.map((f) => statSync(join(dist, f)).mtimeMs));
  return newest(['src', 'config', 'package.json']) > built ? 'källan är nyare än dist/' : '';
}

const steps = [
  ['Typkontroll (tsc)', 'tsc', ['--noEmit', '-p', 'tests/tsconfig.json']],
  ['Jest', 'jest', ['--ci']],
  ['Webbläsartester (Chromium + axe)', 'node', ['tests/browser/run.mjs']],
  ['Paketet (gulp bundle --ship, package-solution --ship)', 'build'],
  ['SPFx-körmiljön med det byggda paketet (Chromium)', 'node', ['tests/browser/spfxRuntime.mjs']]
];

const started = Date.now();
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const stepStarted = Date.now();
  let status = 0;
  if (cmd === 'build') {
    const reason = packageIsStale();
    if (!reason) {
      console.log('dist/ är byggt från den nuvarande källan.');
      continue;
    }
    console.log(`Bygger (${reason}).`);
    // clean first: gulp bundle never removes old chunks from dist/, and package-solution packs every
    // file there into the .sppkg.
    for (const task of [['clean'], ['bundle', '--ship'], ['package-solution', '--ship']]) {
      status = spawnSync('gulp', task, { stdio: 'inherit', shell: false }).status ?? 1;
      if (status !== 0) break;
    }
  } else {
    status = spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
  }
  console.log(`(${name}: ${Math.round((Date.now() - stepStarted) / 1000)} s)`);
  if (status !== 0) {
    console.error(`\n${name} misslyckades (kod ${status}).`);
    process.exit(status || 1);
  }
}
console.log(`\nnpm test: ${Math.round((Date.now() - started) / 1000)} s`);
