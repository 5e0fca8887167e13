// The catalogue read against the emulator (seeded with SEED_CATALOGUE at start-up), with the
// requests it receives recorded: one $batch for the five lists, explicit $select and $top, and
// further pages through odata.nextLink. SharePoint serves at most 5,000 list items a page
// ($top above that is capped), and continues with __next / odata.nextLink:
// https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest#retrieve-items
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { AS_SITE_OWNER, Emulator } from '../support/emulator';
import type { RequestLog } from '../support/requestLog';
import { useLoggedEmulator } from '../support/loggedEmulator';

jest.setTimeout(120000);

const EXTRA = 5000;

const EXPECTED_READS = [
  {
    path: "web/lists/getByTitle('Avtalsområden')/items",
    query: { $select: 'Id,Title,AreaKey,Summary,About,TargetAudience,Notes,AreaStatus,OrderingOpen,ResponseHours,TargetGroups,SortOrder', $top: '5000' }
  },
  {
    path: "web/lists/getByTitle('Utbildningsområden')/items",
    query: {
      $select: 'Id,Title,ItemKey,Area/Id,Area/Title,ItemKind,Description,CourseCode,Requirement,MinParticipants,MaxParticipants,Days,Residential,Link,SortOrder',
      $top: '5000',
      $expand: 'Area'
    }
  },
  { path: "web/lists/getByTitle('Leverantörer')/items", query: { $select: 'Id,Title,SupplierKey,Active,Email', $top: '5000' } },
  {
    path: "web/lists/getByTitle('Rangordning')/items",
    query: { $select: 'Id,Title,Area/Id,Area/Title,Supplier/Id,Supplier/Title,Rank', $top: '5000', $expand: 'Area,Supplier' }
  },
  { path: "web/lists/getByTitle('Beställande organisationer')/items", query: { $select: 'Id,Title,OrganisationKey,Active', $top: '5000' } }
];

let emu: Emulator;
let log: RequestLog;
useLoggedEmulator((started, recorded) => {
  emu = started;
  log = recorded;
});

const sorted = <T>(rows: readonly T[], key: (row: T) => string): T[] => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

