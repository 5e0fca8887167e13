// The e-mails the product sends: to the handlers when an order comes in, to the orderer and the
// contact person when its status changes, and the call-off request to the supplier. Plain text
// only: whatever an orderer wrote reaches a mail program as text, never as markup.
// Addresses are single plain addresses; anything an orderer typed that could name more than one
// recipient (a comma, a semicolon, a display name) is refused rather than passed on.
import { CallOffRequest, courseTitle } from './callOffRequest';
import { formatSwedishDate, formatSwedishDateTime, parseInstant, toStockholmParts } from './time';
import type { Catalogue, Order, OrderTrailEntry } from './types';

export type MailLanguage = 'sv-SE' | 'en-US';

export interface Mail {
  to: string[];
  cc: string[];
  subject: string;
  /** Plain text, lines separated by \n. */
  body: string;
}

/** What a notification is about; one action gives at most one mail. */
export type MailPurpose = 'newOrder' | 'statusChange' | 'callOff' | 'supplierCancelled';

const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** One plain address (local@domain.tld), trimmed; '' for anything else. */
export function mailAddress(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  return text.length <= 254 && ADDRESS.test(text) ? text : '';
}

/** The address in a claims login (i:0#.f|membership|anna@region.example), '' when there is none. */
export function addressOfLogin(login: string): string {
  const text = typeof login === 'string' ? login.trim() : '';
  return mailAddress(text.slice(text.lastIndexOf('|') + 1));
}

/** Valid addresses, each once (case-insensitive), in the order given. */
function distinct(addresses: string[], except: string[] = []): string[] {
  const seen = new Set(except.map((a) => a.toLowerCase()));
  const out: string[] = [];
  for (const raw of addresses) {
    const address = mailAddress(raw);
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    out.push(address);
  }
  return out;
}

