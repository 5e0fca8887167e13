/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import OrderApp from '../../src/apps/avrop/OrderApp';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { createOrder, moveToNextSupplier, recordAcceptance, sendToSupplier } from '../../src/domain/cascade';
import { formatReference } from '../../src/domain/reference';
import type { AppEnvironment } from '../../src/apps/shared/appTypes';
import type { Order, OrderRequest } from '../../src/domain/types';
import type { StoredOrder } from '../../src/data/ports';
import { fakeServices, FakeOptions } from '../support/fakeServices';

const REQUEST: OrderRequest = {
  organisationKey: 'vgr',
  unit: 'Akutmottagningen',
  contactName: 'Anna Andersson',
  contactEmail: 'anna@region.example',
  contactPhone: '031-123 45 67',
  invoiceReference: 'KST 4711',
  areaKey: 'ledarskap',
  trainingAreaKeys: ['ledarskap/att-leda-arbete'],
  courseKey: '',
  need: 'Nya chefer behöver träna på att leda möten.',
  targetGroup: 'Chefer i första linjen',
  participants: 12,
  format: 'Digital',
  periodFrom: '2031-03-02',
  periodTo: '2031-04-30',
  place: '',
  adaptations: ['Skrivtolk'],
  adaptationsOther: '',
  otherInfo: ''
};

function storedOrder(id: number, changes: Partial<OrderRequest> = {}, step: 'ny' | 'skickad' | 'antagen' = 'ny'): StoredOrder {
  const at = new Date(Date.UTC(2026, 0, id, 9));
  let order: Order = createOrder({ ...REQUEST, ...changes }, SEED_CATALOGUE, {
    now: at,
    user: 'anna',
    requestKey: `key-${id}`,
    reference: formatReference(2026, id)
  }).order;
  if (step !== 'ny') order = sendToSupplier(order, { now: new Date(at.getTime() + 3600000), user: 'hanna', responseHours: 24 }).order;
  if (step === 'antagen') order = recordAcceptance(order, { now: new Date(at.getTime() + 7200000), user: 'hanna', startDate: '2031-03-10' }).order;
  return { id, etag: `"e${id}"`, authorId: 7, order };
}

function renderMine(options: Partial<FakeOptions> = {}, lang: AppEnvironment['lang'] = 'sv-SE') {
  const services = fakeServices({ catalogue: SEED_CATALOGUE, ...options });
  render(
    <OrderApp
      services={services}
      env={{ lang, host: 'SharePoint', search: '', pageUrl: 'https://region.example/sites/utbildning/SitePages/Avrop.aspx' }}
      settings={{ siteUrl: '/sites/utbildning' }}
    />
  );
  return services;
}

function article(reference: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: new RegExp(reference) }).closest('article') as HTMLElement;
}

beforeEach(() => window.localStorage.clear());

