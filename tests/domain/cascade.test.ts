import {
  allowedActions,
  allowedCascadeReasons,
  CASCADE_REASONS,
  cancelOrder,
  Catalogue,
  completeOrder,
  correctableAnswer,
  correctAnswer,
  createOrder,
  describeTrailEntry,
  DomainError,
  moveToNextSupplier,
  Order,
  OrderAction,
  OrderStatus,
  rankedSuppliers,
  recordAcceptance,
  sendToSupplier,
  TransitionResult
} from '../../src/domain';
import { catalogue, deepFreeze, sthlm, validRequest } from './fixtures';

const HANDLER = 'handlaggare@region.example';
const ORDERER = 'anna.andersson@example.se';

// Timeline used throughout: created Monday 24 Aug 2026 09:00, sent 09:30, 24 h -> deadline Tuesday 09:30.
const CREATED = sthlm(2026, 8, 24, 9, 0);
const SENT = sthlm(2026, 8, 24, 9, 30);
const DEADLINE = sthlm(2026, 8, 25, 9, 30);
const BEFORE_DEADLINE = sthlm(2026, 8, 25, 9, 29);
const ACCEPTED = sthlm(2026, 8, 25, 8, 0);

function create(areaKey = 'ledarskap', c: Catalogue = catalogue()): Order {
  return createOrder(validRequest({ areaKey, trainingAreaKeys: [], periodFrom: '2026-09-01', periodTo: '2026-11-30' }), c, {
    now: CREATED,
    user: ORDERER,
    requestKey: 'b3a1c0de-0000-4000-8000-000000000001',
    reference: 'AVR-2026-0001'
  }).order;
}

function sent(order: Order = create(), now = SENT, hours = 24): Order {
  return sendToSupplier(order, { now, user: HANDLER, responseHours: hours }).order;
}

function accepted(order: Order = sent(), startDate = '2026-09-01'): Order {
  return recordAcceptance(order, { now: ACCEPTED, user: HANDLER, startDate }).order;
}

function declined(order: Order): Order {
  return moveToNextSupplier(order, { now: ACCEPTED, user: HANDLER, reason: 'Avböjt: saknar kapacitet', comment: '' }).order;
}

/** One order in each status, built through the real transitions. */
function orderIn(status: OrderStatus): Order {
  switch (status) {
    case 'Ny':
      return create();
    case 'Väntar på svar':
      return sent();
    case 'Antagen':
      return accepted();
    case 'Ingen leverantör':
      return declined(sent(declined(sent())));
    case 'Genomförd':
      return completeOrder(accepted(), { now: sthlm(2026, 9, 10, 12), user: HANDLER, actualParticipants: 12 }).order;
    case 'Avbruten':
      return cancelOrder(create(), { now: SENT, user: ORDERER, reason: 'Behovet har försvunnit.' }).order;
  }
}

const ALL_STATUSES: OrderStatus[] = ['Ny', 'Väntar på svar', 'Antagen', 'Ingen leverantör', 'Genomförd', 'Avbruten'];

function expectDomainError(fn: () => unknown, code: string, message?: string | RegExp): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else if (message) expect(error.message).toMatch(message);
  return error;
}

