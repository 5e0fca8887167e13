// Avtalsområde "Kommunikation", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

export const kommunikation: AgreementArea = {
  key: 'kommunikation',
  title: 'Kommunikation',
  summary: 'Utbildning i praktisk kommunikation, medierelationer och planerad kommunikation.',
  about: 'Kommunikation är en integrerad del i VGR:s verksamhet och en grundförutsättning för organisationens måluppfyllelse och framgång. Det är nödvändigt att medarbetare i VGR har en hög kommunikativ kompetens och mognad för att relationen med invånare, samarbetspartners, uppdragsgivare och kollegor ska fungera väl. Behovet av kompetensutveckling rör flera olika typer av kommunikation: från praktisk kommunikation i arbetsvardagen till planerad kommunikation i projekt och uppdrag.',
  targetAudience: [
    'Utbildningar inom området vänder sig till medarbetare som planerar och leder möten, håller små eller stora presentationer i olika sammanhang, använder skriftlig kommunikation i sitt arbete, producerar material för webben och i digitala kanaler, företräder VGR som talesperson i olika sammanhang, vill mäta, analysera och utvärdera sina kommunikationsinsatser eller vill bli bättre på att planera och utforma sin kommunikation så att den leder till ökad effekt.',
    'Målgruppen kan arbeta större delen av sin arbetstid med kommunikation eller ha ett tydligt utpekat kommunikationsansvar i sitt arbete.'
  ].join('\n\n'),
  notes: '',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Kommunikatörer', 'Medarbetare'],
  sortOrder: 30
};

export const kommunikationTrainingAreas: TrainingArea[] = [
  {
    key: 'kommunikation/praktisk-kommunikation',
    areaKey: 'kommunikation',
    title: 'Praktisk kommunikation',
    description: 'Det är viktigt att medarbetare i VGR på ett begripligt sätt kan informera om verksamheten och dela ny kunskap med invånarna i Västra Götaland. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i att exempelvis hålla presentationer, använda klarspråk, skapa tillgängliga dokument, skriva texter för webben och i digitala kanaler och producera film med mobilen.',
    sortOrder: 10
  },
  {
    key: 'kommunikation/medierelationer',
    areaKey: 'kommunikation',
    title: 'Medierelationer',
    description: 'VGR ska ha en god beredskap att möta mediers krav på rätt till insyn i och information om verksamheten. Det gäller i synnerhet medarbetare som företräder VGR i olika sammanhang. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis mediekunskap och medieframträdanden.',
    sortOrder: 20
  },
  {
    key: 'kommunikation/planerad-kommunikation',
    areaKey: 'kommunikation',
    title: 'Planerad kommunikation',
    description: 'I VGR ska det finnas ett systematiskt kommunikationsarbete som både i och utanför organisationen tydliggör verksamhetens mål, inriktning och prioriteringar. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i att exempelvis planera kommunikationsinsatser, formulera budskap, kommunicera förändring, arbeta med webb och digitala kanaler för att skapa effekt och mäta, analysera och utvärdera kommunikation.',
    sortOrder: 30
  }
];
