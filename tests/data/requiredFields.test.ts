// The data layer's own required check (SharePoint does not make one on REST adds: see
// tests/emulator/requiredColumns.test.ts), driven by src/schema.
import { eventToItem } from '../../src/data/mapping/event';
import { IncompleteItemError, missingRequired, requireComplete } from '../../src/data/requiredFields';
import { AREAS, ORDER_EVENTS, ORDERS } from '../../src/schema/lists';
import { CREATED } from './support/fixtures';

const ids = {
  areas: { id: () => 1, key: () => 'a' },
  suppliers: { id: () => undefined, key: () => undefined },
  organisations: { id: () => 1, key: () => 'o' }
} as unknown as Parameters<typeof eventToItem>[3];

test('an audit row from the mapping is complete; without its actor, time or order it is not', () => {
  const row = eventToItem(CREATED, 7, 'AVR-2026-0007', ids);
  expect(missingRequired(ORDER_EVENTS, row)).toEqual([]);
  expect(missingRequired(ORDER_EVENTS, { ...row, Actor: ' ', EventAt: null, ParentOrderId: 0 })).toEqual(['ParentOrder', 'EventAt', 'Actor']);
  expect(missingRequired(ORDER_EVENTS, { ...row, Title: '' })).toEqual(['Title']);
});

test('a required column left out counts as given when it has a default; sent empty it does not', () => {
  const area = { Title: 'Ledarskap', AreaKey: 'ledarskap' };
  expect(missingRequired(AREAS, area)).toEqual([]);
  expect(missingRequired(AREAS, { ...area, AreaStatus: null, ResponseHours: '' })).toEqual(['AreaStatus', 'ResponseHours']);
});

test('requireComplete names the columns in Swedish and in English, and lists their internal names', () => {
  expect(() => requireComplete(ORDERS, { Title: 'AVR-2026-0001' })).toThrow(IncompleteItemError);
  let caught: unknown;
  try {
    requireComplete(ORDERS, { Title: 'AVR-2026-0001', Participants: 0, Adaptations: [] });
  } catch (error) {
    caught = error;
  }
  const e = caught as IncompleteItemError;
  expect(e).toBeInstanceOf(IncompleteItemError);
  expect(e.fields).toContain('RequestKey');
  expect(e.fields).toContain('Area');
  expect(e.fields).not.toContain('Participants');
  expect(e.fields).not.toContain('Status');
  expect(e.message).toMatch(/^Uppgifter saknas, så inget sparades i Avrop: Idempotensnyckel, Avtalsområde/);
  expect(e.message).toMatch(/Required values are missing: RequestKey, Area/);
});