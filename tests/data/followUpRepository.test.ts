// Follow-up's read against the emulator, which refuses as SharePoint Online does any query whose
// first indexed clause matches more than 5,000 rows (sources in workbench/server/threshold.ts).
// With 14,000 generated orders the handlers' record list is past the threshold; a year's records
// must come back complete (the same rows as reading the whole list page by page), through ID
// windows only, in few requests. Orderers may not read the records at all, and what an orderer
// writes on her own item after the order was sent changes no count.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AppServices, createServices } from '../../src/apps/shared/services';
import { createOrder, sendToSupplier } from '../../src/domain/cascade';
import { addDays } from '../../src/domain/calendar';
import { computeScorecard, filterRecords, FollowUpRecord, periodBounds, ScorecardFilter } from '../../src/domain/scorecard';
import { stockholmDate, STOCKHOLM_SITE_ZONE } from '../../src/domain/time';
import { SpCatalogueRepository } from '../../src/data/catalogueRepository';
import { SpFollowUpRepository } from '../../src/data/followUpRepository';
import { FOLLOW_UP_QUERY, followUpRecordFromItem } from '../../src/data/mapping/followUp';
import { SpItem } from '../../src/data/mapping/values';
import { readAll } from '../../src/data/paging';
import { ORDER_RECORDS, ORDERS } from '../../src/schema/lists';
import { AS_SITE_OWNER, Emulator, startEmulator } from '../support/emulator';
import { orderRequest } from '../support/orders';

jest.setTimeout(240000);

const COUNT = 14000;
let emu: Emulator;
const requests: string[] = [];
const realFetch = global.fetch;
const services = (login: string): AppServices => createServices(emu.sp(login));

beforeAll(async () => {
  emu = await startEmulator();
  const res = await fetch(`${emu.url}/_workbench/generate-orders`, { headers: AS_SITE_OWNER, method: 'POST', body: JSON.stringify({ count: COUNT, seed: 11 }) });
  expect(res.status).toBe(200);
  global.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/_api/')) requests.push(decodeURIComponent(`${url} ${String(init?.body ?? '').match(/GET [^ ]+/g)?.join(' | ') ?? ''}`));
    return realFetch(input, init);
  };
});
afterAll(async () => {
  global.fetch = realFetch;
  await emu?.stop();
});

/** Every record, the plain way a list past the threshold can be read whole: ordered by ID, page by page. */
async function everyRow(): Promise<SpItem[]> {
  const sp = emu.sp('lars');
  return readAll<SpItem>(sp.web.lists.getByTitle(ORDER_RECORDS.title).items.select(...FOLLOW_UP_QUERY.select, 'Trail').orderBy('ID', true).top(5000));
}

/** Every record as follow-up counts it, from the short Kpis column or, with `fullTrail`, from the Trail. */
async function everyRecord(fullTrail = false): Promise<FollowUpRecord[]> {
  const rows = await everyRow();
  const ids = await new SpCatalogueRepository(emu.sp('lars')).catalogueIds();
  return rows.map((row) => followUpRecordFromItem(fullTrail ? { ...row, Kpis: null } : { ...row, Trail: undefined }, ids, STOCKHOLM_SITE_ZONE));
}

describe('the generated histories counted from the short Kpis column and from the full Trail', () => {
  it('give the same scorecard for every period, supplier and area, and the column is a fraction of the trail', async () => {
    const rows = await everyRow();
    expect(rows.every((row) => typeof row.Kpis === 'string' && String(row.Kpis).startsWith('[1'))).toBe(true);
    const short = await everyRecord();
    const full = await everyRecord(true);
    const to = stockholmDate(new Date());
    const suppliers = [...new Set(full.map((r) => r.assignedSupplierKey).filter(Boolean))].slice(0, 3);
    const filters: ScorecardFilter[] = [{ from: addDays(to, -729), to }, { from: addDays(to, -364), to }, { from: addDays(to, -30), to }, ...suppliers.map((supplierKey) => ({ from: addDays(to, -729), to, supplierKey })), { from: addDays(to, -729), to, areaKey: full[0].areaKey }];
    for (const filter of filters) {
      const expected = computeScorecard(filterRecords(full, filter), filter.supplierKey);
      expect(expected.answers).toBeGreaterThan(0);
      expect(computeScorecard(filterRecords(short, filter), filter.supplierKey)).toEqual(expected);
    }
    const kpiBytes = rows.reduce((n, row) => n + String(row.Kpis).length, 0);
    const trailBytes = rows.reduce((n, row) => n + String(row.Trail).length, 0);
    expect(kpiBytes * 5).toBeLessThan(trailBytes);
  });
});

