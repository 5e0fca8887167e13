/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import OrderApp from '../../src/apps/avrop/OrderApp';
import { MyOrders } from '../../src/apps/avrop/MyOrders';
import { LangContext } from '../../src/i18n/strings';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { createOrder, moveToNextSupplier, recordAcceptance, sendToSupplier } from '../../src/domain/cascade';
import { formatReference } from '../../src/domain/reference';
import type { AppEnvironment } from '../../src/apps/shared/appTypes';
import type { Order, OrderRequest } from '../../src/domain/types';
import type { StoredOrder } from '../../src/data/ports';
import { FAKE_USER, fakeServices, FakeOptions } from '../support/fakeServices';
import { byWholeText } from '../support/wholeText';

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
  it('names the handlers\' mailbox from the settings as a mailto link in "what happens next"', async () => {
    const services = fakeServices({ catalogue: SEED_CATALOGUE, mine: [storedOrder(1, {}, 'skickad')] });
    services.notifications.handlersMailbox = async () => 'avropshandlaggarna@region.example';
    render(
      <OrderApp
        services={services}
        env={{ lang: 'sv-SE', host: 'SharePoint', search: '', pageUrl: 'https://region.example/sites/utbildning/SitePages/Avrop.aspx' }}
        settings={{ siteUrl: '/sites/utbildning' }}
      />
    );
    await screen.findByText(byWholeText('1 avrop visas'));
    const next = within(article('AVR-2026-0001')).getByRole('region', { name: 'Vad händer nu?' });
    const link = await within(next).findByRole('link', { name: /AVR-2026-0001/ });
    expect(link.getAttribute('href')).toMatch(/^mailto:avropshandlaggarna@region\.example\?/);
    expect(next.textContent).toContain('(avropshandlaggarna@region.example)');
  });

  it('lists the person\'s own orders newest first with status, supplier and rank, and answer deadline', async () => {
    const services = renderMine({ mine: [storedOrder(3, { areaKey: 'ugl-ul-il', trainingAreaKeys: [] }), storedOrder(2, {}, 'skickad'), storedOrder(1)] });
    expect(await screen.findByRole('heading', { level: 2, name: 'Mina avrop' })).toBeTruthy();
    await screen.findByText(byWholeText('3 avrop visas'));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['AVR-2026-0003 · UGL, UL och IL', 'AVR-2026-0002 · Ledarskap', 'AVR-2026-0001 · Ledarskap']);
    const waiting = within(article('AVR-2026-0002'));
    expect(waiting.getByText(byWholeText('Väntar på svar'))).toBeTruthy();
    expect(waiting.getByText(byWholeText('Prové (rang 1)'))).toBeTruthy();
    expect(waiting.getByText(byWholeText('Svar senast'))).toBeTruthy();
    expect(waiting.getByText(byWholeText('Svar senast')).parentElement!.querySelector('dd')!.textContent).toMatch(/^\d+ [a-z]+ 2026 kl\. \d\d:\d\d$/);
    expect(within(article('AVR-2026-0003')).getByText(byWholeText('Harmoni i Livet Syd (rang 1)'))).toBeTruthy();
    expect(services.listMineCalls).toEqual([{ userId: 7, token: undefined }]);
    expect(screen.getByRole('button', { name: 'Nytt avrop' })).toBeTruthy();
  });

  it('opens an order to show its details and its history', async () => {
    renderMine({ mine: [storedOrder(1, {}, 'skickad')] });
    await screen.findByText(byWholeText('1 avrop visas'));
    const toggle = screen.getByRole('button', { name: 'Visa detaljer för AVR-2026-0001' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const button = screen.getByRole('button', { name: 'Dölj detaljer för AVR-2026-0001' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    const d = within(details);
    expect(d.getByText(byWholeText('Västra Götalandsregionen'))).toBeTruthy();
    expect(d.getByText(byWholeText('Anna Andersson, anna@region.example, 031-123 45 67'))).toBeTruthy();
    expect(d.getByText(byWholeText('Att leda arbete'))).toBeTruthy();
    expect(d.getByText(byWholeText('Skrivtolk'))).toBeTruthy();
    expect(d.getByText(byWholeText('2 mars 2031 – 30 apr 2031'))).toBeTruthy();
    expect(d.getByRole('heading', { level: 4, name: 'Händelser' })).toBeTruthy();
    expect(d.getByText(byWholeText('Avropet registrerades och går först till Prové (rang 1) enligt rangordningen.'))).toBeTruthy();
    expect(d.getByText(byWholeText(/Avropet skickades till Prové \(rang 1\)\. Svar senast/))).toBeTruthy();
    fireEvent.click(button);
    expect(screen.queryByText(byWholeText('Västra Götalandsregionen'))).toBeNull();
  });

  it('cancels an order with a required reason', async () => {
    const services = renderMine({ mine: [storedOrder(1)] });
    await screen.findByText(byWholeText('1 avrop visas'));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt avropet AVR-2026-0001' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Avbryt avropet AVR-2026-0001' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt avropet' }));
    expect(await within(dialog).findByText(byWholeText('Skriv varför avropet avbryts (minst 5 tecken).'))).toBeTruthy();
    expect(services.updated).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('Varför avbryter du avropet?'), { target: { value: 'Utbildningen behövs inte längre.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt avropet' }));
    expect(await screen.findByText(byWholeText('Avropet AVR-2026-0001 är avbrutet.'))).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    // Focus goes to the message, since the cancel button is gone.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText(byWholeText('Avropet AVR-2026-0001 är avbrutet.')).closest('[tabindex="-1"]')));
    expect(services.updated).toHaveLength(1);
    const { stored, next, event } = services.updated[0];
    expect(stored.etag).toBe('"e1"');
    expect(next.status).toBe('Avbruten');
    expect(next.cancelReason).toBe('Utbildningen behövs inte längre.');
    expect(event).toMatchObject({ kind: 'Avbruten', by: 'anna', byName: 'Anna Andersson', comment: 'Utbildningen behövs inte längre.' });
    const item = within(article('AVR-2026-0001'));
    expect(item.getByText(byWholeText('Avbruten'))).toBeTruthy();
    await waitFor(() => expect(item.queryByRole('button', { name: /Avbryt avropet/ })).toBeNull());
    fireEvent.click(item.getByRole('button', { name: 'Visa detaljer för AVR-2026-0001' }));
    expect(item.getByText(byWholeText('Avropet avbröts. Skäl: Utbildningen behövs inte längre.'))).toBeTruthy();
  });

  it('"Behåll avropet" closes the dialog without changing anything', async () => {
    const services = renderMine({ mine: [storedOrder(1)] });
    await screen.findByText(byWholeText('1 avrop visas'));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt avropet AVR-2026-0001' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Avbryt avropet AVR-2026-0001' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Behåll avropet' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(services.updated).toHaveLength(0);
    expect(within(article('AVR-2026-0001')).getByText(byWholeText('Ny'))).toBeTruthy();
  });

  it('when someone else changed the order first (ConcurrencyError), says so and shows the fresh order', async () => {
    const services = renderMine({ mine: [storedOrder(1, {}, 'skickad')] });
    await screen.findByText(byWholeText('1 avrop visas'));
    // The handler records the supplier's acceptance while Anna has the page open.
    services.changeBehindTheScenes(1, (order) => recordAcceptance(order, { now: new Date(), user: 'hanna', startDate: '2031-03-10' }).order);
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt avropet AVR-2026-0001' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Avbryt avropet AVR-2026-0001' });
    fireEvent.change(within(dialog).getByLabelText('Varför avbryter du avropet?'), { target: { value: 'Behovet har ändrats.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt avropet' }));
    expect(await screen.findByText(byWholeText(/Avropet har ändrats av någon annan sedan du öppnade det/))).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const item = within(article('AVR-2026-0001'));
    expect(item.getByText(byWholeText('Antagen'))).toBeTruthy();
    expect(item.queryByRole('button', { name: /Avbryt avropet/ })).toBeNull();
    expect(services.stored()[0].order.status).toBe('Antagen');
  });

  it('an accepted order cannot be cancelled here', async () => {
    renderMine({ mine: [storedOrder(1, {}, 'antagen')] });
    await screen.findByText(byWholeText('1 avrop visas'));
    expect(screen.queryByRole('button', { name: /Avbryt avropet/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Visa detaljer för AVR-2026-0001' }));
    expect(screen.getByText(byWholeText(/kan inte avbrytas här längre/))).toBeTruthy();
    const details = document.getElementById(screen.getByRole('button', { name: 'Dölj detaljer för AVR-2026-0001' }).getAttribute('aria-controls')!)!;
    expect(within(details).getByText(byWholeText('10 mars 2031'))).toBeTruthy();
  });

  it('pages with "Visa fler" and moves focus to the first new order', async () => {
    const mine = [5, 4, 3, 2, 1].map((id) => storedOrder(id));
    const services = renderMine({ mine, pageSize: 2 });
    await screen.findByText(byWholeText('2 avrop visas'));
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    await screen.findByText(byWholeText('4 avrop visas'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: /AVR-2026-0003/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    await screen.findByText(byWholeText('5 avrop visas'));
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
    expect(services.listMineCalls.map((c) => c.token)).toEqual([undefined, '2', '4']);
  });

  it('with no orders, says so and offers "Nytt avrop"', async () => {
    renderMine({ mine: [] });
    expect(await screen.findByText(byWholeText('Du har inga avrop ännu.'))).toBeTruthy();
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
    expect(await screen.findByText(byWholeText(/Det gick inte att hämta dina avrop/))).toBeTruthy();
    expect(document.querySelector('[data-app-ready="true"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText(byWholeText('1 avrop visas'))).toBeTruthy();
  });

  it('a failed start (user or catalogue) says so and retries', async () => {
    const services = renderMine({ failCatalogueTimes: 1 });
    expect(await screen.findByText(byWholeText(/Det gick inte att hämta uppgifterna för avrop/))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mina avrop' })).toBeTruthy();
    expect(services.calls.filter((c) => c === 'catalogue.load')).toHaveLength(2);
  });

  it('speaks English on an English page', async () => {
    renderMine({ mine: [storedOrder(1, {}, 'skickad')] }, 'en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'My orders' })).toBeTruthy();
    await screen.findByText(byWholeText('1 order shown'));
    expect(screen.getByText(byWholeText('Awaiting answer'))).toBeTruthy();
    expect(screen.getByText(byWholeText('Prové (rank 1)'))).toBeTruthy();
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
    await screen.findByText(byWholeText('1 avrop visas'));
    fireEvent.click(screen.getByRole('button', { name: `Visa detaljer för ${stored.order.reference}` }));
    return screen.getByRole('heading', { level: 4, name: 'Händelser' }).parentElement as HTMLElement;
  }

  it.each([
    ['unmarked', undefined],
    ['marked false', false]
  ])('%s: the decline and its reason show, the comment does not', async (_name, flag) => {
    const trail = await history(declined(1, 'svar per e-post från Karin S', flag));
    expect(within(trail).getByText(byWholeText(/Prové \(rang 1\) avböjde eftersom leverantören inte kan starta i tid\./))).toBeTruthy();
    expect(trail.textContent).not.toMatch(/Karin S/i);
    expect(trail.textContent).not.toContain('Kommentar');
  });

  it('marked for the orderer: the comment shows', async () => {
    const trail = await history(declined(1, 'Leverantören kan tidigast i april.', true));
    expect(within(trail).getByText(byWholeText(/Kommentar: Leverantören kan tidigast i april\./))).toBeTruthy();
  });

  it('nobody is shown by login: the orderer sees what happened, not who', async () => {
    const trail = await history(declined(1, 'internt', false));
    expect(trail.textContent).not.toContain(HANDLER.user);
    expect(trail.textContent).not.toContain('hanna');
  });
});

describe('Avrop: Mina avrop says what each order is about and what happens next, and can be searched', () => {
  const NOW = new Date(Date.UTC(2026, 0, 20, 9));
  function withStatus(id: number, step: 'ny' | 'skickad' | 'antagen', change: Partial<Order> = {}, request: Partial<OrderRequest> = {}): StoredOrder {
    const stored = storedOrder(id, request, step);
    // The orderer's own item is whatever it holds; the view must read any status it finds.
    return { ...stored, order: { ...stored.order, ...change } };
  }
  function renderList(mine: StoredOrder[], lang: AppEnvironment['lang'], mailbox?: string, pageSize?: number) {
    const services = fakeServices({ catalogue: SEED_CATALOGUE, mine, pageSize });
    const onNew = jest.fn();
    render(
      <LangContext.Provider value={lang}>
        <MyOrders orders={services.orders} user={FAKE_USER} catalogue={SEED_CATALOGUE} now={() => NOW} onNew={onNew} handlersMailbox={mailbox} />
      </LangContext.Provider>
    );
    return { services, onNew };
  }
  function nextStepOf(reference: string, heading: string): HTMLElement {
    return within(article(reference)).getByRole('heading', { level: 4, name: heading }).closest('section') as HTMLElement;
  }

  it('shows course or training area, participants and the wished period, then the start date once accepted', async () => {
    renderList([withStatus(2, 'antagen'), withStatus(1, 'ny', {}, { courseKey: '', trainingAreaKeys: ['ledarskap/att-leda-arbete'], participants: 9 })], 'sv-SE');
    await screen.findByText(byWholeText('2 avrop visas'));
    const fresh = within(article('AVR-2026-0001'));
    expect(fresh.getByText(byWholeText('Utbildningsområden')).nextSibling!.textContent).toBe('Att leda arbete');
    expect(fresh.getByText(byWholeText('Antal deltagare')).nextSibling!.textContent).toBe('9');
    expect(fresh.getByText(byWholeText('Önskad period')).nextSibling!.textContent).toBe('2 mars 2031 – 30 apr 2031');
    const accepted = within(article('AVR-2026-0002'));
    expect(accepted.getByText(byWholeText('Planerad start')).nextSibling!.textContent).toBe('10 mars 2031');
    expect(accepted.queryByText(byWholeText('Önskad period'))).toBeNull();
  });

  it('names the chosen course on the order', async () => {
    const course = SEED_CATALOGUE.courses.find((c) => c.areaKey === 'ledarskap') || SEED_CATALOGUE.courses[0];
    renderList([withStatus(1, 'ny', {}, { areaKey: course.areaKey, courseKey: course.key, trainingAreaKeys: [] })], 'en-US');
    await screen.findByText(byWholeText('1 order shown'));
    const item = within(article('AVR-2026-0001'));
    expect(item.getByText(byWholeText('Course or training')).nextSibling!.textContent).toContain(course.title);
  });

  const last = (o: Order): number => Math.max(...o.ranking.map((r) => r.rank));
  const CASES: Array<[string, () => StoredOrder, string, RegExp, string, RegExp]> = [
    ['Ny', () => withStatus(1, 'ny'), 'Vad händer nu?', /^Avropshandläggarna skickar avropet till Prové, oftast inom 2 vardagar\.$/, 'What happens next?', /^The order handlers send the order to Prové, usually within 2 weekdays\.$/],
    [
      'Väntar på svar',
      () => withStatus(1, 'skickad'),
      'Vad händer nu?',
      /^Prové har på sig till \d+ jan 2026 kl\. \d\d:\d\d att svara\. Tackar leverantören nej eller svarar inte i tid går avropet vidare till nästa leverantör i rangordningen\.$/,
      'What happens next?',
      /^Prové has until .*2026.*\d{1,2}:\d\d [AP]M to answer\. If the supplier declines or does not answer in time, the order goes on to the next supplier in the ranking\.$/
    ],
    [
      'Väntar på svar (last supplier)',
      () => {
        const s = withStatus(1, 'skickad');
        const rank = last(s.order);
        const final = s.order.ranking.find((r) => r.rank === rank)!;
        return { ...s, order: { ...s.order, assignedRank: rank, assignedSupplierKey: final.supplierKey } };
      },
      'Vad händer nu?',
      /Det finns ingen fler leverantör i rangordningen\. Tackar leverantören nej eller svarar inte i tid hör avropshandläggarna av sig till dig\.$/,
      'What happens next?',
      /There is no other supplier in the ranking\. If the supplier declines or does not answer in time, the order handlers will contact you\.$/
    ],
    ['Antagen', () => withStatus(1, 'antagen'), 'Vad händer nu?', /^Utbildningen startar 10 mars 2031\. Prové kontaktar kontaktpersonen Anna Andersson för att planera genomförandet\.$/, 'What happens next?', /^The training starts [^.]*2031\. Prové will contact the contact person, Anna Andersson, to plan it\.$/],
    [
      'Ingen leverantör',
      () => withStatus(1, 'skickad', { status: 'Ingen leverantör', assignedSupplierKey: '', assignedRank: 0, answerDeadline: '' }),
      'Vad händer nu?',
      /^Ingen av leverantörerna i rangordningen kunde leverera utbildningen\. Det här kan du göra:Kontakta avropshandläggarna.*Gör ett nytt avrop med en annan önskad period.*Gör ett nytt avrop med ett annat upplägg.*Gör ett nytt avrop$/,
      'What happens next?',
      /^None of the suppliers in the ranking could deliver the training\. What you can do:Contact the order handlers.*different wished period.*different set-up.*Place another order$/
    ],
    ['Avbruten', () => withStatus(1, 'ny', { status: 'Avbruten', cancelReason: 'Behövs inte' }), 'Vad händer nu?', /^Avropet är avbrutet och går inte vidare\. Behöver ni utbildningen ändå gör du ett nytt avrop\.$/, 'What happens next?', /^The order is cancelled and goes no further\. If you still need the training, place a new order\.$/],
    ['Genomförd', () => withStatus(1, 'antagen', { status: 'Genomförd' }), 'Vad händer nu?', /^Utbildningen är genomförd\. Inget mer behöver göras med avropet\.$/, 'What happens next?', /^The training has been delivered\. Nothing more needs doing with this order\.$/]
  ];
  it.each(CASES)('%s: the next step in Swedish and in English', async (_status, make, svHeading, sv, enHeading, en) => {
    renderList([make()], 'sv-SE');
    await screen.findByText(byWholeText('1 avrop visas'));
    const svText = nextStepOf('AVR-2026-0001', svHeading).textContent!.replace(/Frågor om avropet\?.*$/, '');
    expect(svText.replace(/^Vad händer nu\?/, '')).toMatch(sv);
    cleanup();
    renderList([make()], 'en-US');
    await screen.findByText(byWholeText('1 order shown'));
    const enText = nextStepOf('AVR-2026-0001', enHeading).textContent!.replace(/Questions about the order\?.*$/, '');
    expect(enText.replace(/^What happens next\?/, '')).toMatch(en);
  });

  it('Ingen leverantör: "Gör ett nytt avrop" opens a new order', async () => {
    const { onNew } = renderList([withStatus(1, 'skickad', { status: 'Ingen leverantör', assignedSupplierKey: '', assignedRank: 0 })], 'sv-SE');
    await screen.findByText(byWholeText('1 avrop visas'));
    fireEvent.click(within(nextStepOf('AVR-2026-0001', 'Vad händer nu?')).getByRole('button', { name: 'Gör ett nytt avrop' }));
    expect(onNew).toHaveBeenCalledTimes(1);
  });

  it('links to the handlers\' mailbox with the reference in the subject, in both languages', async () => {
    renderList([withStatus(1, 'skickad')], 'sv-SE', 'avrop@region.example');
    await screen.findByText(byWholeText('1 avrop visas'));
    const sv = screen.getByRole('link', { name: 'Mejla avropshandläggarna om AVR-2026-0001' });
    expect(sv.getAttribute('href')).toBe('mailto:avrop@region.example?subject=Fr%C3%A5ga%20om%20avrop%20AVR-2026-0001');
    cleanup();
    renderList([withStatus(1, 'skickad')], 'en-US', 'avrop@region.example');
    await screen.findByText(byWholeText('1 order shown'));
    const en = screen.getByRole('link', { name: 'E-mail the order handlers about AVR-2026-0001' });
    expect(en.getAttribute('href')).toBe('mailto:avrop@region.example?subject=Question%20about%20order%20AVR-2026-0001');
  });

  it.each([[undefined], [''], ['not an address'], ['a@b.example?cc=evil@x.example']])('without a usable mailbox (%p) the contact text has no link', async (mailbox) => {
    renderList([withStatus(1, 'ny')], 'sv-SE', mailbox);
    await screen.findByText(byWholeText('1 avrop visas'));
    expect(screen.queryByRole('link', { name: /Mejla avropshandläggarna/ })).toBeNull();
    expect(screen.getByText(byWholeText('Frågor om avropet? Kontakta avropshandläggarna på utbildningsenheten och ange referensen AVR-2026-0001.'))).toBeTruthy();
  });

  it('searches reference, area, course/training area and unit over the loaded orders, announcing the hit count', async () => {
    renderList(
      [
        withStatus(3, 'ny', {}, { areaKey: 'ugl-ul-il', trainingAreaKeys: [], unit: 'Kirurgen Borås' }),
        withStatus(2, 'ny', {}, { unit: 'Akutmottagningen Sahlgrenska' }),
        withStatus(1, 'ny', {}, { unit: 'Vårdcentralen Ale' })
      ],
      'sv-SE'
    );
    await screen.findByText(byWholeText('3 avrop visas'));
    const box = screen.getByRole('searchbox', { name: 'Sök bland dina avrop' });
    const status = screen.getByRole('status');
    fireEvent.change(box, { target: { value: 'ugl' } });
    expect(status.textContent).toBe('1 av 3 hämtade avrop matchar sökningen');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['AVR-2026-0003 · UGL, UL och IL']);
    fireEvent.change(box, { target: { value: '  AKUT  ' } });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['AVR-2026-0002 · Ledarskap']);
    fireEvent.change(box, { target: { value: 'leda arbete' } });
    expect(status.textContent).toBe('2 av 3 hämtade avrop matchar sökningen');
    fireEvent.change(box, { target: { value: 'avr-2026-0001' } });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['AVR-2026-0001 · Ledarskap']);
    fireEvent.change(box, { target: { value: 'finns inte' } });
    expect(status.textContent).toBe('Inget av de 3 hämtade avropen matchar sökningen.');
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
    fireEvent.change(box, { target: { value: '' } });
    expect(status.textContent).toBe('3 avrop visas');
  });

  it('search works with paging: it says older orders are not searched yet, and "Visa fler" brings matching ones in', async () => {
    const mine = [4, 3, 2, 1].map((id) => withStatus(id, 'ny', {}, { unit: id === 1 ? 'Kirurgen Borås' : 'Akuten' }));
    renderList(mine, 'en-US', undefined, 2);
    await screen.findByText(byWholeText('2 orders shown'));
    const box = screen.getByRole('searchbox', { name: 'Search your orders' });
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toMatch(/Choose Show more to search them too\./);
    fireEvent.change(box, { target: { value: 'borås' } });
    expect(screen.getByRole('status').textContent).toBe('None of the 2 loaded orders match the search.');
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 4 loaded orders matches the search'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: /AVR-2026-0001/ }));
  });
});
