// Avtalsområde "Ledarskap", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

export const ledarskap: AgreementArea = {
  key: 'ledarskap',
  title: 'Ledarskap',
  summary: 'Utbildning för chefer och för dig som leder utan chefsroll: leda arbete, utveckling, möten och samverkan.',
  about: 'Ledare är centrala för att VGR ska nå målen för sin verksamhet. Många medarbetare i VGR utövar någon form av ledarskap utan att ha en formell chefsroll och deras kompetensutveckling måste syfta till att utveckla en förståelse för ledarskapets betydelse och en förmåga att tillämpa verktyg, metoder och modeller för att leda.',
  targetAudience: [
    'Utbildningar inom området vänder sig till två medarbetargrupper:',
    [
      '• medarbetare som har en formell chefsroll med verksamhets-, ekonomi- och personalansvar (V/E/P-ansvar)',
      '• medarbetare som leder grupper, arbeten, områden och processer utan att ha en formell chefsroll. Exempelvis projektledare, utvecklingsledare, regionutvecklare, verksamhetsutvecklare och medarbetare i legitimationsyrken eller i patientnära arbete som har en ledande eller handledande roll.'
    ].join('\n'),
    'VGR har ett annat ramavtal som omfattar längre chefsutvecklingsprogram'
  ].join('\n\n'),
  notes: '',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Chef med V/E/P-ansvar', 'Leder utan chefsroll'],
  sortOrder: 40
};

export const ledarskapTrainingAreas: TrainingArea[] = [
  {
    key: 'ledarskap/att-leda-arbete',
    areaKey: 'ledarskap',
    title: 'Att leda arbete',
    description: 'Att leda arbete handlar om allt från att ge struktur och formulera mål för verksamheten till att skapa ett konstruktivt arbetsklimat och en god gruppdynamik och leda sitt eget och andras arbete mot de uppsatta målen. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i att exempelvis använda ett coachande förhållningssätt, utöva ett kommunikativt ledarskap, hantera konflikter och leda grupper och grupputveckling.',
    sortOrder: 10
  },
  {
    key: 'ledarskap/att-leda-utveckling',
    areaKey: 'ledarskap',
    title: 'Att leda utveckling',
    description: 'VGR:s strävan att skapa värde för invånarna – att ge god service och god vård – innebär att organisationen har en hög förändringstakt och att medarbetarna och verksamheten ständigt måste utvecklas. Inte minst i det långsiktiga arbetet med att ställa om hälso- och sjukvården. Medarbetarna behöver fördjupa sina kunskaper om processer, metoder och tekniker som främjar och driver på utveckling. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis processledning, innovationsledning, förändringsledning och förbättringsarbete.',
    sortOrder: 20
  },
  {
    key: 'ledarskap/att-leda-och-facilitera-moten-och-workshoppar',
    areaKey: 'ledarskap',
    title: 'Att leda och facilitera möten och workshoppar',
    description: 'Samarbete utgör idag en stor del av många medarbetares arbetsvecka, mängden möten och workshoppar ställer höga krav på en god planering och ett effektivt genomförande av den som ska leda och facilitera dem. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis digital mötesteknik och att leda kreativa och engagerande möten och workshoppar.',
    sortOrder: 30
  },
  {
    key: 'ledarskap/att-leda-pa-distans-och-i-hybrida-miljoer',
    areaKey: 'ledarskap',
    title: 'Att leda på distans och i hybrida miljöer',
    description: 'Många arbetsplatser i VGR är aktivitetsbaserade och erbjuder en hybrid arbetsmiljö där chef och medarbetare finns på olika platser och där arbetet till stor del genomförs med stöd av digitala verktyg. En annan form av hybrid miljö är arbetsplatser där medarbetare har oregelbunden arbetstid och chef och medarbetare – eller för den delen kollegor – sällan träffas. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis att leda virtuella team och leda på distans.',
    sortOrder: 40
  },
  {
    key: 'ledarskap/att-samverka-i-komplexa-sammanhang',
    areaKey: 'ledarskap',
    title: 'Att samverka i komplexa sammanhang',
    description: 'I omställningen av hälso- och sjukvården krävs en ökad samverkan mellan olika aktörer som alla har samma mål – att skapa god service och god vård för invånarna i Västra Götaland – men samtidigt verkar i sammanhang som inte styrs av samma lagar, regler och förordningar. Aktörerna kan ha eller vara olika huvudmän, och yrkesgrupperna som ska samverka kan drivas av skilda logiker. Det skapar en komplexitet i samverkan. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis samverkansförmåga och tillitsbaserad ledning och styrning.',
    sortOrder: 50
  }
];
