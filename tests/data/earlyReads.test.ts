// The catalogue web part's early read (src/data/earlyReads.ts), started by its entry chunk without
// PnPjs, against the emulator: one $batch whose parts each ask for odata=nometadata and only the
// shown columns; the answer carries no per-item annotations, and the repository that takes it over
// sends nothing more. Nometadata keeps paging (odata.nextLink) and drops type, id, etag and edit
// link: "JSON Light support in REST SharePoint API" (Microsoft 365 Developer Blog, 2014);
// https://www.kofrimpong.com/sharepoint-rest-api-request-header/ shows a nometadata page.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { EarlyFirstCatalogueRepository, LoadFullRepository } from '../../src/data/earlyCatalogue';
import { batchAnswerParts, EarlyFetch, NO_METADATA, startEarlyCatalogueRead } from '../../src/data/earlyReads';
import { CATALOGUE_QUERIES, CATALOGUE_VIEW_QUERIES } from '../../src/data/mapping/catalogue';
import { MAX_PAGE } from '../../src/data/pageSize';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import type { Emulator } from '../support/emulator';
import type { RequestLog } from '../support/requestLog';
import { useLoggedEmulator } from '../support/loggedEmulator';

jest.setTimeout(120000);

let emu: Emulator;
let log: RequestLog;
useLoggedEmulator((started, recorded) => {
  emu = started;
  log = recorded;
});

const asAnna: EarlyFetch = (url, init) => emu.fetch(url.slice(emu.url.length), { ...init, login: 'anna' });

