// The data layer's send behaviour against the emulator's faults: reads ride through throttling and
// lost answers; a write is re-sent after a throttling answer (SharePoint did nothing) but never
// after a lost answer (it may have been done). PnPjs's default (BrowserFetchWithRetry) re-sends
// both: tests/emulator/faults.test.ts shows the order stored twice.
// Throttling and Retry-After: https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { withSafeRetries } from '../../src/data/createSp';
import { isReadRequest } from '../../src/data/requestRetry';
import { AS_SITE_OWNER, Emulator, startEmulator } from '../support/emulator';
import { catalogueIds, CatalogueIds, orderBody } from '../support/orders';

jest.setTimeout(60000);

let emu: Emulator;
let ids: CatalogueIds;
beforeAll(async () => {
  emu = await startEmulator();
  ids = await catalogueIds(emu.sp('anna'));
});
afterAll(async () => {
  await emu?.stop();
});
afterEach(async () => {
  await fetch(`${emu.url}/_workbench/faults`, { headers: AS_SITE_OWNER, method: 'PUT', body: '{}' });
});

const avrop = () => withSafeRetries(emu.sp('anna')).web.lists.getByTitle('Avrop').items;

async function countWithKey(key: unknown): Promise<number> {
  return (await emu.sp('anna').web.lists.getByTitle('Avrop').items.select('Id').filter(`RequestKey eq '${String(key)}'`)()).length;
}

test('a lost answer to an add is passed on, not re-sent: the order is stored once', async () => {
  const body = orderBody(ids);
  await emu.setFaults({ pendingDropAfterWrite: 1 });
  await expect(avrop().add(body)).rejects.toThrow();
  expect(await countWithKey(body.RequestKey)).toBe(1);
});

test('a throttled add is sent again after Retry-After and stored once', async () => {
  const body = orderBody(ids);
  await emu.setFaults({ pending429: 2, retryAfterSeconds: 0 });
  const added = await avrop().add(body);
  expect(added.Id).toBeGreaterThan(0);
  expect(await countWithKey(body.RequestKey)).toBe(1);
});

test('reads ride through more throttling than PnPjs\'s three attempts', async () => {
  await emu.setFaults({ pending429: 4, retryAfterSeconds: 0 });
  const web = await withSafeRetries(emu.sp('anna')).web.select('Title')();
  expect(web.Title).toBe('Utbildning');
});

test('a $batch of reads counts as a read; one with a write part does not', () => {
  const url = 'https://tenant.sharepoint.com/sites/s/_api/$batch';
  const reads = '--batch_1\nContent-Type: application/http\n\nGET https://tenant/_api/web HTTP/1.1\nAccept: application/json\n\n--batch_1--';
  const write = `${reads}\n--batch_1\nContent-Type: application/http\n\nPOST https://tenant/_api/web/lists/getByTitle('Avrop')/items(1) HTTP/1.1\nX-HTTP-Method: MERGE\n\n{}`;
  expect(isReadRequest(url, { method: 'POST', body: reads })).toBe(true);
  expect(isReadRequest(url, { method: 'POST', body: write })).toBe(false);
  expect(isReadRequest('https://tenant/_api/contextinfo', { method: 'POST' })).toBe(true);
  expect(isReadRequest("https://tenant/_api/web/lists/getByTitle('Avrop')/items", { method: 'POST', body: '{}' })).toBe(false);
  expect(isReadRequest('https://tenant/_api/web', { method: 'GET' })).toBe(true);
});
