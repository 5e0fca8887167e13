import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { provisionSite } from '../../src/data/provisioning';
import { FakeSharePoint, SITE } from './support/fakeSharePoint';
import { CATALOGUE, spFor } from './support/fixtures';

async function provisioned(): Promise<FakeSharePoint> {
  const fake = new FakeSharePoint();
  await provisionSite(spFor(fake), { seed: CATALOGUE });
  fake.reset();
  return fake;
}

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

describe('SpCatalogueRepository', () => {
  it('reads the five catalogue lists in one HTTP request to /_api/$batch with explicit $select and $top', async () => {
    const fake = await provisioned();
    const catalogue = await new SpCatalogueRepository(spFor(fake)).load();

    expect(fake.http).toHaveLength(1);
    expect(fake.http[0].method).toBe('POST');
    expect(fake.http[0].url).toBe(`${SITE}/_api/$batch`);
    expect(fake.http[0].headers['content-type']).toMatch(/^multipart\/mixed; boundary=batch_/);
    expect(fake.requests.map((r) => ({ method: r.method, inBatch: r.inBatch, path: r.path, query: r.query }))).toEqual(
      EXPECTED_READS.map((read) => ({ method: 'GET', inBatch: true, ...read }))
    );
    expect(fake.requests[0].url).toBe(
      `${SITE}/_api/web/lists/getByTitle('Avtalsomr%C3%A5den')/items?%24select=Id%2CTitle%2CAreaKey%2CSummary%2CAbout%2CTargetAudience%2CNotes%2CAreaStatus%2COrderingOpen%2CResponseHours%2CTargetGroups%2CSortOrder&%24top=5000`
    );
    expect(catalogue).toEqual(CATALOGUE);
  });

  it('follows odata.nextLink, batching the next pages of all lists that have more', async () => {
    const fake = await provisioned();
    fake.maxPageSize = 2;
    const catalogue = await new SpCatalogueRepository(spFor(fake)).load();
    expect(catalogue).toEqual(CATALOGUE);

    // Round 1: five first pages. Round 2: the lists with more than two rows (Utbildningsområden 4, Leverantörer 3, Rangordning 3).
    expect(fake.http.map((r) => r.path)).toEqual(['$batch', '$batch']);
    const second = fake.requests.slice(5);
    expect(second.map((r) => r.path)).toEqual([
      "web/lists/getByTitle('Utbildningsområden')/items",
      "web/lists/getByTitle('Leverantörer')/items",
      "web/lists/getByTitle('Rangordning')/items"
    ]);
    expect(second[0].query).toEqual({ ...EXPECTED_READS[1].query, $skiptoken: 'Paged=TRUE&p_ID=2' });
  });

  it('reads a list of any size page by page (12,002 organisations = three pages of at most 5,000)', async () => {
    const fake = await provisioned();
    fake.viewThreshold = 5000;
    for (let i = 0; i < 12000; i++) fake.seedItem('Beställande organisationer', { Title: `Enhet ${i}`, OrganisationKey: `enhet-${i}`, Active: true });
    const repository = new SpCatalogueRepository(spFor(fake));
    const catalogue = await repository.load();
    expect(catalogue.organisations).toHaveLength(12002);
    expect(fake.http).toHaveLength(3);
    const organisationReads = fake.requests.filter((r) => r.path.includes('Beställande organisationer'));
    expect(organisationReads.map((r) => r.query.$skiptoken)).toEqual([undefined, 'Paged=TRUE&p_ID=5000', 'Paged=TRUE&p_ID=10000']);
    const ids = await repository.catalogueIds();
    expect(ids.organisations.id('enhet-11999')).toBe(12002);
  });

  it('keeps the key <-> id maps and rereads them only when asked to', async () => {
    const fake = await provisioned();
    const repository = new SpCatalogueRepository(spFor(fake));
    const ids = await repository.catalogueIds();
    expect(ids.areas.id('ledarskap')).toBe(1);
    expect(ids.suppliers.key(2)).toBe('beta');
    await repository.catalogueIds();
    expect(fake.http).toHaveLength(1);
    await repository.catalogueIds(true);
    expect(fake.http).toHaveLength(2);
  });

  it('does not keep a failed read', async () => {
    const fake = await provisioned();
    let fail = true;
    fake.interceptors.push(() => (fail ? { respond: { status: 503, body: { 'odata.error': { code: '-1', message: { lang: 'en-US', value: 'busy' } } } } } : undefined));
    const repository = new SpCatalogueRepository(spFor(fake));
    await expect(repository.catalogueIds()).rejects.toMatchObject({ status: 503 });
    fail = false;
    await expect(repository.catalogueIds()).resolves.toBeDefined();
  });
});
