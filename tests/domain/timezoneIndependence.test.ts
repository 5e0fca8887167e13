// The domain must give the same Swedish times whatever time zone the browser or build machine is
// in. Jest cannot switch the zone of its own process, so the domain is bundled and run in child
// processes with different TZ settings.
import { execFileSync } from 'child_process';
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const bundle = path.join(os.tmpdir(), `utbildningsavrop-domain-${process.pid}.js`);

const script = `
const d = require(${JSON.stringify(bundle)});
process.stdout.write(JSON.stringify({
  offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
  results: [
    d.formatSwedishDateTime('2026-03-29T01:30:00Z'),
    d.fromStockholmLocal(2026, 11, 24, 14, 30).toISOString(),
    d.parseInstant('2026-11-24T14:30').toISOString(),
    d.stockholmDate(new Date('2026-06-30T22:30:00Z')),
    d.answerDeadline(d.fromStockholmLocal(2026, 3, 27, 15, 0), 24).toISOString(),
    d.isWorkingDay('2026-04-06')
  ]
}));`;

function runIn(tz: string): { offset: number; results: unknown[] } {
  const out = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  return JSON.parse(out);
}

beforeAll(() => {
  buildSync({ entryPoints: [path.join(__dirname, '../../src/domain/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
});

afterAll(() => {
  fs.rmSync(bundle, { force: true });
});

it('gives the same Swedish times in Los Angeles, Tokyo and UTC', () => {
  const expected = ['29 mars 2026 kl. 03:30', '2026-11-24T13:30:00.000Z', '2026-11-24T13:30:00.000Z', '2026-07-01', '2026-03-30T13:00:00.000Z', false];
  const la = runIn('America/Los_Angeles');
  const tokyo = runIn('Asia/Tokyo');
  const utc = runIn('UTC');
  // The child processes really ran in different zones, otherwise this test would prove nothing.
  expect([la.offset, tokyo.offset, utc.offset]).toEqual([480, -540, 0]);
  expect(la.results).toEqual(expected);
  expect(tokyo.results).toEqual(expected);
  expect(utc.results).toEqual(expected);
});