describe('createOrder', () => {
  it('creates a new order assigned to rank 1 with a snapshot of the ranking', () => {
    const request = validRequest();
    const { order, entry, warnings } = createOrder(request, catalogue(), {
      now: CREATED,
      user: ORDERER,
      requestKey: 'key-1',
      reference: 'AVR-2026-0001'
    });
    expect(order).toMatchObject({
      ...request,
      reference: 'AVR-2026-0001',
      requestKey: 'key-1',
      status: 'Ny',
      assignedSupplierKey: 'prove',
      assignedRank: 1,
      submittedAt: '2026-08-24T07:00:00.000Z',
      submittedBy: ORDERER,
      sentAt: '',
      answerDeadline: '',
      acceptedAt: '',
      startDate: '',
      completedAt: '',
      cancelledAt: '',
      cancelReason: ''
    });
    expect(order.ranking).toEqual([
      { rank: 1, supplierKey: 'prove', supplierName: 'Prové' },
      { rank: 2, supplierKey: 'trustp', supplierName: 'TrustP' }
    ]);
    expect(entry).toEqual({
      at: '2026-08-24T07:00:00.000Z',
      by: ORDERER,
      kind: 'Skapad',
      fromStatus: '',
      toStatus: 'Ny',
      fromSupplierKey: '',
      toSupplierKey: 'prove',
      toRank: 1,
      reason: '',
      comment: ''
    });
    expect(order.trail).toEqual([entry]);
    expect(warnings).toEqual([]);
  });

  it('copies the request, so later changes to the form do not change the order', () => {
    const request = validRequest({ trainingAreaKeys: ['led-arbete'], adaptations: ['Hörslinga'] });
    const { order } = createOrder(request, catalogue(), { now: CREATED, user: ORDERER, requestKey: 'k', reference: 'AVR-2026-0002' });
    request.trainingAreaKeys.push('led-utveckling');
    request.adaptations.push('Skrivtolk');
    expect(order.trainingAreaKeys).toEqual(['led-arbete']);
    expect(order.adaptations).toEqual(['Hörslinga']);
  });

  it('accepts an empty reference (the store allocates the number) but refuses a malformed one', () => {
    const { order } = createOrder(validRequest(), catalogue(), { now: CREATED, user: ORDERER, requestKey: 'k', reference: '' });
    expect(order.reference).toBe('');
    expect(() => createOrder(validRequest(), catalogue(), { now: CREATED, user: ORDERER, requestKey: 'k', reference: 'AVR-26-1' })).toThrow(/ingen giltig avropsreferens/);
  });

  it('does not copy properties that are not part of the request', () => {
    const request = { ...validRequest(), status: 'Antagen', secret: 'x' } as unknown as ReturnType<typeof validRequest>;
    const { order } = createOrder(request, catalogue(), { now: CREATED, user: ORDERER, requestKey: 'k', reference: 'AVR-2026-0002' });
    expect(order.status).toBe('Ny');
    expect((order as unknown as Record<string, unknown>).secret).toBeUndefined();
  });

  it('skips an inactive supplier at rank 1', () => {
    const c = catalogue();
    c.suppliers.find((s) => s.key === 'prove')!.active = false;
    const order = create('ugl', c);
    expect(order.assignedSupplierKey).toBe('lexicon');
    expect(order.assignedRank).toBe(2);
    expect(order.ranking.map((r) => r.supplierKey)).toEqual(['lexicon', 'trustp']);
  });

  it('does not modify the catalogue or the request', () => {
    const c = deepFreeze(catalogue());
    const request = deepFreeze(validRequest());
    expect(() => createOrder(request, c, { now: CREATED, user: ORDERER, requestKey: 'k', reference: 'AVR-2026-0001' })).not.toThrow();
  });

  it.each([
    ['an unknown area', (c: Catalogue) => c, 'finns-inte', 'unknown-area', 'Avtalsområdet finns inte i katalogen. Välj ett avtalsområde i listan.'],
    ['a coming area', (c: Catalogue) => c, 'motiverande', 'area-not-active', 'Motiverande samtal och samtalsmetodik går inte att avropa än. Avtalsområdet är på gång och mer information kommer.'],
    ['an ended area', (c: Catalogue) => c, 'projektarbete', 'area-not-active', 'Avtalet för Projektarbete har upphört, så det går inte längre att avropa.'],
    ['an area closed for orders', (c: Catalogue) => c, 'kommunikation', 'area-not-open', 'Kommunikation är stängt för avrop just nu.'],
    [
      'an area without active suppliers',
      (c: Catalogue) => {
        c.suppliers.forEach((s) => (s.active = s.key !== 'ekan' && s.key !== 'kef'));
        return c;
      },
      'ekonomistyrning',
      'no-suppliers',
      'Ekonomistyrning har just nu ingen leverantör som kan ta emot avrop. Kontakta avropshandläggarna.'
    ]
  ])('refuses %s', (_, change, areaKey, code, message) => {
    const c = change(catalogue());
    expectDomainError(
      () => createOrder(validRequest({ areaKey }), c, { now: CREATED, user: ORDERER, requestKey: 'k', reference: 'AVR-2026-0001' }),
      code,
      message
    );
  });

  it('refuses a malformed reference, a missing request key, a missing user and an invalid time', () => {
    const ctx = { now: CREATED, user: ORDERER, requestKey: 'k', reference: 'AVR-2026-0001' };
    expectDomainError(() => createOrder(validRequest(), catalogue(), { ...ctx, reference: 'AVR-2026-1' }), 'invalid-reference');
    expectDomainError(() => createOrder(validRequest(), catalogue(), { ...ctx, requestKey: '  ' }), 'invalid-input');
    expectDomainError(() => createOrder(validRequest(), catalogue(), { ...ctx, user: '' }), 'missing-user');
    expectDomainError(() => createOrder(validRequest(), catalogue(), { ...ctx, now: new Date('x') }), 'invalid-date');
  });
});

describe('sendToSupplier', () => {
  it('sends a new order and starts the answer time', () => {
    const order = deepFreeze(create());
    const { order: next, entry, warnings } = sendToSupplier(order, { now: SENT, user: HANDLER, responseHours: 24 });
    expect(next.status).toBe('Väntar på svar');
    expect(next.sentAt).toBe(SENT.toISOString());
    expect(next.answerDeadline).toBe(DEADLINE.toISOString());
    expect(next.assignedSupplierKey).toBe('prove');
    expect(entry).toEqual({
      at: SENT.toISOString(),
      by: HANDLER,
      kind: 'Skickad',
      fromStatus: 'Ny',
      toStatus: 'Väntar på svar',
      fromSupplierKey: 'prove',
      fromRank: 1,
      toSupplierKey: 'prove',
      toRank: 1,
      reason: '',
      comment: '',
      answerDeadline: DEADLINE.toISOString()
    });
    expect(next.trail).toHaveLength(2);
    expect(next.trail[1]).toBe(entry);
    expect(warnings).toEqual([]);
    expect(order.status).toBe('Ny');
  });

  it('counts the answer time in working-day hours (Friday afternoon -> Monday)', () => {
    const next = sendToSupplier(create(), { now: sthlm(2026, 11, 20, 15, 0), user: HANDLER, responseHours: 24 }).order;
    expect(next.answerDeadline).toBe(sthlm(2026, 11, 23, 15, 0).toISOString());
  });

  it.each(ALL_STATUSES.filter((s) => s !== 'Ny'))('is refused in status %s', (status) => {
    expectDomainError(
      () => sendToSupplier(orderIn(status), { now: SENT, user: HANDLER, responseHours: 24 }),
      'invalid-transition',
      `Det går inte att skicka avropet till leverantören när det har status "${status}". Det går bara när status är "Ny".`
    );
  });

  it('refuses an invalid response time', () => {
    expectDomainError(() => sendToSupplier(create(), { now: SENT, user: HANDLER, responseHours: 0 }), 'invalid-response-hours');
    expectDomainError(() => sendToSupplier(create(), { now: SENT, user: HANDLER, responseHours: 241 }), 'invalid-response-hours');
  });
});

