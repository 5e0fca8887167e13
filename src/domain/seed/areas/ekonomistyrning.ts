// Avtalsområde "Ekonomistyrning", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

export const ekonomistyrning: AgreementArea = {
  key: 'ekonomistyrning',
  title: 'Ekonomistyrning',
  summary: 'Utbildning i redovisning, analys, styrning och kommunal ekonomi för ekonomer och verksamhetschefer.',
  about: [
    'Ekonomi och ekonomisk uppföljning är en integrerad del av processerna för ledning och styrning i Västra Götalandsregionen (VGR) och avgörande för att nå politiska mål. Ekonomisk information används för att besluta om färdriktningen i VGR och genomföra fattade beslut, och ekonomisk uppföljning och analys är viktiga parametrar i VGR:s verksamhetsstyrning.',
    'Den privata och kommunala sektorn har många likheter i ekonomisk planering och redovisning, men också många olikheter. Det gör att VGR har behov av att dels introducera nya medarbetare med erfarenhet från andra branscher, dels vidareutbilda de som redan jobbar i organisationen i den kommunala kontexten och det som skiljer den från andra sektorer. Det handlar till exempel om styrande förutsättningar och regleringar kring allt från kommunallagens reglering kring budgetering och planering till redovisning.'
  ].join('\n\n'),
  targetAudience: 'Vänder sig till medarbetare som har ekonomi som huvudsaklig profession samt verksamhetschefer som behöver utbildas inom redovisning och analys.',
  notes: 'Obs! Mer grundläggande ekonomiutbildningar omfattas av ramavtalsområde Medarbetarskap.',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Ekonomer', 'Chef med V/E/P-ansvar'],
  sortOrder: 20
};

export const ekonomistyrningTrainingAreas: TrainingArea[] = [
  {
    key: 'ekonomistyrning/system-och-analysverktyg',
    areaKey: 'ekonomistyrning',
    title: 'System och analysverktyg',
    description: 'VGR arbetar med redovisning och ekonomiska analyser i en rad olika system. För att kunna nyttja systemen optimalt krävs att användaren har förståelse för hur de fungerar. Det innebär bland annat att medarbetarna lär sig hantera de redovisnings- och analysverktyg som används i VGR.',
    sortOrder: 10
  },
  {
    key: 'ekonomistyrning/styrning-och-verksamhetsutveckling',
    areaKey: 'ekonomistyrning',
    title: 'Styrning och verksamhetsutveckling',
    description: 'För att möta utveckling av arbetssätt och förändringar av förutsättningar behöver medarbetarna kompetensutveckla sig i exempelvis lagstiftning, redovisning, ekonomisk teori och olika modeller och metoder för att kunna stödja verksamhetsansvariga och vara en resurs i verksamhetsutveckling och uppföljning.',
    sortOrder: 20
  },
  {
    key: 'ekonomistyrning/kommunal-ekonomi',
    areaKey: 'ekonomistyrning',
    title: 'Kommunal ekonomi',
    description: 'Att arbeta som ekonom i en region skiljer sig i flera avseenden från andra verksamheter. Det krävs därför särskilda kunskaper om styrande förutsättningar och regleringar som är specifika för sektorn. Detta kan även gälla andra medarbetare och beslutsfattare. Politiker ska besluta om ekonomiska ramar och fördela medel, och verksamhetsansvariga ska utifrån ekonomisk information fatta beslut, leda verksamheten och ansvara för budget och uppföljning. För detta krävs kunskaper i exempelvis budgeterings-, ekonomistyrnings- och resursfördelningsmodeller, skatteutjämning, redovisning och finansiell analys.',
    sortOrder: 30
  }
];