describe('early catalogue read', () => {
  it('is one $batch of nometadata reads of the shown columns; the repository takes it over without a request of its own', async () => {
    const early = startEarlyCatalogueRead({ webUrl: emu.siteUrl, pageDigest: undefined, siteUrl: emu.siteUrl, queries: CATALOGUE_VIEW_QUERIES, top: MAX_PAGE, send: asAnna });
    const pages = await early.firstPages;
    // Without the page's digest it asks the site for one, then sends the batch.
    expect(log.http.map((r) => `${r.method} ${r.path}`)).toEqual(['POST contextinfo', 'POST $batch']);
    const parts = log.requests.filter((r) => r.inBatch);
    expect(parts.map((r) => r.method)).toEqual(CATALOGUE_VIEW_QUERIES.map(() => 'GET'));
    expect(parts.map((r) => r.query.$select)).toEqual(CATALOGUE_VIEW_QUERIES.map((q) => q.select.join(',')));
    expect(log.http[1].rawBody.match(/^Accept: .*$/gim)).toEqual(CATALOGUE_VIEW_QUERIES.map(() => `Accept: ${NO_METADATA}`));
    for (const page of pages) for (const item of page.items) expect(Object.keys(item).filter((k) => k.startsWith('odata.'))).toEqual([]);
    expect(pages[0].items[0]).not.toHaveProperty('ResponseHours');
    expect(pages[2].items[0]).not.toHaveProperty('Email');

    log.clear();
    const catalogue = await new SpCatalogueRepository(emu.sp('anna'), { queries: CATALOGUE_VIEW_QUERIES, firstPages: early.firstPages }).load();
    expect(log.http).toEqual([]);
    expect(catalogue.areas.map((a) => a.key).sort()).toEqual(SEED_CATALOGUE.areas.map((a) => a.key).sort());
    expect(catalogue.rankings).toHaveLength(SEED_CATALOGUE.rankings.length);
    expect(catalogue.suppliers.every((s) => s.email === '')).toBe(true);
  });

  it('uses the page digest for the page own site, and a failed early read falls back to the repository own read', async () => {
    const refused = startEarlyCatalogueRead({ webUrl: emu.siteUrl, pageDigest: 'not-a-digest', siteUrl: '', queries: CATALOGUE_QUERIES, top: MAX_PAGE, send: async () => new Response('', { status: 503 }) });
    await expect(refused.firstPages).rejects.toThrow('503');
    expect(await refused.listSiteDefault).toBe('');
    log.clear();
    const catalogue = await new SpCatalogueRepository(emu.sp('anna'), { firstPages: refused.firstPages }).load();
    expect(log.http.filter((r) => r.path === '$batch')).toHaveLength(1);
    // The repository's own read asks for nometadata too.
    const accepts = log.http.find((r) => r.path === '$batch')!.rawBody.match(/^Accept: .*$/gim)!.map((h) => h.toLowerCase());
    expect(accepts).toEqual(CATALOGUE_QUERIES.map(() => `accept: ${NO_METADATA}`));
    expect(catalogue.suppliers.find((s) => s.key === SEED_CATALOGUE.suppliers[0].key)?.email).toBe(SEED_CATALOGUE.suppliers[0].email);
  });

  it('without a site of its own, reads the page site beside the tenant property, and the tenant site when the property names another', async () => {
    const sent: string[] = [];
    let answerProperty: (value: string) => void = () => undefined;
    const stub = (tenantSite: string): EarlyFetch => async (url) => {
      sent.push(url.replace(/\?.*$/, ''));
      if (url.includes('GetStorageEntity')) {
        await new Promise<string>((resolve) => (answerProperty = resolve));
        return new Response(JSON.stringify(tenantSite ? { Value: tenantSite } : { 'odata.null': true }));
      }
      if (url.endsWith('/contextinfo')) return new Response(JSON.stringify({ FormDigestValue: 'd' }));
      return new Response('--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 200 OK\r\n\r\n{"value":[{"Id":1}]}\r\n--b--\r\n');
    };
    const options = { webUrl: 'https://t.example/sites/a', pageDigest: 'page', siteUrl: '', queries: CATALOGUE_VIEW_QUERIES.slice(0, 1), top: MAX_PAGE };
    const same = startEarlyCatalogueRead({ ...options, send: stub('') });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The data is on its way before the property has answered.
    expect(sent).toEqual(['https://t.example/sites/a/_api/web/GetStorageEntity(\'UtbildningsavropSiteUrl\')', 'https://t.example/sites/a/_api/$batch']);
    answerProperty('');
    expect((await same.firstPages)[0].items).toEqual([{ Id: 1 }]);
    expect(sent).toHaveLength(2);

    sent.length = 0;
    const other = startEarlyCatalogueRead({ ...options, send: stub('https://t.example/sites/lists') });
    await new Promise((resolve) => setTimeout(resolve, 0));
    answerProperty('https://t.example/sites/lists');
    await other.firstPages;
    expect(await other.siteUrl).toBe('https://t.example/sites/lists');
    expect(sent.slice(2)).toEqual(['https://t.example/sites/lists/_api/contextinfo', 'https://t.example/sites/lists/_api/$batch']);
  });

  it('the catalogue web part builds its first catalogue from the early pages without PnPjs; the PnPjs repository loads for more pages, a failed read and a retry', async () => {
    const early = startEarlyCatalogueRead({ webUrl: emu.siteUrl, pageDigest: undefined, siteUrl: emu.siteUrl, queries: CATALOGUE_VIEW_QUERIES, top: MAX_PAGE, send: asAnna });
    const fullLoads: Array<boolean> = [];
    const loadFull: LoadFullRepository = async (pages) => {
      fullLoads.push(pages !== undefined);
      return new SpCatalogueRepository(emu.sp('anna'), { queries: CATALOGUE_VIEW_QUERIES, firstPages: pages });
    };
    const repository = new EarlyFirstCatalogueRepository(early.firstPages, loadFull);
    const viaPnp = await new SpCatalogueRepository(emu.sp('anna'), { queries: CATALOGUE_VIEW_QUERIES }).load();
    log.clear();
    expect(await repository.load()).toEqual(viaPnp);
    expect(fullLoads).toEqual([]);
    expect(log.http).toEqual([]);
    // A retry reads again, through PnPjs, loaded once.
    expect(await repository.load()).toEqual(viaPnp);
    expect(await repository.load()).toEqual(viaPnp);
    expect(fullLoads).toEqual([false]);
    expect(log.http.filter((r) => r.path === '$batch')).toHaveLength(2);

    // A list with a further page: the PnPjs repository takes the early pages over and reads the rest.
    const paged = startEarlyCatalogueRead({ webUrl: emu.siteUrl, pageDigest: undefined, siteUrl: emu.siteUrl, queries: CATALOGUE_VIEW_QUERIES, top: 2, send: asAnna });
    fullLoads.length = 0;
    const catalogue = await new EarlyFirstCatalogueRepository(paged.firstPages, loadFull).load();
    expect(fullLoads).toEqual([true]);
    expect(catalogue).toEqual(viaPnp);

    // A failed early read: the PnPjs repository reads itself.
    fullLoads.length = 0;
    const failed = await new EarlyFirstCatalogueRepository(Promise.reject(new Error('503')), loadFull).load();
    expect(fullLoads).toEqual([false]);
    expect(failed).toEqual(viaPnp);
  });

  it('reads the parts of a $batch answer in order, with their status', () => {
    const answer = ['--batchresponse_1', 'Content-Type: application/http', '', 'HTTP/1.1 200 OK', 'Content-Type: application/json', '', '{"value":[]}', '--batchresponse_1', 'Content-Type: application/http', '', 'HTTP/1.1 404 Not Found', '', '{"odata.error":{}}', '--batchresponse_1--', ''].join('\r\n');
    expect(batchAnswerParts(answer)).toEqual([
      { status: 200, body: '{"value":[]}' },
      { status: 404, body: '{"odata.error":{}}' }
    ]);
  });
});