describe('recordAcceptance', () => {
  it('records the acceptance and the start date', () => {
    const order = deepFreeze(sent());
    const { order: next, entry, warnings } = recordAcceptance(order, { now: ACCEPTED, user: HANDLER, startDate: '2026-09-01' });
    expect(next).toMatchObject({ status: 'Antagen', acceptedAt: ACCEPTED.toISOString(), startDate: '2026-09-01', assignedSupplierKey: 'prove' });
    expect(entry).toMatchObject({ kind: 'Antagen', fromStatus: 'Väntar på svar', toStatus: 'Antagen', toSupplierKey: 'prove', toRank: 1, startDate: '2026-09-01' });
    expect(next.trail.map((e) => e.kind)).toEqual(['Skapad', 'Skickad', 'Antagen']);
    expect(warnings).toEqual([]);
  });

  it('warns when the start is more than 7 calendar days after the acceptance', () => {
    expect(recordAcceptance(sent(), { now: ACCEPTED, user: HANDLER, startDate: '2026-09-01' }).warnings).toEqual([]);
    const { warnings } = recordAcceptance(sent(), { now: ACCEPTED, user: HANDLER, startDate: '2026-09-02' });
    expect(warnings).toEqual([
      'Utbildningen startar 2 sep 2026, mer än 7 dagar efter att avropet antogs. Kontrollera att startdatumet stämmer med leverantörens svar.'
    ]);
  });

  it('counts the seven days from the answer day, not from the day it is recorded', () => {
    // Answered Tuesday 25 Aug with a start on 1 Sep; recorded on Thursday 27 Aug.
    const recordedLater = sthlm(2026, 8, 27, 10, 0);
    expect(recordAcceptance(sent(), { now: recordedLater, user: HANDLER, startDate: '2026-09-02', answeredOn: '2026-08-25' }).warnings).toEqual([
      'Utbildningen startar 2 sep 2026, mer än 7 dagar efter att avropet antogs. Kontrollera att startdatumet stämmer med leverantörens svar.'
    ]);
    const { order, entry, warnings } = recordAcceptance(sent(), { now: recordedLater, user: HANDLER, startDate: '2026-09-01', answeredOn: '2026-08-25' });
    expect(warnings).toEqual([]);
    expect(entry.answeredOn).toBe('2026-08-25');
    expect(order.acceptedAt).toBe(recordedLater.toISOString());
  });

  it('takes a start on the answer day although that day has passed, and refuses one before it', () => {
    const recordedLater = sthlm(2026, 8, 27, 10, 0);
    expect(recordAcceptance(sent(), { now: recordedLater, user: HANDLER, startDate: '2026-08-26', answeredOn: '2026-08-25' }).order.startDate).toBe('2026-08-26');
    expectDomainError(
      () => recordAcceptance(sent(), { now: recordedLater, user: HANDLER, startDate: '2026-08-24', answeredOn: '2026-08-25' }),
      'start-date-in-past',
      'Startdatumet 24 aug 2026 ligger före leverantörens svar (25 aug 2026). Ange ett datum från och med svarsdagen.'
    );
  });

  it('refuses an answer day in the future, before the sending, or not a date', () => {
    const now = sthlm(2026, 8, 27, 10, 0);
    for (const [answeredOn, message] of [
      ['2026-08-28', /har inte kommit än/],
      ['2026-08-23', /ligger före den dag avropet skickades \(24 aug 2026\)/],
      ['28/8', /giltigt datum/]
    ] as const) {
      const error = expectDomainError(() => recordAcceptance(sent(), { now, user: HANDLER, startDate: '2026-09-01', answeredOn }), 'invalid-date', message);
      expect(error.field).toBe('answeredOn');
    }
  });

  it('says the answer came late only when the answer day was after the deadline day', () => {
    const now = sthlm(2026, 8, 27, 10, 0);
    expect(recordAcceptance(sent(), { now, user: HANDLER, startDate: '2026-09-01', answeredOn: '2026-08-25' }).warnings).toEqual([]);
    expect(recordAcceptance(sent(), { now, user: HANDLER, startDate: '2026-09-01', answeredOn: '2026-08-26' }).warnings.join(' ')).toMatch(/svarade efter svarstiden/);
  });

  it('accepts a start today but refuses one that has passed', () => {
    const today = recordAcceptance(sent(), { now: ACCEPTED, user: HANDLER, startDate: '2026-08-25' });
    expect(today.order.startDate).toBe('2026-08-25');
    expectDomainError(
      () => recordAcceptance(sent(), { now: ACCEPTED, user: HANDLER, startDate: '2026-08-24' }),
      'start-date-in-past',
      'Startdatumet 24 aug 2026 har redan passerat. Ange ett datum från och med i dag.'
    );
  });

  it('decides "today" by the Swedish date, not the UTC date', () => {
    // 31 Aug 22:30 UTC is already 1 September in Sweden.
    const now = new Date('2026-08-31T22:30:00Z');
    const order = sent(create(), sthlm(2026, 8, 31, 9, 0));
    expectDomainError(() => recordAcceptance(order, { now, user: HANDLER, startDate: '2026-08-31' }), 'start-date-in-past');
    expect(recordAcceptance(order, { now, user: HANDLER, startDate: '2026-09-01' }).order.status).toBe('Antagen');
  });

  it('refuses an invalid start date', () => {
    for (const startDate of ['', '2026-09-31', '1 sep']) {
      expectDomainError(() => recordAcceptance(sent(), { now: ACCEPTED, user: HANDLER, startDate }), 'invalid-date');
    }
  });

  it('warns, but accepts, when the supplier answered after the deadline', () => {
    const late = sthlm(2026, 8, 25, 10, 0);
    const { order, warnings } = recordAcceptance(sent(), { now: late, user: HANDLER, startDate: '2026-09-01' });
    expect(order.status).toBe('Antagen');
    expect(warnings).toEqual(['Leverantören svarade efter svarstiden (svar senast 25 aug 2026 kl. 09:30). Avropet registreras som antaget ändå.']);
  });

  it('warns when the start date is outside the period the orderer asked for', () => {
    const { warnings } = recordAcceptance(sent(), { now: ACCEPTED, user: HANDLER, startDate: '2026-08-31' });
    expect(warnings).toEqual(['Startdatumet ligger utanför den period som beställaren önskade (1 sep 2026–30 nov 2026). Stäm av med beställaren.']);
  });

  it.each(ALL_STATUSES.filter((s) => s !== 'Väntar på svar'))('is refused in status %s', (status) => {
    expectDomainError(() => recordAcceptance(orderIn(status), { now: ACCEPTED, user: HANDLER, startDate: '2026-09-01' }), 'invalid-transition', /Det går bara när status är "Väntar på svar"\.$/);
  });
});

