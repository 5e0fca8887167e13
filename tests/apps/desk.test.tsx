/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import DeskApp from '../../src/apps/avropshantering/DeskApp';
import { buildCallOffRequest, mailtoLink } from '../../src/domain/callOffRequest';
import { sortQueue } from '../../src/apps/avropshantering/queueModel';
import * as csvDownloadModule from '../../src/components/csvDownload';
import { parseCsv } from '../../src/domain/csv';
import type { AppEnvironment } from '../../src/apps/shared/appTypes';
import type { StoredOrder } from '../../src/data/ports';
import { createOrder, moveToNextSupplier, recordAcceptance, sendToSupplier, completeOrder } from '../../src/domain/cascade';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import type { Catalogue, Order, OrderRequest } from '../../src/domain/types';
import { fakeServices, FakeOptions } from '../support/fakeServices';
import { byWholeText } from '../support/wholeText';

// Tuesday 10 March 2026, 10:00 Swedish time (CET).
const NOW = new Date('2026-03-10T09:00:00Z');
const clock = (): Date => NOW;
const HANNA = { id: 12, title: 'Hanna Handläggare', email: 'hanna@region.example', loginName: 'i:0#.f|membership|hanna@region.example' };

/** The seed catalogue, with e-mail addresses for every supplier except Ekan. */
const CATALOGUE: Catalogue = {
  ...SEED_CATALOGUE,
  suppliers: SEED_CATALOGUE.suppliers.map((s) => ({ ...s, email: s.key === 'ekan' ? '' : `avrop@${s.key}.example` }))
};

function request(areaKey: string, overrides: Partial<OrderRequest> = {}): OrderRequest {
  return {
    organisationKey: 'vgr',
    unit: 'Akutmottagningen',
    contactName: 'Karin Berg',
    contactEmail: 'karin.berg@region.example',
    contactPhone: '010-123 45 67',
    invoiceReference: 'KST 4711',
    areaKey,
    trainingAreaKeys: [],
    courseKey: '',
    need: 'Nya chefer behöver grunderna i ledarskap.',
    targetGroup: 'Nya chefer i akutsjukvården',
    participants: 12,
    format: 'Platsbunden',
    periodFrom: '2026-04-01',
    periodTo: '2026-05-31',
    place: 'Regionens hus, Göteborg',
    adaptations: ['Hörslinga', 'Annat'],
    adaptationsOther: 'Lokal nära hiss',
    otherInfo: 'Gärna förmiddagar.',
    ...overrides
  };
}

const at = (iso: string): Date => new Date(iso);
const BY = 'i:0#.f|membership|erik@region.example';

function created(n: number, areaKey: string, submitted: string, overrides: Partial<OrderRequest> = {}): Order {
  return createOrder(request(areaKey, overrides), CATALOGUE, {
    now: at(submitted),
    user: BY,
    requestKey: `key-${n}`,
    reference: `AVR-2026-${String(n).padStart(4, '0')}`
  }).order;
}

function stored(id: number, order: Order): StoredOrder {
  return { id, etag: `"v${id}"`, authorId: 3, order };
}

const handler = { now: at('2026-03-05T08:00:00Z'), user: 'hanna@region.example' };

/** Five orders in different states; order 2's answer deadline has passed at NOW. */
function queue(): StoredOrder[] {
  const o1 = created(1, 'ugl-ul-il', '2026-03-02T08:00:00Z', { courseKey: 'ugl-ul-il/ugl' });
  const o2 = sendToSupplier(created(2, 'ledarskap', '2026-03-03T08:00:00Z'), { ...handler, now: at('2026-03-05T08:00:00Z'), responseHours: 24 }).order;
  const o3 = sendToSupplier(created(3, 'ekonomistyrning', '2026-03-04T08:00:00Z', { trainingAreaKeys: ['ekonomistyrning/kommunal-ekonomi'] }), {
    ...handler,
    now: at('2026-03-10T08:00:00Z'),
    responseHours: 24
  }).order;
  const o4sent = sendToSupplier(created(4, 'kommunikation', '2026-03-05T08:00:00Z'), { ...handler, now: at('2026-03-05T09:00:00Z'), responseHours: 24 }).order;
  const o4 = recordAcceptance(o4sent, { ...handler, now: at('2026-03-05T10:00:00Z'), startDate: '2026-03-09' }).order;
  const o5sent = sendToSupplier(created(5, 'medarbetarskap', '2026-03-01T08:00:00Z'), { ...handler, now: at('2026-03-02T09:00:00Z'), responseHours: 24 }).order;
  const o5accepted = recordAcceptance(o5sent, { ...handler, now: at('2026-03-02T10:00:00Z'), startDate: '2026-03-03' }).order;
  const o5 = completeOrder(o5accepted, { ...handler, now: at('2026-03-06T10:00:00Z'), actualParticipants: 10 }).order;
  return [stored(1, o1), stored(2, o2), stored(3, o3), stored(4, o4), stored(5, o5)];
}

