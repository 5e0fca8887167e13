// The mail texts: who gets what, in which language, and that nothing an orderer wrote can add a
// recipient, break a subject line or carry health details to a supplier.
import { buildCallOffRequest } from '../../src/domain/callOffRequest';
import { addressOfLogin, callOffMail, mailAddress, newOrderMail, statusChangeMail } from '../../src/domain/notifications';
import { completeOrder, createOrder, moveToNextSupplier, recordAcceptance, sendToSupplier, cancelOrder } from '../../src/domain/cascade';
import type { Order, OrderRequest } from '../../src/domain/types';
import { catalogue, sthlm, validRequest } from './fixtures';

const CATALOGUE = catalogue();
const ANNA = 'i:0#.f|membership|anna@region.example';
const HANNA = { user: 'i:0#.f|membership|hanna@region.example', userName: 'Hanna Handläggare' };
const MAILBOX = 'avrop@region.example';

function order(overrides: Partial<OrderRequest> = {}): Order {
  const { order: created } = createOrder(validRequest({ contactEmail: 'karin.berg@region.example', contactName: 'Karin Berg', ...overrides }), CATALOGUE, {
    now: sthlm(2026, 3, 2, 9, 0),
    user: ANNA,
    userName: 'Anna Andersson',
    requestKey: 'k-1',
    reference: 'AVR-2026-0042'
  });
  return created;
}

function sent(o: Order = order()): { order: Order; entry: Order['trail'][number] } {
  return sendToSupplier(o, { now: sthlm(2026, 3, 2, 10, 0), ...HANNA, responseHours: 24 });
}

describe('addresses', () => {
  it('takes one plain address and refuses lists, display names and line breaks', () => {
    expect(mailAddress(' karin.berg@region.example ')).toBe('karin.berg@region.example');
    for (const bad of ['a@b.example, c@d.example', 'a@b.example;c@d.example', 'Karin <k@b.example>', 'k@b.example\r\nBcc: x@y.example', 'nobody', '', 42, 'a@localhost']) {
      expect(mailAddress(bad)).toBe('');
    }
  });

  it('finds the address in a claims login', () => {
    expect(addressOfLogin(ANNA)).toBe('anna@region.example');
    expect(addressOfLogin('i:0#.w|domain\\anna')).toBe('');
  });
});

describe('new order -> the handlers', () => {
  it('goes to the shared mailbox with what the desk needs to pick it up, in Swedish', () => {
    const mail = newOrderMail(order(), CATALOGUE, MAILBOX, 'sv-SE')!;
    expect(mail.to).toEqual([MAILBOX]);
    expect(mail.cc).toEqual([]);
    expect(mail.subject).toBe(`Nytt avrop AVR-2026-0042 – ${CATALOGUE.areas.find((a) => a.key === order().areaKey)!.title}`);
    expect(mail.body).toContain('Avropsreferens: AVR-2026-0042');
    expect(mail.body).toContain('Kontaktperson: Karin Berg, karin.berg@region.example');
    expect(mail.body).toContain('Skickat: 2 mars 2026 kl. 09:00');
  });

  it('is in English on an English page, with English dates', () => {
    const mail = newOrderMail(order(), CATALOGUE, MAILBOX, 'en-US')!;
    expect(mail.subject).toMatch(/^New order AVR-2026-0042 – /);
    expect(mail.body).toContain('Order reference: AVR-2026-0042');
    expect(mail.body).toContain('Sent: 2 Mar 2026, 09:00 (Swedish time)');
    expect(mail.body).not.toMatch(/Avropsreferens|Kontaktperson|mars/);
  });

  it('is not composed without a mailbox, and never carries the need or adaptations', () => {
    expect(newOrderMail(order(), CATALOGUE, '', 'sv-SE')).toBeUndefined();
    expect(newOrderMail(order(), CATALOGUE, 'x@y.example, z@w.example', 'sv-SE')).toBeUndefined();
    const mail = newOrderMail(order({ need: 'Deltagare med adhd', adaptations: ['Hörslinga'] }), CATALOGUE, MAILBOX, 'sv-SE')!;
    expect(mail.body).not.toMatch(/adhd|Hörslinga/);
  });
});

