/**
 * @jest-environment jsdom
 */
// The desk's actions on one order beyond the cascade itself: cancelling (also after acceptance),
// correcting a wrongly recorded answer, completing before the start date, the answer day.
// Rendered on the order page alone, so the queue's own tests stay apart.
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { OrderPage } from '../../src/apps/avropshantering/OrderPage';
import type { Desk } from '../../src/apps/avropshantering/deskContext';
import type { StoredOrder } from '../../src/data/ports';
import { createOrder, moveToNextSupplier, recordAcceptance, sendToSupplier } from '../../src/domain/cascade';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import type { Lang } from '../../src/apps/shared/appTypes';
import type { Order } from '../../src/domain/types';
import { LangContext } from '../../src/i18n/strings';
import { fakeServices } from '../support/fakeServices';
import { validRequest } from '../domain/fixtures';
import { byWholeText } from '../support/wholeText';

// Tuesday 10 March 2026, 10:00 Swedish time.
const NOW = new Date('2026-03-10T09:00:00Z');
const HANDLER = { now: new Date('2026-03-05T08:00:00Z'), user: 'hanna@region.example' };
const at = (iso: string): Date => new Date(iso);

function created(): Order {
  return createOrder(
    validRequest({ organisationKey: 'vgr', trainingAreaKeys: [], periodFrom: '2026-04-01', periodTo: '2026-05-31' }),
    SEED_CATALOGUE,
    { now: at('2026-03-02T08:00:00Z'), user: 'i:0#.f|membership|erik@region.example', requestKey: 'key-1', reference: 'AVR-2026-0001' }
  ).order;
}

const sent = (): Order => sendToSupplier(created(), { ...HANDLER, now: at('2026-03-03T08:00:00Z'), responseHours: 24 }).order;
const accepted = (startDate = '2026-04-14'): Order => recordAcceptance(sent(), { ...HANDLER, now: at('2026-03-04T08:00:00Z'), startDate }).order;
const declined = (): Order => moveToNextSupplier(sent(), { ...HANDLER, now: at('2026-03-04T08:00:00Z'), reason: 'Avböjt: saknar kapacitet', comment: '' }).order;

async function renderOrder(order: Order, lang: Lang = 'sv-SE') {
  const initial: StoredOrder = { id: 1, etag: '"v1"', authorId: 3, order };
  const services = fakeServices({ catalogue: SEED_CATALOGUE, canEditAll: true, queue: [initial] } as never);
  const desk: Desk = { services, catalogue: SEED_CATALOGUE, actor: { user: 'i:0#.f|membership|hanna@region.example', userName: 'Hanna Handläggare' }, clock: () => NOW };
  render(
    <LangContext.Provider value={lang}>
      <OrderPage desk={desk} now={NOW} id={1} initial={initial} onBack={() => undefined} onChanged={() => undefined} />
    </LangContext.Provider>
  );
  await screen.findByRole('heading', { level: 2 });
  return services;
}

function open(name: string): void {
  const toggle = screen.getByRole('button', { name });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
}

describe('Avbryt från avropshanteringen', () => {
  it('ett antaget avrop avbryts med skäl; utan skäl skrivs inget', async () => {
    const services = await renderOrder(accepted());
    expect(screen.getByText(byWholeText(/Prové har fått avropet och får också ett meddelande/))).toBeTruthy();
    open('Avbryt avropet');
    const form = screen.getByRole('textbox', { name: /Skäl till att avropet avbryts/ }).closest('form') as HTMLElement;
    fireEvent.click(within(form).getByRole('button', { name: 'Bekräfta att avropet avbryts' }));
    expect(await screen.findByText(byWholeText('Skriv varför avropet avbryts (minst 5 tecken).'))).toBeTruthy();
    expect(services.updated).toHaveLength(0);
    fireEvent.change(screen.getByRole('textbox', { name: /Skäl till att avropet avbryts/ }), { target: { value: 'Verksamheten har lagts ner.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Bekräfta att avropet avbryts' }));
    expect(await screen.findByText(byWholeText('Avropet är avbrutet.'))).toBeTruthy();
    expect(services.updated).toHaveLength(1);
    expect(services.updated[0].event).toMatchObject({ kind: 'Avbruten', fromStatus: 'Antagen', comment: 'Verksamheten har lagts ner.' });
  });

  it('ett nytt avrop kan avbrytas, utan att någon leverantör nämns', async () => {
    await renderOrder(created());
    expect(screen.getByRole('button', { name: 'Avbryt avropet' })).toBeTruthy();
    expect(screen.queryByText(byWholeText(/har fått avropet och får också/))).toBeNull();
  });
});

