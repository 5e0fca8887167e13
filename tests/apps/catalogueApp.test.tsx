/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { cleanup } from '@testing-library/react';
import CatalogueApp from '../../src/apps/avtalskatalog/CatalogueApp';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import type { AppEnvironment } from '../../src/apps/shared/appTypes';
import { fakeServices } from '../support/fakeServices';
import { byWholeText } from '../support/wholeText';
import { CARDS_AT_ONCE } from '../../src/apps/avtalskatalog/Catalogue';
import type { Catalogue } from '../../src/domain/types';

function renderApp(search = '', lang: AppEnvironment['lang'] = 'sv-SE', failCatalogueTimes = 0, extraEnv: Partial<AppEnvironment> = {}, catalogue: Catalogue = SEED_CATALOGUE) {
  window.history.replaceState({}, '', `/avtalskatalog${search}`);
  const services = fakeServices({ catalogue, failCatalogueTimes });
  render(
    <CatalogueApp
      services={services}
      env={{ lang, host: 'SharePoint', search, pageUrl: 'https://region.example/sites/utbildning/SitePages/Katalog.aspx', ...extraEnv }}
      settings={{ siteUrl: '/sites/utbildning', larportalenUrl: 'https://larportalen.vgregion.se', orderPageUrl: '/avrop' }}
    />
  );
  return services;
}

