import { KeyIdMap } from '../../src/data/catalogueIds';
import { buildCatalogue } from '../../src/data/catalogueRepository';
import { UnknownCatalogueKeyError } from '../../src/data/errors';
import {
  areaFromItem,
  areaToItem,
  courseToItem,
  organisationFromItem,
  organisationToItem,
  rankingFromItem,
  rankingToItem,
  supplierFromItem,
  supplierToItem,
  trainingAreaToItem,
  trainingItemFromItem
} from '../../src/data/mapping/catalogue';
import { eventFromItem, eventToItem } from '../../src/data/mapping/event';
import { changedColumns, etagOf, orderFromItem, orderToItem, storedOrderFromItem } from '../../src/data/mapping/order';
import { dateOnly, dateOnlyOut, lookupId, multi } from '../../src/data/mapping/values';
import { CatalogueIds } from '../../src/data/catalogueIds';
import { OrderTrailEntry } from '../../src/domain/types';
import { CATALOGUE, sampleOrder } from './support/fixtures';

const ids: CatalogueIds = {
  areas: new KeyIdMap([
    ['ledarskap', 11],
    ['ekonomi', 12]
  ]),
  suppliers: new KeyIdMap([
    ['alfa', 21],
    ['beta', 22],
    ['gamma', 23]
  ]),
  organisations: new KeyIdMap([
    ['regionkansliet', 31],
    ['sjukhuset', 32]
  ])
};

/** What SharePoint answers for a written body: lookups expanded, as the repositories read them. */
function asRead(body: Record<string, unknown>, lookups: Record<string, string>): Record<string, unknown> {
  const item: Record<string, unknown> = { ...body };
  for (const field of Object.keys(lookups)) {
    const id = item[`${field}Id`];
    delete item[`${field}Id`];
    item[field] = id === null || id === undefined ? null : { Id: id, Title: `titel ${String(id)}` };
  }
  return item;
}

