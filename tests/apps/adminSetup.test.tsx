/**
 * @jest-environment jsdom
 */
// Administration's setup section: a first install updates the page in place (site state and the
// ranking, no reload, the setup report stays); failures are told by their kind (no rights, SharePoint
// not answering, lists missing), never all as "lists missing"; non-owners see the state read-only
// with a plain explanation; each list opens in SharePoint in a new tab.
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import AdminApp from '../../src/apps/administration/AdminApp';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import type { SiteState } from '../../src/data/provisioning/siteState';
import type { AppEnvironment } from '../../src/apps/shared/appTypes';
import { LISTS } from '../../src/schema/lists';
import { fakeServices, FakeServices, okSiteState } from '../support/fakeServices';

jest.setTimeout(60000);
/** The machine is shared; Fluent's message bars render their text a tick late. */
const WAIT = { timeout: 10000 };

const SITE = 'https://region.sharepoint.com/sites/utbildning';

function emptySite(asOwner: boolean): SiteState {
  return {
    asOwner,
    siteUrl: SITE,
    site: [{ kind: 'role', name: 'Utbildningsavrop – egna avrop', status: 'missing', differences: [], remedy: { by: 'setup' } }],
    lists: LISTS.map((def) => ({
      key: def.key,
      title: def.title,
      found: false,
      canRead: false,
      checks: [asOwner ? { kind: 'list', list: def.title, name: def.title, status: 'missing', differences: [], remedy: { by: 'setup' } } : { kind: 'list', list: def.title, name: def.title, status: 'unknown', differences: [], remedy: { by: 'none' }, reason: 'notVisible' }]
    }))
  } as SiteState;
}

const httpError = (status: number): Error => Object.assign(new Error(`Error making HttpClient request in queryable [${status}]`), { status });

function renderAdmin(services: FakeServices, lang: AppEnvironment['lang'] = 'sv-SE') {
  return render(<AdminApp services={services} env={{ lang, host: 'SharePoint', search: '', pageUrl: `${SITE}/SitePages/Admin.aspx` }} settings={{ siteUrl: SITE }} />);
}

test('a first install: progress, then the report, the site state and the ranking appear without a reload', async () => {
  let installed = false;
  let release: () => void = () => undefined;
  const inspections: string[] = [];
  const services = fakeServices({
    catalogue: SEED_CATALOGUE,
    isOwner: true,
    inspectSite: async () => {
      inspections.push(installed ? 'after' : 'before');
      return installed ? okSiteState(true, SITE) : emptySite(true);
    },
    provision: async (log, onStep) => {
      onStep?.({ step: 'list', list: 'Avrop', index: 5, total: 12 });
      log('Skapade listan Avrop (Lists/Avrop).');
      await new Promise<void>((resolve) => (release = resolve));
      installed = true;
      return { created: ['lista Avrop'], updated: [], seeded: [{ list: 'Avtalsområden', count: 9 }], warnings: [], changed: true };
    }
  });
  const load = services.catalogue.load;
  services.catalogue.load = async () => {
    if (!installed) throw httpError(404);
    return load();
  };
  renderAdmin(services);

  expect(await screen.findByText(/Listorna finns inte på webbplatsen ännu/, undefined, WAIT)).toBeTruthy();
  expect(await screen.findByText(/Listan Avrop: saknas\. Installationen åtgärdar det\./, undefined, WAIT)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Installera eller komplettera listorna' }));
  expect(await screen.findByText('Steg 6 av 12: listan Avrop', undefined, WAIT)).toBeTruthy();
  release();

  expect(await screen.findByText('Klart. 1 saker skapades, 0 ändrades och 9 poster importerades.', undefined, WAIT)).toBeTruthy();
  expect(await screen.findByRole('table', { name: 'Leverantörer per avtalsområde i rangordning' }, WAIT)).toBeTruthy();
  expect(await screen.findByText(/Allt som Utbildningsavrop behöver finns och är i ordning/, undefined, WAIT)).toBeTruthy();
  // The report is still there: the page was updated in place.
  expect(screen.getByText('Klart. 1 saker skapades, 0 ändrades och 9 poster importerades.')).toBeTruthy();
  expect(screen.queryByText(/Listorna finns inte på webbplatsen ännu/)).toBeNull();
  expect(inspections).toEqual(['before', 'after']);
});

test('a setup that stops half-way says what happened and that a new run carries on; the state is read again', async () => {
  let calls = 0;
  const services = fakeServices({
    catalogue: SEED_CATALOGUE,
    isOwner: true,
    inspectSite: async () => {
      calls++;
      return emptySite(true);
    },
    provision: async () => {
      throw httpError(503);
    }
  });
  renderAdmin(services);
  fireEvent.click(await screen.findByRole('button', { name: 'Installera eller komplettera listorna' }, WAIT));
  const alert = await screen.findByRole('alert', undefined, WAIT);
  expect(alert.textContent).toContain('Installationen avbröts. SharePoint svarade inte just nu');
  expect(alert.textContent).toContain('Kör installationen igen, så fortsätter den där den slutade');
  await waitFor(() => expect(calls).toBe(2));
});

test('setup refused for want of rights says who can run it', async () => {
  const services = fakeServices({ catalogue: SEED_CATALOGUE, isOwner: true, provision: async () => Promise.reject(httpError(403)) });
  renderAdmin(services, 'en-US');
  fireEvent.click(await screen.findByRole('button', { name: 'Install or complete the lists' }, WAIT));
  expect((await screen.findByRole('alert', undefined, WAIT)).textContent).toBe(
    "Setup stopped: you lack the permission. It needs a site owner with Full Control on the site (the site's owners group). Ask an owner to run it."
  );
});

test.each([
  ['403', httpError(403), /Du har inte behörighet till det här\. SharePoint nekade åtkomst/, false],
  ['a network failure', new TypeError('Failed to fetch'), /SharePoint svarade inte just nu/, true],
  ['429', httpError(429), /SharePoint svarade inte just nu/, true],
  ['500', httpError(500), /SharePoint svarade inte just nu/, true],
  ['404', httpError(404), /Listorna finns inte på webbplatsen ännu/, false]
])('a catalogue that cannot be read because of %s is explained as such, not as missing lists', async (_what, error, text, retry) => {
  const services = fakeServices({ catalogue: SEED_CATALOGUE, isOwner: true });
  services.catalogue.load = async () => Promise.reject(error);
  renderAdmin(services);
  const ranking = (await screen.findByRole('heading', { name: 'Rangordning' }, WAIT)).parentElement!;
  expect(await within(ranking).findByText(text, undefined, WAIT)).toBeTruthy();
  if (text.source.indexOf('Listorna') < 0) expect(within(ranking).queryByText(/Listorna finns inte/)).toBeNull();
  expect(!!within(ranking).queryByRole('button', { name: 'Försök igen' })).toBe(retry);
});

test('the site state itself failing is classified too, with a way to try again', async () => {
  let attempts = 0;
  const services = fakeServices({
    catalogue: SEED_CATALOGUE,
    isOwner: true,
    inspectSite: async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return okSiteState(true, SITE);
    }
  });
  renderAdmin(services);
  expect(await screen.findByText(/SharePoint svarade inte just nu/, undefined, WAIT)).toBeTruthy();
  fireEvent.click(screen.getAllByRole('button', { name: 'Försök igen' })[0]);
  expect(await screen.findByText(/Allt som Utbildningsavrop behöver finns och är i ordning/, undefined, WAIT)).toBeTruthy();
});

