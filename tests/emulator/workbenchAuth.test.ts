// The workbench's own endpoints change the whole site (reset wipes it, generate-orders fills it,
// faults break it, login switches who you are): only the site owner may call them, and only from
// the workbench's own pages. A web page on another origin can send a simple POST to localhost
// without any preflight, so a foreign `Origin` (sent with every cross-origin POST, see
// https://fetch.spec.whatwg.org/#origin-header) or a `Sec-Fetch-Site` other than same-origin/none
// (https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header; MDN: "requests that are
// not accepted should be rejected with a 403", sent to potentially trustworthy URLs such as
// localhost, https://developer.mozilla.org/docs/Web/HTTP/Headers/Sec-Fetch-Site) is refused.
// Node's fetch sends neither. Only the seeded people are users at all: the system account and other principals in the
// site's user list (added by ensureuser, or the generator's orderers) are nobody's login.
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { request } from 'node:http';
import { Emulator, startEmulator } from '../support/emulator';

jest.setTimeout(120000);

let emu: Emulator;
const UNSEEDED = 'otto.okand@region.example';

beforeAll(async () => {
  emu = await startEmulator();
  await ensureUnseededPrincipal();
});
afterAll(async () => {
  await emu?.stop();
});

interface Actor {
  name: string;
  headers: Record<string, string>;
  seeded: boolean;
  owner: boolean;
}

const SEEDED: Array<[string, boolean]> = [
  ['anna', false],
  ['erik', false],
  ['hanna', false],
  ['lars', true],
  ['ulla', false],
  ['vera', false]
];

const ACTORS: Actor[] = [
  ...SEEDED.map(([login, owner]) => ({ name: login, headers: { 'X-Workbench-User': login }, seeded: true, owner })),
  { name: 'lars by his claims login', headers: { 'X-Workbench-User': 'i:0#.f|membership|lars@region.example' }, seeded: true, owner: true },
  { name: 'lars by the wb-user cookie', headers: { Cookie: 'wb-user=lars' }, seeded: true, owner: true },
  { name: 'hanna by the wb-user cookie', headers: { Cookie: 'wb-user=hanna' }, seeded: true, owner: false },
  { name: 'nobody', headers: {}, seeded: false, owner: false },
  { name: 'SHAREPOINT\\system', headers: { 'X-Workbench-User': 'SHAREPOINT\\system' }, seeded: false, owner: false },
  { name: 'SHAREPOINT\\system by the wb-user cookie', headers: { Cookie: `wb-user=${encodeURIComponent('SHAREPOINT\\system')}` }, seeded: false, owner: false },
  { name: 'an unseeded principal of the site', headers: { 'X-Workbench-User': UNSEEDED }, seeded: false, owner: false }
];

interface Origin {
  name: string;
  /** `OWN` stands for the server's own origin, known only once it runs. */
  headers: Record<string, string>;
  foreign: boolean;
}

const ORIGINS: Origin[] = [
  { name: 'no Origin', headers: {}, foreign: false },
  { name: 'its own Origin', headers: { Origin: 'OWN', 'Sec-Fetch-Site': 'same-origin' }, foreign: false },
  { name: 'typed address (Sec-Fetch-Site none)', headers: { 'Sec-Fetch-Site': 'none' }, foreign: false },
  { name: 'a foreign Origin', headers: { Origin: 'https://evil.example' }, foreign: true },
  { name: 'a foreign Origin on another port of localhost', headers: { Origin: 'http://localhost:1' }, foreign: true },
  { name: 'Sec-Fetch-Site cross-site', headers: { 'Sec-Fetch-Site': 'cross-site' }, foreign: true },
  { name: 'Sec-Fetch-Site same-site', headers: { 'Sec-Fetch-Site': 'same-site' }, foreign: true }
];

interface Endpoint {
  method: string;
  path: string;
  body: string;
}

// Each one is harmless when accepted (no fault is switched on, one order is added).
const ENDPOINTS: Endpoint[] = [
  { method: 'POST', path: '/_workbench/faults', body: '{}' },
  { method: 'PUT', path: '/_workbench/faults', body: '{}' },
  { method: 'POST', path: '/_workbench/generate-orders', body: JSON.stringify({ count: 1, seed: 3 }) },
  { method: 'POST', path: '/_workbench/login', body: JSON.stringify({ login: 'anna' }) }
];

function expectedStatus(actor: Actor, origin: Origin): number {
  if (origin.foreign) return 403;
  if (!actor.seeded) return 401;
  return actor.owner ? 200 : 403;
}

async function ensureUnseededPrincipal(): Promise<void> {
  const ensured = await emu.sp('lars').web.ensureUser(`i:0#.f|membership|${UNSEEDED}`);
  expect(ensured.Id).toBeGreaterThan(0);
}

function headersFor(actor: Actor, origin: Origin): Record<string, string> {
  const h: Record<string, string> = { 'Content-Type': 'application/json', ...actor.headers };
  for (const [k, v] of Object.entries(origin.headers)) h[k] = v === 'OWN' ? emu.url : v;
  return h;
}

async function orderCount(): Promise<number> {
  const health = (await (await fetch(`${emu.url}/_workbench/health`)).json()) as { lists: Array<{ title: string; items: number }> };
  return health.lists.find((l) => l.title === 'Avrop')!.items;
}

