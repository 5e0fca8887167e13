// The call-off request the handler sends to the assigned supplier. Always Swedish: it goes to a
// Swedish supplier under a Swedish framework agreement, whatever language the handler's page has.
// It holds what the supplier needs to answer and plan the training, and of personal data only the
// orderer's contact person (name, e-mail, phone). Who submitted or handled the order is left out,
// and so are health details: which adaptations the participants need is told by the contact
// person, not written into a mail that leaves the region, and words in the free text that look
// like a diagnosis are withheld (the desk shows the full text).
import { withoutHealthDetails } from './healthDetails';
import { mailtoOf } from './mailto';
import { formatSwedishDate, formatSwedishDateTime } from './time';
import type { Catalogue, Order } from './types';

export interface CallOffRequest {
  /** Supplier's e-mail from the catalogue; '' when the catalogue has none. */
  to: string;
  supplierName: string;
  subject: string;
  body: string;
}

const NOT_GIVEN = 'Inte angivet';

function orNotGiven(value: string | undefined): string {
  const text = withoutHealthDetails(value ?? '').trim();
  return text === '' ? NOT_GIVEN : text;
}

function period(order: Order): string {
  const from = formatSwedishDate(order.periodFrom);
  const to = formatSwedishDate(order.periodTo);
  if (from && to) return `${from} – ${to}`;
  if (from) return `från ${from}`;
  if (to) return `senast ${to}`;
  return NOT_GIVEN;
}

export function trainingAreaTitles(order: Order, catalogue: Catalogue): string[] {
  return order.trainingAreaKeys.map((key) => catalogue.trainingAreas.find((t) => t.key === key)?.title || key);
}

export function courseTitle(order: Order, catalogue: Catalogue): string {
  if (!order.courseKey) return '';
  const course = catalogue.courses.find((c) => c.key === order.courseKey);
  if (!course) return order.courseKey;
  return course.code && course.code !== course.title ? `${course.title} (${course.code})` : course.title;
}

export function adaptationTexts(order: Order): string[] {
  return order.adaptations.map((a) => (a === 'Annat' && order.adaptationsOther.trim() ? `Annat: ${order.adaptationsOther.trim()}` : a));
}

export function supplierOf(order: Order, catalogue: Catalogue): { name: string; email: string } {
  const fromCatalogue = catalogue.suppliers.find((s) => s.key === order.assignedSupplierKey);
  const fromRanking = order.ranking.find((r) => r.supplierKey === order.assignedSupplierKey);
  return {
    name: fromRanking?.supplierName || fromCatalogue?.name || order.assignedSupplierKey,
    email: (fromCatalogue?.email || '').trim()
  };
}

/** Subject and body of the request to the order's assigned supplier, with `deadline` as the answer deadline. */
export function buildCallOffRequest(order: Order, catalogue: Catalogue, deadline: Date | string): CallOffRequest {
  const supplier = supplierOf(order, catalogue);
  const areaTitle = catalogue.areas.find((a) => a.key === order.areaKey)?.title || order.areaKey;
  const organisation = catalogue.organisations.find((o) => o.key === order.organisationKey)?.name || order.organisationKey;
  const due = formatSwedishDateTime(deadline);
  const trainingAreas = trainingAreaTitles(order, catalogue);
  const course = courseTitle(order, catalogue);

  const subject = `Avrop ${order.reference} – ${areaTitle} – svar senast ${due}`;
  const lines = [
    `Hej ${supplier.name}!`,
    '',
    `Vi avropar utbildning enligt ramavtalet för avtalsområdet ${areaTitle}, där ni har rang ${order.assignedRank}.`,
    '',
    `Svara senast ${due} om ni antar avropet. Om ni antar det, ange vilket datum utbildningen startar. Om ni inte kan anta avropet, svara det och ange skälet (till exempel att ni saknar kapacitet eller inte kan starta i tid). Om vi inte har fått svar i tid går avropet vidare till nästa leverantör i rangordningen.`,
    '',
    `Ange avropsreferensen ${order.reference} i ert svar och på fakturan.`,
    '',
    'AVROPET',
    `Avropsreferens: ${order.reference}`,
    `Avtalsområde: ${areaTitle}`,
    `Utbildningsområden: ${trainingAreas.length ? trainingAreas.join(', ') : NOT_GIVEN}`,
    `Kurs: ${course || 'Ingen särskild kurs'}`,
    `Behov: ${orNotGiven(order.need)}`,
    `Målgrupp: ${orNotGiven(order.targetGroup)}`,
    `Antal deltagare: ${order.participants > 0 ? order.participants : NOT_GIVEN}`,
    `Genomförande: ${orNotGiven(order.format)}`,
    `Önskad period: ${period(order)}`,
    `Plats: ${orNotGiven(order.place)}`,
    `Anpassningar för deltagarna: ${order.adaptations.length ? 'Ja, kontaktpersonen berättar vilka.' : 'Inga'}`,
    `Övrigt: ${orNotGiven(order.otherInfo) === NOT_GIVEN ? 'Inget' : orNotGiven(order.otherInfo)}`,
    '',
    'BESTÄLLARE',
    `Organisation: ${orNotGiven(organisation)}`,
    `Enhet: ${orNotGiven(order.unit)}`,
    `Kontaktperson: ${orNotGiven(order.contactName)}`,
    `E-post: ${orNotGiven(order.contactEmail)}`,
    `Telefon: ${orNotGiven(order.contactPhone)}`,
    `Fakturareferens: ${orNotGiven(order.invoiceReference)}`,
    '',
    `SVAR SENAST: ${due}`,
    '',
    'Med vänliga hälsningar',
    'Utbildningsenheten, avropshandläggningen'
  ];
  return { to: supplier.email, supplierName: supplier.name, subject, body: lines.join('\n') };
}

/** A mailto: link to the supplier with the request (see mailto.ts); null when the supplier has no e-mail address. */
export function mailtoLink(request: CallOffRequest): string | null {
  const to = request.to.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(to)) return null;
  return mailtoOf([to], request.subject, request.body);
}

/** Links longer than this are cut short by some mail programs (Outlook on Windows among them). */
export const MAILTO_SAFE_LENGTH = 2000;
