/**
 * @jest-environment jsdom
 */
// The accessibility statement: the docs/ copies say exactly what the apps show, Swedish and English
// have the same parts, the parts DIGG prescribes are there, and every app's footer opens it.
import * as React from 'react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Inline, REVIEWED, Statement, STATEMENT_EN, STATEMENT_SV } from '../../src/components/accessibility/statementContent';
import { AppFrame } from '../../src/components/AppFrame';
import type { AppEnvironment } from '../../src/apps/shared/appTypes';

const markdown = (runs: Inline[]): string => runs.map((r) => (typeof r === 'string' ? r : `[${r.text}](${r.href})`)).join('');

function blocks(statement: Statement): string[] {
  return [
    `# ${statement.title}`,
    ...statement.intro.map(markdown),
    ...statement.sections.flatMap((s) => [
      `## ${s.heading}`,
      ...(s.paragraphs || []).map(markdown),
      ...(s.items || []).map((i) => `- ${markdown(i)}`),
      ...(s.after || []).map(markdown)
    ])
  ];
}

describe.each([
  ['sv', STATEMENT_SV, 'docs/tillganglighetsredogorelse.md'],
  ['en', STATEMENT_EN, 'docs/accessibility-statement.md']
])('statement (%s)', (_lang, statement, file) => {
  const doc = readFileSync(join(__dirname, '..', '..', file), 'utf8');
  const lines = doc.split('\n');

  test(`${file} holds every heading, paragraph and item the apps show, in order`, () => {
    let from = 0;
    for (const block of blocks(statement)) {
      const at = lines.indexOf(block, from);
      expect({ block, found: at >= 0 }).toEqual({ block, found: true });
      from = at + 1;
    }
  });

  test('names the compliance level, the review date and DIGG\u2019s reporting page', () => {
    const text = blocks(statement).join('\n');
    expect(text).toMatch(_lang === 'sv' ? /delvis förenlig/ : /partially compliant/);
    expect(text).toContain(REVIEWED);
    expect(text).toContain('](https://www.digg.se/tdosanmalan)');
    expect(text).toMatch(/NVDA, JAWS, VoiceOver/);
  });
});

test('Swedish and English have the same sections, paragraphs and items', () => {
  const shape = (s: Statement): unknown => [s.intro.length, s.sections.map((x) => [x.paragraphs?.length, x.items?.length, x.after?.length])];
  expect(shape(STATEMENT_EN)).toEqual(shape(STATEMENT_SV));
});

function env(lang: AppEnvironment['lang']): AppEnvironment {
  return { lang, host: 'Teams', search: '', pageUrl: 'https://region.sharepoint.com/sites/utbildning/SitePages/Avrop.aspx' };
}

test.each([
  ['sv-SE' as const, 'Tillgänglighetsredogörelse', STATEMENT_SV],
  ['en-US' as const, 'Accessibility statement', STATEMENT_EN]
])('the footer of every app (%s) opens the statement, loaded on demand', async (lang, link, statement) => {
  render(
    <AppFrame env={env(lang)}>
      <p>app</p>
    </AppFrame>
  );
  expect(screen.queryByText(statement.sections[0].heading)).toBeNull();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: link }));
  });
  expect(await screen.findByRole('heading', { name: statement.sections[0].heading })).toBeTruthy();
  const digg = screen.getByRole('link', { name: /digg\.se\/tdosanmalan/ });
  expect(digg.getAttribute('href')).toBe('https://www.digg.se/tdosanmalan');
  expect(digg.getAttribute('target')).toBe('_blank');
  // The first opening compiles the lazily imported panel (and Fluent's Panel) under ts-jest.
}, 30000);