/** Ledarskap, sent to its last supplier (TrustP, rank 2) after Prové was skipped. */
function atLastSupplier(): StoredOrder {
  const skipped = moveToNextSupplier(created(6, 'ledarskap', '2026-03-06T08:00:00Z'), {
    ...handler,
    now: at('2026-03-06T09:00:00Z'),
    reason: 'Annat',
    comment: 'Prové har meddelat att de inte tar uppdrag i mars.'
  }).order;
  return stored(6, sendToSupplier(skipped, { ...handler, now: at('2026-03-09T09:00:00Z'), responseHours: 24 }).order);
}

function renderDesk(options: Partial<FakeOptions> = {}, lang: AppEnvironment['lang'] = 'sv-SE', search = '') {
  window.history.replaceState({}, '', `/avropshantering${search}`);
  const services = fakeServices({ catalogue: CATALOGUE, canEditAll: true, user: HANNA, queue: queue(), now: NOW, ...options });
  const utils = render(
    <DeskApp
      services={services}
      env={{ lang, host: 'SharePoint', search, pageUrl: `https://region.example/sites/utbildning/SitePages/Avropshantering.aspx${search}` }}
      settings={{ siteUrl: '/sites/utbildning' }}
      clock={clock}
    />
  );
  return { services, ...utils };
}

function shownReferences(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-reference') || '');
}

async function openOrder(reference: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('link', { name: reference }));
  const heading = await screen.findByRole('heading', { level: 2, name: `Avrop ${reference}` });
  return heading;
}

async function choose(comboName: string, optionName: string): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: (name) => name.startsWith(`${comboName} `) }));
  const option = await screen.findByRole('option', { name: optionName });
  // The choice starts a load; let it settle inside act.
  await act(async () => {
    fireEvent.click(option);
  });
}

beforeAll(() => {
  // jsdom has no scrolling.
  window.scrollTo = jest.fn() as unknown as typeof window.scrollTo;
});

