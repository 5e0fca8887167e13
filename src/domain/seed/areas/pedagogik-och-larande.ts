// Avtalsområde "Pedagogik och lärande", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

export const pedagogikOchLarande: AgreementArea = {
  key: 'pedagogik-och-larande',
  title: 'Pedagogik och lärande',
  summary: 'Utbildning för dig som utbildar eller handleder kollegor: aktivt lärande, lärande i arbete och utbildning på nätet.',
  about: 'Västra Götalandsregionen arbetar med kompetensutveckling på olika sätt. VGR strävar efter att vara en lärande organisation där kunskapsutbyten mellan kollegor och lärande över organisatoriska gränser är nödvändiga för att verksamheten ska utvecklas. Många av VGR:s medarbetare har i uppdrag att utbilda eller handleda andra medarbetare, och det är viktigt att de som utformar lärsituationer för andra har kunskaper, färdigheter och förmågor att ge sina kollegor det stöd som de behöver.',
  targetAudience: [
    'Regiongemensamma utbildningar inom ramavtalsområdet vänder sig till medarbetare som ägnar delar av sin arbetstid åt att stödja lärande i någon form. Det kan handla om chefer med verksamhets-, ekonomi- och personalansvar (V/E/P-ansvar) som vill skapa en kultur av lärande i arbetsgruppen, om medarbetare som ska handleda kollegor eller om ämnesexperter som utbildar medarbetare eller invånare.',
    'Målgruppen kan arbeta med hela utbildningsprocessen (planering, genomförande och utvärdering) eller delar av den, och det lärande som ska stödjas kan ske i olika former (med platsbundna träffar, i hybrida möten eller vid helt nätbaserade aktiviteter) och olika miljöer (på arbetsplatsen, i en utbildningslokal eller på ett kliniskt träningscentrum).'
  ].join('\n\n'),
  notes: '',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Utbildare och handledare', 'Chef med V/E/P-ansvar'],
  sortOrder: 70
};

export const pedagogikOchLarandeTrainingAreas: TrainingArea[] = [
  {
    key: 'pedagogik-och-larande/att-framja-aktivt-larande',
    areaKey: 'pedagogik-och-larande',
    title: 'Att främja aktivt lärande',
    description: 'En nyckel till att lära på djupet är att deltagare i en utbildning får möjlighet att aktivt bearbeta innehållet genom att formulera frågor, lösa problem och göra avvägningar. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis problembaserat lärande, casemetodik och flippade läraktiviteter.',
    sortOrder: 10
  },
  {
    key: 'pedagogik-och-larande/att-organisera-larande-i-arbete',
    areaKey: 'pedagogik-och-larande',
    title: 'Att organisera lärande i arbete',
    description: 'Medarbetarnas kompetensutveckling sker till största delen i det dagliga arbetet, och det är viktigt att såväl enskilda medarbetare som arbetsgrupper får möjlighet att stärka sin kompetens och utvecklas i sina arbetsuppgifter. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis modeller för att organisera arbetsplatsförlagt lärande (APL) och hur arbetsplatsträffar (APT) och andra möten kan användas som grund för kollegialt lärande.',
    sortOrder: 20
  },
  {
    key: 'pedagogik-och-larande/att-handleda-och-stodja-kollegor-i-arbete',
    areaKey: 'pedagogik-och-larande',
    title: 'Att handleda och stödja kollegor i arbete',
    description: 'God återkoppling från andra i arbetsgruppen är många gånger avgörande för att en medarbetare ska kunna utvecklas i sitt arbete, och den som på olika sätt ska stödja sina arbetskamrater i deras lärprocesser behöver utveckla ett coachande förhållningssätt och öva sig på att ge återkoppling som ökar engagemang och motivation och ger effekt. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis handledning av kollega och mentorskap.',
    sortOrder: 30
  },
  {
    key: 'pedagogik-och-larande/att-utbilda-pa-natet',
    areaKey: 'pedagogik-och-larande',
    title: 'Att utbilda på nätet',
    description: 'VGR arbetar för att erbjuda utbildningar och andra läraktiviteter i olika former, och efterfrågan på nätbaserade och hybrida utbildningslösningar blir allt starkare. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis digital tillgänglighet i nätbaserad utbildning, produktion av utbildningsinnehåll med hjälp av olika digitala verktyg och att vara utbildare i nätbaserad utbildning.',
    sortOrder: 40
  },
  {
    key: 'pedagogik-och-larande/att-utbilda-pa-ett-inkluderande-satt',
    areaKey: 'pedagogik-och-larande',
    title: 'Att utbilda på ett inkluderande sätt',
    description: 'När läraktiviteter skapas och lärmiljöer utformas måste det göras med målet att alla som deltar ska få så goda förutsättningar som möjligt att lära. Det är också viktigt att VGR:s utbildningar präglas av öppenhet och respekt för olikheter och variationer. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i universell design för lärande (UDL) och interkulturell kompetens för utbildare.',
    sortOrder: 50
  },
  {
    key: 'pedagogik-och-larande/att-planera-utbildning-for-effekt-i-verksamheten',
    areaKey: 'pedagogik-och-larande',
    title: 'Att planera utbildning för effekt i verksamheten',
    description: 'Olika kompetensutvecklingsinsatser ska göra det lättare för medarbetare att bidra till att verksamhetens mål nås, och för att säkerställa att medarbetarnas nya kunskaper och färdigheter i slutändan blir till nytta för invånarna är det viktigt att redan i planeringsfasen av en utbildning fokusera på resultat och effekt. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis olika sätt att skapa utbildning som ger effekt i verksamheten och olika modeller för att mäta effekten av kompetensutvecklingsinsatser.',
    sortOrder: 60
  }
];
