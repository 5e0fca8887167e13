/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import OrderApp from '../../src/apps/avrop/OrderApp';
import { createDraftStore, draftKey, LEASE_MS } from '../../src/apps/avrop/draft';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { addDays } from '../../src/domain/calendar';
import { stockholmDate } from '../../src/domain/time';
import type { AppEnvironment } from '../../src/apps/shared/appTypes';
import type { Order } from '../../src/domain/types';
import type { StoredOrder } from '../../src/data/ports';
import { AuditWriteError, SubmitError } from '../../src/data/errors';
import { fakeServices, FakeOptions, FakeServices } from '../support/fakeServices';
import { byWholeText } from '../support/wholeText';

// Whole journeys through the form: slower than a unit test, above all on a busy machine.
jest.setTimeout(30000);

const SITE = '/sites/utbildning';
const DRAFT_KEY = draftKey(SITE, 'anna');
const today = stockholmDate(new Date());
const from = addDays(today, 30);
const to = addDays(today, 60);

function renderApp(search = '?omrade=ledarskap', options: Partial<FakeOptions> = {}, lang: AppEnvironment['lang'] = 'sv-SE', services?: FakeServices) {
  const s = services || fakeServices({ catalogue: SEED_CATALOGUE, ...options });
  const utils = render(
    <OrderApp
      services={s}
      env={{ lang, host: 'SharePoint', search, pageUrl: `https://region.example/sites/utbildning/SitePages/Avrop.aspx${search}` }}
      settings={{ siteUrl: SITE, catalogPageUrl: '/avtalskatalog' }}
    />
  );
  return { services: s, ...utils };
}

async function choose(comboName: string, optionName: string): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: (name) => name.startsWith(comboName) }));
  fireEvent.click(await screen.findByRole('option', { name: optionName }));
}