describe('moveToNextSupplier', () => {
  it.each(['Avböjt: saknar kapacitet', 'Avböjt: kan inte starta i tid'] as const)('moves a declined order (%s) to the next rank', (reason) => {
    const order = deepFreeze(sent());
    const { order: next, entry, warnings } = moveToNextSupplier(order, { now: ACCEPTED, user: HANDLER, reason, comment: '  Fullbokat hela hösten.  ' });
    expect(next).toMatchObject({ status: 'Ny', assignedSupplierKey: 'trustp', assignedRank: 2, sentAt: '', answerDeadline: '' });
    expect(entry).toEqual({
      at: ACCEPTED.toISOString(),
      by: HANDLER,
      kind: 'Vidare till nästa leverantör',
      fromStatus: 'Väntar på svar',
      toStatus: 'Ny',
      fromSupplierKey: 'prove',
      fromRank: 1,
      toSupplierKey: 'trustp',
      toRank: 2,
      reason,
      comment: 'Fullbokat hela hösten.'
    });
    expect(next.trail.map((e) => e.kind)).toEqual(['Skapad', 'Skickad', 'Vidare till nästa leverantör']);
    expect(warnings).toEqual([]);
  });

  it.each(['Avböjt: saknar kapacitet', 'Avböjt: kan inte starta i tid'] as const)('refuses a decline (%s) from a supplier that has not been sent the order', (reason) => {
    expectDomainError(
      () => moveToNextSupplier(create(), { now: SENT, user: HANDLER, reason, comment: '' }),
      'reason-not-allowed',
      'Prové har inte fått avropet än och kan därför inte ha avböjt. Skicka avropet först, eller välj skälet "Annat" och motivera varför leverantören hoppas över.'
    );
  });

  it('refuses "no answer" before the deadline and says when it runs out', () => {
    expectDomainError(
      () => moveToNextSupplier(sent(), { now: BEFORE_DEADLINE, user: HANDLER, reason: 'Inget svar före svarstiden', comment: '' }),
      'deadline-not-passed',
      'Svarstiden för Prové har inte gått ut än. Den går ut 25 aug 2026 kl. 09:30.'
    );
  });

  it('allows "no answer" exactly at the deadline and after it', () => {
    for (const now of [DEADLINE, sthlm(2026, 9, 1, 12)]) {
      const { order, entry } = moveToNextSupplier(sent(), { now, user: HANDLER, reason: 'Inget svar före svarstiden', comment: '' });
      expect(order.assignedSupplierKey).toBe('trustp');
      expect(entry.reason).toBe('Inget svar före svarstiden');
    }
  });

  it('refuses "no answer" for an order that was never sent', () => {
    expectDomainError(
      () => moveToNextSupplier(create(), { now: sthlm(2026, 9, 30), user: HANDLER, reason: 'Inget svar före svarstiden', comment: '' }),
      'reason-not-allowed',
      /Prové har inte fått avropet än och kan därför inte ha missat svarstiden/
    );
  });

  it('refuses "no answer" when the order has no recorded deadline', () => {
    const broken = { ...sent(), answerDeadline: '' };
    expectDomainError(() => moveToNextSupplier(broken, { now: sthlm(2026, 9, 30), user: HANDLER, reason: 'Inget svar före svarstiden', comment: '' }), 'deadline-not-passed');
  });

  it.each([
    ['no comment', ''],
    ['only spaces', '            '],
    ['nine letters with spaces between', 'a b c d e f g h i']
  ])('requires a written justification for "Annat" (%s)', (_, comment) => {
    expectDomainError(
      () => moveToNextSupplier(sent(), { now: ACCEPTED, user: HANDLER, reason: 'Annat', comment }),
      'justification-required',
      'Skälet "Annat" måste motiveras. Skriv varför avropet ska gå vidare från Prové (minst 10 tecken).'
    );
  });

  it('accepts "Annat" with ten non-space characters, also for a supplier not yet sent the order', () => {
    const fromWaiting = moveToNextSupplier(sent(), { now: ACCEPTED, user: HANDLER, reason: 'Annat', comment: 'a b c d e f g h i j' });
    expect(fromWaiting.order.assignedSupplierKey).toBe('trustp');
    const skipped = moveToNextSupplier(create(), { now: SENT, user: HANDLER, reason: 'Annat', comment: 'Jävsituation: leverantören anlitas redan av enheten.' });
    expect(skipped.order).toMatchObject({ status: 'Ny', assignedSupplierKey: 'trustp', assignedRank: 2 });
    expect(skipped.entry).toMatchObject({ fromStatus: 'Ny', reason: 'Annat', comment: 'Jävsituation: leverantören anlitas redan av enheten.' });
  });

  it('ends in "Ingen leverantör" after the last rank', () => {
    const atLast = sent(declined(sent()));
    expect(atLast.assignedSupplierKey).toBe('trustp');
    const { order, entry, warnings } = moveToNextSupplier(atLast, { now: sthlm(2026, 8, 27, 10), user: HANDLER, reason: 'Avböjt: kan inte starta i tid', comment: '' });
    expect(order).toMatchObject({ status: 'Ingen leverantör', assignedSupplierKey: '', assignedRank: 0, sentAt: '', answerDeadline: '' });
    expect(entry).toEqual({
      at: sthlm(2026, 8, 27, 10).toISOString(),
      by: HANDLER,
      kind: 'Ingen leverantör',
      fromStatus: 'Väntar på svar',
      toStatus: 'Ingen leverantör',
      fromSupplierKey: 'trustp',
      fromRank: 2,
      toSupplierKey: '',
      reason: 'Avböjt: kan inte starta i tid',
      comment: ''
    });
    expect(warnings).toEqual(['Det finns ingen fler leverantör i rangordningen. Avropet kan inte gå vidare; kontakta beställaren om hur behovet ska lösas.']);
  });

  it('runs the whole cascade through three suppliers and keeps every step in the trail', () => {
    let order = create('ugl');
    const steps: string[] = [];
    order = sent(order);
    order = moveToNextSupplier(order, { now: sthlm(2026, 8, 24, 12), user: HANDLER, reason: 'Avböjt: saknar kapacitet', comment: '' }).order;
    steps.push(order.assignedSupplierKey);
    order = sendToSupplier(order, { now: sthlm(2026, 8, 24, 13), user: HANDLER, responseHours: 24 }).order;
    order = moveToNextSupplier(order, { now: sthlm(2026, 8, 25, 13), user: HANDLER, reason: 'Inget svar före svarstiden', comment: '' }).order;
    steps.push(order.assignedSupplierKey);
    order = sendToSupplier(order, { now: sthlm(2026, 8, 25, 14), user: HANDLER, responseHours: 24 }).order;
    order = moveToNextSupplier(order, { now: sthlm(2026, 8, 25, 15), user: HANDLER, reason: 'Avböjt: kan inte starta i tid', comment: '' }).order;
    steps.push(order.assignedSupplierKey);
    expect(steps).toEqual(['lexicon', 'trustp', '']);
    expect(order.status).toBe('Ingen leverantör');
    expect(order.trail.map((e) => `${e.kind}: ${e.fromSupplierKey || '-'} -> ${e.toSupplierKey || '-'}`)).toEqual([
      'Skapad: - -> prove',
      'Skickad: prove -> prove',
      'Vidare till nästa leverantör: prove -> lexicon',
      'Skickad: lexicon -> lexicon',
      'Vidare till nästa leverantör: lexicon -> trustp',
      'Skickad: trustp -> trustp',
      'Ingen leverantör: trustp -> -'
    ]);
  });

  it('follows the ranking stored on the order, even after the catalogue has changed', () => {
    const order = sent(create('ugl'));
    const changed = catalogue();
    changed.rankings = changed.rankings.filter((r) => r.areaKey !== 'ugl');
    changed.rankings.push({ areaKey: 'ugl', supplierKey: 'prove', rank: 1 }, { areaKey: 'ugl', supplierKey: 'agera', rank: 2 });
    changed.suppliers.find((s) => s.key === 'lexicon')!.active = false;
    expect(rankedSuppliers('ugl', changed)[1].supplierKey).toBe('agera');

    const next = moveToNextSupplier(order, { now: ACCEPTED, user: HANDLER, reason: 'Avböjt: saknar kapacitet', comment: '' }).order;
    expect(next.assignedSupplierKey).toBe('lexicon');
    expect(next.assignedRank).toBe(2);
    expect(next.ranking).toEqual(order.ranking);
  });

  it('refuses when the assigned supplier is missing from the stored ranking', () => {
    const broken = { ...sent(), assignedSupplierKey: 'okand' };
    expectDomainError(() => moveToNextSupplier(broken, { now: ACCEPTED, user: HANDLER, reason: 'Avböjt: saknar kapacitet', comment: '' }), 'supplier-not-in-ranking');
  });

  it('refuses an unknown reason and a too long comment', () => {
    expectDomainError(() => moveToNextSupplier(sent(), { now: ACCEPTED, user: HANDLER, reason: 'Trött' as never, comment: '' }), 'reason-not-allowed');
    expectDomainError(() => moveToNextSupplier(sent(), { now: ACCEPTED, user: HANDLER, reason: 'Annat', comment: 'x'.repeat(2001) }), 'invalid-input');
  });

  it.each(['Antagen', 'Ingen leverantör', 'Genomförd', 'Avbruten'] as OrderStatus[])('is refused in status %s, whatever the reason', (status) => {
    for (const reason of CASCADE_REASONS) {
      expectDomainError(
        () => moveToNextSupplier(orderIn(status), { now: sthlm(2026, 12, 1), user: HANDLER, reason, comment: 'En tillräckligt lång motivering.' }),
        'invalid-transition',
        `Det går inte att flytta avropet till nästa leverantör när det har status "${status}". Det går bara när status är "Ny" eller "Väntar på svar".`
      );
    }
  });
});

