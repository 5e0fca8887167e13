/**
 * @jest-environment jsdom
 */
// The date field writes and reads the date in the page's language, whatever the browser's, and
// hands the form an ISO date as soon as the text is one (no leaving the field needed).
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { DateField } from '../../src/components/DateField';
import { LangContext } from '../../src/i18n/strings';
import type { Lang } from '../../src/i18n/lang';

function Form(props: { lang: Lang; initial?: string; onValue: (value: string) => void }): JSX.Element {
  const [value, setValue] = React.useState(props.initial ?? '');
  return (
    <LangContext.Provider value={props.lang}>
      <DateField
        label="Startdatum"
        value={value}
        onChange={(v) => {
          setValue(v);
          props.onValue(v);
        }}
        required
      />
      <output data-testid="value">{value}</output>
    </LangContext.Provider>
  );
}

const input = (): HTMLInputElement => screen.getByLabelText('Startdatum', { selector: 'input' }) as HTMLInputElement;

describe('DateField', () => {
  it('shows a date the English way on an English page and the ISO way on a Swedish one', () => {
    const { unmount } = render(<Form lang="en-US" initial="2026-12-10" onValue={() => undefined} />);
    expect(input().value).toBe('10 Dec 2026');
    expect(input().getAttribute('data-iso')).toBe('2026-12-10');
    unmount();
    render(<Form lang="sv-SE" initial="2026-12-10" onValue={() => undefined} />);
    expect(input().value).toBe('2026-12-10');
  });

  it('hands over a typed ISO date at once and keeps the text as typed until the field is left', () => {
    const seen: string[] = [];
    render(<Form lang="en-US" onValue={(v) => seen.push(v)} />);
    fireEvent.change(input(), { target: { value: '2026-12-1' } });
    fireEvent.change(input(), { target: { value: '2026-12-10' } });
    expect(seen).toEqual(['2026-12-01', '2026-12-10']);
    expect(input().value).toBe('2026-12-10');
    expect(input().getAttribute('data-iso')).toBe('2026-12-10');
    fireEvent.blur(input());
    expect(input().value).toBe('10 Dec 2026');
  });

  it('hands over text that is not a date as it is, for the form to refuse, and empty text as no date', () => {
    const seen: string[] = [];
    render(<Form lang="en-US" onValue={(v) => seen.push(v)} />);
    fireEvent.change(input(), { target: { value: '10/12/2026' } });
    expect(screen.getByTestId('value').textContent).toBe('10/12/2026');
    expect(input().getAttribute('data-iso')).toBe('');
    fireEvent.change(input(), { target: { value: '' } });
    expect(seen).toEqual(['10/12/2026', '']);
  });

  it('names the field by its label alone and says the expected format in the page language', () => {
    render(<Form lang="sv-SE" onValue={() => undefined} />);
    const field = input();
    const labelledBy = (field.getAttribute('aria-labelledby') || '').split(' ');
    expect(labelledBy.map((id) => document.getElementById(id)?.textContent)).toEqual(['Startdatum']);
    const hint = document.getElementById(field.getAttribute('aria-describedby') || '');
    expect(hint?.textContent).toContain('ÅÅÅÅ-MM-DD');
  });

  it('opens a calendar in the page language, Monday first, and a chosen day fills the field', async () => {
    const seen: string[] = [];
    render(<Form lang="sv-SE" initial="2026-12-10" onValue={(v) => seen.push(v)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Välj datum i kalendern' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('december 2026')).toBeTruthy();
    const headers = within(dialog).getAllByRole('columnheader').map((h) => h.getAttribute('aria-label') || h.textContent);
    expect(headers[0]).toBe('måndag');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: /^24, december, 2026/ }));
    });
    expect(seen).toEqual(['2026-12-24']);
    expect(input().value).toBe('2026-12-24');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('draws the previous and next arrows of the day and month pickers itself (no icon font is registered on our pages)', async () => {
    render(<Form lang="sv-SE" initial="2026-12-10" onValue={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Välj datum i kalendern' }));
    const dialog = await screen.findByRole('dialog');
    for (const name of [/föregående månad/i, /nästa månad/i]) expect(within(dialog).getByRole('button', { name }).querySelector('svg path')).not.toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: /välj för att byta månad/ }));
    for (const name of [/föregående år/i, /nästa år/i]) expect(within(dialog).getByRole('button', { name }).querySelector('svg path')).not.toBeNull();
  });
});
