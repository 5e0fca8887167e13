// The mail texts: who gets what, in which language, and that nothing an orderer wrote can add a
// recipient, break a subject line or carry health details to a supplier.
import { buildCallOffRequest } from '../../src/domain/callOffRequest';
import { addressOfLogin, callOffMail, mailAddress, newOrderMail, statusChangeMail, supplierCancelMail } from '../../src/domain/notifications';
import { completeOrder, correctAnswer, createOrder, moveToNextSupplier, recordAcceptance, sendToSupplier, cancelOrder } from '../../src/domain/cascade';
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

describe('the desk cancels -> the supplier who has the order, copy to the handlers', () => {
  const accepted = () => recordAcceptance(sent().order, { now: sthlm(2026, 3, 3, 9, 0), ...HANNA, startDate: '2026-04-14' }).order;

  it('tells the supplier of an accepted order, with the reason and nothing personal', () => {
    const o = accepted();
    const cancelled = cancelOrder({ ...o, need: 'Grupp med adhd-diagnos' }, { now: sthlm(2026, 3, 4, 9, 0), ...HANNA, reason: 'Verksamheten har lagts ner', role: 'handler' });
    const mail = supplierCancelMail(cancelled.order, cancelled.entry, CATALOGUE, MAILBOX)!;
    expect(mail.to).toEqual(['avrop@prove.example']);
    expect(mail.cc).toEqual([MAILBOX]);
    expect(mail.subject).toBe('Avrop AVR-2026-0042 avbryts');
    expect(mail.body).toContain('Ni hade antagit avropet med start 14 apr 2026.');
    expect(mail.body).toContain('Skäl: Verksamheten har lagts ner');
    expect(mail.body).toContain(`Frågor besvaras av avropshandläggarna: ${MAILBOX}`);
    expect(mail.body).not.toMatch(/Karin|karin\.berg|adhd|010-123/);
  });

  it('tells the supplier who was waiting to answer too, but nobody for an order never sent', () => {
    const waiting = cancelOrder(sent().order, { now: sthlm(2026, 3, 2, 12, 0), ...HANNA, reason: 'Dubbelbeställt', role: 'handler' });
    expect(supplierCancelMail(waiting.order, waiting.entry, CATALOGUE, MAILBOX)!.body).toContain('Ni behöver inte svara på förfrågan.');
    const fresh = cancelOrder(order(), { now: sthlm(2026, 3, 2, 12, 0), ...HANNA, reason: 'Dubbelbeställt', role: 'handler' });
    expect(supplierCancelMail(fresh.order, fresh.entry, CATALOGUE, MAILBOX)).toBeUndefined();
    const moved = moveToNextSupplier(sent().order, { now: sthlm(2026, 3, 2, 11, 0), ...HANNA, reason: 'Avböjt: saknar kapacitet', comment: '' });
    expect(supplierCancelMail(moved.order, moved.entry, CATALOGUE, MAILBOX)).toBeUndefined();
  });
});

describe('a decline corrected after the next supplier was sent the order -> that supplier', () => {
  it('is told the request is withdrawn, and nothing of the justification', () => {
    const first = moveToNextSupplier(sent().order, { now: sthlm(2026, 3, 2, 11, 0), ...HANNA, reason: 'Avböjt: saknar kapacitet', comment: '' }).order;
    const second = sendToSupplier(first, { now: sthlm(2026, 3, 2, 12, 0), ...HANNA, responseHours: 24 }).order;
    const corrected = correctAnswer(second, { now: sthlm(2026, 3, 2, 14, 0), ...HANNA, justification: 'Prové hade antagit per telefon.', startDate: '2026-04-14' });
    const mail = supplierCancelMail(corrected.order, corrected.entry, CATALOGUE, MAILBOX)!;
    expect(mail.to).toEqual(['avrop@trustp.example']);
    expect(mail.cc).toEqual([MAILBOX]);
    expect(mail.subject).toBe('Avrop AVR-2026-0042 dras tillbaka');
    expect(mail.body).toContain('som skickades till er 2 mars 2026 dras tillbaka: en leverantör före er i rangordningen hade redan antagit det.');
    expect(mail.body).not.toContain('per telefon');
    // A correction that took the order from nobody else tells no supplier.
    const plainCorrection = correctAnswer(first, { now: sthlm(2026, 3, 2, 14, 0), ...HANNA, justification: 'Prové hade antagit per telefon.', startDate: '2026-04-14' });
    expect(supplierCancelMail(plainCorrection.order, plainCorrection.entry, CATALOGUE, MAILBOX)).toBeUndefined();
  });
});