describe('a year of records past the list view threshold', () => {
  it('reads exactly the records submitted in the period, in ID windows under the threshold, in few requests', async () => {
    const all = await everyRecord();
    expect(all.length).toBeGreaterThan(5000);
    const to = stockholmDate(new Date());
    const from = addDays(to, -364);
    const ulla = services('ulla');
    await ulla.catalogue.load();
    const before = requests.length;
    const started = Date.now();
    const got = await ulla.followUp.recordsSubmitted(from, to);
    const made = requests.slice(before);
    const { start, end } = periodBounds(from, to);
    const expected = all.filter((r) => r.submittedAt >= start.slice(0, 19) && Date.parse(r.submittedAt) < Date.parse(end));
    expect(expected.length).toBeGreaterThan(4000);
    expect(got.map((r) => r.reference).sort()).toEqual(expected.map((r) => r.reference).sort());
    expect(new Set(got.map((r) => r.reference)).size).toBe(got.length);
    // The scorecard from the windowed read is the scorecard of the whole list filtered by hand.
    expect(computeScorecard(got)).toEqual(computeScorecard(filterRecords(all, { from, to })));
    // Every query on the records is an ID window (or the newest-id probe): nothing else could pass the threshold.
    const recordQueries = made.join(' ').match(/Avropsstatus'\)\/items[^ |]*/g) ?? [];
    expect(recordQueries.length).toBeGreaterThan(0);
    for (const q of recordQueries) expect(q.replace(/\+/g, ' ')).toMatch(/\$filter=ID ge \d+ and ID le \d+|\$orderby=ID desc&\$top=1/);
    // The short Kpis column, never the full Trail: every record written here has it. The windows
    // stay the threshold's: the ID range is each query's first clause, at most 5,000 ids
    // (https://learn.microsoft.com/en-us/microsoft-365/community/large-lists-large-libraries-in-sharepoint),
    // and the rows come without per-row metadata (Accept: application/json;odata=nometadata,
    // https://learn.microsoft.com/sharepoint/dev/business-apps/power-automate/guidance/working-with-send-sp-http-request#use-json-light).
    for (const q of recordQueries) expect(q).not.toMatch(/Trail/);
    // Probe, one or two $batch rounds, site time zone: a year of ~7,000 records in at most 6 requests.
    expect(made.length).toBeLessThanOrEqual(6);
    expect(Date.now() - started).toBeLessThan(60000);
  });

  it('reads a first round of up to 90,000 ids at once, then stops at the window whose records were all added before the period', async () => {
    const to = stockholmDate(new Date());
    const ulla = services('ulla');
    let before = requests.length;
    await ulla.followUp.recordsSubmitted(addDays(to, -30), to);
    // 14,000 ids: the probe, then every window in one $batch.
    expect(requests.slice(before).filter((r) => r.includes('$batch') && r.includes('Avropsstatus')).length).toBe(1);
    // One window a round, to see the stop below 90,000 ids.
    const sp = emu.sp('ulla');
    const oneByOne = new SpFollowUpRepository(sp, new SpCatalogueRepository(sp), undefined, 1);
    before = requests.length;
    const recent = await oneByOne.recordsSubmitted(addDays(to, -30), to);
    const batches = requests.slice(before).filter((r) => r.includes('$batch')).join(' ');
    expect(recent.length).toBeGreaterThan(0);
    // Only the newest window(s): the oldest ids are never asked for.
    expect(batches.replace(/\+/g, ' ')).toMatch(/ID ge \d+ and ID le/);
    expect(batches.replace(/\+/g, ' ')).not.toMatch(/ID ge 1 and/);
  });

  it('refuses an invalid period before asking SharePoint anything', async () => {
    const before = requests.length;
    await expect(services('ulla').followUp.recordsSubmitted('2026-02-30', '2026-03-01')).rejects.toThrow(/period/);
    await expect(services('ulla').followUp.recordsSubmitted('2026-03-02', '2026-03-01')).rejects.toThrow(/period/);
    expect(requests.length).toBe(before);
  });

  it('gives an orderer no records (403), not an empty scorecard', async () => {
    const to = stockholmDate(new Date());
    await expect(services('anna').followUp.recordsSubmitted(addDays(to, -30), to)).rejects.toMatchObject({ status: 403 });
    expect((await services('anna').followUpRights()).canRead).toBe(false);
    expect((await services('ulla').followUpRights()).canRead).toBe(true);
  });

  it('opens a period with the rights in the first $batch: records for follow-up, nothing and no failed request for an orderer', async () => {
    const to = stockholmDate(new Date());
    const from = addDays(to, -60);
    const statuses: number[] = [];
    const counting = global.fetch;
    global.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await counting(input, init);
      statuses.push(res.status);
      return res;
    };
    try {
      let before = requests.length;
      const anna = await services('anna').followUp.openPeriod!(from, to);
      expect(anna).toEqual({ rights: expect.objectContaining({ canRead: false }) });
      // One $batch (and the digest it is posted with, outside SPFx).
      expect(requests.slice(before).filter((r) => !r.includes('/contextinfo'))).toHaveLength(1);
      expect(statuses.every((s) => s < 400)).toBe(true);
      before = requests.length;
      const ulla = await services('ulla').followUp.openPeriod!(from, to);
      const [first] = requests.slice(before).filter((r) => !r.includes('/contextinfo'));
      expect(first.replace(/\+/g, ' ')).toMatch(/\$batch GET .*EffectiveBasePermissions \| GET .*\$orderby=ID desc&\$top=1/);
      expect(ulla.rights.canRead).toBe(true);
      expect(ulla.records!.map((r) => r.reference)).toEqual((await services('ulla').followUp.recordsSubmitted(from, to)).map((r) => r.reference));
    } finally {
      global.fetch = counting;
    }
  });
});

