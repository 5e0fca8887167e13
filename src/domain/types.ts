// Domain types. Pure TypeScript: nothing here may import React, PnPjs or SPFx.
// Keys (AreaKey, supplier key, organisation key) are stable ASCII slugs; list item ids are
// SharePoint's business and stay in src/data.

/** Order status values, used verbatim as the SharePoint choice values of Avrop.Status. */
export type OrderStatus = 'Ny' | 'Väntar på svar' | 'Antagen' | 'Ingen leverantör' | 'Genomförd' | 'Avbruten';
export const ORDER_STATUSES: readonly OrderStatus[] = ['Ny', 'Väntar på svar', 'Antagen', 'Ingen leverantör', 'Genomförd', 'Avbruten'];

/** Status of an agreement area: `Kommer` = announced, more information will come. */
export type AreaStatus = 'Aktiv' | 'Kommer' | 'Avslutad';
export const AREA_STATUSES: readonly AreaStatus[] = ['Aktiv', 'Kommer', 'Avslutad'];

/** Target groups used for filtering the catalogue (choice values of Avtalsområden.TargetGroups). */
export type TargetGroup =
  | 'Chef med V/E/P-ansvar'
  | 'Leder utan chefsroll'
  | 'Medarbetare'
  | 'Utbildare och handledare'
  | 'Schemaläggare och planerare'
  | 'Ekonomer'
  | 'Kommunikatörer'
  | 'Projektledare';
export const TARGET_GROUPS: readonly TargetGroup[] = [
  'Chef med V/E/P-ansvar',
  'Leder utan chefsroll',
  'Medarbetare',
  'Utbildare och handledare',
  'Schemaläggare och planerare',
  'Ekonomer',
  'Kommunikatörer',
  'Projektledare'
];

export interface Organisation {
  key: string;
  name: string;
  active: boolean;
}

export interface AgreementArea {
  key: string;
  title: string;
  /** One line for the overview. */
  summary: string;
  /** "Om avtalsområdet", paragraphs separated by a blank line. */
  about: string;
  /** "Målgrupp för ramavtalsområdet", paragraphs separated by a blank line; lines starting with "• " are list items. */
  targetAudience: string;
  /** Notes such as Ekonomistyrning's pointer to Medarbetarskap. Empty string when none. */
  notes: string;
  status: AreaStatus;
  orderingOpen: boolean;
  /** Weekday hours a supplier has to answer a call-off. */
  responseHours: number;
  targetGroups: TargetGroup[];
  sortOrder: number;
}

/** Utbildningsområde: a subject field within an agreement area (not a specific course). */
export interface TrainingArea {
  key: string;
  areaKey: string;
  title: string;
  description: string;
  sortOrder: number;
}

export type CourseKind = 'Kurs' | 'Tidigare utbildning';

/** A named course (UGL, UL, IL) or an earlier training given in the region. */
export interface Course {
  key: string;
  areaKey: string;
  code: string;
  title: string;
  kind: CourseKind;
  description: string;
  requirement: string;
  minParticipants?: number;
  maxParticipants?: number;
  days?: number;
  residential?: boolean;
  link?: string;
  sortOrder: number;
}

export interface Supplier {
  key: string;
  name: string;
  active: boolean;
  email: string;
}

/** One row of Rangordning: supplier `supplierKey` holds rank `rank` in area `areaKey`. An empty `supplierKey` is a row whose supplier was deleted from Leverantörer. */
export interface RankingEntry {
  areaKey: string;
  supplierKey: string;
  rank: number;
}

/** The whole catalogue, as read in one round trip. */
export interface Catalogue {
  areas: AgreementArea[];
  trainingAreas: TrainingArea[];
  courses: Course[];
  suppliers: Supplier[];
  rankings: RankingEntry[];
  organisations: Organisation[];
}

export type TrainingFormat = 'Platsbunden' | 'Digital' | 'Hybrid';
export const TRAINING_FORMATS: readonly TrainingFormat[] = ['Platsbunden', 'Digital', 'Hybrid'];

