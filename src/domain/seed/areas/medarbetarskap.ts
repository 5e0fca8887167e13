// Avtalsområde "Medarbetarskap", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

export const medarbetarskap: AgreementArea = {
  key: 'medarbetarskap',
  title: 'Medarbetarskap',
  summary: 'Utbildning i rekrytering och kompetensförsörjning, hälsa och arbetsmiljö, lika rättigheter och gott bemötande.',
  about: 'Västra Götalandsregionens verksamheter ska kännetecknas av arbetsglädje och trygghet och bidra till ett hållbart arbetsliv. Med goda arbetsvillkor, en jämlik arbetsmiljö och ett inkluderande arbetsklimat vill VGR ge medarbetare de bästa förutsättningarna för personlig och professionell utveckling. Medarbetare ska ha möjlighet att utvecklas i förtroende och öppenhet, gemenskap och samarbete, engagemang och meningsfullhet och ansvarstagande och initiativförmåga.',
  targetAudience: [
    'Utbildningar inom området vänder sig till två grupper av medarbetare i VGR:',
    [
      '• medarbetare som har en formell chefsroll med verksamhets-, ekonomi- och personalansvar (V/E/P-ansvar)',
      '• medarbetare som vill utvecklas i sitt medarbetarskap och medverka till att den egna och kollegornas kompetens används på bästa sätt.'
    ].join('\n')
  ].join('\n\n'),
  notes: '',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Chef med V/E/P-ansvar', 'Medarbetare'],
  sortOrder: 50
};

export const medarbetarskapTrainingAreas: TrainingArea[] = [
  {
    key: 'medarbetarskap/att-rekrytera-och-kompetensforsorja',
    areaKey: 'medarbetarskap',
    title: 'Att rekrytera medarbetare och planera och kompetensförsörja verksamhet',
    description: 'VGR ska attrahera, rekrytera, utveckla och behålla medarbetare. Det innebär att VGR måste skapa möjligheter till karriär, utbildning, utveckling och forskning och se till att varje medarbetare får så goda förutsättningar som möjligt att verka fullt ut i sin yrkesroll. Det förutsätter också att chefer kan planera verksamheten och utifrån ekonomisk information fatta beslut om hur arbetet kan organiseras. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis kompetensbaserad rekrytering, arbetsrätt och grundläggande ekonomi.',
    sortOrder: 10
  },
  {
    key: 'medarbetarskap/att-utvecklas-som-medarbetare',
    areaKey: 'medarbetarskap',
    title: 'Att utvecklas som medarbetare',
    description: 'Medarbetare i VGR har ett ansvar att använda, anpassa och utveckla sin kompetens efter verksamhetens behov, mål och uppdrag och att som kollega delta på ett aktivt, ansvarsfullt och engagerat sätt i det gemensamma arbetet med att nå verksamhetens mål. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis teambuilding, gruppdynamik och självledarskap.',
    sortOrder: 20
  },
  {
    key: 'medarbetarskap/att-framja-god-halsa-och-arbetsmiljo',
    areaKey: 'medarbetarskap',
    title: 'Att främja god hälsa och arbetsmiljö',
    description: 'VGR vill främja arbetsplatser där medarbetare bryr sig om sin egen och sina kollegors hälsa och tillsammans söker konstruktiva lösningar som kan förbättra arbetsmiljön och utveckla verksamheten. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i att exempelvis hantera stress och oregelbunden arbetstid, skapa hälsofrämjande arbetsplatsträffar (APT) och systematiskt arbeta för god hälsa och arbetsmiljö utifrån ett hälsofrämjande, förebyggande och rehabiliterande perspektiv.',
    sortOrder: 30
  },
  {
    key: 'medarbetarskap/att-framja-lika-rattigheter-och-mojligheter',
    areaKey: 'medarbetarskap',
    title: 'Att främja lika rättigheter och möjligheter',
    description: 'VGR ska ha en jämlik och inkluderande arbetsmiljö med arbetsplatser som är fria från diskriminering och trakasserier och där medarbetare bemöter varandra med välvilja och generositet och respekterar allas lika rättigheter och möjligheter. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i att exempelvis skapa ett tryggt och öppet arbetsklimat, motverka diskriminering, rekrytera utan att diskriminera och främja mångfald i arbetslivet.',
    sortOrder: 40
  },
  {
    key: 'medarbetarskap/att-ge-god-service-och-ett-gott-bemotande',
    areaKey: 'medarbetarskap',
    title: 'Att ge god service och ett gott bemötande',
    description: 'I ett professionellt medarbetarskap ingår att ge god service och ett gott bemötande. Det är många gånger avgörande för att relationen till invånare, samarbetspartners, uppdragsgivare och kollegor ska fungera och utvecklas väl. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i att exempelvis skapa trygghet och bygga relationer i samtal, företräda verksamheten på ett professionellt sätt, bemöta stress, irritation och missnöje och vara konstruktiv vid konflikter.',
    sortOrder: 50
  }
];