describe('Avropshantering: kön', () => {
  it('visar avrop att hantera: försenade svar först, sedan nya som inte har skickats, sedan de som väntar på svar', async () => {
    const { services } = renderDesk();
    await screen.findByRole('heading', { level: 2, name: 'Avropskö' });
    await screen.findByRole('link', { name: 'AVR-2026-0002' });
    // 4 is accepted and 5 completed: they are not work for the desk now and have views of their own.
    expect(shownReferences()).toEqual(['AVR-2026-0002', 'AVR-2026-0001', 'AVR-2026-0003']);
    const overdueRow = screen.getByRole('link', { name: 'AVR-2026-0002' }).closest('tr') as HTMLElement;
    expect(within(overdueRow).getByText(byWholeText('Svarstiden har gått ut'))).toBeTruthy();
    const onTime = screen.getByRole('link', { name: 'AVR-2026-0003' }).closest('tr') as HTMLElement;
    expect(within(onTime).queryByText(byWholeText('Svarstiden har gått ut'))).toBeNull();
    expect(services.listQueueCalls[0].filter).toEqual({ urgency: true });
    expect(document.querySelector('[data-app-ready="true"]')).not.toBeNull();
    expect(screen.getByText(byWholeText('3 avrop visas.'))).toBeTruthy();
  });

  it('sorterar de hämtade avropen (ren funktion)', () => {
    const orders = queue();
    // Order 4 is accepted and keeps the (earlier) deadline it was answered by: that no longer counts.
    expect(orders[3].order.answerDeadline < orders[2].order.answerDeadline).toBe(true);
    expect(sortQueue(orders, NOW, true).map((s) => s.id)).toEqual([2, 1, 3, 4, 5]);
    expect(sortQueue([...orders].reverse(), NOW, true).map((s) => s.id)).toEqual([2, 1, 3, 5, 4]);
    // Any other view: newest first.
    expect(sortQueue([orders[2], orders[0], orders[4]], NOW).map((s) => s.id)).toEqual([5, 3, 1]);
  });

  it('filtrerar på status och avtalsområde, och urvalet kan rensas', async () => {
    const { services } = renderDesk();
    await screen.findByRole('link', { name: 'AVR-2026-0002' });
    await choose('Status', 'Alla statusar');
    await screen.findByRole('link', { name: 'AVR-2026-0005' });
    expect(shownReferences()).toHaveLength(5);
    await choose('Avtalsområde', 'Ledarskap');
    await waitFor(() => expect(shownReferences()).toEqual(['AVR-2026-0002']));
    expect(services.listQueueCalls[services.listQueueCalls.length - 1].filter).toEqual({ areaKey: 'ledarskap' });
    // The selection is in the page address, so the filtered queue can be linked.
    expect(new URLSearchParams(window.location.search).get('status')).toBe('all');
    expect(new URLSearchParams(window.location.search).get('omrade')).toBe('ledarskap');
    fireEvent.click(screen.getByRole('button', { name: 'Rensa urvalet' }));
    await waitFor(() => expect(shownReferences()).toHaveLength(3));
    expect(window.location.search).toBe('');
  });

  it('öppnas med urvalet från en länk', async () => {
    const { services } = renderDesk({}, 'sv-SE', '?status=Antagen&omrade=kommunikation');
    await waitFor(() => expect(shownReferences()).toEqual(['AVR-2026-0004']));
    expect(services.listQueueCalls[0].filter).toEqual({ statuses: ['Antagen'], areaKey: 'kommunikation' });
  });

  it('en länk med ett okänt urval visar kön att hantera', async () => {
    const { services } = renderDesk({}, 'sv-SE', "?status=%3Cscript%3E&omrade=a'%20or%201%20eq%201");
    await waitFor(() => expect(shownReferences()).toEqual(['AVR-2026-0002', 'AVR-2026-0001', 'AVR-2026-0003']));
    expect(services.listQueueCalls[0].filter).toEqual({ urgency: true });
  });

  it('filtrerar på leverantör och organisation', async () => {
    const { services } = renderDesk();
    await screen.findByRole('link', { name: 'AVR-2026-0002' });
    await choose('Leverantör', 'Prové');
    await waitFor(() => expect(shownReferences()).toEqual(['AVR-2026-0002']));
    await choose('Beställande organisation', 'Västtrafik AB');
    expect(await screen.findByText(byWholeText('Inga avrop matchar urvalet.'))).toBeTruthy();
    expect(services.listQueueCalls[services.listQueueCalls.length - 1].filter).toEqual({
      urgency: true,
      supplierKey: 'prove',
      organisationKey: 'vasttrafik'
    });
  });

  it('söker på exakt referens, också avslutade avrop, och säger tydligt när ingen finns', async () => {
    const { services } = renderDesk();
    await screen.findByRole('link', { name: 'AVR-2026-0002' });
    const box = screen.getByRole('textbox', { name: 'Sök på referens, enhet eller kontaktperson' });
    fireEvent.change(box, { target: { value: ' avr-2026-0005 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(shownReferences()).toEqual(['AVR-2026-0005']));
    expect(services.listQueueCalls[services.listQueueCalls.length - 1].filter).toEqual({ reference: 'AVR-2026-0005' });
    expect(screen.getByText(byWholeText('Avropet AVR-2026-0005 visas.'))).toBeTruthy();

    fireEvent.change(box, { target: { value: 'AVR-2026-0099' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    expect(await screen.findByText(byWholeText(/Det finns inget avrop med referensen AVR-2026-0099/))).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.change(box, { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    expect(await screen.findByText(byWholeText(/Skriv hela avropsreferensen, till exempel AVR-2026-0001, eller minst två tecken/))).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Visa kön igen' }));
    await waitFor(() => expect(shownReferences()).toHaveLength(3));
  });

  it('söker på enhet och kontaktperson i alla avrop, säger när inget finns, och sökningen kan länkas', async () => {
    const { services } = renderDesk();
    await screen.findByRole('link', { name: 'AVR-2026-0002' });
    const box = screen.getByRole('textbox', { name: 'Sök på referens, enhet eller kontaktperson' });
    fireEvent.change(box, { target: { value: '  AKUTmottagningen ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(shownReferences()).toHaveLength(5));
    expect(services.listQueueCalls[services.listQueueCalls.length - 1].filter).toEqual({ text: 'AKUTmottagningen' });
    expect(screen.getByText('5 avrop där enhet eller kontaktperson innehåller ”AKUTmottagningen”.')).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('sok')).toBe('AKUTmottagningen');

    fireEvent.change(box, { target: { value: "' or 1 eq 1" } });
    fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    expect(await screen.findByText(/Inget avrop har en enhet eller kontaktperson som innehåller ”' or 1 eq 1”/)).toBeTruthy();
  });

  it('hämtar 25 åt gången och visar fler på begäran, sorterat om', async () => {
    const many: StoredOrder[] = [];
    for (let i = 1; i <= 30; i++) many.push(stored(100 + i, created(100 + i, 'ledarskap', `2026-02-${String(i % 28 + 1).padStart(2, '0')}T08:00:00Z`)));
    renderDesk({ queue: many });
    await screen.findByText(byWholeText(/25 avrop visas\. Det finns fler avrop/));
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    const status = await screen.findByText(byWholeText('30 avrop visas.'));
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  it('ett misslyckat hämtande sägs och kan göras om', async () => {
    const { services } = renderDesk({ failQueueTimes: 1 });
    fireEvent.click(await screen.findByRole('button', { name: 'Försök igen' }));
    await screen.findByRole('link', { name: 'AVR-2026-0002' });
    expect(services.listQueueCalls).toHaveLength(2);
  });

  it('en tom kö säger det', async () => {
    renderDesk({ queue: [] });
    expect(await screen.findByText(byWholeText('Inga öppna avrop just nu.'))).toBeTruthy();
  });

  it('den som inte är avropshandläggare får ett tydligt besked om behörighet och inga åtgärder', async () => {
    const { services } = renderDesk({ canEditAll: false });
    expect(await screen.findByText(byWholeText(/Du saknar behörighet att hantera avrop/))).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Avropskö' })).toBeNull();
    // No actions; only the footer's link to the accessibility statement, which every app has.
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(['Tillgänglighetsredogörelse']);
    expect(services.listQueueCalls).toHaveLength(0);
    expect(document.querySelector('[data-app-ready="true"]')).not.toBeNull();
  });

  it('talar engelska på en engelsk sida', async () => {
    renderDesk({}, 'en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'Order queue' })).toBeTruthy();
    await screen.findByRole('link', { name: 'AVR-2026-0002' });
    expect(screen.getByText(byWholeText('The answer deadline has passed'))).toBeTruthy();
    // Dates as English readers write them (still Swedish time), not "6 mars 2026 kl. 09:00".
    expect(screen.getAllByText(/^[A-Z][a-z]{2} \d{1,2}, 2026, \d{1,2}:\d\d [AP]M$/).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/ kl\. \d\d:\d\d/)).toHaveLength(0);
  });
});

describe('Avropshantering: avropet', () => {
  it('öppnas från kön med fokus på rubriken, visar allt om avropet och leder tillbaka till kön', async () => {
    renderDesk();
    const heading = await openOrder('AVR-2026-0001');
    expect(document.activeElement).toBe(heading);
    expect(window.location.search).toBe('?avrop=1');
    const text = document.body.textContent || '';
    for (const expected of [
      'Västra Götalandsregionen',
      'Akutmottagningen',
      'Karin Berg',
      'karin.berg@region.example',
      '010-123 45 67',
      'KST 4711',
      'UGL, UL och IL',
      'Utveckling av grupp och ledare (UGL)',
      'Nya chefer behöver grunderna i ledarskap.',
      'Nya chefer i akutsjukvården',
      '12',
      'Platsbunden',
      '1 apr 2026 – 31 maj 2026',
      'Regionens hus, Göteborg',
      'Hörslinga, Annat: Lokal nära hiss',
      'Gärna förmiddagar.'
    ]) {
      expect(text).toContain(expected);
    }
    const ranking = screen.getByRole('heading', { name: 'Rangordning för avropet' }).parentElement as HTMLElement;
    const items = within(ranking).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Harmoni i Livet Syd');
    expect(items[0].textContent).toContain('har avropet nu');
    expect(items[0].getAttribute('aria-current')).toBe('true');
    expect(items[1].textContent).toContain('Rezon');
    expect(items[1].textContent).not.toContain('har avropet nu');
    const history = screen.getByRole('heading', { name: 'Händelser' }).parentElement as HTMLElement;
    // Without a recorded name the trail shows the login without its claims prefix, never the claim itself.
    expect(history.textContent).toContain('av erik@region.example');
    expect(history.textContent).not.toContain(BY);

    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till avropskön' }));
    await screen.findByRole('heading', { level: 2, name: 'Avropskö' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('link', { name: 'AVR-2026-0001' })));
    expect(window.location.search).toBe('');
  });

  it('öppnas direkt från en länk (?avrop=id)', async () => {
    const { services } = renderDesk({}, 'sv-SE', '?avrop=2');
    await screen.findByRole('heading', { level: 2, name: 'Avrop AVR-2026-0002' });
    // The hidden queue is not read (issue 13): only going back to it reads it.
    expect(services.listQueueCalls).toHaveLength(0);
    expect(screen.getByTestId('answer-deadline').textContent).toContain('6 mars 2026 kl. 09:00');
    expect(screen.getByTestId('answer-deadline').textContent).toContain('Svarstiden har gått ut.');
    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till avropskön' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Avropskö' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await waitFor(() => expect(services.listQueueCalls).toHaveLength(1));
  });

  it('Skicka till leverantör: förfrågan med alla uppgifter och svarstiden, e-post och kopiering, och sändningen registreras', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const { services } = renderDesk();
    await openOrder('AVR-2026-0001');
    fireEvent.click(screen.getByRole('button', { name: 'Skicka till leverantör' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(byWholeText('Avropsförfrågan till Harmoni i Livet Syd'))).toBeTruthy();
    const subject = (within(dialog).getByLabelText('Ämne') as HTMLInputElement).value;
    const body = (within(dialog).getByLabelText('Meddelande') as HTMLTextAreaElement).value;
    expect(subject).toBe('Avrop AVR-2026-0001 – UGL, UL och IL – svar senast 11 mars 2026 kl. 10:00');
    for (const expected of [
      'Avropsreferens: AVR-2026-0001',
      'Avtalsområde: UGL, UL och IL',
      'Kurs: Utveckling av grupp och ledare (UGL)',
      'Behov: Nya chefer behöver grunderna i ledarskap.',
      'Målgrupp: Nya chefer i akutsjukvården',
      'Antal deltagare: 12',
      'Genomförande: Platsbunden',
      'Önskad period: 1 apr 2026 – 31 maj 2026',
      'Plats: Regionens hus, Göteborg',
      'Anpassningar för deltagarna: Ja, kontaktpersonen berättar vilka.',
      'Övrigt: Gärna förmiddagar.',
      'Organisation: Västra Götalandsregionen',
      'Enhet: Akutmottagningen',
      'Kontaktperson: Karin Berg',
      'E-post: karin.berg@region.example',
      'Telefon: 010-123 45 67',
      'Fakturareferens: KST 4711',
      'SVAR SENAST: 11 mars 2026 kl. 10:00'
    ]) {
      expect(body).toContain(expected);
    }
    // Nothing personal beyond the contact person: not who submitted or handled it.
    expect(body).not.toContain('erik');
    expect(body).not.toContain('hanna');
    const mail = within(dialog).getByRole('link', { name: /Öppna som e-post/ }) as HTMLAnchorElement;
    const href = mail.getAttribute('href') || '';
    expect(href.startsWith('mailto:avrop@harmoni-i-livet-syd.example?subject=')).toBe(true);
    expect(decodeURIComponent(href.split('subject=')[1].split('&body=')[0])).toBe(subject);
    expect(decodeURIComponent(href.split('&body=')[1])).toBe(body.replace(/\n/g, '\r\n'));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Kopiera text' }));
    expect(await within(dialog).findByText(byWholeText('Texten är kopierad.'))).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(`${subject}\n\n${body}`);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Registrera som skickat' }));
    expect(await screen.findByText(byWholeText('Avropet är registrerat som skickat till Harmoni i Livet Syd. Svar senast 11 mars 2026 kl. 10:00.'))).toBeTruthy();
    expect(services.updated).toHaveLength(1);
    const { next, event, stored: before } = services.updated[0];
    expect(before.etag).toBe('"v1"');
    expect(next.status).toBe('Väntar på svar');
    expect(next.answerDeadline).toBe('2026-03-11T09:00:00.000Z');
    expect(event.kind).toBe('Skickad');
    // One identity everywhere: the claims login, with her name beside it for the trail.
    expect(event.by).toBe(HANNA.loginName);
    expect(event.byName).toBe('Hanna Handläggare');
    expect(screen.getByTestId('answer-deadline').textContent).toContain('11 mars 2026 kl. 10:00');
    expect(screen.getByText(byWholeText(/Avropet skickades till Harmoni i Livet Syd \(rang 1\)\. Svar senast 11 mars 2026 kl\. 10:00\./))).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The answer form is there now.
    expect(screen.getByRole('heading', { name: 'Registrera leverantörens svar' })).toBeTruthy();
  });

  it('en leverantör utan e-postadress: det sägs, och texten går att kopiera även utan urklippsfunktion', async () => {
    Object.assign(navigator, { clipboard: undefined });
    const services = fakeServices({ catalogue: CATALOGUE, canEditAll: true, user: HANNA, queue: [stored(7, created(7, 'ekonomistyrning', '2026-03-09T08:00:00Z'))] });
    window.history.replaceState({}, '', '/avropshantering');
    render(<DeskApp services={services} env={{ lang: 'sv-SE', host: 'SharePoint', search: '', pageUrl: 'https://x.example/' }} settings={{ siteUrl: '/' }} clock={clock} />);
    await openOrder('AVR-2026-0007');
    fireEvent.click(screen.getByRole('button', { name: 'Skicka till leverantör' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(byWholeText(/Ekan har ingen e-postadress i avtalskatalogen/))).toBeTruthy();
    expect(within(dialog).queryByRole('link', { name: /Öppna som e-post/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kopiera text' }));
    expect(await within(dialog).findByText(byWholeText(/Markera texten i fälten och kopiera den med Ctrl\+C/))).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(services.updated).toHaveLength(0);
  });

  it('avböjt (saknar kapacitet) flyttar avropet till rang 2, och historiken säger varför', async () => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0003');
    expect(screen.queryByRole('radio', { name: 'Inget svar före svarstiden' })).toBeNull();
    expect(screen.getByText(byWholeText(/"Inget svar före svarstiden" går att välja när svarstiden har gått ut \(11 mars 2026 kl\. 09:00\)/))).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Avböjde: saknar kapacitet' }));
    expect(screen.getByText(byWholeText('Avropet går då vidare till Kommunalekonomernas förening (rang 2).'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    expect(await screen.findByText(byWholeText('Avropet har gått vidare till Kommunalekonomernas förening (rang 2). Skicka det till den leverantören.'))).toBeTruthy();
    expect(services.updated).toHaveLength(1);
    const { next, event } = services.updated[0];
    expect(next.status).toBe('Ny');
    expect(next.assignedSupplierKey).toBe('kommunalekonomernas-forening');
    expect(next.assignedRank).toBe(2);
    expect(event.reason).toBe('Avböjt: saknar kapacitet');
    expect(screen.getByText(byWholeText(/Ekan \(rang 1\) avböjde eftersom leverantören inte har kapacitet\. Avropet gick vidare till Kommunalekonomernas förening \(rang 2\)/))).toBeTruthy();
    const ranking = screen.getByRole('heading', { name: 'Rangordning för avropet' }).parentElement as HTMLElement;
    expect(within(ranking).getAllByRole('listitem')[0].textContent).toContain('gick vidare: Avböjde: saknar kapacitet');
    expect(screen.getByRole('button', { name: 'Skicka till leverantör' })).toBeTruthy();
    // The queue shows the order as it is now.
    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till avropskön' }));
    const row = (await screen.findByRole('link', { name: 'AVR-2026-0003' })).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Kommunalekonomernas förening (rang 2)');
  });

  it('efter svarstiden går det att registrera att svar inte kom', async () => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0002');
    fireEvent.click(screen.getByRole('radio', { name: 'Inget svar före svarstiden' }));
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    await screen.findByText(byWholeText('Avropet har gått vidare till TrustP (rang 2). Skicka det till den leverantören.'));
    expect(services.updated[0].event.reason).toBe('Inget svar före svarstiden');
  });

  it('avböjt hos den sista leverantören ger status Ingen leverantör', async () => {
    const { services } = renderDesk({ queue: [atLastSupplier()] });
    await openOrder('AVR-2026-0006');
    fireEvent.click(screen.getByRole('radio', { name: 'Avböjde: kan inte starta i tid' }));
    expect(screen.getByText(byWholeText(/TrustP är den sista leverantören i rangordningen/))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    expect(await screen.findByText(byWholeText(/Avropet har nu status "Ingen leverantör"/))).toBeTruthy();
    expect(services.updated[0].next.status).toBe('Ingen leverantör');
    expect(services.updated[0].next.assignedSupplierKey).toBe('');
    // The decline just recorded can still be corrected; nothing else is left to do.
    expect(screen.getByRole('heading', { name: 'Rätta leverantörens svar' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Registrera leverantörens svar' })).toBeNull();
    expect(screen.getByText(byWholeText(/Det finns ingen fler leverantör i rangordningen, så avropet kunde inte tilldelas någon leverantör/))).toBeTruthy();
    // The earlier skip and its justification are part of the documentation.
    expect(screen.getByText(byWholeText(/Prové \(rang 1\) hoppades över\. Motivering: Prové har meddelat att de inte tar uppdrag i mars\./))).toBeTruthy();
  });

  it('"Annat" utan motivering nekas med domänens meddelande, och inget skrivs', async () => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0003');
    fireEvent.click(screen.getByRole('radio', { name: 'Annat skäl (kräver motivering)' }));
    const justification = screen.getByRole('textbox', { name: /Motivering/ });
    expect((justification as HTMLTextAreaElement).required).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    expect(await screen.findByText(byWholeText(/Skälet "Annat" måste motiveras\. Skriv varför avropet ska gå vidare från Ekan \(minst 10 tecken\)\./))).toBeTruthy();
    expect(services.updated).toHaveLength(0);
    fireEvent.change(justification, { target: { value: 'Beställaren har bett om en annan leverantör.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    await screen.findByText(byWholeText(/Avropet har gått vidare till Kommunalekonomernas förening/));
    expect(services.updated[0].event.comment).toBe('Beställaren har bett om en annan leverantör.');
  });

  it('på en engelsk sida säger regeln nej på engelska, inte på svenska', async () => {
    const { services } = renderDesk({}, 'en-US');
    fireEvent.click(await screen.findByRole('link', { name: 'AVR-2026-0003' }));
    await screen.findByRole('heading', { level: 2, name: 'Order AVR-2026-0003' });
    fireEvent.click(screen.getByRole('radio', { name: 'Other reason (justification required)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record the answer' }));
    const refusal = await screen.findByText(byWholeText(/The reason "Other" must be justified\. Write why the order should move on from Ekan \(at least 10 characters\)\./));
    expect(refusal.closest('[lang="sv"]')).toBeNull();
    expect(screen.queryByText(byWholeText(/måste motiveras/))).toBeNull();
    expect(services.updated).toHaveLength(0);
  });

  it('ett nytt avrop kan hoppa över leverantören bara med motivering', async () => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0001');
    const toggle = screen.getByRole('button', { name: 'Hoppa över leverantören' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare till nästa leverantör' }));
    expect(await screen.findByText(byWholeText(/Skälet "Annat" måste motiveras/))).toBeTruthy();
    expect(services.updated).toHaveLength(0);
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'Leverantören har jäv i det här uppdraget.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare till nästa leverantör' }));
    await screen.findByText(byWholeText('Avropet har gått vidare till Rezon (rang 2). Skicka det till den leverantören.'));
    expect(services.updated[0].event.reason).toBe('Annat');
  });

  it('antaget med start mer än sju dagar bort: varningen visas och avropet blir antaget', async () => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0003');
    fireEvent.click(screen.getByRole('radio', { name: 'Antog avropet' }));
    fireEvent.change(screen.getByLabelText(/Startdatum/), { target: { value: '2026-04-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    expect(await screen.findByText(byWholeText('Ekan har antagit avropet. Utbildningen startar 20 apr 2026.'))).toBeTruthy();
    expect(screen.getByText(byWholeText(/mer än 7 dagar efter att avropet antogs/))).toBeTruthy();
    expect(services.updated[0].next.status).toBe('Antagen');
    expect(services.updated[0].next.startDate).toBe('2026-04-20');
    expect(screen.getByRole('heading', { name: 'Avsluta som genomfört' })).toBeTruthy();
  });

  it('ett startdatum som har passerat nekas, och inget skrivs', async () => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0003');
    fireEvent.click(screen.getByRole('radio', { name: 'Antog avropet' }));
    fireEvent.change(screen.getByLabelText(/Startdatum/), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    expect(await screen.findByText(byWholeText(/Startdatumet 1 mars 2026 har redan passerat/))).toBeTruthy();
    expect(services.updated).toHaveLength(0);
  });

  it('avslutas som genomfört med antal deltagare, per kön och betyg', async () => {
    const { services } = renderDesk();
    await screen.findByRole('link', { name: 'AVR-2026-0002' });
    await choose('Status', 'Antagna och pågående');
    await openOrder('AVR-2026-0004');
    fireEvent.click(screen.getByRole('button', { name: 'Markera som genomfört' }));
    expect(await screen.findByText(byWholeText('Ange hur många som deltog i utbildningen.'))).toBeTruthy();
    expect(services.updated).toHaveLength(0);
    fireEvent.change(screen.getByRole('spinbutton', { name: /Antal deltagare/ }), { target: { value: '12' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Kvinnor' }), { target: { value: '7' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Män' }), { target: { value: '4' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Annat eller ej angivet' }), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Markera som genomfört' }));
    expect(await screen.findByText(byWholeText('Avropet är markerat som genomfört med 12 deltagare.'))).toBeTruthy();
    const { next } = services.updated[0];
    expect(next).toMatchObject({ status: 'Genomförd', actualParticipants: 12, participantsWomen: 7, participantsMen: 4, participantsOtherOrUnstated: 1, evaluationScore: 4 });
    expect(screen.getByText(byWholeText('Utbildningen markerades som genomförd.'))).toBeTruthy();
    expect(screen.getByText(byWholeText(/Avropet är avslutat med status "Genomförd"/))).toBeTruthy();
  });

  it('två handläggare samtidigt: den senaste versionen visas med ett tydligt besked, ingenting skrivs över', async () => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0003');
    // Another handler records the acceptance meanwhile.
    act(() => {
      services.changeBehindTheScenes(3, (order) => recordAcceptance(order, { now: NOW, user: 'hugo@region.example', startDate: '2026-03-16' }).order);
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Avböjde: saknar kapacitet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    expect(
      await screen.findByText(byWholeText('Avropet har ändrats av någon annan sedan du öppnade det. Här är den senaste versionen; gör om ändringen om den fortfarande behövs.'))
    ).toBeTruthy();
    expect(services.updated).toHaveLength(1);
    const saved = services.stored().find((s) => s.id === 3)!;
    expect(saved.order.status).toBe('Antagen');
    expect(saved.order.assignedSupplierKey).toBe('ekan');
    // The fresh version is what the page shows now.
    expect(screen.getByText(byWholeText(/av hugo@region\.example/))).toBeTruthy();
    expect(screen.getByText(byWholeText('Ekan (rang 1) antog avropet. Utbildningen planeras starta 16 mars 2026.'))).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Registrera leverantörens svar' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Avsluta som genomfört' })).toBeTruthy();
  });

  it('knapparna är avstängda medan det sparas, och ett dubbelklick skriver en gång', async () => {
    let release: () => void = () => undefined;
    const { services } = renderDesk({
      update: (stored, next, event, apply) =>
        new Promise((resolve) => {
          release = () => resolve(apply(stored, next, event));
        })
    });
    await openOrder('AVR-2026-0003');
    fireEvent.click(screen.getByRole('radio', { name: 'Avböjde: saknar kapacitet' }));
    const button = screen.getByRole('button', { name: 'Registrera svaret' });
    fireEvent.click(button);
    fireEvent.click(button);
    const saving = await screen.findByRole('button', { name: 'Sparar…' });
    expect((saving as HTMLButtonElement).disabled || saving.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.submit(saving.closest('form')!);
    await act(async () => release());
    await screen.findByText(byWholeText(/Avropet har gått vidare till Kommunalekonomernas förening/));
    expect(services.updated).toHaveLength(1);
  });

  it('ett nätverksfel när det sparas sägs, och ändringen kan göras om', async () => {
    let failures = 1;
    const { services } = renderDesk({
      update: (stored, next, event, apply) => {
        if (failures-- > 0) return Promise.reject(new Error('Nätverksfel'));
        return apply(stored, next, event);
      }
    });
    await openOrder('AVR-2026-0003');
    fireEvent.click(screen.getByRole('radio', { name: 'Avböjde: saknar kapacitet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    expect(await screen.findByText(byWholeText(/Ändringen kunde inte sparas\. Försök igen.*Nätverksfel/))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    await screen.findByText(byWholeText(/Avropet har gått vidare till Kommunalekonomernas förening/));
    expect(services.updated).toHaveLength(2);
  });
});

describe('Avropshantering: vem som gjorde vad, och vilka kommentarer beställaren får läsa', () => {
  const decline = async (comment: string, forOrderer: boolean): Promise<ReturnType<typeof renderDesk>['services']> => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0003');
    fireEvent.click(screen.getByRole('radio', { name: 'Avböjde: kan inte starta i tid' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Kommentar/ }), { target: { value: comment } });
    const box = screen.getByRole('checkbox', { name: 'Visa kommentaren för beställaren' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    if (forOrderer) fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    await screen.findByText(byWholeText(/Avropet har gått vidare till Kommunalekonomernas förening/));
    return services;
  };

  it.each([
    ['utan markering stannar kommentaren hos handläggarna', false],
    ['markerad för beställaren', true]
  ])('ett avböjande med kommentar, %s', async (_name, forOrderer) => {
    const services = await decline('svar per e-post från Karin S', forOrderer);
    const { event, next } = services.updated[0];
    expect(event.comment).toBe('svar per e-post från Karin S');
    expect(event.commentForOrderer === true).toBe(forOrderer);
    expect(next.trail[next.trail.length - 1]).toEqual(event);
    // Handlers read every comment, marked or not.
    expect(screen.getByText(byWholeText(/Kommentar: Svar per e-post från Karin S\./))).toBeTruthy();
  });

  it('historiken visar personernas namn, inte deras inloggningar', async () => {
    await decline('kan i april', false);
    const history = screen.getByRole('heading', { name: 'Händelser' }).parentElement as HTMLElement;
    expect(within(history).getAllByText(byWholeText(/\(av Hanna Handläggare\)/)).length).toBeGreaterThan(0);
    expect(history.textContent).not.toContain(HANNA.loginName);
  });

  it('att hoppa över leverantören har samma val för motiveringen', async () => {
    const { services } = renderDesk();
    await openOrder('AVR-2026-0001');
    fireEvent.click(screen.getByRole('button', { name: 'Hoppa över leverantören' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'Leverantören har jäv i det här uppdraget.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Visa kommentaren för beställaren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare till nästa leverantör' }));
    await screen.findByText(byWholeText('Avropet har gått vidare till Rezon (rang 2). Skicka det till den leverantören.'));
    expect(services.updated[0].event).toMatchObject({ reason: 'Annat', commentForOrderer: true, by: HANNA.loginName, byName: 'Hanna Handläggare' });
  });

  it('valet heter "Show the comment to the orderer" på en engelsk sida', async () => {
    renderDesk({}, 'en-US');
    fireEvent.click(await screen.findByRole('link', { name: 'AVR-2026-0003' }));
    fireEvent.click(await screen.findByRole('radio', { name: /Declined: cannot start in time/ }));
    expect(screen.getByRole('checkbox', { name: 'Show the comment to the orderer' })).toBeTruthy();
  });
});

describe('Avropsförfrågan (ren funktion)', () => {
  it('mailto-länken kodar ämne och text, och saknas utan e-postadress', () => {
    const order = created(9, 'ledarskap', '2026-03-09T08:00:00Z', { otherInfo: 'Frågor? Ring & fråga: 50 % rabatt #1' });
    const request = buildCallOffRequest(order, CATALOGUE, '2026-03-11T09:00:00Z');
    const link = mailtoLink(request)!;
    expect(link.startsWith('mailto:avrop@prove.example?subject=Avrop%20AVR-2026-0009')).toBe(true);
    expect(link).not.toMatch(/[ \n#]/);
    expect(decodeURIComponent(link.split('&body=')[1])).toContain('Övrigt: Frågor? Ring & fråga: 50 % rabatt #1');
    expect(mailtoLink({ ...request, to: '' })).toBeNull();
  });
});

describe('Avropshantering: export av kön', () => {
  it('exporterar hela urvalet i köns ordning som CSV för Excel, och det går att läsa tillbaka', async () => {
    const files: Array<{ name: string; csv: string }> = [];
    const spy = jest.spyOn(csvDownloadModule, 'downloadCsv').mockImplementation((name, csv) => {
      files.push({ name, csv });
    });
    try {
      const { services } = renderDesk({ queuePageSize: 2 });
      await screen.findByRole('link', { name: 'AVR-2026-0002' });
      fireEvent.click(screen.getByRole('button', { name: 'Exportera kön (CSV för Excel)' }));
      expect(await screen.findByText(byWholeText('3 avrop exporterades.'))).toBeTruthy();
      // Both pages were read, with the queue's own filter.
      expect(services.listQueueCalls.filter((c) => c.filter.urgency).length).toBeGreaterThanOrEqual(3);
      expect(files).toHaveLength(1);
      expect(files[0].name).toBe('avropskon-2026-03-10.csv');
      expect(files[0].csv.charCodeAt(0)).toBe(0xfeff);
      const rows = parseCsv(files[0].csv);
      expect(rows).toHaveLength(4);
      const referenceColumn = rows[0].findIndex((cell) => /referens/i.test(cell));
      expect(referenceColumn).toBeGreaterThanOrEqual(0);
      expect(rows.slice(1).map((row) => row[referenceColumn])).toEqual(['AVR-2026-0002', 'AVR-2026-0001', 'AVR-2026-0003']);
    } finally {
      spy.mockRestore();
    }
  });

  it('säger till när exporten inte gick, och inget laddas ner', async () => {
    const spy = jest.spyOn(csvDownloadModule, 'downloadCsv').mockImplementation(() => undefined);
    try {
      const { services } = renderDesk();
      await screen.findByRole('link', { name: 'AVR-2026-0002' });
      services.orders.listQueue = async () => {
        throw new Error('Nätverksfel');
      };
      fireEvent.click(screen.getByRole('button', { name: 'Exportera kön (CSV för Excel)' }));
      expect(await screen.findByText(byWholeText('Kön kunde inte exporteras. Kontrollera anslutningen och försök igen.'))).toBeTruthy();
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
