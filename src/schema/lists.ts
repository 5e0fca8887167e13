import { ADAPTATIONS, AREA_STATUSES, CASCADE_REASONS, ORDER_STATUSES, TARGET_GROUPS, TRAINING_FORMATS } from '../domain/types';
import { CATALOGUE_LIST_TITLES } from './listTitles';
import { FieldDef, ListDef } from './types';

export const ORDER_EVENT_KINDS = [
  'Skapad',
  'Skickad',
  'Antagen',
  'Vidare till nästa leverantör',
  'Ingen leverantör',
  'Genomförd',
  'Avbruten',
  'Svar rättat'
] as const;

export const TRAINING_ITEM_KINDS = ['Utbildningsområde', 'Kurs', 'Tidigare utbildning'] as const;

const catalogueAccess = { owners: 'full', handlers: 'read', followUp: 'read', members: 'read', visitors: 'read' } as const;

const text = (internalName: string, title: string, extra: Partial<FieldDef> = {}): FieldDef => ({ internalName, title, type: 'Text', maxLength: 255, ...extra });
const note = (internalName: string, title: string, extra: Partial<FieldDef> = {}): FieldDef => ({ internalName, title, type: 'Note', ...extra });
const int = (internalName: string, title: string, extra: Partial<FieldDef> = {}): FieldDef => ({ internalName, title, type: 'Integer', ...extra });
const date = (internalName: string, title: string, extra: Partial<FieldDef> = {}): FieldDef => ({ internalName, title, type: 'DateTime', ...extra });
const lookup = (internalName: string, title: string, lookupListKey: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  internalName,
  title,
  type: 'Lookup',
  lookupListKey,
  lookupField: 'Title',
  ...extra
});

/**
 * Which notifications of an order's actions have been sent (JSON, written by src/data/mail): on
 * the orderer's item for hers, on the handlers' record for theirs, so that no action mails twice.
 */
function mailLogField(): FieldDef {
  return note('MailLog', 'Utskick (JSON)', { maxLength: 8000 });
}

/**
 * What handlers record about an order, from sending to completion: on the handlers' record
 * (Avropsstatus), and copied onto the orderer's Avrop item for Mina avrop.
 */
function handlingFields(): FieldDef[] {
  return [
      date('SentAt', 'Skickat till leverantör'),
      date('AnswerDeadline', 'Svar senast', { indexed: true }),
      date('AcceptedAt', 'Antaget'),
      date('StartDate', 'Startdatum', { dateOnly: true }),
      date('CompletedAt', 'Genomfört'),
      date('CancelledAt', 'Avbrutet'),
      note('CancelReason', 'Skäl till avbrott', { maxLength: 2000 }),
      int('ActualParticipants', 'Faktiskt antal deltagare', { min: 0, max: 500 }),
      int('ParticipantsWomen', 'Deltagare, kvinnor', { min: 0, max: 500 }),
      int('ParticipantsMen', 'Deltagare, män', { min: 0, max: 500 }),
      int('ParticipantsOther', 'Deltagare, annat/ej angivet', { min: 0, max: 500 }),
      int('EvaluationScore', 'Utvärdering (1–5)', { min: 1, max: 5 })
  ];
}

export const AREAS: ListDef = {
  key: 'areas',
  title: CATALOGUE_LIST_TITLES.areas,
  url: 'Avtalsomraden',
  description: 'Ramavtalets avtalsområden med texter, målgrupp och svarstid för leverantörer.',
  titleField: { title: 'Namn', required: true, maxLength: 255 },
  fields: [
    text('AreaKey', 'Nyckel', { required: true, unique: true, indexed: true, maxLength: 50, description: 'Kort nyckel utan mellanslag, t.ex. ledarskap. Används i länkar.' }),
    text('Summary', 'Sammanfattning'),
    note('About', 'Om avtalsområdet'),
    note('TargetAudience', 'Målgrupp'),
    note('Notes', 'Observera'),
    { internalName: 'AreaStatus', title: 'Status', type: 'Choice', choices: AREA_STATUSES, required: true, defaultValue: 'Aktiv' },
    { internalName: 'OrderingOpen', title: 'Öppen för avrop', type: 'Boolean', defaultValue: '1' },
    int('ResponseHours', 'Svarstid (vardagstimmar)', { required: true, min: 1, max: 240, defaultValue: '24' }),
    { internalName: 'TargetGroups', title: 'Målgrupper', type: 'MultiChoice', choices: TARGET_GROUPS },
    int('SortOrder', 'Sorteringsordning', { min: 0, max: 9999 })
  ],
  indexedBuiltIns: [],
  readSecurity: 1,
  writeSecurity: 1,
  access: catalogueAccess,
  viewFields: ['LinkTitle', 'AreaKey', 'AreaStatus', 'OrderingOpen', 'ResponseHours', 'SortOrder'],
  seeded: true
};