describe('catalogue mapping', () => {
  it('writes an agreement area as the list columns and reads it back unchanged', () => {
    for (const area of CATALOGUE.areas) {
      const item = areaToItem(area);
      expect(item).toMatchObject({ Title: area.title, AreaKey: area.key, AreaStatus: area.status, OrderingOpen: area.orderingOpen, ResponseHours: area.responseHours, TargetGroups: area.targetGroups, SortOrder: area.sortOrder });
      expect(areaFromItem(item)).toEqual(area);
    }
    expect(areaToItem(CATALOGUE.areas[0]).Notes).toBeNull();
  });

  it('translates area ids to keys for training areas and courses, and keeps the kind apart', () => {
    const trainingItem = trainingAreaToItem(CATALOGUE.trainingAreas[0], ids.areas);
    expect(trainingItem).toEqual({ Title: 'Grundläggande ledarskap', ItemKey: 'ledarskap-grund', AreaId: 11, ItemKind: 'Utbildningsområde', Description: 'Grunder.', SortOrder: 1 });
    expect(trainingItemFromItem(asRead(trainingItem, { Area: '' }), ids.areas)).toEqual({ kind: 'trainingArea', value: CATALOGUE.trainingAreas[0] });

    for (const course of CATALOGUE.courses) {
      const item = courseToItem(course, ids.areas);
      expect(item.ItemKind).toBe(course.kind);
      expect(item.AreaId).toBe(11);
      expect(trainingItemFromItem(asRead(item, { Area: '' }), ids.areas)).toEqual({ kind: 'course', value: course });
    }
    expect(courseToItem(CATALOGUE.courses[1], ids.areas)).toMatchObject({ MinParticipants: null, Days: null, Residential: null, Link: null, CourseCode: null });
  });

  it('translates area and supplier ids in Rangordning both ways', () => {
    const entry = CATALOGUE.rankings[1];
    const item = rankingToItem(entry, ids.areas, ids.suppliers);
    expect(item).toEqual({ Title: 'ledarskap 2', AreaId: 11, SupplierId: 22, Rank: 2 });
    expect(rankingFromItem(asRead(item, { Area: '', Supplier: '' }), ids.areas, ids.suppliers)).toEqual(entry);
    // Flat lookup ids (no $expand) read the same way.
    expect(rankingFromItem(item, ids.areas, ids.suppliers)).toEqual(entry);
  });

  it('refuses keys and ids the maps do not know', () => {
    expect(() => rankingToItem({ areaKey: 'okänd', supplierKey: 'alfa', rank: 1 }, ids.areas, ids.suppliers)).toThrow(UnknownCatalogueKeyError);
    expect(() => rankingFromItem({ Area: { Id: 99 }, Supplier: { Id: 21 }, Rank: 1 }, ids.areas, ids.suppliers)).toThrow(UnknownCatalogueKeyError);
  });

  it('keeps a Rangordning row whose supplier was deleted (empty lookup), with an empty supplier key for the health check', () => {
    expect(rankingFromItem({ Area: { Id: 11 }, Supplier: null, Rank: 2 }, ids.areas, ids.suppliers)).toEqual({ areaKey: 'ledarskap', supplierKey: '', rank: 2 });
    expect(rankingFromItem({ Area: { Id: 11 }, Supplier: { Id: 99 }, Rank: 3 }, ids.areas, ids.suppliers)).toEqual({ areaKey: 'ledarskap', supplierKey: '', rank: 3 });
    // A missing rank is no rank at all (not rank 0), so it is reported rather than followed.
    expect(rankingFromItem({ Area: { Id: 11 }, Supplier: { Id: 21 }, Rank: null }, ids.areas, ids.suppliers).rank).toBeNaN();
  });

  it('round-trips suppliers and organisations', () => {
    for (const supplier of CATALOGUE.suppliers) expect(supplierFromItem(supplierToItem(supplier))).toEqual(supplier);
    for (const organisation of CATALOGUE.organisations) expect(organisationFromItem(organisationToItem(organisation))).toEqual(organisation);
    expect(supplierToItem(CATALOGUE.suppliers[2])).toEqual({ Title: 'Gamma Lärande AB', SupplierKey: 'gamma', Active: false, Email: null });
  });

  it('builds the catalogue from rows, skipping rows that point at a deleted area', () => {
    const areaRows = CATALOGUE.areas.map((area, i) => ({ Id: 11 + i, ...areaToItem(area) })).reverse();
    const trainingRows = [
      ...CATALOGUE.trainingAreas.map((t, i) => ({ Id: 40 + i, ...asRead(trainingAreaToItem(t, ids.areas), { Area: '' }) })),
      ...CATALOGUE.courses.map((c, i) => ({ Id: 50 + i, ...asRead(courseToItem(c, ids.areas), { Area: '' }) })),
      { Id: 60, Title: 'Föräldralös', ItemKey: 'x', ItemKind: 'Kurs', Area: { Id: 999, Title: '?' } }
    ];
    const supplierRows = CATALOGUE.suppliers.map((s, i) => ({ Id: 21 + i, ...supplierToItem(s) }));
    const rankingRows = CATALOGUE.rankings.map((r, i) => ({ Id: 70 + i, ...asRead(rankingToItem(r, ids.areas, ids.suppliers), { Area: '', Supplier: '' }) }));
    const organisationRows = CATALOGUE.organisations.map((o, i) => ({ Id: 31 + i, ...organisationToItem(o) }));
    const { catalogue, ids: built } = buildCatalogue(areaRows, trainingRows, supplierRows, rankingRows, organisationRows);
    expect(catalogue.areas).toEqual(CATALOGUE.areas);
    expect(catalogue.trainingAreas).toEqual(CATALOGUE.trainingAreas);
    expect(catalogue.courses).toEqual(CATALOGUE.courses);
    expect(catalogue.rankings).toEqual(CATALOGUE.rankings);
    expect(catalogue.organisations).toEqual(CATALOGUE.organisations);
    expect(catalogue.suppliers.map((s) => s.key)).toEqual(['alfa', 'beta', 'gamma']);
    expect(built.areas.id('ekonomi')).toBe(12);
    expect(built.suppliers.key(23)).toBe('gamma');
  });
});

