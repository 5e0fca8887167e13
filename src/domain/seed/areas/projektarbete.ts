// Avtalsområde "Projektarbete", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

export const projektarbete: AgreementArea = {
  key: 'projektarbete',
  title: 'Projektarbete',
  summary: 'Utbildning i projektledning och projektprocessen, metoder och verktyg, roller, kommunikation och risker i projekt.',
  about: 'Mycket utvecklingsarbete i Västra Götalandsregionen bedrivs idag i projektform, och VGR ser det som angeläget att medarbetare i olika funktioner och med olika uppdrag har möjlighet att stärka sin kompetens i projektarbete. Genom att utveckla en professionalitet i rollen som projektledare, projektdeltagare eller styrgruppsmedlem bidrar medarbetare till en ökad projektmognad i VGR.',
  targetAudience: 'Utbildningar inom området vänder sig i första hand till medarbetare som huvudsakligen arbetar eller framöver kommer att arbeta som projektledare i VGR. Utbildningarna kan även rikta sig till medarbetare som vid sidan av andra arbetsuppgifter leder mellanstora eller mindre projekt eller på andra sätt deltar i projektarbete.',
  notes: '',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Projektledare', 'Medarbetare'],
  sortOrder: 80
};

export const projektarbeteTrainingAreas: TrainingArea[] = [
  {
    key: 'projektarbete/projekt-som-arbetsform',
    areaKey: 'projektarbete',
    title: 'Projekt som arbetsform',
    description: 'Projekt är en allt vanligare arbetsform i VGR som gör det möjligt att pröva nya idéer och införa nya arbetssätt. Genom en effektiv ledning och styrning av projekt, program och portföljer kan verksamheten steg för steg förändras mot de mål som är satta för VGR:s utveckling. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis projektledning, projektstyrning, programstyrning och portföljstyrning.',
    sortOrder: 10
  },
  {
    key: 'projektarbete/projektprocessen',
    areaKey: 'projektarbete',
    title: 'Projektprocessen',
    description: 'För en bättre projektstyrning, projektsamordning och leveransförmåga i projekt måste de som medverkar ha kunskap om projektprocessens olika faser. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis att initiera, planera, genomföra och avsluta olika typer av projekt.',
    sortOrder: 20
  },
  {
    key: 'projektarbete/metoder-och-verktyg-for-projektarbete',
    areaKey: 'projektarbete',
    title: 'Metoder och verktyg för projektarbete',
    description: 'En nyckel till framgång är att projektledare, projektdeltagare och styrgruppsmedlemmar behärskar metoder och har verktyg för ett effektivt projektarbete. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis att göra GANTT-scheman, SWOT-analyser, behovs- och kravanalyser, intressentanalyser och att använda VGR:s projektstyrningsmodell.',
    sortOrder: 30
  },
  {
    key: 'projektarbete/organisation-och-roller-i-projekt',
    areaKey: 'projektarbete',
    title: 'Organisation och roller i projekt',
    description: 'Projektarbete i VGR kan organiseras på olika sätt beroende på projektets karaktär (innovationsprojekt, utvecklingsprojekt, förändringsprojekt etcetera). Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis hur projekt kan organiseras och ansvar fördelas på ett effektivt sätt.',
    sortOrder: 40
  },
  {
    key: 'projektarbete/kommunikations-och-informationsfloden-i-projekt',
    areaKey: 'projektarbete',
    title: 'Kommunikations- och informationsflöden i projekt',
    description: 'Med väl fungerande kommunikations- och informationsflöden blir förutsättningarna för att nå framgång i ett projekt bättre. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i att exempelvis skapa effektiva projektteam, upprätta kommunikationsplaner och hantera informationsflöden i projekt.',
    sortOrder: 50
  },
  {
    key: 'projektarbete/osakerheter-och-risker-i-projekt',
    areaKey: 'projektarbete',
    title: 'Osäkerheter och risker i projekt',
    description: 'I projektarbete är det viktigt att inte bara kunna identifiera framgångsfaktorer utan också vara medveten om fallgropar och kunna upptäcka osäkerheter och hinder som riskerar att påverka projektprocessen negativt. Inom det här utbildningsområdet kan medarbetare behöva kompetensutveckla sig i exempelvis metoder för riskanalys, riskhantering och åtgärdsplanering.',
    sortOrder: 60
  }
];