describe('Rätta ett felaktigt registrerat svar', () => {
  it('antaget rättas till avböjt med motivering: en post, avropet går vidare', async () => {
    const services = await renderOrder(accepted());
    open('Rätta leverantörens svar');
    fireEvent.click(screen.getByRole('radio', { name: 'Avböjde: saknar kapacitet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rätta svaret' }));
    expect(await screen.findByText(byWholeText('Skriv varför svaret rättas (minst 10 tecken).'))).toBeTruthy();
    expect(services.updated).toHaveLength(0);
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering till rättelsen/ }), { target: { value: 'Svaret gällde ett annat avrop.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rätta svaret' }));
    expect(await screen.findByText(byWholeText(/^Svaret är rättat\. Avropet har gått vidare till TrustP \(rang 2\)/))).toBeTruthy();
    expect(services.updated).toHaveLength(1);
    expect(services.updated[0].event).toMatchObject({ kind: 'Svar rättat', fromStatus: 'Antagen', toStatus: 'Ny', reason: 'Avböjt: saknar kapacitet' });
    // The wrong answer stays in the history, the correction after it.
    expect(screen.getByText(byWholeText(/Prové \(rang 1\) antog avropet/))).toBeTruthy();
    expect(screen.getByText(byWholeText(/Svaret rättades: Prové \(rang 1\) hade inte antagit avropet/))).toBeTruthy();
  });

  it('avböjt rättas till antaget med startdatum', async () => {
    const services = await renderOrder(declined());
    open('Rätta leverantörens svar');
    fireEvent.change(screen.getByLabelText(/Startdatum/), { target: { value: '2026-04-07' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering till rättelsen/ }), { target: { value: 'Prové bekräftade per telefon att de tar uppdraget.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rätta svaret' }));
    expect(await screen.findByText(byWholeText('Svaret är rättat. Prové har antagit avropet. Utbildningen startar 7 apr 2026.'))).toBeTruthy();
    expect(services.updated[0].next).toMatchObject({ status: 'Antagen', assignedSupplierKey: 'prove', startDate: '2026-04-07' });
  });

  it('avböjt rättas också när nästa leverantör redan har fått avropet; den får veta att det dras tillbaka', async () => {
    const nextSent = sendToSupplier(declined(), { ...HANDLER, now: at('2026-03-05T08:00:00Z'), responseHours: 24 }).order;
    const services = await renderOrder(nextSent);
    expect(screen.getByText(byWholeText(/TrustP har fått avropet sedan dess och får ett meddelande om att det dras tillbaka\./))).toBeTruthy();
    open('Rätta leverantörens svar');
    fireEvent.change(screen.getByLabelText(/^Startdatum/), { target: { value: '2026-04-07' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering till rättelsen/ }), { target: { value: 'Prové bekräftade per telefon att de tar uppdraget.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rätta svaret' }));
    expect(await screen.findByText(byWholeText(/^Svaret är rättat\. Prové har antagit avropet/))).toBeTruthy();
    expect(services.updated[0].event).toMatchObject({ kind: 'Svar rättat', fromStatus: 'Väntar på svar', fromSupplierKey: 'trustp', toSupplierKey: 'prove' });
  });
});

describe('Genomfört före startdatumet', () => {
  it('frågar först; "Nej, vänta" skriver inget, "Ja" markerar som genomfört', async () => {
    const services = await renderOrder(accepted('2026-03-20'));
    fireEvent.change(screen.getByRole('spinbutton', { name: /Antal deltagare/ }), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Markera som genomfört' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Markera som genomfört före startdatumet?' });
    expect(within(dialog).getByText(byWholeText(/starta 20 mars 2026, alltså efter i dag/))).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nej, vänta' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(services.updated).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Markera som genomfört' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ja, markera som genomfört' }));
    expect(await screen.findByText(byWholeText('Avropet är markerat som genomfört med 9 deltagare.'))).toBeTruthy();
    expect(services.updated).toHaveLength(1);
    expect(services.updated[0].next.status).toBe('Genomförd');
  });
});

describe('Svarsdagen', () => {
  it('sju dagar räknas från svarsdagen: svar 4 mars och start 12 mars varnar, fast det är två dagar kvar när svaret registreras 10 mars', async () => {
    const services = await renderOrder(sent());
    fireEvent.click(screen.getByRole('radio', { name: 'Antog avropet' }));
    fireEvent.change(screen.getByLabelText(/^Svarsdag/), { target: { value: '2026-03-04' } });
    fireEvent.change(screen.getByLabelText(/^Startdatum/), { target: { value: '2026-03-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera svaret' }));
    expect(await screen.findByText(byWholeText('Prové har antagit avropet. Utbildningen startar 12 mars 2026.'))).toBeTruthy();
    expect(screen.getByText(byWholeText(/mer än 7 dagar efter att avropet antogs/))).toBeTruthy();
    expect(services.updated[0].event.answeredOn).toBe('2026-03-04');
  });
});

describe('English', () => {
  it('the new actions have English labels', async () => {
    await renderOrder(accepted(), 'en-US');
    expect(screen.getByRole('heading', { name: 'Cancel the order' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Correct the supplier’s answer' })).toBeTruthy();
  });
});
