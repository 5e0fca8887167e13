// The desk's CSV exports: the queue (one row per order) and one order's call-off documentation,
// written with src/domain/csv.ts (UTF-8 BOM, semicolons, CRLF: what Swedish Excel opens) and
// read back with its parser.
import { queueCsvRows } from '../../src/apps/avropshantering/queueExport';
import { orderCsvFileName, orderCsvRows } from '../../src/apps/avropshantering/orderCsv';
import { strings } from '../../src/apps/avropshantering/strings';
import type { StoredOrder } from '../../src/data/ports';
import { cancelOrder, createOrder, recordAcceptance, sendToSupplier } from '../../src/domain/cascade';
import { parseCsv, toCsv } from '../../src/domain/csv';
import type { Order } from '../../src/domain/types';
import { catalogue, sthlm, validRequest } from '../domain/fixtures';

const CATALOGUE = catalogue();
const HANNA = { user: 'i:0#.f|membership|hanna@region.example', userName: 'Hanna Handläggare' };
const NOW = sthlm(2026, 3, 10, 10, 0);

function created(n: number, overrides = {}): Order {
  return createOrder(validRequest({ periodFrom: '2026-04-01', periodTo: '2026-05-31', ...overrides }), CATALOGUE, {
    now: sthlm(2026, 3, 2, 9, 0),
    user: 'i:0#.f|membership|anna@region.example',
    userName: 'Anna Andersson',
    requestKey: `k-${n}`,
    reference: `AVR-2026-000${n}`
  }).order;
}

const sent = (o: Order): Order => sendToSupplier(o, { now: sthlm(2026, 3, 3, 9, 0), ...HANNA, responseHours: 24 }).order;
const stored = (id: number, order: Order): StoredOrder => ({ id, etag: '"1"', authorId: 3, order });

function roundTrip(rows: ReturnType<typeof queueCsvRows>): string[][] {
  return parseCsv(toCsv(rows));
}

describe('queue export', () => {
  const orders = [
    stored(1, sent(created(1))),
    stored(2, recordAcceptance(sent(created(2)), { now: sthlm(2026, 3, 3, 15, 0), ...HANNA, startDate: '2026-04-14' }).order),
    stored(3, cancelOrder(created(3, { unit: '=HYPERLINK("http://evil.example")' }), { now: sthlm(2026, 3, 4, 8, 0), ...HANNA, reason: 'Dubbelbeställt; se AVR-2026-0001', role: 'handler' }).order)
  ];

  it('has a header and one row per order, in the order given, with Swedish dates Excel reads', () => {
    const rows = roundTrip(queueCsvRows(orders, CATALOGUE, strings.sv, 'sv-SE', NOW));
    expect(rows).toHaveLength(4);
    const header = rows[0];
    const col = (name: string): number => header.indexOf(name);
    expect(header.slice(0, 3)).toEqual(['Referens', 'Status', 'Avtalsområde']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['AVR-2026-0001', 'AVR-2026-0002', 'AVR-2026-0003']);
    expect(rows[1][col('Status')]).toBe('Väntar på svar');
    expect(rows[1][col('Skickat till leverantören')]).toBe('2026-03-03 09:00');
    expect(rows[1][col('Svar senast')]).toBe('2026-03-04 09:00');
    expect(rows[1][col('Svarstiden har gått ut')]).toBe('Ja');
    expect(rows[2][col('Startdatum')]).toBe('2026-04-14');
    expect(rows[2][col('Svarstiden har gått ut')]).toBe('Nej');
    expect(rows[1][col('Önskad period från')]).toBe('2026-04-01');
    // A semicolon in a cell is quoted, not a new column; a formula is neutralised.
    expect(rows[3][col('Skäl')]).toBe('Dubbelbeställt; se AVR-2026-0001');
    expect(rows[3][col('Enhet')]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([header.length]));
  });

  it('leaves the need, adaptations and other free text of the request out', () => {
    const text = toCsv(queueCsvRows([stored(1, created(1, { need: 'Deltagare med adhd', adaptationsOther: 'epilepsi', otherInfo: 'sjukskriven' }))], CATALOGUE, strings.sv, 'sv-SE', NOW));
    expect(text).not.toMatch(/adhd|epilepsi|sjukskriven/);
  });

  it('is in English on an English page', () => {
    const rows = roundTrip(queueCsvRows(orders, CATALOGUE, strings.en, 'en-US', NOW));
    expect(rows[0].slice(0, 3)).toEqual(['Reference', 'Status', 'Agreement area']);
    expect(rows[1][1]).toBe('Awaiting answer');
  });
});

describe('one order\'s call-off documentation', () => {
  const order = recordAcceptance(sent(created(4)), { now: sthlm(2026, 3, 3, 15, 0), ...HANNA, startDate: '2026-04-14' }).order;

  it('holds the fields, the ranking and the history with names, and reads back', () => {
    const rows = roundTrip(orderCsvRows(order, CATALOGUE, strings.sv, 'sv-SE', NOW));
    const value = (label: string): string | undefined => rows.find((r) => r[0] === label)?.[1];
    expect(rows[0]).toEqual(['Uppgift', 'Värde']);
    expect(value('Referens')).toBe('AVR-2026-0004');
    expect(value('Status')).toBe('Antagen');
    expect(value('Behov')).toBe(order.need);
    expect(value('Startdatum')).toBe('2026-04-14');
    const history = rows.findIndex((r) => r[0] === 'Historik');
    expect(rows[history + 1]).toEqual(['Tidpunkt', 'Utfört av', 'Händelse']);
    const trail = rows.slice(history + 2);
    expect(trail.map((r) => r[0])).toEqual(['2026-03-02 09:00', '2026-03-03 09:00', '2026-03-03 15:00']);
    expect(trail.map((r) => r[1])).toEqual(['Anna Andersson', 'Hanna Handläggare', 'Hanna Handläggare']);
    expect(trail[2][2]).toMatch(/antog avropet\. Utbildningen planeras starta 14 apr 2026\./);
    const ranking = rows.findIndex((r) => r[0] === 'Rangordning för avropet');
    expect(rows[ranking + 2]).toEqual(['1', order.ranking[0].supplierName]);
  });

  it('is named after its reference', () => {
    expect(orderCsvFileName(order, strings.sv)).toBe('avropsunderlag-AVR-2026-0004.csv');
    expect(orderCsvFileName(order, strings.en)).toBe('call-off-documentation-AVR-2026-0004.csv');
  });
});