describe('order mapping', () => {
  const lookups = { Area: '', AssignedSupplier: '', Organisation: '', Author: '' };

  it('writes every Avrop column, lookups as <Field>Id and JSON where the schema says JSON', () => {
    const order = sampleOrder({ reference: 'AVR-2026-0042', assignedSupplierKey: 'alfa', assignedRank: 1, status: 'Väntar på svar' });
    const item = orderToItem(order, ids);
    expect(item).toMatchObject({
      Title: 'AVR-2026-0042',
      RequestKey: order.requestKey,
      AreaId: 11,
      Status: 'Väntar på svar',
      AssignedSupplierId: 21,
      AssignedRank: 1,
      OrganisationId: 31,
      TrainingAreaKeys: '["ledarskap-grund"]',
      Adaptations: ['Hörslinga', 'Material i förväg'],
      // Midnight of the date on a Stockholm site (summer time: UTC+2), as SharePoint stores it.
      PeriodFrom: '2026-03-31T22:00:00Z',
      PeriodTo: '2026-06-29T22:00:00Z',
      SentAt: null,
      StartDate: null,
      AdaptationsOther: null,
      ActualParticipants: null
    });
    expect(JSON.parse(item.RankingSnapshot as string)).toEqual(order.ranking);
    expect(JSON.parse(item.Trail as string)).toEqual(order.trail);
    expect(orderToItem(sampleOrder(), ids)).toMatchObject({ AssignedSupplierId: null, AssignedRank: null });
  });

  it('round-trips an order: domain -> item -> domain', () => {
    const order = sampleOrder({
      reference: 'AVR-2026-0042',
      status: 'Genomförd',
      assignedSupplierKey: 'beta',
      assignedRank: 2,
      sentAt: '2026-03-02T10:00:00Z',
      answerDeadline: '2026-03-03T10:00:00Z',
      acceptedAt: '2026-03-03T09:00:00Z',
      startDate: '2026-04-14',
      completedAt: '2026-05-01T15:00:00Z',
      actualParticipants: 9,
      participantsWomen: 5,
      participantsMen: 3,
      participantsOtherOrUnstated: 1,
      evaluationScore: 4
    });
    const read = asRead({ Id: 42, 'odata.etag': '"3"', AuthorId: 7, ...orderToItem(order, ids) }, lookups);
    expect(orderFromItem(read, ids)).toEqual(order);
    expect(storedOrderFromItem({ ...read, Author: { Id: 7, Title: 'Anna' } }, ids)).toEqual({ id: 42, etag: '"3"', authorId: 7, order });
  });

  it('reads date-only columns as the Swedish date, whatever time of day SharePoint returns', () => {
    expect(dateOnly('2026-02-28T23:00:00Z')).toBe('2026-03-01');
    expect(dateOnly('2026-06-30T22:00:00Z')).toBe('2026-07-01');
    expect(dateOnly('2026-03-01T00:00:00Z')).toBe('2026-03-01');
    expect(dateOnly('2026-03-01')).toBe('2026-03-01');
    expect(dateOnly(null)).toBe('');
    expect(dateOnlyOut('')).toBeNull();
  });

  it('reads multi-choice and lookups in both OData shapes', () => {
    expect(multi(['a', 'b'])).toEqual(['a', 'b']);
    expect(multi({ results: ['a'] })).toEqual(['a']);
    expect(multi(null)).toEqual([]);
    expect(lookupId({ AreaId: 5 }, 'Area')).toBe(5);
    expect(lookupId({ Area: { Id: 6, Title: 'x' } }, 'Area')).toBe(6);
    expect(lookupId({ Area: null }, 'Area')).toBeUndefined();
    expect(etagOf({ __metadata: { etag: '"4"' } })).toBe('"4"');
  });

  it('sends only the columns that changed', () => {
    const before = orderToItem(sampleOrder({ reference: 'AVR-2026-0042' }), ids);
    const after = orderToItem(sampleOrder({ reference: 'AVR-2026-0042', status: 'Väntar på svar', assignedSupplierKey: 'alfa', assignedRank: 1 }), ids);
    expect(changedColumns(before, after)).toEqual({ Status: 'Väntar på svar', AssignedSupplierId: 21, AssignedRank: 1 });
  });
});