describe('completeOrder', () => {
  const now = sthlm(2026, 9, 10, 12);

  it('completes an accepted order with the follow-up figures', () => {
    const order = deepFreeze(accepted());
    const { order: next, entry, warnings } = completeOrder(order, {
      now,
      user: ORDERER,
      actualParticipants: 12,
      participantsWomen: 7,
      participantsMen: 4,
      participantsOtherOrUnstated: 1,
      evaluationScore: 4
    });
    expect(next).toMatchObject({
      status: 'Genomförd',
      completedAt: now.toISOString(),
      actualParticipants: 12,
      participantsWomen: 7,
      participantsMen: 4,
      participantsOtherOrUnstated: 1,
      evaluationScore: 4
    });
    expect(entry).toMatchObject({ kind: 'Genomförd', fromStatus: 'Antagen', toStatus: 'Genomförd', by: ORDERER, toSupplierKey: 'prove' });
    expect(next.trail.map((e) => e.kind)).toEqual(['Skapad', 'Skickad', 'Antagen', 'Genomförd']);
    expect(warnings).toEqual([]);
  });

  it('needs only the number of participants', () => {
    const { order } = completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 1 });
    expect(order.actualParticipants).toBe(1);
    expect(order.evaluationScore).toBeUndefined();
    expect(completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 500 }).order.actualParticipants).toBe(500);
  });

  it.each([0, 501, 2.5, NaN, -1])('refuses %p participants', (n) => {
    expectDomainError(
      () => completeOrder(accepted(), { now, user: ORDERER, actualParticipants: n }),
      'invalid-participants',
      'Antal deltagare ska vara ett heltal från 1 till 500.'
    );
  });

  it('refuses a missing number of participants', () => {
    expectDomainError(() => completeOrder(accepted(), { now, user: ORDERER } as never), 'invalid-participants', 'Ange hur många som deltog i utbildningen.');
  });

  it.each([
    ['participantsWomen', -1, 'Antal kvinnor ska vara ett heltal från 0 till 500.'],
    ['participantsMen', 1.5, 'Antal män ska vara ett heltal från 0 till 500.'],
    ['participantsOtherOrUnstated', -2, 'Antal med annat eller ej angivet kön ska vara ett heltal från 0 till 500.']
  ])('refuses %s = %p', (field, value, message) => {
    const error = expectDomainError(() => completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 10, [field]: value }), 'invalid-participants', message);
    expect(error.field).toBe(field);
  });

  it('refuses gender counts that add up to more than the participants', () => {
    expectDomainError(
      () => completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 10, participantsWomen: 6, participantsMen: 5 }),
      'invalid-participants',
      'Antalet deltagare per kön (sammanlagt 11) kan inte vara fler än antalet deltagare (10).'
    );
  });

  it('accepts partial gender counts without a warning, and warns when all three leave people out', () => {
    expect(completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 10, participantsWomen: 6 }).warnings).toEqual([]);
    expect(completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 10, participantsWomen: 6, participantsMen: 2, participantsOtherOrUnstated: 0 }).warnings).toEqual([
      'Deltagarna per kön blir sammanlagt 8, men antalet deltagare är 10. Kontrollera siffrorna.'
    ]);
  });

  it.each([0, 6, 3.5])('refuses evaluation score %p', (score) => {
    expectDomainError(
      () => completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 10, evaluationScore: score }),
      'invalid-evaluation',
      'Betyget i utvärderingen ska vara ett heltal från 1 till 5.'
    );
  });

  it('accepts evaluation scores 1 and 5', () => {
    expect(completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 10, evaluationScore: 1 }).order.evaluationScore).toBe(1);
    expect(completeOrder(accepted(), { now, user: ORDERER, actualParticipants: 10, evaluationScore: 5 }).order.evaluationScore).toBe(5);
  });

  it('needs a confirmation when the planned start is still in the future, and is made once it is given', () => {
    const order = accepted(sent(), '2026-09-20');
    const error = expectDomainError(
      () => completeOrder(order, { now, user: ORDERER, actualParticipants: 10 }),
      'confirm-before-start',
      'Utbildningen skulle enligt planen starta 20 sep 2026, alltså efter i dag. Bekräfta att den redan är genomförd, eller vänta till efter start.'
    );
    expect(error.field).toBe('confirmedBeforeStart');
    const done = completeOrder(order, { now, user: ORDERER, actualParticipants: 10, confirmedBeforeStart: true });
    expect(done.order.status).toBe('Genomförd');
    expect(done.warnings).toEqual([]);
    // On the start day itself no confirmation is asked.
    expect(completeOrder(order, { now: sthlm(2026, 9, 20, 16), user: ORDERER, actualParticipants: 10 }).order.status).toBe('Genomförd');
  });

  it.each(ALL_STATUSES.filter((s) => s !== 'Antagen'))('is refused in status %s', (status) => {
    expectDomainError(() => completeOrder(orderIn(status), { now, user: ORDERER, actualParticipants: 10 }), 'invalid-transition', /Det går bara när status är "Antagen"\.$/);
  });
});