export const TRAINING_AREAS: ListDef = {
  key: 'trainingAreas',
  title: CATALOGUE_LIST_TITLES.trainingAreas,
  url: 'Utbildningsomraden',
  description: 'Utbildningsområden, kurser och tidigare utbildningar inom varje avtalsområde.',
  titleField: { title: 'Namn', required: true, maxLength: 255 },
  fields: [
    text('ItemKey', 'Nyckel', { required: true, unique: true, indexed: true, maxLength: 80 }),
    lookup('Area', 'Avtalsområde', 'areas', { required: true, indexed: true }),
    { internalName: 'ItemKind', title: 'Typ', type: 'Choice', choices: TRAINING_ITEM_KINDS, required: true, defaultValue: 'Utbildningsområde' },
    note('Description', 'Beskrivning'),
    text('CourseCode', 'Kurskod', { maxLength: 20 }),
    note('Requirement', 'Krav'),
    int('MinParticipants', 'Minsta antal deltagare', { min: 1, max: 500 }),
    int('MaxParticipants', 'Högsta antal deltagare', { min: 1, max: 500 }),
    int('Days', 'Antal dagar', { min: 1, max: 60 }),
    { internalName: 'Residential', title: 'Internat', type: 'Boolean', defaultValue: '0' },
    text('Link', 'Länk'),
    int('SortOrder', 'Sorteringsordning', { min: 0, max: 9999 })
  ],
  indexedBuiltIns: [],
  readSecurity: 1,
  writeSecurity: 1,
  access: catalogueAccess,
  viewFields: ['LinkTitle', 'Area', 'ItemKind', 'CourseCode', 'SortOrder'],
  seeded: true
};

export const SUPPLIERS: ListDef = {
  key: 'suppliers',
  title: CATALOGUE_LIST_TITLES.suppliers,
  url: 'Leverantorer',
  description: 'Leverantörer inom ramavtalet.',
  titleField: { title: 'Namn', required: true, maxLength: 255 },
  fields: [
    text('SupplierKey', 'Nyckel', { required: true, unique: true, indexed: true, maxLength: 50 }),
    { internalName: 'Active', title: 'Aktiv', type: 'Boolean', defaultValue: '1' },
    text('Email', 'E-post för avrop')
  ],
  indexedBuiltIns: [],
  readSecurity: 1,
  writeSecurity: 1,
  access: catalogueAccess,
  viewFields: ['LinkTitle', 'SupplierKey', 'Active', 'Email'],
  seeded: true
};

export const RANKINGS: ListDef = {
  key: 'rankings',
  title: CATALOGUE_LIST_TITLES.rankings,
  url: 'Rangordning',
  description: 'Leverantörernas rangordning per avtalsområde. Avrop går till rang 1 först.',
  titleField: { title: 'Rubrik', required: false, maxLength: 255 },
  fields: [
    lookup('Area', 'Avtalsområde', 'areas', { required: true, indexed: true }),
    lookup('Supplier', 'Leverantör', 'suppliers', { required: true, indexed: true }),
    int('Rank', 'Rang', { required: true, min: 1, max: 20 })
  ],
  indexedBuiltIns: [],
  readSecurity: 1,
  writeSecurity: 1,
  access: catalogueAccess,
  viewFields: ['Area', 'Rank', 'Supplier'],
  seeded: true
};

