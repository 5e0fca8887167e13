// What generated orderers fill in on the order form: plausible Swedish texts, and only values the
// form accepts on the day of submission (validateOrderRequest) in an area that can be ordered.
import { addDays } from '../../src/domain/calendar';
import { canOrderArea } from '../../src/domain/orderability';
import { ADAPTATIONS, AgreementArea, Catalogue, Course, OrderRequest, TARGET_GROUPS, TRAINING_FORMATS } from '../../src/domain/types';
import { between, pick, Random } from './seededRandom';

export const FIRST_NAMES = ['Anders', 'Birgitta', 'Cecilia', 'David', 'Elin', 'Fredrik', 'Gunilla', 'Hassan', 'Ingrid', 'Johan', 'Karin', 'Leila', 'Magnus', 'Nora', 'Oskar', 'Petra', 'Rasmus', 'Sara', 'Tomas', 'Åsa', 'Örjan', 'Mira', 'Ali', 'Jenny'];
export const LAST_NAMES = ['Berg', 'Lindqvist', 'Nyström', 'Ahmadi', 'Sjöberg', 'Holm', 'Karlsson', 'Öberg', 'Åkesson', 'Nilsson', 'Svensson', 'Persson', 'Jovanović', 'Eriksson'];
const UNITS = ['Akutmottagningen', 'Barn- och ungdomsmedicin', 'Ekonomiavdelningen', 'HR-enheten', 'Vårdcentralen Centrum', 'Kirurgkliniken', 'IT-avdelningen', 'Folktandvården Väst', 'Regionarkivet', 'Kommunikationsavdelningen', 'Psykiatrin', 'Habiliteringen', 'Medicinkliniken', 'Laboratoriemedicin'];
const PLACES = ['Regionens hus, Göteborg', 'Sahlgrenska, konferensrum 3', 'Skövde sjukhus', 'Uddevalla, utbildningscentrum', 'Borås, Regionens lokaler', 'Digitalt (Teams)', 'Trollhättan, NÄL'];
const NEEDS = [
  'Nya chefer i verksamheten behöver grunderna i ledarskap och arbetsrätt.',
  'Arbetsgruppen behöver stärka samarbetet efter en omorganisation.',
  'Vi vill utveckla schemaläggningen så att den blir mer rättvis och hållbar.',
  'Medarbetarna behöver bli tryggare med digitala arbetssätt och verktyg.',
  'Enheten behöver gemensamma verktyg för projektarbete och uppföljning.',
  'Handledare behöver pedagogiskt stöd för att ta emot studenter.',
  'Vi behöver bättre förståelse för budget och ekonomisk uppföljning.',
  'Kommunikationen med patienter och anhöriga behöver bli tydligare.'
];
const OTHER_INFO = ['Gärna förmiddagar, eftermiddagarna är svåra att frigöra.', 'Vi kan stå för lokal och fika.', 'Deltagarna arbetar i skift; två tillfällen med samma innehåll passar bäst.'];
const ADAPTATION_CHOICES = ADAPTATIONS.filter((a) => a !== 'Annat');

export interface Orderer {
  name: string;
  email: string;
}

/** The parts of the catalogue a request is drawn from, looked up once. */
export interface RequestCatalogue {
  catalogue: Catalogue;
  areas: AgreementArea[];
  organisationKeys: string[];
  trainingAreaKeys: Map<string, string[]>;
  courses: Map<string, Course[]>;
}

export function requestCatalogue(catalogue: Catalogue): RequestCatalogue {
  const areas = catalogue.areas.filter((a) => canOrderArea(a.key, catalogue));
  const organisationKeys = catalogue.organisations.filter((o) => o.active).map((o) => o.key);
  if (!areas.length || !organisationKeys.length) {
    throw new Error('Katalogen saknar avtalsområden som går att avropa eller aktiva organisationer, så inga avrop kan genereras.');
  }
  const trainingAreaKeys = new Map<string, string[]>();
  for (const t of catalogue.trainingAreas) trainingAreaKeys.set(t.areaKey, [...(trainingAreaKeys.get(t.areaKey) ?? []), t.key]);
  const courses = new Map<string, Course[]>();
  for (const c of catalogue.courses) courses.set(c.areaKey, [...(courses.get(c.areaKey) ?? []), c]);
  return { catalogue, areas, organisationKeys, trainingAreaKeys, courses };
}

function phone(r: Random): string {
  return `010-${between(r, 100, 999)} ${between(r, 10, 99)} ${between(r, 10, 99)}`;
}

function someOf(r: Random, keys: readonly string[], max: number): string[] {
  const chosen = new Set<string>();
  const n = Math.min(keys.length, between(r, 0, max));
  while (chosen.size < n) chosen.add(pick(r, keys));
  return keys.filter((k) => chosen.has(k));
}

/** A request for a training whose wished period starts three weeks to three months after `day`. */
export function sampleRequest(r: Random, cat: RequestCatalogue, orderer: Orderer, day: string): OrderRequest {
  const area = pick(r, cat.areas);
  const courses = cat.courses.get(area.key) ?? [];
  const course = courses.length && r() < 0.5 ? pick(r, courses) : undefined;
  const min = course?.minParticipants ?? 5;
  const max = Math.max(min, course?.maxParticipants ?? 34);
  const periodFrom = addDays(day, between(r, 20, 80));
  const adaptations = r() < 0.15 ? [pick(r, ADAPTATION_CHOICES)] : [];
  const otherAdaptation = r() < 0.02;
  return {
    organisationKey: pick(r, cat.organisationKeys),
    unit: pick(r, UNITS),
    contactName: orderer.name,
    contactEmail: orderer.email,
    contactPhone: r() < 0.7 ? phone(r) : '',
    invoiceReference: `KST ${between(r, 1000, 9999)}`,
    areaKey: area.key,
    trainingAreaKeys: someOf(r, cat.trainingAreaKeys.get(area.key) ?? [], 2),
    courseKey: course ? course.key : '',
    need: pick(r, NEEDS),
    targetGroup: pick(r, TARGET_GROUPS),
    participants: between(r, min, max),
    format: pick(r, TRAINING_FORMATS),
    periodFrom,
    periodTo: addDays(periodFrom, between(r, 14, 104)),
    place: r() < 0.8 ? pick(r, PLACES) : '',
    adaptations: otherAdaptation ? [...adaptations, 'Annat'] : adaptations,
    adaptationsOther: otherAdaptation ? 'Lokalen behöver ha plats för en ledsagare.' : '',
    otherInfo: r() < 0.1 ? pick(r, OTHER_INFO) : ''
  };
}
