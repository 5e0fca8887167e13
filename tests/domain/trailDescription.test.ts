import { describeTrailEntry, OrderTrailEntry } from '../../src/domain';

const names: Record<string, string> = { prove: 'Prové', trustp: 'TrustP' };
const name = (key: string): string => names[key] ?? '';

function entry(overrides: Partial<OrderTrailEntry>): OrderTrailEntry {
  return {
    at: '2026-11-23T13:30:00.000Z',
    by: 'handlaggare@region.example',
    kind: 'Skapad',
    fromStatus: '',
    toStatus: 'Ny',
    fromSupplierKey: '',
    toSupplierKey: '',
    reason: '',
    comment: '',
    ...overrides
  };
}

const move = (reason: OrderTrailEntry['reason'], comment = ''): OrderTrailEntry =>
  entry({ kind: 'Vidare till nästa leverantör', fromStatus: 'Väntar på svar', toStatus: 'Ny', fromSupplierKey: 'prove', fromRank: 1, toSupplierKey: 'trustp', toRank: 2, reason, comment });

describe('describeTrailEntry', () => {
  it.each([
    ['created', entry({ toSupplierKey: 'prove', toRank: 1 }), 'Avropet registrerades och går först till Prové (rang 1) enligt rangordningen.'],
    [
      'sent, with the deadline in Swedish time',
      entry({ kind: 'Skickad', fromStatus: 'Ny', toStatus: 'Väntar på svar', fromSupplierKey: 'prove', fromRank: 1, toSupplierKey: 'prove', toRank: 1, answerDeadline: '2026-11-24T13:30:00.000Z' }),
      'Avropet skickades till Prové (rang 1). Svar senast 24 nov 2026 kl. 14:30.'
    ],
    [
      'sent, without a recorded deadline',
      entry({ kind: 'Skickad', toStatus: 'Väntar på svar', toSupplierKey: 'prove', toRank: 1 }),
      'Avropet skickades till Prové (rang 1).'
    ],
    [
      'accepted',
      entry({ kind: 'Antagen', fromStatus: 'Väntar på svar', toStatus: 'Antagen', fromSupplierKey: 'prove', fromRank: 1, toSupplierKey: 'prove', toRank: 1, startDate: '2026-12-01' }),
      'Prové (rang 1) antog avropet. Utbildningen planeras starta 1 dec 2026.'
    ],
    ['declined, no capacity', move('Avböjt: saknar kapacitet'), 'Prové (rang 1) avböjde eftersom leverantören inte har kapacitet. Avropet gick vidare till TrustP (rang 2).'],
    [
      'declined, cannot start in time, with a comment',
      move('Avböjt: kan inte starta i tid', 'kan tidigast i mars'),
      'Prové (rang 1) avböjde eftersom leverantören inte kan starta i tid. Kommentar: Kan tidigast i mars. Avropet gick vidare till TrustP (rang 2).'
    ],
    ['no answer', move('Inget svar före svarstiden'), 'Prové (rang 1) svarade inte före svarstiden. Avropet gick vidare till TrustP (rang 2).'],
    [
      'other, with the justification',
      move('Annat', 'Jäv: leverantören anlitas redan av enheten.'),
      'Prové (rang 1) hoppades över. Motivering: Jäv: leverantören anlitas redan av enheten. Avropet gick vidare till TrustP (rang 2).'
    ],
    [
      'no supplier left',
      entry({ kind: 'Ingen leverantör', fromStatus: 'Väntar på svar', toStatus: 'Ingen leverantör', fromSupplierKey: 'trustp', fromRank: 2, reason: 'Avböjt: saknar kapacitet' }),
      'TrustP (rang 2) avböjde eftersom leverantören inte har kapacitet. Det finns ingen fler leverantör i rangordningen, så avropet kunde inte tilldelas någon leverantör.'
    ],
    ['completed', entry({ kind: 'Genomförd', fromStatus: 'Antagen', toStatus: 'Genomförd' }), 'Utbildningen markerades som genomförd.'],
    ['cancelled', entry({ kind: 'Avbruten', fromStatus: 'Ny', toStatus: 'Avbruten', comment: 'behovet löstes internt' }), 'Avropet avbröts. Skäl: Behovet löstes internt.']
  ])('%s', (_, e, expected) => {
    expect(describeTrailEntry(e, name)).toBe(expected);
  });

  it('falls back to the supplier key when the name is unknown', () => {
    expect(describeTrailEntry(entry({ toSupplierKey: 'nybolaget', toRank: 3 }), name)).toBe(
      'Avropet registrerades och går först till nybolaget (rang 3) enligt rangordningen.'
    );
  });
});
