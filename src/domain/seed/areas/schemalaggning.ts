// Avtalsområde "Schemaläggning och bemanningsplanering", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

export const schemalaggning: AgreementArea = {
  key: 'schemalaggning',
  title: 'Schemaläggning och bemanningsplanering',
  summary: 'Utbildning i schemaläggning och bemanningsplanering, främst för verksamhet inom vården.',
  about: [
    'Västra Götalandsregionen arbetar aktivt med arbetsmiljöfrågor, bland annat med insatser för ett hållbart arbetsliv, där produktionsplanering genom bemanningsplanering och schemaläggning är viktiga styrnings- och ledningsmekanismer. I VGR:s kärnverksamhet behöver medarbetare, till exempel undersköterskor, sjuksköterskor, allmänläkare, specialistläkare och servicepersonal, bemanna verksamheterna dygnet runt. De olika yrkesgruppernas kompetenser ska schemaplaneras på ett sätt som är både patientsäkert och ekonomiskt och arbetsmiljömässigt hållbart för individen såväl som för organisationen.',
    'I VGR:s arbete med schemaläggning och bemanningsplanering sker kontinuerlig process- och systemutveckling vilket gör området ständigt aktuellt och föränderligt. Utbildningar inom ramavtalsområdet kan därför behöva kunna anpassas allteftersom. Det här ramavtalsområdet berör främst verksamhet inom vården.'
  ].join('\n\n'),
  targetAudience: [
    'Arbetsmiljöansvaret är ett chefsansvar men det praktiska arbetet med bemanningsplanering och schemaläggning är ofta delegerat till schemaläggare och planerare. Målgruppen består av två grupper:',
    [
      '• medarbetare som innehar en formell chefsroll med verksamhets-, ekonomi- och personalansvar (V/E/P-ansvar)',
      '• medarbetare som i sitt arbete arbetar med bemanningsplanering och schemaläggning.'
    ].join('\n'),
    'Det handlar alltså om dem som ansvarar för och dem som arbetar med schemaläggning. Målgruppens förkunskaper och erfarenheter varierar.'
  ].join('\n\n'),
  notes: '',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Schemaläggare och planerare', 'Chef med V/E/P-ansvar'],
  sortOrder: 90
};

// The page names one main training area in a sentence rather than under a heading; the title is taken from that sentence.
export const schemalaggningTrainingAreas: TrainingArea[] = [
  {
    key: 'schemalaggning/schemalaggning-och-bemanningsplanering-for-verksamhet-i-varden',
    areaKey: 'schemalaggning',
    title: 'Schemaläggning och bemanningsplanering för verksamhet i vården',
    description: 'Inom ramavtalsområdet ser VGR att det huvudsakliga utbildningsområdet rör schemaläggning och bemanningsplanering för verksamhet i vården.',
    sortOrder: 10
  }
];