describe('event mapping', () => {
  it('round-trips an audit row with supplier ids translated', () => {
    const entry: OrderTrailEntry = {
      at: '2026-03-03T10:00:00Z',
      by: 'Hanna Handläggare',
      kind: 'Vidare till nästa leverantör',
      fromStatus: 'Väntar på svar',
      toStatus: 'Väntar på svar',
      fromSupplierKey: 'alfa',
      fromRank: 1,
      toSupplierKey: 'beta',
      toRank: 2,
      reason: 'Avböjt: saknar kapacitet',
      comment: 'Fullbokade i vår.'
    };
    const item = eventToItem(entry, 42, 'AVR-2026-0042', ids);
    expect(item).toEqual({
      Title: 'AVR-2026-0042 Vidare till nästa leverantör',
      ParentOrderId: 42,
      OrderReference: 'AVR-2026-0042',
      EventKind: 'Vidare till nästa leverantör',
      FromStatus: 'Väntar på svar',
      ToStatus: 'Väntar på svar',
      FromSupplierId: 21,
      FromRank: 1,
      ToSupplierId: 22,
      ToRank: 2,
      Reason: 'Avböjt: saknar kapacitet',
      Comment: 'Fullbokade i vår.',
      EventAt: '2026-03-03T10:00:00Z',
      Actor: 'Hanna Handläggare',
      ActionKey: expect.stringMatching(/^42-1772532000-[0-9a-f]{16}$/)
    });
    // The key is the event's: the same entry gives the same key, another second or order another.
    expect(eventToItem({ ...entry, comment: 'annan text' }, 42, 'AVR-2026-0042', ids).ActionKey).toBe(item.ActionKey);
    expect(eventToItem({ ...entry, at: '2026-03-03T10:00:01Z' }, 42, 'AVR-2026-0042', ids).ActionKey).not.toBe(item.ActionKey);
    expect(eventToItem(entry, 43, 'AVR-2026-0043', ids).ActionKey).not.toBe(item.ActionKey);
    expect(eventToItem({ ...entry, toRank: 3 }, 42, 'AVR-2026-0042', ids).ActionKey).not.toBe(item.ActionKey);
    const read = asRead(item, { ParentOrder: '', FromSupplier: '', ToSupplier: '' });
    expect(eventFromItem(read, ids)).toEqual({ ...entry, orderReference: 'AVR-2026-0042' });
  });

  it('stores empty status, reason and suppliers as empty columns', () => {
    const entry: OrderTrailEntry = { at: '2026-03-02T09:15:00Z', by: 'Anna', kind: 'Skapad', fromStatus: '', toStatus: 'Ny', fromSupplierKey: '', toSupplierKey: '', reason: '', comment: '' };
    const item = eventToItem(entry, 1, 'AVR-2026-0001', ids);
    expect(item).toMatchObject({ FromStatus: null, Reason: null, FromSupplierId: null, ToSupplierId: null, FromRank: null, ToRank: null, Comment: null });
    expect(eventFromItem(asRead(item, { ParentOrder: '', FromSupplier: '', ToSupplier: '' }), ids)).toEqual({ ...entry, orderReference: 'AVR-2026-0001' });
  });
});