test('a member sees the state read-only, a plain explanation and no install button', async () => {
  const state = okSiteState(false, SITE);
  for (const list of state.lists.filter((l) => l.key === 'events' || l.key === 'records')) {
    Object.assign(list, { found: false, url: undefined, canRead: false, checks: [{ kind: 'list', list: list.title, name: list.title, status: 'unknown', differences: [], remedy: { by: 'none' }, reason: 'notVisible' }] });
  }
  renderAdmin(fakeServices({ catalogue: SEED_CATALOGUE, isOwner: false, inspectSite: async () => state }));
  expect(await screen.findByText(/Du kan se läget men inte installera\. Installationen görs av en webbplatsägare/, undefined, WAIT)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Installera eller komplettera listorna' })).toBeNull();
  const table = await screen.findByRole('table', { name: 'Listorna i SharePoint' }, WAIT);
  const row = within(table).getByRole('row', { name: /Avropsstatus/ });
  expect(within(row).getByText('Du har inte tillgång till listan')).toBeTruthy();
  expect(within(row).queryByRole('link')).toBeNull();
  expect(screen.getByText(/Listor du inte har tillgång till visas inte för dig i SharePoint/)).toBeTruthy();
  expect(screen.queryByText(/: saknas/)).toBeNull();
});

test('each list opens its default view in SharePoint in a new tab, with a name that says so', async () => {
  renderAdmin(fakeServices({ catalogue: SEED_CATALOGUE, isOwner: true, inspectSite: async () => okSiteState(true, SITE) }), 'en-US');
  const table = await screen.findByRole('table', { name: 'The lists in SharePoint' }, WAIT);
  const links = within(table).getAllByRole('link');
  expect(links.map((a) => a.getAttribute('href'))).toEqual(LISTS.map((def) => `${SITE}/Lists/${def.url}/AllItems.aspx`));
  const avrop = within(table).getByRole('link', { name: 'Open Avrop in SharePoint (opens in a new tab)' });
  expect([avrop.getAttribute('target'), avrop.getAttribute('rel'), avrop.textContent]).toEqual(['_blank', 'noopener noreferrer', 'Open Avrop']);
});
