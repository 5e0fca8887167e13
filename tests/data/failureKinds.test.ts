// classifyFailure on the errors PnPjs really raises against the emulator, so that Administration
// never says "lists missing" for a refusal or an outage:
// - 403 "Access denied" (System.UnauthorizedAccessException) is a refusal of the signed-in person:
//   https://github.com/pnp/pnpjs/issues/1830 ("403 means the request is authenticated but not authorised");
// - 404 "List '…' does not exist at site with URL …" is a list that is not there:
//   https://github.com/SharePoint/sp-dev-docs/issues/2159;
// - 429 and 503 are throttling, to be retried after Retry-After:
//   https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online;
// - no answer at all (fetch rejects with a TypeError) is a network failure.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, spfi } from '@pnp/sp';
import { classifyFailure, NoRightsError } from '../../src/data/errors';
import { provisionSite } from '../../src/data/provisioning';
import { freePortUrl } from './support/closedPort';
import { Emulator, startEmulator } from '../support/emulator';

jest.setTimeout(120000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu?.stop();
});

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error
  );

test('a member reading the handlers\' record is refused: forbidden', async () => {
  const error = await failureOf(emu.sp('vera').web.lists.getByTitle('Avropsstatus').items.select('Id').top(1)());
  expect([(error as { status?: number }).status, classifyFailure(error)]).toEqual([403, 'forbidden']);
});

test('a member running setup is refused before anything is written: forbidden', async () => {
  const error = await failureOf(provisionSite(emu.sp('anna')));
  expect(error).toBeInstanceOf(NoRightsError);
  expect(classifyFailure(error)).toBe('forbidden');
});

test('a list that is not there: missing', async () => {
  const error = await failureOf(emu.sp('lars').web.lists.getByTitle('Finns inte')());
  expect([(error as { status?: number }).status, classifyFailure(error)]).toEqual([404, 'missing']);
});

test.each([429, 503, 500])('a %i from SharePoint: transient', async (status) => {
  // Without PnPjs's own retries, so that the first answer is the one classified.
  const sp = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), InjectHeaders({ 'X-Workbench-User': 'lars', 'X-Workbench-Fault': `status=${status};retry-after=0` }));
  sp.using((instance) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => fetch(url.toString(), init));
    return instance;
  });
  const error = await failureOf(sp.web.lists.getByTitle('Avrop').select('Id')());
  expect([(error as { status?: number }).status, classifyFailure(error)]).toEqual([status, 'transient']);
});

test('no answer at all: transient', async () => {
  const url = await freePortUrl();
  const sp = spfi(url).using(SPBrowser({ baseUrl: url }));
  sp.using((instance) => {
    instance.on.send.replace(async (target: URL, init: RequestInit) => fetch(target.toString(), init));
    return instance;
  });
  const error = await failureOf(sp.web.select('Title')());
  expect([(error as Error).name, classifyFailure(error)]).toEqual(['TypeError', 'transient']);
});

test('anything else is told with its own message: other', () => {
  expect(classifyFailure(Object.assign(new Error('Bad Request'), { status: 400 }))).toBe('other');
  expect(classifyFailure(new Error('Okänd lista: x'))).toBe('other');
  // A bug is not an outage, even when it is a TypeError.
  expect(classifyFailure(new TypeError("Cannot read properties of undefined (reading 'Id')"))).toBe('other');
});