function type(label: string | RegExp, value: string): void {
  const field = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

/** Fills a valid Ledarskap order (the area comes from the link). */
async function fillValidOrder(): Promise<void> {
  await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
  await choose('Beställande organisation', 'Västra Götalandsregionen');
  type('Förvaltning/enhet', 'Akutmottagningen, SU');
  type('Fakturareferens eller kostnadsställe', 'KST 4711');
  fireEvent.click(screen.getByRole('checkbox', { name: 'Att leda arbete' }));
  type('Vad är behovet?', 'Nya chefer behöver träna på att leda möten och ge återkoppling.');
  type('Målgrupp', 'Chefer i första linjen');
  type('Antal deltagare', '12');
  fireEvent.click(screen.getByRole('radio', { name: 'Digital' }));
  type('Tidigast från', from);
  type('Senast till', to);
}

function sendButton(): HTMLElement {
  return screen.getByRole('button', { name: /Skicka avropet|Skickar avropet/ });
}

/** The drafts of Anna on the site, whichever tab holds them (`<key>#<tab>`). */
function draftKeys(): string[] {
  return Object.keys(window.localStorage).filter((k) => k.startsWith(`${DRAFT_KEY}#`));
}

function storedDraft(): { requestKey: string; values: Record<string, unknown> } | null {
  const keys = draftKeys();
  const raw = keys.length ? window.localStorage.getItem(keys[0]) : null;
  return raw ? JSON.parse(raw) : null;
}

/** Another tab: its own sessionStorage, the same localStorage. */
function newTab(): void {
  window.sessionStorage.clear();
}

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('Avrop: beställningsformuläret', () => {
  it('opens on the form from ?omrade=, with the area chosen, its ranking and the privacy notice', async () => {
    renderApp('?omrade=ledarskap');
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    expect(screen.getByRole('combobox', { name: (n) => n.startsWith('Avtalsområde') }).textContent).toContain('Ledarskap');
    const ranking = screen.getByRole('heading', { name: 'Vem får avropet?' }).closest('section')!;
    expect(within(ranking as HTMLElement).getByText(byWholeText(/^Avropet går först till Prové \(rang 1\)\.$/))).toBeTruthy();
    expect(within(ranking as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Prové (rang 1)', 'TrustP (rang 2)']);
    expect(screen.getByText(byWholeText(/sparas med kontaktuppgifterna i regionens SharePoint-lista Avrop/))).toBeTruthy();
    expect(screen.getByText(/Leverantören får bara uppgifterna om beställningen och kontaktpersonen/)).toBeTruthy();
    expect(screen.getByText(/Skriv inte hälsouppgifter eller diagnoser/)).toBeTruthy();
    // Contact person comes from the signed-in user.
    expect((screen.getByLabelText('Kontaktpersonens namn') as HTMLInputElement).value).toBe('Anna Andersson');
    expect((screen.getByLabelText('Kontaktpersonens e-postadress') as HTMLInputElement).value).toBe('anna@region.example');
    // Only active organisations and orderable areas are offered.
    fireEvent.click(screen.getByRole('combobox', { name: (n) => n.startsWith('Avtalsområde') }));
    const areas = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(areas).toContain('Ledarskap');
    expect(areas).not.toContain('Motiverande samtal och samtalsmetodik');
  });

  it('says why an area from the link cannot be ordered', async () => {
    renderApp('?omrade=motiverande-samtal');
    expect(await screen.findByText(byWholeText(/Motiverande samtal och samtalsmetodik går inte att avropa än/))).toBeTruthy();
    expect(screen.getByRole('combobox', { name: (n) => n.startsWith('Avtalsområde') }).textContent).toContain('Välj avtalsområde');
  });

  it('says once that an area in the link is not in the catalogue, naming it as list text', async () => {
    const { container } = renderApp('?omrade=finns-inte', {}, 'en-US');
    const notice = await screen.findByText(byWholeText(/The agreement area in the link \("finns-inte"\) is not in the catalogue\./));
    expect(notice.textContent!.match(/Choose/g)).toHaveLength(1);
    expect(notice.querySelector('[data-list-text][lang="sv"]')?.textContent).toBe('finns-inte');
    expect(container.textContent).not.toMatch(/Välj|avropas/);
  });

  it('on send, the error summary takes focus, lists every error and its links move focus to the fields', async () => {
    const { services } = renderApp('?omrade=ledarskap');
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    fireEvent.click(sendButton());
    const summary = await screen.findByRole('group', { name: 'Avropet kan inte skickas än' });
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual([
      'Välj vilken organisation du beställer utbildningen för.',
      'Skriv vilken förvaltning eller enhet utbildningen gäller.',
      'Skriv fakturareferens eller kostnadsställe, så att fakturan hamnar rätt.',
      'Beskriv behovet: vad ska deltagarna kunna eller göra annorlunda efter utbildningen?',
      'Skriv vilka som ska gå utbildningen, till exempel "chefer i första linjen".',
      'Antal deltagare ska vara ett heltal från 1 till 500.',
      'Välj hur utbildningen ska genomföras: platsbunden, digital eller hybrid.',
      'Ange från vilket datum utbildningen tidigast kan starta.',
      'Ange till vilket datum utbildningen senast ska vara genomförd.'
    ]);
    expect(within(summary).getByText('Rätta 9 saker i formuläret:')).toBeTruthy();
    // Each field says what is wrong next to it, and is marked invalid.
    const unit = screen.getByLabelText('Förvaltning/enhet');
    expect(unit.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Skriv vilken förvaltning eller enhet utbildningen gäller.').length).toBe(2);
    fireEvent.click(within(summary).getByRole('link', { name: 'Skriv vilken förvaltning eller enhet utbildningen gäller.' }));
    expect(document.activeElement).toBe(unit);
    fireEvent.click(within(summary).getByRole('link', { name: /Välj vilken organisation/ }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: (n) => n.startsWith('Beställande organisation') }));
    fireEvent.click(within(summary).getByRole('link', { name: /Välj hur utbildningen ska genomföras/ }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Platsbunden' }));
    expect(services.submitted).toHaveLength(0);
    // Fixing a field removes it from the summary.
    type('Förvaltning/enhet', 'Akuten');
    expect(within(summary).getByText('Rätta 8 saker i formuläret:')).toBeTruthy();
  });

  it('shows a field error once the field has been left, not before', async () => {
    renderApp('?omrade=ledarskap');
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    const email = screen.getByLabelText('Kontaktpersonens e-postadress');
    fireEvent.change(email, { target: { value: 'anna@' } });
    expect(screen.queryByText(/E-postadressen ser inte rätt ut/)).toBeNull();
    fireEvent.blur(email);
    expect(await screen.findByText(/E-postadressen ser inte rätt ut/)).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Skriv vilken förvaltning eller enhet utbildningen gäller.')).toBeNull();
  });

  it('caps and counts the free text', async () => {
    renderApp('?omrade=ledarskap');
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    const need = screen.getByLabelText('Vad är behovet?') as HTMLTextAreaElement;
    expect(need.getAttribute('maxLength') || need.getAttribute('maxlength')).toBe('4000');
    expect(screen.getByLabelText('Förvaltning/enhet').getAttribute('maxlength')).toBe('255');
    fireEvent.change(need, { target: { value: 'Ledarskap' } });
    expect(screen.getByText(/9 av 4\u00a0000 tecken/, { normalizer: (text) => text })).toBeTruthy();
    // One-line fields show the count only when the room is nearly used up.
    const invoice = screen.getByLabelText('Fakturareferens eller kostnadsställe');
    expect(invoice.getAttribute('maxlength')).toBe('100');
    fireEvent.change(invoice, { target: { value: 'K'.repeat(79) } });
    expect(screen.queryByText('79 av 100 tecken')).toBeNull();
    fireEvent.change(invoice, { target: { value: 'K'.repeat(85) } });
    expect(screen.getByText('85 av 100 tecken')).toBeTruthy();
  });

  it('a valid form is sent once even when the button is clicked twice, and the receipt shows the reference and rank-1 supplier', async () => {
    let release: (() => void) | undefined;
    const { services } = renderApp('?omrade=ledarskap', {
      submit: async (order, _attempt, store) => {
        await new Promise<void>((resolve) => (release = resolve));
        return store(order);
      }
    });
    await fillValidOrder();
    const button = sendButton();
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.submit(button.closest('form')!);
    await waitFor(() => expect(services.submitted).toHaveLength(1));
    expect(sendButton().hasAttribute('disabled') || sendButton().getAttribute('aria-disabled') === 'true').toBe(true);
    await act(async () => release!());
    const heading = await screen.findByRole('heading', { level: 2, name: 'Avropet är skickat' });
    expect(document.activeElement).toBe(heading);
    expect(services.submitted).toHaveLength(1);
    const year = today.slice(0, 4);
    expect(screen.getByText(`AVR-${year}-0001`)).toBeTruthy();
    expect(screen.getByText(byWholeText(/^Avropet går först till Prové \(rang 1\)\.$/))).toBeTruthy();
    expect(screen.getByText('Prové har 24 timmar på sig att svara, räknat på vardagar.')).toBeTruthy();
    expect(screen.getByText(/går avropet vidare till nästa leverantör i rangordningen/)).toBeTruthy();
    expect(screen.getByText('Du kan följa avropet under Mina avrop.')).toBeTruthy();
    // What was sent.
    const sent: Order = services.submitted[0];
    // Recorded as the desk records a handler: the login, with the name beside it.
    expect(sent.trail[0]).toMatchObject({ by: 'anna', byName: 'Anna Andersson' });
    expect(sent).toMatchObject({
      organisationKey: 'vgr',
      unit: 'Akutmottagningen, SU',
      contactName: 'Anna Andersson',
      contactEmail: 'anna@region.example',
      areaKey: 'ledarskap',
      trainingAreaKeys: ['ledarskap/att-leda-arbete'],
      participants: 12,
      format: 'Digital',
      periodFrom: from,
      periodTo: to,
      status: 'Ny',
      assignedSupplierKey: 'prove',
      assignedRank: 1,
      submittedBy: 'anna'
    });
    expect(sent.requestKey).toMatch(/^[0-9a-f-]{36}$/);
    // The draft is gone once the order is stored.
    expect(storedDraft()).toBeNull();
    // Mina avrop shows the new order; "Gör ett nytt avrop" starts an empty form with a new key.
    fireEvent.click(screen.getByRole('button', { name: 'Gå till Mina avrop' }));
    expect(await screen.findByRole('heading', { level: 3, name: new RegExp(`AVR-${year}-0001`) })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nytt avrop' }));
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    expect((screen.getByLabelText('Förvaltning/enhet') as HTMLInputElement).value).toBe('');
  });

  it('a failed send keeps the draft, says the order may have arrived, and "Försök igen" reuses the same requestKey', async () => {
    const { services } = renderApp('?omrade=ledarskap', {
      submit: async (order, attempt, store) => {
        if (attempt === 1) throw new SubmitError('Avropet kunde inte skickas. Kontrollera anslutningen och försök igen.', new Error('timeout'));
        return store(order);
      }
    });
    await fillValidOrder();
    fireEvent.click(sendButton());
    const alert = await screen.findByText('Vi vet inte säkert om avropet kom fram.');
    expect(screen.getByText(/kan aldrig registreras två gånger/)).toBeTruthy();
    expect(document.activeElement).toBe(alert.closest('[tabindex="-1"]'));
    const draft = storedDraft();
    expect(draft).not.toBeNull();
    expect(draft!.requestKey).toBe(services.submitted[0].requestKey);
    expect(draft!.values.unit).toBe('Akutmottagningen, SU');
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await screen.findByRole('heading', { level: 2, name: 'Avropet är skickat' });
    expect(services.submitted).toHaveLength(2);
    expect(services.submitted[1].requestKey).toBe(services.submitted[0].requestKey);
    expect(services.stored()).toHaveLength(1);
    expect(storedDraft()).toBeNull();
  });

  it('the draft survives a reload: restored with a notice, and a retried send after the reload reuses the key', async () => {
    const services = fakeServices({
      catalogue: SEED_CATALOGUE,
      submit: async (order, attempt, store) => {
        if (attempt === 1) throw new Error('Failed to fetch');
        return store(order);
      }
    });
    const first = renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
    await fillValidOrder();
    // Saved while typing (debounced), without leaving the page.
    await waitFor(() => expect(storedDraft()?.values.unit).toBe('Akutmottagningen, SU'));
    fireEvent.click(sendButton());
    await screen.findByText('Vi vet inte säkert om avropet kom fram.');
    const key = services.submitted[0].requestKey;
    first.unmount();

    // "Reload": a new mount, this time without ?omrade=, still opens the form because of the draft.
    renderApp('', {}, 'sv-SE', services);
    expect(await screen.findByText(/Vi har återställt ditt utkast/)).toBeTruthy();
    expect((screen.getByLabelText('Förvaltning/enhet') as HTMLInputElement).value).toBe('Akutmottagningen, SU');
    expect((screen.getByLabelText('Antal deltagare') as HTMLInputElement).value).toBe('12');
    expect((screen.getByRole('checkbox', { name: 'Att leda arbete' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Digital' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(sendButton());
    await screen.findByRole('heading', { level: 2, name: 'Avropet är skickat' });
    expect(services.submitted[1].requestKey).toBe(key);
  });

  it('keeps drafts apart per person and site', async () => {
    const services = fakeServices({ catalogue: SEED_CATALOGUE });
    const first = renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    type('Förvaltning/enhet', 'Annas enhet');
    first.unmount();
    expect(storedDraft()?.values.unit).toBe('Annas enhet');
    const erik = fakeServices({ catalogue: SEED_CATALOGUE, user: { id: 8, title: 'Erik Ek', email: 'erik@region.example', loginName: 'erik' } });
    renderApp('?omrade=ledarskap', {}, 'sv-SE', erik);
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    expect(screen.queryByText(/Vi har återställt ditt utkast/)).toBeNull();
    expect((screen.getByLabelText('Förvaltning/enhet') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Kontaktpersonens namn') as HTMLInputElement).value).toBe('Erik Ek');
  });

  it('"Släng utkastet" empties the form and removes the draft after confirming', async () => {
    const services = fakeServices({ catalogue: SEED_CATALOGUE });
    const first = renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    type('Förvaltning/enhet', 'Akuten');
    first.unmount();
    renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
    await screen.findByText(/Vi har återställt ditt utkast/);
    fireEvent.click(screen.getByRole('button', { name: 'Släng utkastet' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Släng utkastet?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Släng utkastet' }));
    await screen.findByText('Utkastet är slängt. Formuläret är tomt.');
    expect((screen.getByLabelText('Förvaltning/enhet') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/Vi har återställt ditt utkast/)).toBeNull();
    expect(storedDraft()).toBeNull();
  });

  it('health words give a non-blocking warning; the order can still be sent', async () => {
    const { services } = renderApp('?omrade=ledarskap');
    await fillValidOrder();
    type('Vad är behovet?', 'En deltagare har adhd-diagnos och behöver pauser.');
    expect(await screen.findByText(/Texten verkar innehålla uppgifter om hälsa/)).toBeTruthy();
    fireEvent.click(sendButton());
    await screen.findByRole('heading', { level: 2, name: 'Avropet är skickat' });
    expect(services.submitted).toHaveLength(1);
  });

  it('UGL: course guidance is shown and a group outside 8–12 gets a warning', async () => {
    renderApp('?omrade=ugl-ul-il');
    await screen.findByRole('heading', { level: 2, name: 'Nytt avrop' });
    await choose('Kurs eller utbildning', 'UGL – Utveckling av grupp och ledare');
    expect(await screen.findByText(/Kursen är upplagd för 8–12 deltagare som inte känner varandra sedan tidigare/)).toBeTruthy();
    expect(screen.getByText(/fem dagar i följd på internat/)).toBeTruthy();
    type('Antal deltagare', '20');
    expect(await screen.findByText(byWholeText(/UGL är upplagd för 8–12 deltagare, och ni har angett 20/))).toBeTruthy();
  });

  it('adaptations are asked as the adaptation; "Annat" needs a description', async () => {
    renderApp('?omrade=ledarskap');
    await fillValidOrder();
    const group = screen.getByRole('group', { name: /Behövs några anpassningar/ });
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getAllByText(/Ange vilken anpassning som behövs, inte varför/).length).toBeGreaterThan(0);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Skrivtolk' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Annat' }));
    fireEvent.click(sendButton());
    const summary = await screen.findByRole('group', { name: 'Avropet kan inte skickas än' });
    expect(within(summary).getByRole('link', { name: /Beskriv vilken anpassning som behövs/ })).toBeTruthy();
    type('Beskriv den anpassning som behövs', 'Stol med armstöd');
    fireEvent.click(sendButton());
    await screen.findByRole('heading', { level: 2, name: 'Avropet är skickat' });
  });

  it('when only the audit row failed (AuditWriteError), the order counts as stored', async () => {
    const { services } = renderApp('?omrade=ledarskap', {
      submit: async (order, _attempt, store) => {
        const stored: StoredOrder = await store(order);
        throw new AuditWriteError(stored, new Error('503'));
      }
    });
    await fillValidOrder();
    fireEvent.click(sendButton());
    await screen.findByRole('heading', { level: 2, name: 'Avropet är skickat' });
    expect(screen.getByText(`AVR-${today.slice(0, 4)}-0001`)).toBeTruthy();
    expect(services.submitted).toHaveLength(1);
    expect(storedDraft()).toBeNull();
  });

  it('speaks English on an English page', async () => {
    renderApp('?omrade=ledarskap', {}, 'en-US');
    await screen.findByRole('heading', { level: 2, name: 'New order' });
    expect(screen.getByText(byWholeText(/^The order goes to Prové \(rank 1\) first\.$/))).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'On site' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Sign language interpreter' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send the order' }));
    const summary = await screen.findByRole('group', { name: 'The order cannot be sent yet' });
    // Validation messages are worded in English; nothing in them is marked Swedish.
    const first = within(summary).getAllByRole('link')[0];
    expect(first.textContent).toBe('Choose the organisation you are ordering the training for.');
    expect(first.closest('[lang="sv"]')).toBeNull();
    expect(summary.textContent).not.toMatch(/[åäö]|\b(och|att|för|Välj|Skriv|Ange)\b/);
  });

  describe('drafts belong to one tab', () => {
    it('a second tab opened while the first holds its draft starts a fresh draft with a key of its own', async () => {
      const services = fakeServices({ catalogue: SEED_CATALOGUE });
      const first = renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
      await fillValidOrder();
      await waitFor(() => expect(storedDraft()?.values.unit).toBe('Akutmottagningen, SU'));
      const firstKey = storedDraft()!.requestKey;
      first.unmount();
      newTab();
      renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
      expect(await screen.findByText(/Du har ett påbörjat avrop öppet i en annan flik/)).toBeTruthy();
      expect(screen.queryByText(/Vi har återställt ditt utkast/)).toBeNull();
      expect((screen.getByLabelText('Förvaltning/enhet') as HTMLInputElement).value).toBe('');
      type('Förvaltning/enhet', 'Andra fliken');
      await waitFor(() => expect(draftKeys()).toHaveLength(2));
      const keys = draftKeys().map((k) => JSON.parse(window.localStorage.getItem(k)!).requestKey);
      expect(new Set(keys).size).toBe(2);
      expect(keys).toContain(firstKey);
    });

    it('a draft whose tab was closed is taken up by the next tab, key and all', async () => {
      const services = fakeServices({ catalogue: SEED_CATALOGUE });
      const first = renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
      await fillValidOrder();
      await waitFor(() => expect(storedDraft()?.values.unit).toBe('Akutmottagningen, SU'));
      first.unmount();
      const [key] = draftKeys();
      const slot = JSON.parse(window.localStorage.getItem(key)!);
      window.localStorage.setItem(key, JSON.stringify({ ...slot, seen: Date.now() - LEASE_MS - 1000 }));
      newTab();
      renderApp('', {}, 'sv-SE', services);
      expect(await screen.findByText(/Vi har återställt ditt utkast/)).toBeTruthy();
      expect((screen.getByLabelText('Förvaltning/enhet') as HTMLInputElement).value).toBe('Akutmottagningen, SU');
      expect(draftKeys()).toHaveLength(1);
      expect(storedDraft()!.requestKey).toBe(slot.requestKey);
    });

    it('when another tab sends the order with this tab\'s key, this tab says so, keeps its text and sends its own order', async () => {
      const services = fakeServices({ catalogue: SEED_CATALOGUE });
      renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
      await fillValidOrder();
      await waitFor(() => expect(storedDraft()?.values.unit).toBe('Akutmottagningen, SU'));
      const key = storedDraft()!.requestKey;
      // The other tab (a duplicate of this one, so the same key) sends different text.
      const otherTab = createDraftStore(DRAFT_KEY, { storage: window.localStorage, session: undefined });
      otherTab.markSent(key, 'AVR-2026-0042');
      const sentKey = Object.keys(window.localStorage).find((k) => k.startsWith('utbildningsavrop:sent:'))!;
      await act(async () => {
        window.dispatchEvent(new StorageEvent('storage', { key: sentKey, newValue: window.localStorage.getItem(sentKey) }));
      });
      const alert = await screen.findByText(/Ett avrop med det här utkastet har redan kommit fram \(AVR-2026-0042\)/);
      expect(document.activeElement).toBe(alert.closest('[tabindex="-1"]'));
      expect((screen.getByLabelText('Förvaltning/enhet') as HTMLInputElement).value).toBe('Akutmottagningen, SU');
      await waitFor(() => expect(storedDraft()!.requestKey).not.toBe(key));
      fireEvent.click(sendButton());
      await screen.findByRole('heading', { level: 2, name: 'Avropet är skickat' });
      const mine = services.submitted[services.submitted.length - 1];
      expect(mine.requestKey).not.toBe(key);
      expect(mine.unit).toBe('Akutmottagningen, SU');
    });

    it('when the key finds an order that asks for something else (the other tab\'s), no receipt: the text is kept and sent as a new order', async () => {
      let sends = 0;
      const services = fakeServices({
        catalogue: SEED_CATALOGUE,
        submit: async (order, _attempt, store) => {
          sends++;
          // The first send meets the order another device stored with the same key.
          if (sends === 1) await store({ ...order, unit: 'Den andra flikens enhet', need: 'Något annat' });
          return store(order);
        }
      });
      renderApp('?omrade=ledarskap', {}, 'sv-SE', services);
      await fillValidOrder();
      fireEvent.click(sendButton());
      const alert = await screen.findByText(/Ett avrop med det här utkastet har redan kommit fram \(AVR-\d{4}-0001\)/);
      expect(alert).toBeTruthy();
      expect(screen.queryByRole('heading', { level: 2, name: 'Avropet är skickat' })).toBeNull();
      expect((screen.getByLabelText('Förvaltning/enhet') as HTMLInputElement).value).toBe('Akutmottagningen, SU');
      fireEvent.click(sendButton());
      await screen.findByRole('heading', { level: 2, name: 'Avropet är skickat' });
      expect(screen.getByText(/AVR-\d{4}-0002/)).toBeTruthy();
      const [first, second] = services.submitted;
      expect(second.requestKey).not.toBe(first.requestKey);
      expect(services.stored().map((s) => s.order.unit).sort()).toEqual(['Akutmottagningen, SU', 'Den andra flikens enhet']);
    });
  });
});