describe('cancelOrder', () => {
  it.each(['Ny', 'Väntar på svar'] as OrderStatus[])('cancels an order in status %s', (status) => {
    const order = deepFreeze(orderIn(status));
    const { order: next, entry } = cancelOrder(order, { now: ACCEPTED, user: ORDERER, reason: '  Utbildningen ska ske internt i stället.  ' });
    expect(next).toMatchObject({ status: 'Avbruten', cancelledAt: ACCEPTED.toISOString(), cancelReason: 'Utbildningen ska ske internt i stället.' });
    expect(entry).toMatchObject({ kind: 'Avbruten', fromStatus: status, toStatus: 'Avbruten', comment: 'Utbildningen ska ske internt i stället.', reason: '' });
    expect(next.trail[next.trail.length - 1]).toBe(entry);
    expect(next.trail).toHaveLength(order.trail.length + 1);
  });

  it('refuses after acceptance with an explanation', () => {
    expectDomainError(
      () => cancelOrder(accepted(), { now: ACCEPTED, user: ORDERER, reason: 'Vi ångrar oss.' }),
      'invalid-transition',
      'Avropet är redan antaget av leverantören och kan inte avbrytas här. Kontakta leverantören och avropshandläggarna.'
    );
  });

  it.each(['Ingen leverantör', 'Genomförd', 'Avbruten'] as OrderStatus[])('is refused in status %s', (status) => {
    expectDomainError(() => cancelOrder(orderIn(status), { now: ACCEPTED, user: ORDERER, reason: 'Vi ångrar oss.' }), 'invalid-transition');
    expectDomainError(() => cancelOrder(orderIn(status), { now: ACCEPTED, user: HANDLER, reason: 'Vi ångrar oss.', role: 'handler' }), 'invalid-transition');
  });

  it('lets a handler cancel an accepted order, with the reason kept for the orderer', () => {
    const order = deepFreeze(accepted());
    const { order: next, entry } = cancelOrder(order, { now: ACCEPTED, user: HANDLER, reason: 'Leverantören har gått i konkurs.', role: 'handler' });
    expect(next).toMatchObject({ status: 'Avbruten', cancelReason: 'Leverantören har gått i konkurs.', assignedSupplierKey: 'prove', startDate: '2026-09-01' });
    expect(entry).toMatchObject({ kind: 'Avbruten', fromStatus: 'Antagen', toStatus: 'Avbruten', fromSupplierKey: 'prove', commentForOrderer: true });
    expectDomainError(() => cancelOrder(order, { now: ACCEPTED, user: HANDLER, reason: 'Nej', role: 'handler' }), 'reason-required');
  });

  it.each(['', '    ', 'abcd', ' ab  '])('requires a reason of at least five characters (%p)', (reason) => {
    expectDomainError(() => cancelOrder(create(), { now: ACCEPTED, user: ORDERER, reason }), 'reason-required', 'Skriv varför avropet avbryts (minst 5 tecken).');
  });

  it('accepts exactly five characters and refuses more than 2000', () => {
    expect(cancelOrder(create(), { now: ACCEPTED, user: ORDERER, reason: 'Dubbel' }).order.status).toBe('Avbruten');
    expect(cancelOrder(create(), { now: ACCEPTED, user: ORDERER, reason: 'Fel!!' }).order.cancelReason).toBe('Fel!!');
    expectDomainError(() => cancelOrder(create(), { now: ACCEPTED, user: ORDERER, reason: 'x'.repeat(2001) }), 'invalid-input');
  });
});

