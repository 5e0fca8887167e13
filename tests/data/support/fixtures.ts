// Small catalogue and orders for the data-layer tests.
import { Catalogue, Order, OrderTrailEntry } from '../../../src/domain/types';

export const CATALOGUE: Catalogue = {
  areas: [
    {
      key: 'ledarskap',
      title: 'Ledarskap',
      summary: 'Utbildning för chefer och ledare.',
      about: 'Första stycket.\n\nAndra stycket.',
      targetAudience: '• Chefer\n• Ledare',
      notes: '',
      status: 'Aktiv',
      orderingOpen: true,
      responseHours: 24,
      targetGroups: ['Chef med V/E/P-ansvar', 'Leder utan chefsroll'],
      sortOrder: 1
    },
    {
      key: 'ekonomi',
      title: 'Ekonomistyrning',
      summary: 'Ekonomi för chefer.',
      about: 'Om ekonomi.',
      targetAudience: 'Chefer',
      notes: 'Se även Medarbetarskap.',
      status: 'Kommer',
      orderingOpen: false,
      responseHours: 48,
      targetGroups: ['Ekonomer'],
      sortOrder: 2
    }
  ],
  trainingAreas: [
    { key: 'ledarskap-grund', areaKey: 'ledarskap', title: 'Grundläggande ledarskap', description: 'Grunder.', sortOrder: 1 },
    { key: 'ekonomi-budget', areaKey: 'ekonomi', title: 'Budget', description: '', sortOrder: 1 }
  ],
  courses: [
    {
      key: 'ugl',
      areaKey: 'ledarskap',
      code: 'UGL',
      title: 'Utveckling av grupp och ledare',
      kind: 'Kurs',
      description: 'Kursen UGL.',
      requirement: 'Handledare certifierade av FHS.',
      minParticipants: 8,
      maxParticipants: 12,
      days: 5,
      residential: true,
      link: 'https://example.se/ugl',
      sortOrder: 2
    },
    {
      key: 'ledarskap-tidigare',
      areaKey: 'ledarskap',
      code: '',
      title: 'Tidigare ledarutbildning',
      kind: 'Tidigare utbildning',
      description: '',
      requirement: '',
      sortOrder: 3
    }
  ],
  suppliers: [
    { key: 'alfa', name: 'Alfa Utbildning AB', active: true, email: 'avrop@alfa.se' },
    { key: 'beta', name: 'Beta Kompetens AB', active: true, email: 'avrop@beta.se' },
    { key: 'gamma', name: 'Gamma Lärande AB', active: false, email: '' }
  ],
  rankings: [
    { areaKey: 'ledarskap', supplierKey: 'alfa', rank: 1 },
    { areaKey: 'ledarskap', supplierKey: 'beta', rank: 2 },
    { areaKey: 'ekonomi', supplierKey: 'gamma', rank: 1 }
  ],
  organisations: [
    { key: 'regionkansliet', name: 'Regionkansliet', active: true },
    { key: 'sjukhuset', name: 'Sjukhuset', active: true }
  ]
};

export const CREATED: OrderTrailEntry = {
  at: '2026-03-02T09:15:00Z',
  by: 'Anna Andersson',
  kind: 'Skapad',
  fromStatus: '',
  toStatus: 'Ny',
  fromSupplierKey: '',
  toSupplierKey: '',
  reason: '',
  comment: ''
};

export function sampleOrder(overrides: Partial<Order> = {}): Order {
  return {
    organisationKey: 'regionkansliet',
    unit: 'HR-avdelningen',
    contactName: 'Anna Andersson',
    contactEmail: 'anna.andersson@example.se',
    contactPhone: '010-123 45 67',
    invoiceReference: 'KST 4711',
    areaKey: 'ledarskap',
    trainingAreaKeys: ['ledarskap-grund'],
    courseKey: 'ugl',
    need: 'Vi behöver stärka ledargruppen.',
    targetGroup: 'Chef med V/E/P-ansvar',
    participants: 10,
    format: 'Platsbunden',
    periodFrom: '2026-04-01',
    periodTo: '2026-06-30',
    place: 'Göteborg',
    adaptations: ['Hörslinga', 'Material i förväg'],
    adaptationsOther: '',
    otherInfo: '',
    reference: '',
    requestKey: '3f1c2a9e-7b4d-4c55-9a0e-1d2b3c4d5e6f',
    status: 'Ny',
    ranking: [
      { rank: 1, supplierKey: 'alfa', supplierName: 'Alfa Utbildning AB' },
      { rank: 2, supplierKey: 'beta', supplierName: 'Beta Kompetens AB' }
    ],
    assignedSupplierKey: '',
    assignedRank: 0,
    submittedAt: '2026-03-02T09:15:00Z',
    submittedBy: 'Anna Andersson',
    sentAt: '',
    answerDeadline: '',
    acceptedAt: '',
    startDate: '',
    completedAt: '',
    cancelledAt: '',
    cancelReason: '',
    trail: [CREATED],
    ...overrides
  };
}
