// Setup on a site nobody has set up (workbench --unprovisioned), interrupted half-way, then run
// again: it carries on and ends where one uninterrupted run would, with nothing made twice.
// Faults come from the emulator itself (X-Workbench-Fault on one request, workbench/server/README.md):
// a 500 on a column of Avrop, a list created whose answer is lost (still under its ASCII title) on the way back (the connection
// drops after the write is committed), and the seed $batch of Leverantörer committed with its
// answer lost. The data layer sends like the product does (withSafeRetries: writes are not re-sent
// after a lost answer, src/data/requestRetry.ts).
// $batch parts are not a transaction and a failed part is not rolled back
// (https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis).
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';
import { SPFI } from '@pnp/sp';
import { withSafeRetries } from '../../src/data/createSp';
import { classifyFailure } from '../../src/data/errors';
import { provisionSite } from '../../src/data/provisioning';
import { inspectSite } from '../../src/data/provisioning/inspectSite';
import { allChecks } from '../../src/data/provisioning/siteState';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { LISTS } from '../../src/schema/lists';
import { Emulator, startEmulator } from '../support/emulator';

jest.setTimeout(180000);

/** Adds `fault` to the first request `matches` picks, and to no other. */
function FaultOnce(matches: (url: string, init: RequestInit) => boolean, fault: string): TimelinePipe<Queryable> & { fired: () => boolean } {
  let fired = false;
  const pipe = ((instance: Queryable) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      if (!fired && matches(url, init)) {
        fired = true;
        // A plain object, as PnPjs's own header behaviours spread it.
        const headers: Record<string, string> = {};
        new Headers(init.headers).forEach((value, key) => (headers[key] = value));
        init.headers = { ...headers, 'X-Workbench-Fault': fault };
      }
      return [url, init, result];
    });
    return instance;
  }) as TimelinePipe<Queryable> & { fired: () => boolean };
  pipe.fired = () => fired;
  return pipe;
}

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ args: ['--unprovisioned'] });
});
afterAll(async () => {
  await emu?.stop();
});

const asLars = (): SPFI => withSafeRetries(emu.sp('lars'));
const bodyText = (init: RequestInit): string => (typeof init.body === 'string' ? init.body : '');

test('a 500 on a column of Avrop stops the run; the state then shows what is done and what is not', async () => {
  const fault = FaultOnce((url) => /getByTitle\('Avrop'\)\/fields\/createfieldasxml/i.test(decodeURIComponent(url)), 'status=500');
  const run = provisionSite(asLars().using(fault));
  await expect(run).rejects.toMatchObject({ status: 500 });
  expect(fault.fired()).toBe(true);
  expect(classifyFailure(await run.catch((e) => e))).toBe('transient');

  const state = await inspectSite(asLars());
  const byTitle = new Map(state.lists.map((l) => [l.title, l]));
  // The lists before Avrop are complete, Avrop is half-done, the ones after it do not exist.
  for (const title of ['Avtalsområden', 'Utbildningsområden', 'Leverantörer', 'Rangordning', 'Beställande organisationer']) {
    expect([title, byTitle.get(title)!.checks.filter((c) => c.status !== 'ok')]).toEqual([title, []]);
  }
  expect(byTitle.get('Avrop')!.found).toBe(true);
  expect(byTitle.get('Avrop')!.checks.some((c) => c.kind === 'field' && c.status === 'missing')).toBe(true);
  for (const title of ['Avropsstatus', 'Avropshändelser']) expect(byTitle.get(title)!.checks).toEqual([expect.objectContaining({ kind: 'list', status: 'missing' })]);
});

test('a list created whose answer is lost (still under its ASCII title), and then a seed batch whose answer is lost: each new run carries on', async () => {
  const lostList = FaultOnce((url, init) => /\/_api\/web\/lists$/i.test(url.split('?')[0]) && init.method === 'POST' && bodyText(init).includes('"Avropshandelser"'), 'drop-after-write');
  await expect(provisionSite(asLars().using(lostList))).rejects.toThrow();
  expect(lostList.fired()).toBe(true);

  const lostSeed = FaultOnce((url, init) => /\$batch/.test(url) && bodyText(init).includes("getByTitle('Leverant%C3%B6rer')/items"), 'drop-after-write');
  // The seed batch's answer is lost after the suppliers were added: the run stops there, as a
  // network failure; the next run finds Leverantörer filled and adds nothing to it again.
  const seeding = await provisionSite(asLars().using(lostSeed)).then(
    () => undefined,
    (error: unknown) => error
  );
  expect(lostSeed.fired()).toBe(true);
  expect(classifyFailure(seeding)).toBe('transient');

  const last = await provisionSite(asLars());
  expect(last.warnings).toEqual([]);

  const state = await inspectSite(asLars());
  expect(allChecks(state).filter((c) => c.status !== 'ok')).toEqual([]);
  const sp = emu.sp('lars');
  const lists: Array<{ Title: string }> = await sp.web.lists.select('Title')();
  for (const def of LISTS) expect([def.title, lists.filter((l) => l.Title === def.title).length]).toEqual([def.title, 1]);
  // The list whose creation answer was lost kept its ASCII title until the next run renamed it.
  expect(lists.map((l) => l.Title)).not.toContain('Avropshandelser');
  const count = async (title: string) => (await sp.web.lists.getByTitle(title).items.select('Id').top(5000)()).length;
  expect(await count('Leverantörer')).toBe(SEED_CATALOGUE.suppliers.length);
  expect(await count('Avtalsområden')).toBe(SEED_CATALOGUE.areas.length);
  expect(await count('Rangordning')).toBe(SEED_CATALOGUE.rankings.length);

  const again = await provisionSite(asLars());
  expect(again).toEqual({ created: [], updated: [], seeded: [], warnings: [], changed: false });
});