describe('Avtalskatalog', () => {
  it('shows the intranet page\'s "Vad kan avropas?" and the VGR Akademin/Lärportalen introduction, in English on an English page', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Vad kan avropas?' })).toBeTruthy();
    expect(screen.getByText(byWholeText(/^VGR Akademin tar tillsammans med ämneskunniga representanter från VGR fram regiongemensamma utbildningar som presenteras i Lärportalen\./))).toBeTruthy();
    expect(screen.getByText(byWholeText(/^Utbildningar likt dem som erbjuds av VGR Akademin i Lärportalen kan avropas till enskild förvaltning\/enhet/))).toBeTruthy();
    cleanup();
    renderApp('', 'en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'What can be ordered?' })).toBeTruthy();
    const what = screen.getByText(byWholeText(/^Trainings like those VGR Akademin offers in Lärportalen can be ordered/));
    expect(Array.from(what.querySelectorAll('[lang="sv"]')).map((e) => e.textContent)).toEqual(['VGR Akademin', 'Lärportalen']);
  });

  it('shows all ten areas with the rank-1 supplier and supplier count, and "Mer information kommer"', async () => {
    renderApp();
    expect(await screen.findByText('10 avtalsområden visas')).toBeTruthy();
    const ledarskap = screen.getByRole('link', { name: 'Ledarskap' }).closest('article')!;
    expect(within(ledarskap as HTMLElement).getByText(byWholeText(/Rang 1: Prové/))).toBeTruthy();
    expect(within(ledarskap as HTMLElement).getByText(/2 leverantörer/)).toBeTruthy();
    const ms = screen.getByRole('link', { name: 'Motiverande samtal och samtalsmetodik' }).closest('article')!;
    expect(within(ms as HTMLElement).getByText('Mer information kommer')).toBeTruthy();
  });

  it('searches diacritic-insensitively: "prove" finds the areas where Prové is ranked', async () => {
    renderApp();
    const box = await screen.findByRole('searchbox', { name: 'Sök i avtalskatalogen' });
    fireEvent.change(box, { target: { value: 'prove' } });
    await screen.findByText('2 avtalsområden visas');
    expect(screen.getByRole('link', { name: 'Ledarskap' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Projektarbete' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Kommunikation' })).toBeNull();
  });

  it('opens an area from a deep link with suppliers in rank order and an order link', async () => {
    renderApp('?omrade=ugl-ul-il');
    const heading = await screen.findByRole('heading', { level: 2, name: 'UGL, UL och IL' });
    expect(heading).toBeTruthy();
    const suppliers = screen.getByRole('heading', { name: 'Leverantörer i rangordning' }).parentElement!;
    const items = within(suppliers).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Harmoni i Livet Syd (Rang 1)', 'Rezon (Rang 2)', 'Team Fusion (Rang 3)']);
    expect(screen.getByText(/går först till leverantören på rang 1/)).toBeTruthy();
    const order = screen.getByRole('link', { name: 'Avropa UGL, UL och IL' });
    expect(order.getAttribute('href')).toBe('/avrop?omrade=ugl-ul-il');
  });

  it('an unknown area key shows a clear message and the overview', async () => {
    renderApp('?omrade=finns-inte');
    expect(await screen.findByText(byWholeText(/Avtalsområdet "finns-inte" finns inte i katalogen/))).toBeTruthy();
    expect(screen.getByText('10 avtalsområden visas')).toBeTruthy();
  });

  it('an area that is coming offers no order action', async () => {
    renderApp('?omrade=motiverande-samtal');
    await screen.findByRole('heading', { level: 2, name: 'Motiverande samtal och samtalsmetodik' });
    expect(screen.queryByRole('link', { name: /Avropa/ })).toBeNull();
    expect(screen.getAllByText('Mer information kommer').length).toBeGreaterThan(0);
  });

  it('a failed load says so and retries', async () => {
    const services = renderApp('', 'sv-SE', 1);
    fireEvent.click(await screen.findByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('10 avtalsområden visas')).toBeTruthy();
    expect(services.calls.filter((c) => c === 'catalogue.load')).toHaveLength(2);
  });

  it('speaks English when the page is English', async () => {
    renderApp('', 'en-US');
    expect(await screen.findByText('10 agreement areas shown')).toBeTruthy();
    expect(document.querySelector('[lang="en"]')).not.toBeNull();
  });

  function shownAreas(): string[] {
    return Array.from(document.querySelectorAll('article h2')).map((h) => h.textContent || '');
  }

  // The filters are the browser's own controls: a group of checkboxes and a select.
  function chooseGroup(groupName: string): void {
    const group = screen.getByRole('group', { name: 'Målgrupp' });
    fireEvent.click(within(group).getByRole('checkbox', { name: groupName }));
  }

  function chooseSupplier(optionName: string): void {
    const select = screen.getByRole('combobox', { name: 'Leverantör' }) as HTMLSelectElement;
    const option = within(select).getByRole('option', { name: optionName }) as HTMLOptionElement;
    fireEvent.change(select, { target: { value: option.value } });
  }

  it('filters by target group', async () => {
    renderApp();
    await screen.findByText('10 avtalsområden visas');
    chooseGroup('Schemaläggare och planerare');
    await screen.findByText('1 avtalsområde visas');
    expect(shownAreas()).toEqual(['Schemaläggning och bemanningsplanering']);
  });

  it('supplier filter combines with the search and can be cleared', async () => {
    renderApp();
    await screen.findByText('10 avtalsområden visas');
    chooseSupplier('Lexicon');
    await screen.findByText('4 avtalsområden visas');
    expect(shownAreas()).toEqual(['Digitala arbetssätt', 'Kommunikation', 'Medarbetarskap', 'Pedagogik och lärande']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök i avtalskatalogen' }), { target: { value: 'presentationer' } });
    await screen.findByText('1 avtalsområde visas');
    expect(shownAreas()).toEqual(['Kommunikation']);
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök i avtalskatalogen' }), { target: { value: '' } });
    await screen.findByText('10 avtalsområden visas');
  });

  it('highlights the matching words', async () => {
    renderApp();
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Sök i avtalskatalogen' }), { target: { value: 'ekonomi' } });
    await waitFor(() => expect(document.querySelectorAll('mark').length).toBeGreaterThan(0));
    const marked = Array.from(document.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marked).toContain('Ekonomi');
  });

  it('in a Teams tab, copy link gives the Teams deep link', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderApp('?omrade=ledarskap', 'sv-SE', 0, { host: 'Teams', teamsDeepLink: (key: string) => `https://teams.example/l/entity/app/tab?context=${key}` });
    fireEvent.click(await screen.findByRole('button', { name: 'Kopiera länk' }));
    await screen.findByText('Länken till fliken i Teams är kopierad.');
    expect(writeText).toHaveBeenCalledWith('https://teams.example/l/entity/app/tab?context=ledarskap');
  });

  it('on a SharePoint page, copy link gives the page address with the area', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderApp('?omrade=ledarskap');
    fireEvent.click(await screen.findByRole('button', { name: 'Kopiera länk' }));
    await screen.findByText('Länken är kopierad.');
    expect(writeText).toHaveBeenCalledWith('https://region.example/sites/utbildning/SitePages/Katalog.aspx?omrade=ledarskap');
  });

  it('with many areas shows the first cards, says how many were found, and shows more on request', async () => {
    const copies = 3;
    const many: Catalogue = {
      ...SEED_CATALOGUE,
      areas: Array.from({ length: copies }, (_, n) => SEED_CATALOGUE.areas.map((a) => ({ ...a, key: `${a.key}-${n}`, title: `${a.title} ${n}` }))).flat()
    };
    const total = many.areas.length;
    renderApp('', 'sv-SE', 0, {}, many);
    expect(await screen.findByText(`${total} avtalsområden hittades, de ${CARDS_AT_ONCE} första visas`)).toBeTruthy();
    expect(shownAreas()).toHaveLength(CARDS_AT_ONCE);
    fireEvent.click(screen.getByRole('button', { name: `Visa ${total - CARDS_AT_ONCE} till` }));
    expect(await screen.findByText(`${total} avtalsområden visas`)).toBeTruthy();
    expect(shownAreas()).toHaveLength(total);
    expect(screen.queryByRole('button', { name: /^Visa \d+ till$/ })).toBeNull();
    // A new search starts from its first cards again.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök i avtalskatalogen' }), { target: { value: 'a' } });
    expect(await screen.findByText(new RegExp(`hittades, de ${CARDS_AT_ONCE} första visas`))).toBeTruthy();
    expect(shownAreas()).toHaveLength(CARDS_AT_ONCE);
  });
});