/**
 * Every change of a ranking made in Administration: who (Author) and when (Created, which
 * SharePoint sets), the area's ranking before and after. Written only by list owners, read by
 * handlers and follow-up: the ranking in force when an order was submitted is part of the
 * call-off documentation, and the desk reads it from here when Rangordning changed since.
 */
export const RANKING_CHANGES: ListDef = {
  key: 'rankingChanges',
  title: 'Rangordningsändringar',
  url: 'Rangordningsandringar',
  description: 'Varje ändring av rangordningen som gjorts i Administration: vem, när, före och efter. Bara listägarna skriver här.',
  titleField: { title: 'Ändring', required: true, maxLength: 255 },
  fields: [
    text('AreaKey', 'Avtalsområde (nyckel)', { required: true, indexed: true, maxLength: 50 }),
    note('RankingBefore', 'Rangordning före (JSON)', { required: true }),
    note('RankingAfter', 'Rangordning efter (JSON)', { required: true }),
    date('BasisModified', 'Senast ändrad rad när ändringen gjordes', { description: 'Den senaste ändringstiden bland områdets rader i Rangordning och dess leverantörer när ändringen laddades. Senare än ett avrops skapandetid betyder att någon ändrat direkt i listan.' }),
    text('ChangedBy', 'Ändrad av', { required: true })
  ],
  indexedBuiltIns: [],
  readSecurity: 1,
  writeSecurity: 1,
  access: { owners: 'full', handlers: 'read', followUp: 'read', members: 'none', visitors: 'none' },
  viewFields: ['LinkTitle', 'AreaKey', 'ChangedBy', 'Created', 'Author'],
  seeded: false
};

export const ORGANISATIONS: ListDef = {
  key: 'organisations',
  title: CATALOGUE_LIST_TITLES.organisations,
  url: 'BestallandeOrganisationer',
  description: 'Organisationer som får avropa från ramavtalet.',
  titleField: { title: 'Namn', required: true, maxLength: 255 },
  fields: [
    text('OrganisationKey', 'Nyckel', { required: true, unique: true, indexed: true, maxLength: 50 }),
    { internalName: 'Active', title: 'Aktiv', type: 'Boolean', defaultValue: '1' }
  ],
  indexedBuiltIns: [],
  readSecurity: 1,
  writeSecurity: 1,
  access: catalogueAccess,
  viewFields: ['LinkTitle', 'OrganisationKey', 'Active'],
  seeded: true
};

export const ORDERS: ListDef = {
  key: 'orders',
  title: 'Avrop',
  url: 'Avrop',
  description: 'Avrop (beställningar). Beställare ser bara sina egna; avropshandläggare ser alla.',
  titleField: { title: 'Referens', required: true, indexed: true, maxLength: 20 },
  fields: [
    text('RequestKey', 'Idempotensnyckel', { required: true, indexed: true, maxLength: 64 }),
    lookup('Area', 'Avtalsområde', 'areas', { required: true, indexed: true }),
    { internalName: 'Status', title: 'Status', type: 'Choice', choices: ORDER_STATUSES, required: true, indexed: true, defaultValue: 'Ny' },
    lookup('AssignedSupplier', 'Tilldelad leverantör', 'suppliers', { indexed: true }),
    int('AssignedRank', 'Tilldelad rang', { min: 1, max: 20 }),
    lookup('Organisation', 'Beställande organisation', 'organisations', { required: true, indexed: true }),
    text('Unit', 'Förvaltning/enhet', { required: true, maxLength: 255 }),
    text('ContactName', 'Kontaktperson', { required: true }),
    text('ContactEmail', 'E-post', { required: true }),
    text('ContactPhone', 'Telefon', { maxLength: 40 }),
    text('InvoiceReference', 'Fakturareferens/kostnadsställe', { required: true, maxLength: 100 }),
    note('TrainingAreaKeys', 'Utbildningsområden (nycklar)'),
    text('CourseKey', 'Kurs', { maxLength: 80 }),
    note('Need', 'Behov', { required: true, maxLength: 4000 }),
    text('TargetGroup', 'Målgrupp', { required: true }),
    int('Participants', 'Antal deltagare', { required: true, min: 1, max: 500 }),
    { internalName: 'Format', title: 'Genomförande', type: 'Choice', choices: TRAINING_FORMATS, required: true },
    date('PeriodFrom', 'Önskad period från', { required: true, dateOnly: true }),
    date('PeriodTo', 'Önskad period till', { required: true, dateOnly: true }),
    text('Place', 'Plats'),
    { internalName: 'Adaptations', title: 'Anpassningar', type: 'MultiChoice', choices: ADAPTATIONS },
    note('AdaptationsOther', 'Andra anpassningar', { maxLength: 2000 }),
    note('OtherInfo', 'Övrigt', { maxLength: 4000 }),
    note('RankingSnapshot', 'Rangordning vid avrop (JSON)'),
    note('Trail', 'Händelser (JSON)'),
    date('SubmittedAt', 'Skickat', { indexed: true }),
    text('SubmittedBy', 'Skickat av'),
    ...handlingFields(),
    mailLogField()
  ],
  indexedBuiltIns: ['Author', 'Created'],
  readSecurity: 2,
  writeSecurity: 2,
  access: { owners: 'full', handlers: 'edit-all', followUp: 'read-all', members: 'contribute-own', visitors: 'contribute-own' },
  viewFields: ['LinkTitle', 'Status', 'Area', 'AssignedSupplier', 'AssignedRank', 'AnswerDeadline', 'Organisation', 'Author', 'Created'],
  seeded: false
};

