/**
 * @jest-environment jsdom
 */
// Administration explains the tenant-wide list site (tenant property UtbildningsavropSiteUrl):
// whether it is set, whether it is this site, and how an administrator sets it.
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import AdminApp from '../../src/apps/administration/AdminApp';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import type { AppEnvironment } from '../../src/apps/shared/appTypes';
import { fakeServices } from '../support/fakeServices';

const SITE = 'https://region.sharepoint.com/sites/utbildning';
// The page also reads the site state; on a busy machine the first render takes seconds.
jest.setTimeout(30000);
const WAIT = { timeout: 10000 };

function renderAdmin(listSiteDefault: string, lang: AppEnvironment['lang'] = 'sv-SE') {
  render(
    <AdminApp
      services={fakeServices({ catalogue: SEED_CATALOGUE, isOwner: true, listSiteDefault })}
      env={{ lang, host: 'SharePoint', search: '', pageUrl: `${SITE}/SitePages/Admin.aspx` }}
      settings={{ siteUrl: SITE }}
    />
  );
}

test('unset: says so and what it means for a Teams personal app, with both commands', async () => {
  renderAdmin('');
  expect(await screen.findByRole('heading', { name: 'Listornas webbplats för hela organisationen' }, WAIT)).toBeTruthy();
  expect(await screen.findByText(/Klientegenskapen UtbildningsavropSiteUrl är inte satt/, undefined, WAIT)).toBeTruthy();
  const code = screen.getByText(/Set-PnPStorageEntity -Key UtbildningsavropSiteUrl/);
  expect(code.textContent).toContain(`-Value "${SITE}"`);
  expect(code.textContent).toContain('m365 spo storageentity set');
});

test('set to this site: confirms it', async () => {
  renderAdmin(`${SITE}/`);
  expect(await screen.findByText(/pekar på https:\/\/region\.sharepoint\.com\/sites\/utbildning\/\. Det är den här webbplatsen\./, undefined, WAIT)).toBeTruthy();
});

test('set to another site, in English: warns', async () => {
  renderAdmin('https://region.sharepoint.com/sites/annan', 'en-US');
  expect(await screen.findByText(/That is not this site/, undefined, WAIT)).toBeTruthy();
});