describe('status change -> the orderer and the contact person', () => {
  it('tells both of each change, once each, in the orderer\'s language', () => {
    const first = sent();
    const mail = statusChangeMail(first.order, first.entry, CATALOGUE, { orderer: addressOfLogin(ANNA) }, 'sv-SE')!;
    expect(mail.to).toEqual(['anna@region.example', 'karin.berg@region.example']);
    expect(mail.subject).toBe('Avrop AVR-2026-0042: skickat till leverantören');
    expect(mail.body).toContain('som ska svara senast 3 mars 2026 kl. 10:00');

    const accepted = recordAcceptance(first.order, { now: sthlm(2026, 3, 3, 9, 0), ...HANNA, startDate: '2026-04-14' });
    const en = statusChangeMail(accepted.order, accepted.entry, CATALOGUE, { orderer: 'anna@region.example' }, 'en-US')!;
    expect(en.subject).toBe('Order AVR-2026-0042: accepted');
    expect(en.body).toContain('The training starts on 14 Apr 2026.');

    const done = completeOrder(accepted.order, { now: sthlm(2026, 5, 3, 9, 0), ...HANNA, actualParticipants: 11 });
    expect(statusChangeMail(done.order, done.entry, CATALOGUE, { orderer: 'anna@region.example' }, 'sv-SE')!.body).toContain('genomfört med 11 deltagare');
  });

  it('says where the order went and why, and shows a comment only when marked for the orderer', () => {
    const first = sent();
    const hidden = moveToNextSupplier(first.order, { now: sthlm(2026, 3, 2, 11, 0), ...HANNA, reason: 'Avböjt: saknar kapacitet', comment: 'Ringde Karin S' });
    const mail = statusChangeMail(hidden.order, hidden.entry, CATALOGUE, { orderer: 'anna@region.example' }, 'sv-SE')!;
    expect(mail.body).toMatch(/kunde inte ta avropet \(leverantören saknar kapacitet\)\. Det har gått vidare till .+, rang 2/);
    expect(mail.body).not.toContain('Ringde Karin S');
    const shown = moveToNextSupplier(first.order, { now: sthlm(2026, 3, 2, 11, 0), ...HANNA, reason: 'Avböjt: saknar kapacitet', comment: 'Vi återkommer', commentForOrderer: true });
    expect(statusChangeMail(shown.order, shown.entry, CATALOGUE, { orderer: 'anna@region.example' }, 'sv-SE')!.body).toContain('Meddelande från avropshandläggarna: Vi återkommer');
  });

  it('leaves out the sender and a contact address that is not one plain address', () => {
    const first = sent(order({ contactEmail: 'karin@region.example, boss@elsewhere.example' }));
    const mail = statusChangeMail(first.order, first.entry, CATALOGUE, { orderer: 'anna@region.example', except: 'anna@region.example' }, 'sv-SE');
    expect(mail).toBeUndefined();
  });

  it('sends nothing for an entry that changes no status', () => {
    const created = order();
    expect(statusChangeMail(created, created.trail[0], CATALOGUE, { orderer: 'anna@region.example' }, 'sv-SE')).toBeUndefined();
  });

  it('tells of a cancellation with its reason', () => {
    const cancelled = cancelOrder(order(), { now: sthlm(2026, 3, 2, 12, 0), user: ANNA, reason: 'Kursen är flyttad' });
    expect(statusChangeMail(cancelled.order, cancelled.entry, CATALOGUE, { orderer: '' }, 'en-US')!.body).toContain('The order has been cancelled.\nReason: Kursen är flyttad');
  });

  it('keeps hostile text inert: plain text, a subject on one line', () => {
    const hostile = '<img src=x onerror=alert(1)>\r\nBcc: evil@x.example';
    const cancelled = cancelOrder(order(), { now: sthlm(2026, 3, 2, 12, 0), user: ANNA, reason: hostile });
    const mail = statusChangeMail({ ...cancelled.order, reference: 'AVR-1\r\nBcc: evil@x.example' }, cancelled.entry, CATALOGUE, { orderer: 'anna@region.example' }, 'sv-SE')!;
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.body).toContain('<img src=x onerror=alert(1)>\nBcc: evil@x.example');
    expect(mail.to).toEqual(['anna@region.example', 'karin.berg@region.example']);
  });
});

describe('call-off -> the supplier, copy to the handlers', () => {
  it('goes to the supplier with a copy to the mailbox, and holds no health details', () => {
    const o = sent(order({ adaptations: ['Teckenspråkstolk', 'Annat'], adaptationsOther: 'en deltagare har epilepsi', need: 'Grupp med adhd-diagnos behöver stöd', otherInfo: 'Två är sjukskrivna' })).order;
    const request = buildCallOffRequest(o, CATALOGUE, o.answerDeadline);
    const mail = callOffMail(request, MAILBOX)!;
    expect(mail.to).toEqual([request.to]);
    expect(mail.cc).toEqual([MAILBOX]);
    expect(mail.body).toBe(request.body);
    expect(mail.body).toContain('Anpassningar för deltagarna: Ja, kontaktpersonen berättar vilka.');
    expect(mail.body).not.toMatch(/Teckenspråkstolk|epilepsi|adhd|diagnos|sjukskriv/i);
    expect(mail.body).toContain('Behov: Grupp med [borttaget]-[borttaget] behöver stöd');
    expect(mail.body).toContain(`Kontaktperson: Karin Berg`);
  });

  it('says "Inga" when no adaptation is needed and goes nowhere without a supplier address', () => {
    const o = sent().order;
    const request = buildCallOffRequest(o, CATALOGUE, o.answerDeadline);
    expect(request.body).toContain('Anpassningar för deltagarna: Inga');
    expect(callOffMail({ ...request, to: '' }, MAILBOX)).toBeUndefined();
    expect(callOffMail(request, '')!.cc).toEqual([]);
  });
});