describe('allowedActions and allowedCascadeReasons', () => {
  it.each([
    ['Ny', 'handler', ['sendToSupplier', 'moveToNextSupplier', 'cancelOrder']],
    ['Väntar på svar', 'handler', ['recordAcceptance', 'moveToNextSupplier', 'cancelOrder']],
    ['Antagen', 'handler', ['completeOrder', 'cancelOrder', 'correctAnswer']],
    ['Ingen leverantör', 'handler', ['correctAnswer']],
    ['Genomförd', 'handler', []],
    ['Avbruten', 'handler', []],
    ['Ny', 'orderer', ['cancelOrder']],
    ['Väntar på svar', 'orderer', ['cancelOrder']],
    ['Antagen', 'orderer', ['completeOrder']],
    ['Ingen leverantör', 'orderer', []],
    ['Genomförd', 'orderer', []],
    ['Avbruten', 'orderer', []]
  ] as Array<[OrderStatus, 'handler' | 'orderer', OrderAction[]]>)('%s as %s -> %j', (status, role, expected) => {
    expect(allowedActions(orderIn(status), role, ACCEPTED)).toEqual(expected);
  });

  it('offers only "Annat" before the order has been sent', () => {
    expect(allowedCascadeReasons(create(), SENT)).toEqual(['Annat']);
  });

  it('offers "no answer" only once the deadline has been reached', () => {
    expect(allowedCascadeReasons(sent(), BEFORE_DEADLINE)).toEqual(['Avböjt: saknar kapacitet', 'Avböjt: kan inte starta i tid', 'Annat']);
    expect(allowedCascadeReasons(sent(), DEADLINE)).toEqual(CASCADE_REASONS.slice());
  });

  it('offers no reasons for orders that cannot move', () => {
    for (const status of ['Antagen', 'Ingen leverantör', 'Genomförd', 'Avbruten'] as OrderStatus[]) {
      expect(allowedCascadeReasons(orderIn(status), DEADLINE)).toEqual([]);
    }
  });

  // The UI list and the rules must agree: every offered action works, every other one is refused.
  it('matches what the transitions actually allow for handlers', () => {
    const now = sthlm(2026, 8, 25, 8, 0);
    const attempts: Record<OrderAction, (o: Order) => TransitionResult> = {
      sendToSupplier: (o) => sendToSupplier(o, { now, user: HANDLER, responseHours: 24 }),
      recordAcceptance: (o) => recordAcceptance(o, { now, user: HANDLER, startDate: '2026-09-01' }),
      moveToNextSupplier: (o) => moveToNextSupplier(o, { now, user: HANDLER, reason: 'Annat', comment: 'Motiverat skäl för att gå vidare.' }),
      completeOrder: (o) => completeOrder(o, { now, user: HANDLER, actualParticipants: 10, confirmedBeforeStart: true }),
      cancelOrder: (o) => cancelOrder(o, { now, user: HANDLER, reason: 'Behovet finns inte längre.', role: 'handler' }),
      correctAnswer: (o) =>
        correctAnswer(o, { now, user: HANDLER, justification: 'Svaret registrerades på fel avrop.', reason: 'Avböjt: saknar kapacitet', startDate: '2026-09-01' })
    };
    for (const status of ALL_STATUSES) {
      const order = orderIn(status);
      const offered = allowedActions(order, 'handler', now);
      for (const action of Object.keys(attempts) as OrderAction[]) {
        const works = (() => {
          try {
            attempts[action](order);
            return true;
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            return false;
          }
        })();
        expect(`${status} ${action} ${works}`).toBe(`${status} ${action} ${offered.indexOf(action) >= 0}`);
      }
    }
  });
});

