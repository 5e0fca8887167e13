/**
 * @jest-environment jsdom
 */
// One item with values its creator forged through the REST API never breaks the desk queue, the
// order page or Mina avrop (issue 9, property 5). The items go through the real mapping, so this
// fails when a reader trusts a column.
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import DeskApp from '../../src/apps/avropshantering/DeskApp';
import OrderApp from '../../src/apps/avrop/OrderApp';
import { CatalogueIds, KeyIdMap } from '../../src/data/catalogueIds';
import { orderToItem, storedOrderFromItem } from '../../src/data/mapping/order';
import type { StoredOrder } from '../../src/data/ports';
import { createOrder } from '../../src/domain/cascade';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import type { OrderRequest } from '../../src/domain/types';
import { fakeServices } from '../support/fakeServices';

const NOW = new Date('2026-03-10T09:00:00Z');
const HANNA = { id: 12, title: 'Hanna Holm', email: 'hanna@region.example', loginName: 'hanna' };
const ANNA = { id: 7, title: 'Anna Andersson', email: 'anna@region.example', loginName: 'anna' };

const ids: CatalogueIds = {
  areas: new KeyIdMap(SEED_CATALOGUE.areas.map((a, i) => [a.key, 100 + i] as [string, number])),
  suppliers: new KeyIdMap(SEED_CATALOGUE.suppliers.map((s, i) => [s.key, 200 + i] as [string, number])),
  organisations: new KeyIdMap(SEED_CATALOGUE.organisations.map((o, i) => [o.key, 300 + i] as [string, number]))
};

const REQUEST: OrderRequest = {
  organisationKey: SEED_CATALOGUE.organisations[0].key,
  unit: 'Akutmottagningen',
  contactName: 'Anna Andersson',
  contactEmail: 'anna@region.example',
  contactPhone: '',
  invoiceReference: 'KST 1',
  areaKey: 'ledarskap',
  trainingAreaKeys: [],
  courseKey: '',
  need: 'Behov',
  targetGroup: 'Chefer',
  participants: 10,
  format: 'Digital',
  periodFrom: '2026-04-01',
  periodTo: '2026-05-31',
  place: '',
  adaptations: [],
  adaptationsOther: '',
  otherInfo: ''
};

/** An Avrop item as SharePoint returns it, with `forged` written over it by its creator. */
function read(id: number, forged: Record<string, unknown>): StoredOrder {
  const { order } = createOrder(REQUEST, SEED_CATALOGUE, { now: new Date('2026-03-09T08:00:00Z'), user: 'anna', requestKey: `k${id}`, reference: `AVR-2026-${String(id).padStart(4, '0')}` });
  const item: Record<string, unknown> = { Id: id, 'odata.etag': '"1"', ...orderToItem(order, ids), Author: { Id: ANNA.id, Title: ANNA.title } };
  for (const field of ['Area', 'AssignedSupplier', 'Organisation']) {
    const value = item[`${field}Id`];
    delete item[`${field}Id`];
    item[field] = value === null || value === undefined ? null : { Id: value, Title: '' };
  }
  return storedOrderFromItem({ ...item, ...forged }, ids);
}

const FORGED = { Trail: '[null]', RankingSnapshot: '[null,{"rank":"1"}]', Unit: { evil: true }, Status: 'Genomförd!' };

function renderDesk(services: ReturnType<typeof fakeServices>): void {
  window.history.replaceState({}, '', '/avropshantering');
  render(
    <DeskApp
      services={services}
      env={{ lang: 'sv-SE', host: 'SharePoint', search: '', pageUrl: 'https://region.example/sites/utbildning/SitePages/Avropshantering.aspx' }}
      settings={{ siteUrl: '/sites/utbildning' }}
      clock={() => NOW}
    />
  );
}

beforeAll(() => {
  window.scrollTo = jest.fn() as unknown as typeof window.scrollTo;
});

test('the desk queue lists the good order and marks the forged one; its page offers no action', async () => {
  const queue = [read(2, FORGED), read(1, {})];
  const services = fakeServices({ catalogue: SEED_CATALOGUE, canEditAll: true, user: HANNA, queue });
  renderDesk(services);
  const forgedLink = await screen.findByRole('link', { name: 'AVR-2026-0002' });
  expect(screen.getByRole('link', { name: 'AVR-2026-0001' })).toBeTruthy();
  const row = forgedLink.closest('tr') as HTMLElement;
  expect(within(row).getByText('Kan inte läsas helt')).toBeTruthy();

  fireEvent.click(forgedLink);
  await screen.findByRole('heading', { level: 2, name: 'Avrop AVR-2026-0002' });
  expect(screen.getByText('Avropet AVR-2026-0002 kan inte läsas helt.')).toBeTruthy();
  expect(screen.getByText(/”Händelser \(JSON\)”/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: /Skicka till leverantör/ })).toBeNull();
  expect(services.updated).toHaveLength(0);
});

test('Mina avrop shows the forged order with its reference and what to do, and no cancel button', async () => {
  window.history.replaceState({}, '', '/avrop');
  const services = fakeServices({ catalogue: SEED_CATALOGUE, user: ANNA, mine: [read(2, FORGED), read(1, {})] });
  render(
    <OrderApp
      services={services}
      env={{ lang: 'en-US', host: 'SharePoint', search: '', pageUrl: 'https://region.example/sites/utbildning/SitePages/Avrop.aspx' }}
      settings={{ siteUrl: '/sites/utbildning' }}
    />
  );
  expect(await screen.findByText('Order AVR-2026-0002 cannot be fully read.')).toBeTruthy();
  expect(screen.getByText(/Contact the order handlers and give the reference, and they will correct the order/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Cancel the order AVR-2026-0002' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Cancel the order AVR-2026-0001' })).toBeTruthy();
});

test('an order the orderer edited after it was sent shows which fields changed; the record keeps what was sent', async () => {
  const base = read(3, {});
  const sentRequest = { ...base.order };
  const edited: StoredOrder = { ...base, order: { ...base.order, need: 'Ändrat efteråt', participants: 40 }, record: { id: 9, etag: '"1"', sentRequest } };
  const services = fakeServices({ catalogue: SEED_CATALOGUE, canEditAll: true, user: HANNA, queue: [edited] });
  renderDesk(services);
  fireEvent.click(await screen.findByRole('link', { name: 'AVR-2026-0003' }));
  await screen.findByRole('heading', { level: 2, name: 'Avrop AVR-2026-0003' });
  expect(screen.getByText(/Beställaren har ändrat avropet efter att det skickades till leverantören: Behov, Antal deltagare\./)).toBeTruthy();
});
