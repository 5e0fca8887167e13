// Avtalsområde "Digitala arbetssätt", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

// notes holds the DigComp paragraph that introduces the area's training areas on the page.
export const digitalaArbetssatt: AgreementArea = {
  key: 'digitala-arbetssatt',
  title: 'Digitala arbetssätt',
  summary: 'Utbildning i digital kompetens, från digitalisering och automatisering till digital säkerhet, AI och problemlösning.',
  about: 'Digitalisering och digitala arbetssätt är nyckelkompetenser för att stärka Västra Götalandsregionens förmågor inom innovation och verksamhetsutveckling. Kompetensutveckling inom det här området är med andra ord en förutsättning för att VGR ska kunna klara sitt kärnuppdrag nu och i framtiden. Med god digital kompetens får chefer och medarbetare verktyg att hitta nya sätt att lösa utmaningar och erbjuda rätt tjänster och god service till invånarna.',
  targetAudience: 'Regiongemensamma utbildningar inom ramavtalsområdet vänder sig till olika grupper av medarbetare i VGR. Det kan handla om medarbetare som har en formell chefsroll med verksamhets-, ekonomi- och personalansvar (V/E/P-ansvar) eller som leder arbeten, områden och processer utan att ha en formell chefsroll (exempelvis projektledare, utvecklingsledare, regionutvecklare, verksamhetsutvecklare och medarbetare i legitimationsyrken eller i patientnära arbete som har en ledande eller handledande roll). En annan målgrupp är medarbetare som behöver utveckla grundläggande kunskaper och färdigheter i att arbeta digitalt.',
  notes: 'EU-standarden Digital Competence Framework for Citizen (DigComp) ger en gemensam förståelse för vad digital kompetens är, och med utgångspunkt i de förmågor som beskrivs i den ser VGR flera olika utbildningsområden inom vilka medarbetare kan behöva kompetensutveckla sig.',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Chef med V/E/P-ansvar', 'Leder utan chefsroll', 'Medarbetare'],
  sortOrder: 10
};

export const digitalaArbetssattTrainingAreas: TrainingArea[] = [
  {
    key: 'digitala-arbetssatt/digitalisering-och-automatisering',
    areaKey: 'digitala-arbetssatt',
    title: 'Digitalisering och automatisering',
    description: 'VGR håller på att utvecklas från en pappersdriven till en digitaliserad organisation där administrativ förenkling och automatiserade verksamhetsprocesser frigör tid för medarbetare att fokusera på VGR:s kärnuppdrag. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis informatik och informationsmodellering, tjänstedesign och användarupplevelse, användarcentrisk digitalisering och digitalisering som metod för verksamhetsutveckling.',
    sortOrder: 10
  },
  {
    key: 'digitala-arbetssatt/informations-och-datakunnighet',
    areaKey: 'digitala-arbetssatt',
    title: 'Informations- och datakunnighet',
    description: 'Som medarbetare i VGR är det viktigt att kunna söka, samla in, analysera och hantera digital data och information. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis källkritik, datahantering och etiska och juridiska förutsättningar för dataanalys i hälso- och sjukvård.',
    sortOrder: 20
  },
  {
    key: 'digitala-arbetssatt/digital-kommunikation-och-digitalt-samarbete',
    areaKey: 'digitala-arbetssatt',
    title: 'Digital kommunikation och digitalt samarbete',
    description: 'I VGR används i allt större utsträckning digitala verktyg för kommunikation och samarbete, och det har därmed blivit viktigt att medarbetare kan interagera med hjälp av en bredd av digitala verktyg och hantera sin digitala närvaro och sin digitala identitet. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis "netikett", digital mötes- och samarbetsetik och att använda digitala mötes- och samarbetsverktyg.',
    sortOrder: 30
  },
  {
    key: 'digitala-arbetssatt/utveckling-av-digitalt-innehall',
    areaKey: 'digitala-arbetssatt',
    title: 'Utveckling av digitalt innehåll',
    description: 'Medarbetare i VGR måste kunna skapa och redigera digitalt innehåll men också förstå hur upphovsrätt och licenser ska tillämpas på digital information. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis att använda produktionsverktyg för digitalt innehåll, programmera och träna robotar och hantera öppen data, copyright och licenser.',
    sortOrder: 40
  },
  {
    key: 'digitala-arbetssatt/digital-sakerhet-och-digital-hallbarhet',
    areaKey: 'digitala-arbetssatt',
    title: 'Digital säkerhet och digital hållbarhet',
    description: 'Det är viktigt att medarbetare i VGR kan skydda innehåll och personuppgifter i digitala miljöer. De måste också vara medvetna om vilken miljöpåverkan digital teknik har och hur användningen av den kan få konsekvenser för människors fysiska och psykiska hälsa och rättigheter. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis informationssäkerhet, digital arbetsmiljö, säker applikationsutveckling och cybersäkerhet, mobila arbetssätt, aktivitetsteori och kognitiv ergonomi. I detta utbildningsområde ingår även systemutveckling, infrastruktur/drift samt projektmetodik.',
    sortOrder: 50
  },
  {
    key: 'digitala-arbetssatt/problemlosning-i-digitala-miljoer',
    areaKey: 'digitala-arbetssatt',
    title: 'Problemlösning i digitala miljöer',
    description: 'Det blir allt viktigare för medarbetare i VGR att kunna se hur behov och problem kan tillgodoses och lösas digitalt och hur de kan dra nytta av den digitala utvecklingen i sitt arbete. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis artificiell intelligens (AI) som teknologi (taligenkänning, textrobotar, sakernas internet etc.), digital resursplanering och metoder för simulering och optimering.',
    sortOrder: 60
  }
];