export const ORDER_EVENTS: ListDef = {
  key: 'events',
  title: 'Avropshändelser',
  url: 'Avropshandelser',
  description: 'Spårbarhet: varje åtgärd avropshandläggarna gör på ett avrop. Läggs bara till, ändras aldrig.',
  titleField: { title: 'Händelse', required: true, maxLength: 255 },
  fields: [
    lookup('ParentOrder', 'Avrop', 'orders', { required: true, indexed: true }),
    text('OrderReference', 'Avropsreferens', { required: true, indexed: true, maxLength: 20 }),
    { internalName: 'EventKind', title: 'Typ', type: 'Choice', choices: ORDER_EVENT_KINDS, required: true, indexed: true },
    { internalName: 'FromStatus', title: 'Från status', type: 'Choice', choices: ['', ...ORDER_STATUSES] },
    { internalName: 'ToStatus', title: 'Till status', type: 'Choice', choices: ORDER_STATUSES, required: true },
    lookup('FromSupplier', 'Från leverantör', 'suppliers'),
    int('FromRank', 'Från rang', { min: 1, max: 20 }),
    lookup('ToSupplier', 'Till leverantör', 'suppliers'),
    int('ToRank', 'Till rang', { min: 1, max: 20 }),
    { internalName: 'Reason', title: 'Skäl', type: 'Choice', choices: CASCADE_REASONS },
    note('Comment', 'Motivering/kommentar', { maxLength: 2000 }),
    date('EventAt', 'Tidpunkt', { required: true, indexed: true }),
    text('Actor', 'Utförd av', { required: true }),
    // One row per action even when an add reaches SharePoint twice (src/data/sameEvent.ts
    // actionKey). Unique columns are allowed here: the list has no item-level read security.
    text('ActionKey', 'Åtgärdsnyckel', { required: true, unique: true, indexed: true, maxLength: 40 })
  ],
  indexedBuiltIns: ['Author'],
  // Written only by handlers, who may add rows but never edit or delete one; orderers have no
  // access at all, so no row (and no lookup through one) can be forged or read by them.
  readSecurity: 1,
  writeSecurity: 1,
  access: { owners: 'full', handlers: 'add-only', followUp: 'read', members: 'none', visitors: 'none' },
  viewFields: ['LinkTitle', 'OrderReference', 'EventKind', 'FromStatus', 'ToStatus', 'Reason', 'EventAt', 'Actor'],
  seeded: false
};