describe('Avrop: Mina avrop', () => {
  it('lists the person\'s own orders newest first with status, supplier and rank, and answer deadline', async () => {
    const services = renderMine({ mine: [storedOrder(3, { areaKey: 'ugl-ul-il', trainingAreaKeys: [] }), storedOrder(2, {}, 'skickad'), storedOrder(1)] });
    expect(await screen.findByRole('heading', { level: 2, name: 'Mina avrop' })).toBeTruthy();
    await screen.findByText('3 avrop visas');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['AVR-2026-0003 · UGL, UL och IL', 'AVR-2026-0002 · Ledarskap', 'AVR-2026-0001 · Ledarskap']);
    const waiting = within(article('AVR-2026-0002'));
    expect(waiting.getByText('Väntar på svar')).toBeTruthy();
    expect(waiting.getByText('Prové (rang 1)')).toBeTruthy();
    expect(waiting.getByText('Svar senast')).toBeTruthy();
    expect(waiting.getByText('Svar senast').parentElement!.querySelector('dd')!.textContent).toMatch(/^\d+ [a-z]+ 2026 kl\. \d\d:\d\d$/);
    expect(within(article('AVR-2026-0003')).getByText('Harmoni i Livet Syd (rang 1)')).toBeTruthy();
    expect(services.listMineCalls).toEqual([{ userId: 7, token: undefined }]);
    expect(screen.getByRole('button', { name: 'Nytt avrop' })).toBeTruthy();
  });

  it('opens an order to show its details and its history', async () => {
    renderMine({ mine: [storedOrder(1, {}, 'skickad')] });
    await screen.findByText('1 avrop visas');
    const toggle = screen.getByRole('button', { name: 'Visa detaljer för AVR-2026-0001' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const button = screen.getByRole('button', { name: 'Dölj detaljer för AVR-2026-0001' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    const d = within(details);
    expect(d.getByText('Västra Götalandsregionen')).toBeTruthy();
    expect(d.getByText('Anna Andersson, anna@region.example, 031-123 45 67')).toBeTruthy();
    expect(d.getByText('Att leda arbete')).toBeTruthy();
    expect(d.getByText('Skrivtolk')).toBeTruthy();
    expect(d.getByText('2 mars 2031 – 30 apr 2031')).toBeTruthy();
    expect(d.getByRole('heading', { level: 4, name: 'Händelser' })).toBeTruthy();
    expect(d.getByText('Avropet registrerades och går först till Prové (rang 1) enligt rangordningen.')).toBeTruthy();
    expect(d.getByText(/Avropet skickades till Prové \(rang 1\)\. Svar senast/)).toBeTruthy();
    fireEvent.click(button);
    expect(screen.queryByText('Västra Götalandsregionen')).toBeNull();
  });

  it('cancels an order with a required reason', async () => {
    const services = renderMine({ mine: [storedOrder(1)] });
    await screen.findByText('1 avrop visas');
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt avropet AVR-2026-0001' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Avbryt avropet AVR-2026-0001' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt avropet' }));
    expect(await within(dialog).findByText('Skriv varför avropet avbryts (minst 5 tecken).')).toBeTruthy();
    expect(services.updated).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('Varför avbryter du avropet?'), { target: { value: 'Utbildningen behövs inte längre.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt avropet' }));
    expect(await screen.findByText('Avropet AVR-2026-0001 är avbrutet.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    // Focus goes to the message, since the cancel button is gone.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('Avropet AVR-2026-0001 är avbrutet.').closest('[tabindex="-1"]')));
    expect(services.updated).toHaveLength(1);
    const { stored, next, event } = services.updated[0];
    expect(stored.etag).toBe('"e1"');
    expect(next.status).toBe('Avbruten');
    expect(next.cancelReason).toBe('Utbildningen behövs inte längre.');
    expect(event).toMatchObject({ kind: 'Avbruten', by: 'anna', byName: 'Anna Andersson', comment: 'Utbildningen behövs inte längre.' });
    const item = within(article('AVR-2026-0001'));
    expect(item.getByText('Avbruten')).toBeTruthy();
    await waitFor(() => expect(item.queryByRole('button', { name: /Avbryt avropet/ })).toBeNull());
    fireEvent.click(item.getByRole('button', { name: 'Visa detaljer för AVR-2026-0001' }));
    expect(item.getByText('Avropet avbröts. Skäl: Utbildningen behövs inte längre.')).toBeTruthy();
  });

  it('"Behåll avropet" closes the dialog without changing anything', async () => {
    const services = renderMine({ mine: [storedOrder(1)] });
    await screen.findByText('1 avrop visas');
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt avropet AVR-2026-0001' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Avbryt avropet AVR-2026-0001' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Behåll avropet' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(services.updated).toHaveLength(0);
    expect(within(article('AVR-2026-0001')).getByText('Ny')).toBeTruthy();
  });

  it('when someone else changed the order first (ConcurrencyError), says so and shows the fresh order', async () => {
    const services = renderMine({ mine: [storedOrder(1, {}, 'skickad')] });
    await screen.findByText('1 avrop visas');
    // The handler records the supplier's acceptance while Anna has the page open.
    services.changeBehindTheScenes(1, (order) => recordAcceptance(order, { now: new Date(), user: 'hanna', startDate: '2031-03-10' }).order);
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt avropet AVR-2026-0001' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Avbryt avropet AVR-2026-0001' });
    fireEvent.change(within(dialog).getByLabelText('Varför avbryter du avropet?'), { target: { value: 'Behovet har ändrats.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt avropet' }));
    expect(await screen.findByText(/Avropet har ändrats av någon annan sedan du öppnade det/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const item = within(article('AVR-2026-0001'));
    expect(item.getByText('Antagen')).toBeTruthy();
    expect(item.queryByRole('button', { name: /Avbryt avropet/ })).toBeNull();
    expect(services.stored()[0].order.status).toBe('Antagen');
  });

  it('an accepted order cannot be cancelled here', async () => {
    renderMine({ mine: [storedOrder(1, {}, 'antagen')] });
    await screen.findByText('1 avrop visas');
    expect(screen.queryByRole('button', { name: /Avbryt avropet/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Visa detaljer för AVR-2026-0001' }));
    expect(screen.getByText(/kan inte avbrytas här längre/)).toBeTruthy();
    expect(screen.getByText('10 mars 2031')).toBeTruthy();
  });

  it('pages with "Visa fler" and moves focus to the first new order', async () => {
    const mine = [5, 4, 3, 2, 1].map((id) => storedOrder(id));
    const services = renderMine({ mine, pageSize: 2 });
    await screen.findByText('2 avrop visas');
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    await screen.findByText('4 avrop visas');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: /AVR-2026-0003/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    await screen.findByText('5 avrop visas');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
    expect(services.listMineCalls.map((c) => c.token)).toEqual([undefined, '2', '4']);
  });

  it('with no orders, says so and offers "Nytt avrop"', async () => {
    renderMine({ mine: [] });
    expect(await screen.findByText('Du har inga avrop ännu.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nytt avrop' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    expect(document.activeElement).toBe(heading);
  });

  it('a failed load says so and can be retried', async () => {
    let fail = true;
    const services = fakeServices({ catalogue: SEED_CATALOGUE, mine: [storedOrder(1)] });
    const listMine = services.orders.listMine;
    services.orders.listMine = async (userId, token) => {
      if (fail) {
        fail = false;
        throw new Error('Nätverksfel');
      }
      return listMine(userId, token);
    };
    render(<OrderApp services={services} env={{ lang: 'sv-SE', host: 'SharePoint', search: '', pageUrl: 'x' }} settings={{ siteUrl: '/s' }} />);
    expect(await screen.findByText(/Det gick inte att hämta dina avrop/)).toBeTruthy();
    expect(document.querySelector('[data-app-ready="true"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('1 avrop visas')).toBeTruthy();
  });

  it('a failed start (user or catalogue) says so and retries', async () => {
    const services = renderMine({ failCatalogueTimes: 1 });
    expect(await screen.findByText(/Det gick inte att hämta uppgifterna för avrop/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mina avrop' })).toBeTruthy();
    expect(services.calls.filter((c) => c === 'catalogue.load')).toHaveLength(2);
  });

  it('speaks English on an English page', async () => {
    renderMine({ mine: [storedOrder(1, {}, 'skickad')] }, 'en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'My orders' })).toBeTruthy();
    await screen.findByText('1 order shown');
    expect(screen.getByText('Awaiting answer')).toBeTruthy();
    expect(screen.getByText('Prové (rank 1)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show details for AVR-2026-0001' })).toBeTruthy();
  });
});

describe('Avrop: Mina avrop shows a handler comment only when the handler marked it for the orderer', () => {
  const HANDLER = { user: 'i:0#.f|membership|hanna@region.example', userName: 'Hanna Holm' };
  function declined(id: number, comment: string, commentForOrderer: boolean | undefined): StoredOrder {
    const sent = storedOrder(id, {}, 'skickad');
    const order = moveToNextSupplier(sent.order, {
      now: new Date(Date.UTC(2026, 0, id, 12)),
      ...HANDLER,
      reason: 'Avböjt: kan inte starta i tid',
      comment,
      commentForOrderer
    }).order;
    return { ...sent, order };
  }
  async function history(stored: StoredOrder): Promise<HTMLElement> {
    renderMine({ mine: [stored] });
    await screen.findByText('1 avrop visas');
    fireEvent.click(screen.getByRole('button', { name: `Visa detaljer för ${stored.order.reference}` }));
    return screen.getByRole('heading', { level: 4, name: 'Händelser' }).parentElement as HTMLElement;
  }

  it.each([
    ['unmarked', undefined],
    ['marked false', false]
  ])('%s: the decline and its reason show, the comment does not', async (_name, flag) => {
    const trail = await history(declined(1, 'svar per e-post från Karin S', flag));
    expect(within(trail).getByText(/Prové \(rang 1\) avböjde eftersom leverantören inte kan starta i tid\./)).toBeTruthy();
    expect(trail.textContent).not.toMatch(/Karin S/i);
    expect(trail.textContent).not.toContain('Kommentar');
  });

  it('marked for the orderer: the comment shows', async () => {
    const trail = await history(declined(1, 'Leverantören kan tidigast i april.', true));
    expect(within(trail).getByText(/Kommentar: Leverantören kan tidigast i april\./)).toBeTruthy();
  });

  it('nobody is shown by login: the orderer sees what happened, not who', async () => {
    const trail = await history(declined(1, 'internt', false));
    expect(trail.textContent).not.toContain(HANDLER.user);
    expect(trail.textContent).not.toContain('hanna');
  });
});