describe('no supplier left -> the orderer, with the next possible step', () => {
  const lastDecline = () => {
    const first = moveToNextSupplier(sent().order, { now: sthlm(2026, 3, 2, 11, 0), ...HANNA, reason: 'Avböjt: saknar kapacitet', comment: '' }).order;
    const second = sendToSupplier(first, { now: sthlm(2026, 3, 2, 12, 0), ...HANNA, responseHours: 24 }).order;
    return moveToNextSupplier(second, { now: sthlm(2026, 3, 2, 13, 0), ...HANNA, reason: 'Avböjt: kan inte starta i tid', comment: '' });
  };

  it('says what she can do next and how to reach the handlers, in her language', () => {
    const ended = lastDecline();
    expect(ended.order.status).toBe('Ingen leverantör');
    const sv = statusChangeMail(ended.order, ended.entry, CATALOGUE, { orderer: 'anna@region.example', handlers: MAILBOX }, 'sv-SE')!;
    expect(sv.subject).toBe('Avrop AVR-2026-0042: ingen leverantör kunde ta det');
    expect(sv.body).toContain('du kan också göra ett nytt avrop med en annan period eller ett annat upplägg');
    expect(sv.body).toContain(`Du når avropshandläggarna på ${MAILBOX}.`);
    const en = statusChangeMail(ended.order, ended.entry, CATALOGUE, { orderer: 'anna@region.example', handlers: MAILBOX }, 'en-US')!;
    expect(en.body).toContain(`You can reach the order handlers at ${MAILBOX}.`);
    expect(en.body).not.toContain('Du når');
  });
});

describe('a corrected answer -> the orderer', () => {
  it('says the earlier answer was wrong and where the order stands now', () => {
    const accepted = recordAcceptance(sent().order, { now: sthlm(2026, 3, 3, 9, 0), ...HANNA, startDate: '2026-04-14' }).order;
    const corrected = correctAnswer(accepted, { now: sthlm(2026, 3, 3, 11, 0), ...HANNA, justification: 'Svaret gällde ett annat avrop.', reason: 'Avböjt: saknar kapacitet' });
    const sv = statusChangeMail(corrected.order, corrected.entry, CATALOGUE, { orderer: 'anna@region.example' }, 'sv-SE')!;
    expect(sv.subject).toBe('Avrop AVR-2026-0042: svaret rättat');
    expect(sv.body).toMatch(/Ett tidigare registrerat svar var fel och har rättats\. Prové kan inte ta avropet\. Det har gått vidare till TrustP, rang 2/);
    // The justification is the handlers' unless she marked it for the orderer.
    expect(sv.body).not.toContain('Svaret gällde ett annat avrop.');
    const back = correctAnswer(corrected.order, { now: sthlm(2026, 3, 3, 12, 0), ...HANNA, justification: 'Rättelsen var fel, Prové har antagit.', startDate: '2026-04-14' });
    const en = statusChangeMail(back.order, back.entry, CATALOGUE, { orderer: 'anna@region.example' }, 'en-US')!;
    expect(en.subject).toBe('Order AVR-2026-0042: answer corrected');
    expect(en.body).toContain('An answer recorded earlier was wrong and has been corrected. Prové has accepted the order. The training starts on 14 Apr 2026.');
  });
});