describe('correctAnswer', () => {
  const LATER = sthlm(2026, 8, 26, 10, 0);
  const WHY = 'Svaret gällde ett annat avrop.';

  it('corrects an acceptance to a decline: the order goes on to the next supplier, the acceptance cleared', () => {
    const order = deepFreeze(accepted());
    expect(correctableAnswer(order)).toEqual({ recorded: 'accepted', supplierKey: 'prove', rank: 1, recordedAt: ACCEPTED.toISOString() });
    const { order: next, entry } = correctAnswer(order, { now: LATER, user: HANDLER, justification: WHY, reason: 'Avböjt: saknar kapacitet' });
    expect(next).toMatchObject({ status: 'Ny', assignedSupplierKey: 'trustp', assignedRank: 2, acceptedAt: '', startDate: '', sentAt: '', answerDeadline: '' });
    expect(entry).toMatchObject({
      kind: 'Svar rättat',
      fromStatus: 'Antagen',
      toStatus: 'Ny',
      fromSupplierKey: 'prove',
      fromRank: 1,
      toSupplierKey: 'trustp',
      toRank: 2,
      reason: 'Avböjt: saknar kapacitet',
      comment: WHY
    });
    // Nothing is taken away: the wrong answer stays in the trail, the correction follows it.
    expect(next.trail.map((e) => e.kind)).toEqual(['Skapad', 'Skickad', 'Antagen', 'Svar rättat']);
    expect(describeTrailEntry(entry, (key) => key)).toBe(
      'Svaret rättades: prove (rang 1) hade inte antagit avropet. Avropet gick vidare till trustp (rang 2). Motivering: Svaret gällde ett annat avrop.'
    );
  });

  it('corrects a decline to an acceptance: the order goes back to that supplier with its sending and deadline', () => {
    const wasSent = sent();
    const order = deepFreeze(declined(wasSent));
    expect(correctableAnswer(order)).toEqual({ recorded: 'declined', supplierKey: 'prove', rank: 1, recordedAt: ACCEPTED.toISOString() });
    const { order: next, entry } = correctAnswer(order, { now: LATER, user: HANDLER, justification: WHY, startDate: '2026-09-01' });
    expect(next).toMatchObject({
      status: 'Antagen',
      assignedSupplierKey: 'prove',
      assignedRank: 1,
      startDate: '2026-09-01',
      acceptedAt: LATER.toISOString(),
      sentAt: wasSent.sentAt,
      answerDeadline: wasSent.answerDeadline
    });
    expect(entry).toMatchObject({ kind: 'Svar rättat', fromStatus: 'Ny', toStatus: 'Antagen', toSupplierKey: 'prove', toRank: 1, startDate: '2026-09-01', reason: '' });
    // And back again: the corrected answer is itself the latest answer.
    expect(correctableAnswer(next)).toMatchObject({ recorded: 'accepted', supplierKey: 'prove', rank: 1 });
  });

  it('corrects the last decline of an order that ended without a supplier', () => {
    const order = orderIn('Ingen leverantör');
    const last = order.trail[order.trail.length - 1];
    const { order: next } = correctAnswer(order, { now: LATER, user: HANDLER, justification: WHY, startDate: '2026-09-03' });
    expect(next).toMatchObject({ status: 'Antagen', assignedSupplierKey: last.fromSupplierKey, assignedRank: last.fromRank });
  });

  it('ends the order without a supplier when the corrected acceptance was the last one in the ranking', () => {
    const last = accepted(sent(declined(sent())));
    const { order: next, warnings } = correctAnswer(last, { now: LATER, user: HANDLER, justification: WHY, reason: 'Avböjt: kan inte starta i tid' });
    expect(next).toMatchObject({ status: 'Ingen leverantör', assignedSupplierKey: '', assignedRank: 0 });
    expect(warnings).toHaveLength(1);
  });

  it('requires a justification, a decline reason and a start date that is not before the answer', () => {
    expectDomainError(() => correctAnswer(accepted(), { now: LATER, user: HANDLER, justification: ' fel ', reason: 'Avböjt: saknar kapacitet' }), 'justification-required', 'Skriv varför svaret rättas (minst 10 tecken).');
    expectDomainError(() => correctAnswer(accepted(), { now: LATER, user: HANDLER, justification: WHY }), 'reason-not-allowed');
    expectDomainError(() => correctAnswer(accepted(), { now: LATER, user: HANDLER, justification: WHY, reason: 'Inget svar före svarstiden' }), 'reason-not-allowed');
    expectDomainError(() => correctAnswer(declined(sent()), { now: LATER, user: HANDLER, justification: WHY, startDate: '' }), 'invalid-date');
    expectDomainError(() => correctAnswer(declined(sent()), { now: LATER, user: HANDLER, justification: WHY, startDate: '2026-08-24' }), 'start-date-in-past', /före leverantörens svar \(25 aug 2026\)/);
  });

  it('corrects a decline after the next supplier was sent the order, while that one has not answered', () => {
    const nextSent = deepFreeze(sent(declined(sent()), LATER));
    expect(correctableAnswer(nextSent)).toMatchObject({ recorded: 'declined', supplierKey: 'prove', rank: 1 });
    const { order: next, entry } = correctAnswer(nextSent, { now: LATER, user: HANDLER, justification: WHY, startDate: '2026-09-01' });
    expect(next).toMatchObject({ status: 'Antagen', assignedSupplierKey: 'prove', startDate: '2026-09-01' });
    // The supplier who had it meanwhile is the entry's "from": the one told it is withdrawn.
    expect(entry).toMatchObject({ kind: 'Svar rättat', fromStatus: 'Väntar på svar', fromSupplierKey: 'trustp', toSupplierKey: 'prove' });
    // Once that supplier has answered, the earlier decline is history.
    expect(correctableAnswer(declined(nextSent))).toMatchObject({ supplierKey: 'trustp' });
  });

  it('has nothing to correct once something has happened after the answer, or for a skip', () => {
    const skipped = moveToNextSupplier(create(), { now: SENT, user: HANDLER, reason: 'Annat', comment: 'Leverantören har jäv i uppdraget.' }).order;
    const completed = completeOrder(accepted(), { now: sthlm(2026, 9, 10, 12), user: HANDLER, actualParticipants: 12 }).order;
    for (const order of [create(), sent(), skipped, completed, orderIn('Avbruten')]) {
      expect(correctableAnswer(order)).toBeUndefined();
      expectDomainError(() => correctAnswer(order, { now: LATER, user: HANDLER, justification: WHY, startDate: '2026-09-01', reason: 'Annat' }), 'invalid-transition');
    }
  });
});