describe('SpCatalogueRepository', () => {
  it('reads the five catalogue lists in one HTTP request to /_api/$batch with explicit $select and $top', async () => {
    const catalogue = await new SpCatalogueRepository(emu.sp('anna')).load();

    const calls = log.http.filter((r) => r.path !== 'contextinfo');
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('POST');
    expect(calls[0].url).toBe(`${emu.siteUrl}/_api/$batch`);
    expect(calls[0].headers['content-type']).toMatch(/^multipart\/mixed; boundary=batch_/);
    expect(log.requests.filter((r) => r.inBatch).map((r) => ({ method: r.method, inBatch: r.inBatch, path: r.path, query: r.query }))).toEqual(
      EXPECTED_READS.map((read) => ({ method: 'GET', inBatch: true, ...read }))
    );
    expect(log.requests.find((r) => r.inBatch)!.url).toBe(
      `${emu.siteUrl}/_api/web/lists/getByTitle('Avtalsomr%C3%A5den')/items?%24select=Id%2CTitle%2CAreaKey%2CSummary%2CAbout%2CTargetAudience%2CNotes%2CAreaStatus%2COrderingOpen%2CResponseHours%2CTargetGroups%2CSortOrder&%24top=5000`
    );
    // Everything the seed wrote comes back, field for field.
    expect(sorted(catalogue.areas, (a) => a.key)).toEqual(sorted(SEED_CATALOGUE.areas, (a) => a.key));
    expect(sorted(catalogue.trainingAreas, (a) => a.key)).toEqual(sorted(SEED_CATALOGUE.trainingAreas, (a) => a.key));
    expect(sorted(catalogue.courses, (a) => a.key)).toEqual(sorted(SEED_CATALOGUE.courses, (a) => a.key));
    expect(sorted(catalogue.suppliers, (a) => a.key)).toEqual(sorted(SEED_CATALOGUE.suppliers, (a) => a.key));
    const rankingKey = (r: { areaKey: string; rank: number }) => `${r.areaKey}/${String(r.rank).padStart(3, '0')}`;
    expect(sorted(catalogue.rankings, rankingKey)).toEqual(sorted(SEED_CATALOGUE.rankings, rankingKey));
    expect(sorted(catalogue.organisations, (a) => a.key)).toEqual(sorted(SEED_CATALOGUE.organisations, (a) => a.key));
  });

  it('keeps the key <-> id maps and rereads them only when asked to', async () => {
    const repository = new SpCatalogueRepository(emu.sp('anna'));
    const ids = await repository.catalogueIds();
    const [first] = await emu.sp('anna').web.lists.getByTitle('Avtalsområden').items.select('Id', 'AreaKey').orderBy('ID').top(1)();
    expect(ids.areas.id(first.AreaKey)).toBe(first.Id);
    expect(ids.areas.key(first.Id)).toBe(first.AreaKey);
    const batches = () => log.http.filter((r) => r.path === '$batch').length;
    expect(batches()).toBe(1);
    await repository.catalogueIds();
    expect(batches()).toBe(1);
    await repository.catalogueIds(true);
    expect(batches()).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const repository = new SpCatalogueRepository(emu.sp('anna'));
    await emu.setFaults({ pending503: 1000, retryAfterSeconds: 0 });
    try {
      await expect(repository.catalogueIds()).rejects.toMatchObject({ status: 503 });
    } finally {
      await emu.setFaults({ pending503: 0 });
    }
    await expect(repository.catalogueIds()).resolves.toBeDefined();
  });

  it('reads a list of any size page by page (5,000 more organisations = two pages of at most 5,000), batching only the lists that have more', async () => {
    const sp = emu.sp('lars', AS_SITE_OWNER);
    const addHundred = async (start: number) => {
      const [batched, execute] = sp.batched();
      const target = batched.web.lists.getByTitle('Beställande organisationer');
      for (let i = start; i < start + 100; i++) target.items.add({ Title: `Enhet ${i}`, OrganisationKey: `enhet-${i}`, Active: true });
      await execute();
    };
    for (let start = 0; start < EXTRA; start += 100) await addHundred(start);
    log.clear();

    const repository = new SpCatalogueRepository(emu.sp('anna'));
    const catalogue = await repository.load();
    const total = SEED_CATALOGUE.organisations.length + EXTRA;
    expect(catalogue.organisations).toHaveLength(total);
    expect(new Set(catalogue.organisations.map((o) => o.key)).size).toBe(total);
    expect(log.http.filter((r) => r.path === '$batch')).toHaveLength(2);
    // Round 2 asks only for the list that has more, from odata.nextLink.
    const reads = log.requests.filter((r) => r.inBatch);
    expect(reads.slice(5).map((r) => r.path)).toEqual(["web/lists/getByTitle('Beställande organisationer')/items"]);
    const [firstPageLast] = await emu.sp('anna').web.lists.getByTitle('Beställande organisationer').items.select('Id').orderBy('ID').skip(4999).top(1)();
    expect(reads[5].query.$skiptoken).toBe(`Paged=TRUE&p_ID=${firstPageLast.Id}`);
    expect(reads[5].query).toMatchObject({ $select: EXPECTED_READS[4].query.$select, $top: '5000' });
    const ids = await repository.catalogueIds();
    const [last] = await emu.sp('anna').web.lists.getByTitle('Beställande organisationer').items.select('Id', 'OrganisationKey').orderBy('ID', false).top(1)();
    expect(last.OrganisationKey).toBe(`enhet-${EXTRA - 1}`);
    expect(ids.organisations.id(`enhet-${EXTRA - 1}`)).toBe(last.Id);
  });
});
