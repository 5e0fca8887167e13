// Small hand-made catalogue for the domain tests. Independent of the real seed on purpose:
// the tests must state their own facts. Every call returns fresh objects, so a test may change
// what it gets without affecting other tests.
import {
  AgreementArea,
  Catalogue,
  Course,
  fromStockholmLocal,
  OrderRequest,
  RankingEntry,
  Supplier,
  TrainingArea
} from '../../src/domain';

export function area(overrides: Partial<AgreementArea> & { key: string; title: string }): AgreementArea {
  return {
    summary: '',
    about: '',
    targetAudience: '',
    notes: '',
    status: 'Aktiv',
    orderingOpen: true,
    responseHours: 24,
    targetGroups: [],
    sortOrder: 100,
    ...overrides
  };
}

export function catalogue(): Catalogue {
  const areas: AgreementArea[] = [
    area({
      key: 'ledarskap',
      title: 'Ledarskap',
      summary: 'Att leda arbete, utveckling och möten, med eller utan chefsroll.',
      about: 'Ledare är centrala för att regionen ska nå målen för sin verksamhet.',
      targetAudience: '• medarbetare som har en formell chefsroll med verksamhets-, ekonomi- och personalansvar\n• medarbetare som leder grupper utan att ha en formell chefsroll',
      targetGroups: ['Chef med V/E/P-ansvar', 'Leder utan chefsroll'],
      sortOrder: 10
    }),
    area({
      key: 'ekonomistyrning',
      title: 'Ekonomistyrning',
      summary: 'Redovisning, analys och kommunal ekonomi.',
      about: 'Ekonomisk uppföljning är en integrerad del av processerna för ledning i regionen.',
      targetAudience: 'Medarbetare som har ekonomi som huvudsaklig profession.',
      notes: 'Obs! Mer grundläggande ekonomiutbildningar omfattas av ramavtalsområde Medarbetarskap.',
      responseHours: 48,
      targetGroups: ['Ekonomer', 'Chef med V/E/P-ansvar'],
      sortOrder: 20
    }),
    area({
      key: 'ugl',
      title: 'UGL, UL och IL',
      summary: 'Kurser enligt Försvarshögskolans koncept.',
      about: 'UGL, UL och IL ska genomföras i enlighet med Försvarshögskolans instruktioner och krav.',
      targetAudience: 'Den som vill utvecklas som chef, ledare eller medarbetare.',
      targetGroups: ['Chef med V/E/P-ansvar', 'Medarbetare'],
      sortOrder: 30
    }),
    area({
      key: 'medarbetarskap',
      title: 'Medarbetarskap',
      summary: 'Hälsa, arbetsmiljö, bemötande och grundläggande ekonomi.',
      about: 'Verksamheterna ska kännetecknas av arbetsglädje och trygghet.',
      targetAudience: 'Medarbetare som vill utvecklas i sitt medarbetarskap.',
      targetGroups: ['Medarbetare'],
      sortOrder: 40
    }),
    area({
      key: 'motiverande',
      title: 'Motiverande samtal och samtalsmetodik',
      summary: 'Mer information om avtalsområdet kommer.',
      status: 'Kommer',
      orderingOpen: false,
      targetGroups: ['Medarbetare'],
      sortOrder: 50
    }),
    area({
      key: 'kommunikation',
      title: 'Kommunikation',
      summary: 'Presentationer, klarspråk och medierelationer.',
      orderingOpen: false,
      targetGroups: ['Kommunikatörer'],
      sortOrder: 60
    }),
    area({
      key: 'projektarbete',
      title: 'Projektarbete',
      summary: 'Projektledning och projektmetodik.',
      status: 'Avslutad',
      orderingOpen: false,
      targetGroups: ['Projektledare'],
      sortOrder: 70
    })
  ];
  const suppliers: Supplier[] = [
    { key: 'prove', name: 'Prové', active: true, email: 'avrop@prove.example' },
    { key: 'trustp', name: 'TrustP', active: true, email: 'avrop@trustp.example' },
    { key: 'ekan', name: 'Ekan', active: true, email: 'avrop@ekan.example' },
    { key: 'kef', name: 'Kommunalekonomernas förening', active: true, email: 'avrop@kef.example' },
    { key: 'lexicon', name: 'Lexicon', active: true, email: 'avrop@lexicon.example' },
    { key: 'avonova', name: 'Avonova Hälsa', active: true, email: 'avrop@avonova.example' },
    { key: 'agera', name: 'Agera Kommunikation', active: true, email: 'avrop@agera.example' },
    { key: 'gamla', name: 'Gamla Kursbolaget AB', active: false, email: 'avrop@gamla.example' }
  ];
  const rankings: RankingEntry[] = [
    { areaKey: 'ledarskap', supplierKey: 'prove', rank: 1 },
    { areaKey: 'ledarskap', supplierKey: 'trustp', rank: 2 },
    { areaKey: 'ekonomistyrning', supplierKey: 'ekan', rank: 1 },
    { areaKey: 'ekonomistyrning', supplierKey: 'kef', rank: 2 },
    { areaKey: 'ugl', supplierKey: 'prove', rank: 1 },
    { areaKey: 'ugl', supplierKey: 'lexicon', rank: 2 },
    { areaKey: 'ugl', supplierKey: 'trustp', rank: 3 },
    { areaKey: 'medarbetarskap', supplierKey: 'avonova', rank: 1 },
    { areaKey: 'medarbetarskap', supplierKey: 'lexicon', rank: 2 },
    { areaKey: 'kommunikation', supplierKey: 'agera', rank: 1 },
    { areaKey: 'kommunikation', supplierKey: 'lexicon', rank: 2 },
    { areaKey: 'projektarbete', supplierKey: 'gamla', rank: 1 }
  ];
  const trainingAreas: TrainingArea[] = [
    { key: 'led-arbete', areaKey: 'ledarskap', title: 'Att leda arbete', description: 'Coachande förhållningssätt, konflikthantering och grupputveckling.', sortOrder: 1 },
    { key: 'led-utveckling', areaKey: 'ledarskap', title: 'Att leda utveckling', description: 'Processledning, innovationsledning och förbättringsarbete.', sortOrder: 2 },
    { key: 'eko-system', areaKey: 'ekonomistyrning', title: 'System och analysverktyg', description: 'Redovisnings- och analysverktyg som används i regionen.', sortOrder: 1 },
    { key: 'eko-kommunal', areaKey: 'ekonomistyrning', title: 'Kommunal ekonomi', description: 'Budgetering, skatteutjämning och finansiell analys.', sortOrder: 2 },
    { key: 'med-halsa', areaKey: 'medarbetarskap', title: 'Att främja god hälsa och arbetsmiljö', description: 'Hantera stress och oregelbunden arbetstid.', sortOrder: 1 }
  ];
  const courses: Course[] = [
    {
      key: 'ugl-kurs',
      areaKey: 'ugl',
      code: 'UGL',
      title: 'Utveckling av grupp och ledare',
      kind: 'Kurs',
      description: 'Upplevelsebaserad inlärning om hur grupper fungerar, på internat.',
      requirement: 'Genomförs enligt Försvarshögskolans instruktioner och krav.',
      minParticipants: 8,
      maxParticipants: 12,
      days: 5,
      residential: true,
      sortOrder: 1
    },
    {
      key: 'ul-kurs',
      areaKey: 'ugl',
      code: 'UL',
      title: 'Utvecklande ledarskap',
      kind: 'Kurs',
      description: 'En ledarstil som utvecklar medarbetarna.',
      requirement: '',
      sortOrder: 2
    },
    {
      key: 'led-utan-chef',
      areaKey: 'ledarskap',
      code: '',
      title: 'Att leda utan att vara chef',
      kind: 'Tidigare utbildning',
      description: 'För dig som leder arbete utan chefsroll.',
      requirement: '',
      sortOrder: 10
    }
  ];
  return {
    areas,
    trainingAreas,
    courses,
    suppliers,
    rankings,
    organisations: [
      { key: 'su', name: 'Sahlgrenska Universitetssjukhuset', active: true },
      { key: 'vasttrafik', name: 'Västtrafik AB', active: true },
      { key: 'nedlagd', name: 'Nedlagda förvaltningen', active: false }
    ]
  };
}

/** "Today" for validation tests. */
export const TODAY = '2026-03-02';

export function validRequest(overrides: Partial<OrderRequest> = {}): OrderRequest {
  return {
    organisationKey: 'su',
    unit: 'Område 2, Medicinkliniken',
    contactName: 'Anna Andersson',
    contactEmail: 'anna.andersson@example.se',
    contactPhone: '010-123 45 67',
    invoiceReference: 'KST 4711',
    areaKey: 'ledarskap',
    trainingAreaKeys: ['led-arbete'],
    courseKey: '',
    need: 'Våra nya samordnare behöver träna på att leda möten och hantera konflikter.',
    targetGroup: 'Samordnare utan chefsroll',
    participants: 14,
    format: 'Platsbunden',
    periodFrom: '2026-09-01',
    periodTo: '2026-11-30',
    place: 'Göteborg',
    adaptations: [],
    adaptationsOther: '',
    otherInfo: '',
    ...overrides
  };
}

/** Swedish wall-clock time as an instant. */
export function sthlm(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return fromStockholmLocal(year, month, day, hour, minute);
}

/** Freezes an object graph, so that any attempt by the code under test to modify its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
