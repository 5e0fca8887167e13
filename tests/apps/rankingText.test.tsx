/**
 * @jest-environment jsdom
 */
// Every ranking problem has a message and a fix in Swedish and English, with nothing left
// unfilled; the admin page shows them, and lists the suppliers without an e-mail address.
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { RankingProblem, RankingProblemKind, rankingProblems } from '../../src/domain';
import { SEED_CATALOGUE } from '../../src/domain/seed';
import { rankingProblemText } from '../../src/apps/shared/rankingText';
import AdminApp from '../../src/apps/administration/AdminApp';
import { fakeServices } from '../support/fakeServices';
import { byWholeText } from '../support/wholeText';

const KINDS: RankingProblemKind[] = [
  'duplicate-rank', 'gap', 'invalid-rank', 'inactive-supplier', 'unknown-supplier', 'deleted-supplier', 'unknown-area', 'supplier-twice', 'no-suppliers'
];

const sample = (kind: RankingProblemKind): RankingProblem => ({
  kind,
  areaKey: 'ledarskap',
  areaTitle: 'Ledarskap',
  supplierKeys: ['prove', 'semcon'],
  supplierNames: ['Prové', 'Semcon'],
  rank: 1,
  ranks: [1, 3],
  blocking: true,
  message: ''
});

test.each(KINDS)('%s: message and fix in both languages, placeholders filled', (kind) => {
  const sv = rankingProblemText(sample(kind), 'sv-SE');
  const en = rankingProblemText(sample(kind), 'en-US');
  for (const text of [sv.message, sv.fix, en.message, en.fix]) {
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/[{}]/);
  }
  expect(sv.message).not.toBe(en.message);
  expect(sv.fix).not.toBe(en.fix);
});

test('a tie reads naturally in both languages', () => {
  expect(rankingProblemText(sample('duplicate-rank'), 'sv-SE').message).toBe(
    'Ledarskap: Prové och Semcon har samma rang, 1. Det går inte att avgöra vem som får avropet först.'
  );
  expect(rankingProblemText(sample('duplicate-rank'), 'en-US').message).toBe(
    'Ledarskap: Prové and Semcon have the same rank, 1. There is no telling who gets the order first.'
  );
  expect(rankingProblemText({ ...sample('invalid-rank'), supplierNames: ['Prové'], rank: 1.5 }, 'sv-SE').message).toBe(
    'Ledarskap: Prové har rang 1,5. En rang är ett heltal från 1 och uppåt.'
  );
});

test('the admin page lists the seed suppliers without an e-mail address, and a tie with its fix', async () => {
  const catalogue = JSON.parse(JSON.stringify(SEED_CATALOGUE));
  const ledarskap = catalogue.rankings.filter((r: { areaKey: string }) => r.areaKey === 'ledarskap');
  ledarskap[1].rank = 1;
  expect(rankingProblems(catalogue).map((p) => p.kind)).toEqual(['duplicate-rank']);
  render(
    <AdminApp
      services={fakeServices({ catalogue, isOwner: true })}
      env={{ lang: 'sv-SE', host: 'SharePoint', search: '', pageUrl: 'https://x/SitePages/Admin.aspx' }}
      settings={{ siteUrl: 'https://x' }}
    />
  );
  // MessageBar renders its text a moment later (an alert region), hence the longer wait.
  expect(await screen.findByText(/14 leverantörer saknar e-postadress för avrop/, {}, { timeout: 8000 })).toBeTruthy();
  expect((await screen.findByText(byWholeText(/Prové och TrustP har samma rang, 1/), {}, { timeout: 8000 })).textContent).toContain('Gör så här: Ge varje leverantör en egen rang');
  expect(SEED_CATALOGUE.suppliers.filter((s) => !s.email)).toHaveLength(14);
});