/**
 * The handlers' record of each order: one row per order, written only by order handlers. What
 * the desk shows, what a supplier is sent and what follow-up counts come from here; the orderer's
 * own Avrop item is her request and her cancellation, and its status columns only a copy for her.
 */
export const ORDER_RECORDS: ListDef = {
  key: 'records',
  title: 'Avropsstatus',
  url: 'Avropsstatus',
  description: 'Avropshandläggarnas uppgifter om varje avrop: status, leverantör, svar och det som skickades. Beställare kommer inte åt listan.',
  titleField: { title: 'Avropsreferens', required: true, indexed: true, maxLength: 20 },
  fields: [
    lookup('ParentOrder', 'Avrop', 'orders', { required: true, indexed: true }),
    // The order's item id: one record per order even when the add reaches SharePoint twice.
    text('OrderKey', 'Avropsnyckel', { required: true, unique: true, indexed: true, maxLength: 20 }),
    { internalName: 'Status', title: 'Status', type: 'Choice', choices: ORDER_STATUSES, required: true, indexed: true, defaultValue: 'Ny' },
    lookup('AssignedSupplier', 'Tilldelad leverantör', 'suppliers', { indexed: true }),
    int('AssignedRank', 'Tilldelad rang', { min: 1, max: 20 }),
    note('RankingInForce', 'Rangordning som gäller (JSON)'),
    note('SentRequest', 'Avropet som det skickades (JSON)'),
    note('Trail', 'Händelser (JSON)'),
    // The trail's steps that follow-up counts, short (src/domain/scorecardFacts.ts), written with the
    // trail in the same update: a year's scorecard reads this instead of every full trail.
    note('Kpis', 'Uppföljningens händelser (kort form)'),
    ...handlingFields(),
    // What follow-up counts an order by, as the handler acted on it (the request as sent, once
    // sent): small indexed columns, so a year's scorecard reads no request texts.
    date('SubmittedAt', 'Avropet skickat', { indexed: true }),
    lookup('Area', 'Avtalsområde', 'areas', { indexed: true }),
    lookup('Organisation', 'Beställande organisation', 'organisations', { indexed: true }),
    int('Participants', 'Antal deltagare', { min: 1, max: 500 }),
    { internalName: 'Adaptations', title: 'Anpassningar', type: 'MultiChoice', choices: ADAPTATIONS },
    mailLogField()
  ],
  indexedBuiltIns: [],
  readSecurity: 1,
  writeSecurity: 1,
  access: { owners: 'full', handlers: 'edit-all', followUp: 'read', members: 'none', visitors: 'none' },
  viewFields: ['LinkTitle', 'Status', 'AssignedSupplier', 'AssignedRank', 'AnswerDeadline', 'SentAt'],
  seeded: false
};

/**
 * Settings of the installation that the site owner keeps (the handlers' shared mailbox): one row
 * per setting, Title the key. A list because a site owner can write it on any site, where the
 * web's property bag is closed to her on sites without custom scripts.
 */
export const SETTINGS: ListDef = {
  key: 'settings',
  title: 'Inställningar',
  url: 'Installningar',
  description: 'Inställningar för Utbildningsavrop, till exempel avropshandläggarnas gemensamma e-postadress. Ändras av webbplatsens ägare.',
  titleField: { title: 'Inställning', required: true, indexed: true, maxLength: 100 },
  fields: [note('SettingValue', 'Värde', { maxLength: 2000 })],
  indexedBuiltIns: [],
  readSecurity: 1,
  writeSecurity: 1,
  access: catalogueAccess,
  viewFields: ['LinkTitle', 'SettingValue'],
  seeded: false
};

/** In dependency order: a list comes after every list its lookups point to. */
export const LISTS: readonly ListDef[] = [AREAS, TRAINING_AREAS, SUPPLIERS, RANKINGS, RANKING_CHANGES, ORGANISATIONS, ORDERS, ORDER_RECORDS, ORDER_EVENTS, SETTINGS];

export function listByKey(key: string): ListDef {
  const list = LISTS.find((l) => l.key === key);
  if (!list) throw new Error(`Okänd lista: ${key}`);
  return list;
}
