// `npm test`: type check, unit/component/integration tests (Jest), then browser tests in
// headless Chromium. Runs on the project's Node 22 (npm puts node_modules/.bin first on PATH).
import { spawnSync } from 'node:child_process';

const steps = [
  ['Typkontroll (tsc)', 'tsc', ['--noEmit', '-p', 'tests/tsconfig.json']],
  ['Jest', 'jest', ['--ci']],
  ['Webbläsartester (Chromium + axe)', 'node', ['tests/browser/run.mjs']]
];

for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`\n${name} misslyckades (kod ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