describe('what an orderer writes on her item after sending changes no count', () => {
  it('keeps area, organisation, participants and adaptations as the handler sent them', async () => {
    const anna = services('anna');
    const catalogue = await anna.catalogue.load();
    const user = await anna.user.currentUser();
    const request = orderRequest(catalogue, { participants: 12, adaptations: ['Hörslinga'] });
    const { order } = createOrder(request, catalogue, { now: new Date(), user: user.loginName, requestKey: `followup-${Date.now()}`, reference: '' });
    const submitted = await anna.orders.submit(order);
    const hanna = services('hanna');
    const seen = (await hanna.orders.getById(submitted.id))!;
    const result = sendToSupplier(seen.order, { now: new Date(), user: 'i:0#.f|membership|hanna@region.example', responseHours: 24 });
    await hanna.orders.update(seen, result.order, result.entry);
    const otherArea = catalogue.areas.find((a) => a.key !== request.areaKey)!;
    const areaIds = await new SpCatalogueRepository(emu.sp('anna')).catalogueIds();
    await emu.sp('anna').web.lists.getByTitle(ORDERS.title).items.getById(submitted.id).update({
      Participants: 400, AreaId: areaIds.areas.id(otherArea.key), Adaptations: ['Teckenspråkstolk', 'Skrivtolk'], Status: 'Genomförd', ActualParticipants: 400
    });
    const today = stockholmDate(new Date());
    const mine = (await services('ulla').followUp.recordsSubmitted(today, today)).find((r) => r.reference === seen.order.reference)!;
    expect(mine).toMatchObject({ areaKey: request.areaKey, organisationKey: request.organisationKey, requestedParticipants: 12, adaptations: ['Hörslinga'], status: 'Väntar på svar' });
    expect(mine.actualParticipants).toBeUndefined();
  });
});