/** Accessibility adaptations, asked as the adaptation and never as a diagnosis. */
export type Adaptation =
  | 'Teckenspråkstolk'
  | 'Skrivtolk'
  | 'Hörslinga'
  | 'Tillgänglig lokal utan trappsteg'
  | 'Material i förväg'
  | 'Material i tillgängligt format'
  | 'Pauser och anpassat tempo'
  | 'Annat';
export const ADAPTATIONS: readonly Adaptation[] = [
  'Teckenspråkstolk',
  'Skrivtolk',
  'Hörslinga',
  'Tillgänglig lokal utan trappsteg',
  'Material i förväg',
  'Material i tillgängligt format',
  'Pauser och anpassat tempo',
  'Annat'
];

/** What the orderer fills in on the form. Dates are ISO dates (YYYY-MM-DD). */
export interface OrderRequest {
  organisationKey: string;
  unit: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  invoiceReference: string;
  areaKey: string;
  trainingAreaKeys: string[];
  courseKey: string;
  need: string;
  targetGroup: string;
  participants: number;
  format: TrainingFormat;
  periodFrom: string;
  periodTo: string;
  place: string;
  adaptations: Adaptation[];
  adaptationsOther: string;
  otherInfo: string;
}

/** A supplier's place in the ranking kept on an order (snapshot at submission). */
export interface RankedSupplier {
  rank: number;
  supplierKey: string;
  supplierName: string;
}

/** Why an order moves from one supplier to the next. */
export type CascadeReason =
  | 'Avböjt: saknar kapacitet'
  | 'Avböjt: kan inte starta i tid'
  | 'Inget svar före svarstiden'
  | 'Annat';
export const CASCADE_REASONS: readonly CascadeReason[] = [
  'Avböjt: saknar kapacitet',
  'Avböjt: kan inte starta i tid',
  'Inget svar före svarstiden',
  'Annat'
];

export interface Order extends OrderRequest {
  reference: string;
  /** Client-generated idempotency key; unique in the Avrop list. */
  requestKey: string;
  status: OrderStatus;
  /** Ranking in force when the order was submitted. */
  ranking: RankedSupplier[];
  assignedSupplierKey: string;
  assignedRank: number;
  /** ISO timestamps. Empty string when not set. */
  submittedAt: string;
  submittedBy: string;
  sentAt: string;
  answerDeadline: string;
  acceptedAt: string;
  startDate: string;
  completedAt: string;
  cancelledAt: string;
  cancelReason: string;
  actualParticipants?: number;
  participantsWomen?: number;
  participantsMen?: number;
  participantsOtherOrUnstated?: number;
  evaluationScore?: number;
  /** Plain-language trail kept on the order itself, so the orderer can read it under item-level security. */
  trail: OrderTrailEntry[];
}

export type OrderEventKind =
  | 'Skapad'
  | 'Skickad'
  | 'Antagen'
  | 'Vidare till nästa leverantör'
  | 'Ingen leverantör'
  | 'Genomförd'
  | 'Avbruten'
  /** A handler corrected an answer recorded wrongly (accepted <-> declined), with a justification. */
  | 'Svar rättat';

export interface OrderTrailEntry {
  at: string;
  by: string;
  kind: OrderEventKind;
  fromStatus: OrderStatus | '';
  toStatus: OrderStatus;
  fromSupplierKey: string;
  fromRank?: number;
  toSupplierKey: string;
  toRank?: number;
  reason: CascadeReason | '';
  comment: string;
  /** 'Skickad': the answer deadline given to the supplier (ISO timestamp), so the history can show it. */
  answerDeadline?: string;
  /** 'Antagen': the start date the supplier gave (YYYY-MM-DD). */
  startDate?: string;
  /** 'Antagen': the day the supplier answered (YYYY-MM-DD), when it was not the day it was recorded. */
  answeredOn?: string;
  /** The person's name when she acted, for people to read; `by` (her login) is what identifies her. */
  byName?: string;
  /** The handler marked the comment for the orderer; without the mark it is for handlers only. */
  commentForOrderer?: boolean;
}

/** A row of Avropshändelser: the append-only audit trail. */
export interface OrderEvent extends OrderTrailEntry {
  orderReference: string;
}