/** A subject is one line: line breaks and other control characters become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

/** Free text as plain lines: CR LF and lone CR become \n, other control characters are dropped. */
function plain(text: string): string {
  return (typeof text === 'string' ? text : '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dateIn(lang: MailLanguage, value: string): string {
  if (lang === 'sv-SE') return formatSwedishDate(value);
  const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (plainDate) return `${Number(plainDate[3])} ${ENGLISH_MONTHS[Number(plainDate[2]) - 1] ?? ''} ${plainDate[1]}`;
  const instant = parseInstant(value);
  if (!instant) return value;
  const p = toStockholmParts(instant);
  return `${p.day} ${ENGLISH_MONTHS[p.month - 1]} ${p.year}`;
}

function dateTimeIn(lang: MailLanguage, value: string): string {
  if (lang === 'sv-SE') return formatSwedishDateTime(value);
  const instant = parseInstant(value);
  if (!instant) return value;
  const p = toStockholmParts(instant);
  return `${dateIn(lang, value)}, ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')} (Swedish time)`;
}

function areaTitle(order: Order, catalogue: Catalogue): string {
  return catalogue.areas.find((a) => a.key === order.areaKey)?.title || order.areaKey;
}

function supplierName(order: Order, catalogue: Catalogue, key: string): string {
  return order.ranking.find((r) => r.supplierKey === key)?.supplierName || catalogue.suppliers.find((s) => s.key === key)?.name || key;
}

function organisationName(order: Order, catalogue: Catalogue): string {
  return catalogue.organisations.find((o) => o.key === order.organisationKey)?.name || order.organisationKey;
}

const TEXTS = {
  'sv-SE': {
    newSubject: 'Nytt avrop {reference} – {area}',
    newIntro: 'Ett nytt avrop har kommit in. Det väntar på att skickas till leverantören i tur i Avropshantering.',
    reference: 'Avropsreferens',
    area: 'Avtalsområde',
    course: 'Kurs',
    organisation: 'Organisation',
    unit: 'Enhet',
    contact: 'Kontaktperson',
    participants: 'Antal deltagare',
    period: 'Önskad period',
    firstSupplier: 'Leverantör i tur',
    submitted: 'Skickat',
    newOutro: 'Behov, anpassningar och övriga uppgifter finns i avropet i Avropshantering; de skickas inte med e-post.',
    statusSubject: 'Avrop {reference}: {what}',
    hello: 'Hej!',
    aboutOrder: 'Det här gäller avropet {reference} ({area}).',
    sentWhat: 'skickat till leverantören',
    sent: 'Avropet har skickats till {supplier}, som ska svara senast {deadline}.',
    acceptedWhat: 'antaget',
    accepted: '{supplier} har antagit avropet. Utbildningen startar {date}. Leverantören kontaktar kontaktpersonen för planeringen.',
    movedWhat: 'går vidare till nästa leverantör',
    moved: '{from} kunde inte ta avropet ({reason}). Det har gått vidare till {to}, rang {rank} i rangordningen.',
    noSupplierWhat: 'ingen leverantör kunde ta det',
    noSupplier:
      'Ingen leverantör i rangordningen kunde ta avropet. Avropshandläggarna hör av sig om vad som kan göras i stället; du kan också göra ett nytt avrop med en annan period eller ett annat upplägg.',
    completedWhat: 'genomfört',
    completed: 'Avropet är registrerat som genomfört med {count} deltagare.',
    cancelledWhat: 'avbrutet',
    cancelled: 'Avropet har avbrutits.',
    cancelReason: 'Skäl: {reason}',
    correctedWhat: 'svaret rättat',
    corrected: 'Ett tidigare registrerat svar var fel och har rättats.',
    correctedAccepted: '{supplier} har antagit avropet. Utbildningen startar {date}.',
    correctedMoved: '{from} kan inte ta avropet. Det har gått vidare till {to}, rang {rank} i rangordningen.',
    correctedNone: '{from} kan inte ta avropet.',
    reachHandlers: 'Du når avropshandläggarna på {mailbox}.',
    comment: 'Meddelande från avropshandläggarna: {comment}',
    seeMine: 'Du kan följa avropet under Mina avrop.',
    why: 'Du får det här meddelandet eftersom du gjorde avropet eller är dess kontaktperson.',
    regards: 'Med vänliga hälsningar\nUtbildningsenheten, avropshandläggningen',
    reasons: {
      'Avböjt: saknar kapacitet': 'leverantören saknar kapacitet',
      'Avböjt: kan inte starta i tid': 'leverantören kan inte starta i tid',
      'Inget svar före svarstiden': 'inget svar före svarstiden',
      Annat: 'annat skäl'
    } as Record<string, string>,
    none: 'Inte angivet',
    noCourse: 'Ingen särskild kurs'
  },
  'en-US': {
    newSubject: 'New order {reference} – {area}',
    newIntro: 'A new order has come in. It is waiting to be sent to the supplier next in line in the order desk.',
    reference: 'Order reference',
    area: 'Agreement area',
    course: 'Course',
    organisation: 'Organisation',
    unit: 'Unit',
    contact: 'Contact person',
    participants: 'Participants',
    period: 'Preferred period',
    firstSupplier: 'Supplier next in line',
    submitted: 'Sent',
    newOutro: 'Need, adaptations and other details are in the order in the order desk; they are not sent by e-mail.',
    statusSubject: 'Order {reference}: {what}',
    hello: 'Hello,',
    aboutOrder: 'This is about the order {reference} ({area}).',
    sentWhat: 'sent to the supplier',
    sent: 'The order has been sent to {supplier}, who is to answer by {deadline}.',
    acceptedWhat: 'accepted',
    accepted: '{supplier} has accepted the order. The training starts on {date}. The supplier will contact the contact person to plan it.',
    movedWhat: 'passed on to the next supplier',
    moved: '{from} could not take the order ({reason}). It has been passed on to {to}, rank {rank} in the ranking.',
    noSupplierWhat: 'no supplier could take it',
    noSupplier:
      'No supplier in the ranking could take the order. The order handlers will get in touch about what can be done instead; you can also place a new order with another period or another format.',
    completedWhat: 'completed',
    completed: 'The order has been recorded as completed with {count} participants.',
    cancelledWhat: 'cancelled',
    cancelled: 'The order has been cancelled.',
    cancelReason: 'Reason: {reason}',
    correctedWhat: 'answer corrected',
    corrected: 'An answer recorded earlier was wrong and has been corrected.',
    correctedAccepted: '{supplier} has accepted the order. The training starts on {date}.',
    correctedMoved: '{from} cannot take the order. It has been passed on to {to}, rank {rank} in the ranking.',
    correctedNone: '{from} cannot take the order.',
    reachHandlers: 'You can reach the order handlers at {mailbox}.',
    comment: 'Message from the order handlers: {comment}',
    seeMine: 'You can follow the order under My orders.',
    why: 'You receive this message because you placed the order or are its contact person.',
    regards: 'Kind regards\nThe training unit, order handling',
    reasons: {
      'Avböjt: saknar kapacitet': 'the supplier has no capacity',
      'Avböjt: kan inte starta i tid': 'the supplier cannot start in time',
      'Inget svar före svarstiden': 'no answer by the deadline',
      Annat: 'another reason'
    } as Record<string, string>,
    none: 'Not given',
    noCourse: 'No particular course'
  }
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

function languageOf(lang: unknown): MailLanguage {
  return lang === 'en-US' ? 'en-US' : 'sv-SE';
}

/** To the handlers' shared mailbox: a new order has come in. Undefined when no mailbox is set. */
export function newOrderMail(order: Order, catalogue: Catalogue, handlersMailbox: string, language: MailLanguage): Mail | undefined {
  const to = distinct([handlersMailbox]);
  if (to.length === 0) return undefined;
  const lang = languageOf(language);
  const t = TEXTS[lang];
  const area = areaTitle(order, catalogue);
  const orNone = (value: string): string => plain(value) || t.none;
  const first = order.assignedSupplierKey ? `${supplierName(order, catalogue, order.assignedSupplierKey)} (${order.assignedRank})` : t.none;
  const period = [dateIn(lang, order.periodFrom), dateIn(lang, order.periodTo)].filter((d) => d).join(' – ') || t.none;
  const lines = [
    t.newIntro,
    '',
    `${t.reference}: ${order.reference}`,
    `${t.area}: ${area}`,
    `${t.course}: ${courseTitle(order, catalogue) || t.noCourse}`,
    `${t.organisation}: ${orNone(organisationName(order, catalogue))}`,
    `${t.unit}: ${orNone(order.unit)}`,
    `${t.contact}: ${orNone(order.contactName)}, ${mailAddress(order.contactEmail) || t.none}`,
    `${t.participants}: ${order.participants > 0 ? order.participants : t.none}`,
    `${t.period}: ${period}`,
    `${t.firstSupplier}: ${first}`,
    `${t.submitted}: ${order.submittedAt ? dateTimeIn(lang, order.submittedAt) : t.none}`,
    '',
    t.newOutro
  ];
  return { to, cc: [], subject: oneLine(fill(t.newSubject, { reference: order.reference, area })), body: lines.join('\n') };
}

/** The sentence saying what happened, and the subject's short form; undefined for entries that change no status. */
function whatHappened(order: Order, entry: OrderTrailEntry, catalogue: Catalogue, lang: MailLanguage): { what: string; text: string } | undefined {
  const t = TEXTS[lang];
  switch (entry.kind) {
    case 'Skickad':
      return {
        what: t.sentWhat,
        text: fill(t.sent, { supplier: supplierName(order, catalogue, entry.toSupplierKey), deadline: dateTimeIn(lang, entry.answerDeadline || order.answerDeadline) })
      };
    case 'Antagen':
      return { what: t.acceptedWhat, text: fill(t.accepted, { supplier: supplierName(order, catalogue, entry.toSupplierKey || entry.fromSupplierKey), date: dateIn(lang, entry.startDate || order.startDate) }) };
    case 'Vidare till nästa leverantör':
      return {
        what: t.movedWhat,
        text: fill(t.moved, {
          from: supplierName(order, catalogue, entry.fromSupplierKey),
          reason: t.reasons[entry.reason] || t.reasons.Annat,
          to: supplierName(order, catalogue, entry.toSupplierKey),
          rank: entry.toRank ?? ''
        })
      };
    case 'Ingen leverantör':
      return { what: t.noSupplierWhat, text: t.noSupplier };
    case 'Genomförd':
      return { what: t.completedWhat, text: fill(t.completed, { count: order.actualParticipants ?? '' }) };
    case 'Avbruten': {
      const reason = plain(order.cancelReason);
      return { what: t.cancelledWhat, text: reason ? `${t.cancelled}\n${fill(t.cancelReason, { reason })}` : t.cancelled };
    }
    case 'Svar rättat': {
      const from = supplierName(order, catalogue, entry.fromSupplierKey);
      const now =
        entry.toStatus === 'Antagen'
          ? fill(t.correctedAccepted, { supplier: supplierName(order, catalogue, entry.toSupplierKey), date: dateIn(lang, entry.startDate || order.startDate) })
          : entry.toSupplierKey
            ? fill(t.correctedMoved, { from, to: supplierName(order, catalogue, entry.toSupplierKey), rank: entry.toRank ?? '' })
            : `${fill(t.correctedNone, { from })}\n\n${t.noSupplier}`;
      return { what: t.correctedWhat, text: `${t.corrected} ${now}` };
    }
    default:
      return undefined;
  }
}

/**
 * To the orderer and the contact person: the order's status changed with `entry`. The orderer's
 * address comes from her login, the contact person's from the order; `except` (the sender) is
 * left out. A handler's comment is included only when she marked it for the orderer.
 */
export function statusChangeMail(
  order: Order,
  entry: OrderTrailEntry,
  catalogue: Catalogue,
  recipients: { orderer: string; except?: string; handlers?: string },
  language: MailLanguage
): Mail | undefined {
  const lang = languageOf(language);
  const t = TEXTS[lang];
  const happened = whatHappened(order, entry, catalogue, lang);
  if (!happened) return undefined;
  const to = distinct([recipients.orderer, order.contactEmail], recipients.except ? [recipients.except] : []);
  if (to.length === 0) return undefined;
  const comment = entry.commentForOrderer === true ? plain(entry.comment) : '';
  // With no supplier left, her next step may be a word with the handlers: say where to find them.
  const mailbox = entry.toStatus === 'Ingen leverantör' ? mailAddress(recipients.handlers) : '';
  const lines = [
    t.hello,
    '',
    fill(t.aboutOrder, { reference: order.reference, area: areaTitle(order, catalogue) }),
    '',
    happened.text,
    ...(mailbox ? ['', fill(t.reachHandlers, { mailbox })] : []),
    ...(comment ? ['', fill(t.comment, { comment })] : []),
    '',
    t.seeMine,
    '',
    t.regards,
    '',
    t.why
  ];
  return { to, cc: [], subject: oneLine(fill(t.statusSubject, { reference: order.reference, what: happened.what })), body: lines.join('\n') };
}

/** To the supplier, copy to the handlers' mailbox: the call-off request exactly as the desk shows it. */
export function callOffMail(request: CallOffRequest, handlersMailbox: string): Mail | undefined {
  const to = distinct([request.to]);
  if (to.length === 0) return undefined;
  return { to, cc: distinct([handlersMailbox], to), subject: oneLine(request.subject), body: request.body };
}

/** The statuses in which the supplier has the order: sent and waiting for its answer, or accepted. */
const SUPPLIER_HAS_IT = ['Väntar på svar', 'Antagen'];

/**
 * To the supplier who has the order, copy to the handlers' mailbox: the desk cancelled it, or a
 * corrected answer gave it back to a supplier before this one. In Swedish, as the call-off
 * request was; the reference, area and dates only, nothing personal.
 */
export function supplierCancelMail(order: Order, entry: OrderTrailEntry, catalogue: Catalogue, handlersMailbox: string): Mail | undefined {
  const withdrawn = entry.kind === 'Svar rättat' && entry.fromStatus === 'Väntar på svar' && entry.fromSupplierKey !== entry.toSupplierKey;
  if ((entry.kind !== 'Avbruten' && !withdrawn) || SUPPLIER_HAS_IT.indexOf(entry.fromStatus) < 0 || !entry.fromSupplierKey) return undefined;
  const to = distinct([catalogue.suppliers.find((s) => s.key === entry.fromSupplierKey)?.email ?? '']);
  if (to.length === 0) return undefined;
  const mailbox = mailAddress(handlersMailbox);
  const sentOn = order.sentAt ? ` som skickades till er ${formatSwedishDate(order.sentAt)}` : '';
  if (withdrawn) {
    // The order's sending is now the earlier supplier's: the date comes from this supplier's own.
    const own = [...order.trail].reverse().find((e) => e.kind === 'Skickad' && e.toSupplierKey === entry.fromSupplierKey);
    const lines = [
      'Hej!',
      '',
      `Avropet ${order.reference} (${areaTitle(order, catalogue)})${own ? ` som skickades till er ${formatSwedishDate(own.at)}` : ''} dras tillbaka: en leverantör före er i rangordningen hade redan antagit det.`,
      'Ni behöver inte svara på förfrågan.',
      ...(mailbox ? ['', `Frågor besvaras av avropshandläggarna: ${mailbox}`] : []),
      '',
      TEXTS['sv-SE'].regards
    ];
    return { to, cc: distinct([mailbox], to), subject: oneLine(`Avrop ${order.reference} dras tillbaka`), body: lines.join('\n') };
  }
  const reason = plain(entry.comment || order.cancelReason);
  const lines = [
    'Hej!',
    '',
    `Avropet ${order.reference} (${areaTitle(order, catalogue)})${sentOn} avbryts av utbildningsenheten.`,
    entry.fromStatus === 'Antagen' && order.startDate
      ? `Ni hade antagit avropet med start ${formatSwedishDate(order.startDate)}. Utbildningen ska inte genomföras.`
      : 'Ni behöver inte svara på förfrågan.',
    ...(reason ? ['', `Skäl: ${reason}`] : []),
    ...(mailbox ? ['', `Frågor besvaras av avropshandläggarna: ${mailbox}`] : []),
    '',
    TEXTS['sv-SE'].regards
  ];
  return { to, cc: distinct([mailbox], to), subject: oneLine(`Avrop ${order.reference} avbryts`), body: lines.join('\n') };
}