// Every actor from the workbench's own page and from Node; a foreign page as the owner, a handler
// and nobody (the origin is refused whoever claims to send it).
const FOREIGN_ACTORS = ['lars', 'lars by the wb-user cookie', 'hanna', 'nobody'];
const PAIRS = [
  ...ACTORS.flatMap((actor) => ORIGINS.filter((o) => !o.foreign).map((origin) => ({ actor, origin }))),
  ...ACTORS.filter((a) => FOREIGN_ACTORS.includes(a.name)).flatMap((actor) => ORIGINS.filter((o) => o.foreign).map((origin) => ({ actor, origin })))
];
const CASES = ENDPOINTS.flatMap((endpoint) => PAIRS.map((pair) => ({ endpoint, ...pair })));

describe.each(CASES.map((c) => [`${c.endpoint.method} ${c.endpoint.path}`, c.actor.name, c.origin.name, c] as const))('%s as %s with %s', (_e, _a, _o, { endpoint, actor, origin }) => {
  const status = expectedStatus(actor, origin);
  test(status === 200 ? 'is accepted' : `is refused with ${status} and changes nothing`, async () => {
    const before = await orderCount();
    const res = await fetch(`${emu.url}${endpoint.path}`, { method: endpoint.method, headers: headersFor(actor, origin), body: endpoint.body });
    expect(res.status).toBe(status);
    const after = await orderCount();
    expect(after).toBe(before + (status === 200 && endpoint.path.endsWith('generate-orders') ? 1 : 0));
    expect(res.headers.get('set-cookie') !== null).toBe(status === 200 && endpoint.path.endsWith('/login'));
    if (status !== 200) expect(((await res.json()) as { error: string }).error).toMatch(/\S/);
  });
});

describe('POST /_workbench/reset', () => {
  const refused = [
    ...ACTORS.filter((a) => !a.owner).map((actor) => ({ actor, origin: ORIGINS[0] })),
    ...ORIGINS.filter((o) => o.foreign).map((origin) => ({ actor: ACTORS.find((a) => a.name === 'lars')!, origin }))
  ];
  beforeAll(async () => {
    const res = await fetch(`${emu.url}/_workbench/generate-orders`, { method: 'POST', headers: { 'X-Workbench-User': 'lars' }, body: JSON.stringify({ count: 1, seed: 4 }) });
    expect(res.status).toBe(200);
  });
  test.each(refused.map((c) => [c.actor.name, c.origin.name, c] as const))('as %s with %s: refused, the site stays', async (_a, _o, { actor, origin }) => {
    const before = await orderCount();
    expect(before).toBeGreaterThan(0);
    const res = await fetch(`${emu.url}/_workbench/reset`, { method: 'POST', headers: headersFor(actor, origin) });
    expect(res.status).toBe(expectedStatus(actor, origin));
    expect(await orderCount()).toBe(before);
  });

  test('as lars from the workbench page: accepted, the site starts over', async () => {
    const res = await fetch(`${emu.url}/_workbench/reset`, { method: 'POST', headers: headersFor(ACTORS.find((a) => a.name === 'lars')!, ORIGINS[1]) });
    expect(res.status).toBe(200);
    expect(await orderCount()).toBe(0);
    // The provisioner's own run as lars still works after the reset: the site is provisioned.
    const health = (await (await fetch(`${emu.url}/_workbench/health`)).json()) as { provisioned: boolean };
    expect(health.provisioned).toBe(true);
    await ensureUnseededPrincipal();
  });
});

describe('/_workbench/login names only seeded people', () => {
  test.each(['SHAREPOINT\\system', UNSEEDED, 'nobody-at-all'])('logging in as %s is refused with 401, no cookie', async (login) => {
    const res = await fetch(`${emu.url}/_workbench/login`, { method: 'POST', headers: { 'X-Workbench-User': 'lars' }, body: JSON.stringify({ login }) });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('the REST API accepts only the seeded people', () => {
  test.each(ACTORS.map((a) => [a.name, a] as const))('as %s', async (_n, actor) => {
    const res = await fetch(`${emu.siteUrl}/_api/web/currentuser`, { headers: { Accept: 'application/json', ...actor.headers } });
    expect(res.status).toBe(actor.seeded ? 200 : 401);
  });
});

describe('a foreign page whose name was pointed at the workbench (DNS rebinding)', () => {
  // The browser then counts the workbench as the page's own origin and lets it send any header;
  // only the Host it names gives it away. https://en.wikipedia.org/wiki/DNS_rebinding
  const post = (path: string, headers: Record<string, string>): Promise<number> =>
    new Promise((resolvePost, reject) => {
      const url = new URL(`${emu.url}${path}`);
      const req = request({ host: url.hostname, port: url.port, path, method: 'POST', headers: { ...headers, 'Content-Length': '2' } }, (res) => {
        res.resume();
        resolvePost(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });

  test.each(['/_workbench/faults', '/_workbench/reset', '/_workbench/generate-orders'])('POST %s as lars from rebound.example is refused', async (path) => {
    const before = await orderCount();
    const port = new URL(emu.url).port;
    const status = await post(path, { Host: `rebound.example:${port}`, Origin: `http://rebound.example:${port}`, 'Sec-Fetch-Site': 'same-origin', 'X-Workbench-User': 'lars' });
    expect(status).toBe(403);
    expect(await orderCount()).toBe(before);
  });

  test('the same request by the address the workbench runs on is accepted', async () => {
    const port = new URL(emu.url).port;
    expect(await post('/_workbench/faults', { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin', 'X-Workbench-User': 'lars' })).toBe(200);
  });
});

describe('the read-only endpoints stay open', () => {
  test.each(['/_workbench/users', '/_workbench/health', '/_workbench/faults'])('GET %s from a foreign page, as nobody', async (path) => {
    const res = await fetch(`${emu.url}${path}`, { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(200);
  });
});
