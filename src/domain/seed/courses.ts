// Named courses (UGL, UL, IL) and earlier trainings (Ledarskap), transcribed from the intranet page.
// The page links each course to Lärportalen only by its domain ("(larportalen.vgregion.se)"), so the link is the
// Lärportalen start page. The page states participant limits, days and residential form for UGL only.
import { Course } from '../types';

/** Requirement common to UGL, UL and IL ("UGL, UL och IL ska genomföras i enlighet med Försvarshögskolans instruktioner och krav."). */
export const FHS_REQUIREMENT = 'Genomförs i enlighet med Försvarshögskolans instruktioner och krav.';

const LARPORTALEN = 'https://larportalen.vgregion.se';

export const SEED_COURSES: Course[] = [
  // "Utbildningar som tidigare har funnits i VGR inom detta område är:"
  {
    key: 'ledarskap/att-leda-utan-att-vara-chef',
    areaKey: 'ledarskap',
    code: '',
    title: 'Att leda utan att vara chef',
    kind: 'Tidigare utbildning',
    description: '',
    requirement: '',
    sortOrder: 10
  },
  {
    key: 'ledarskap/facilitera-workshoppar-och-hybrida-moten',
    areaKey: 'ledarskap',
    code: '',
    title: 'Facilitera workshoppar och hybrida möten',
    kind: 'Tidigare utbildning',
    description: '',
    requirement: '',
    sortOrder: 20
  },
  // "Innehåll UGL – Utveckling av grupp och ledare"
  {
    key: 'ugl-ul-il/ugl',
    areaKey: 'ugl-ul-il',
    code: 'UGL',
    title: 'Utveckling av grupp och ledare',
    kind: 'Kurs',
    description: [
      'Utbildningen vänder sig till den som vill utvecklas som ledare och medarbetare. Den hjälper deltagaren att förstå hur grupper fungerar samtidigt som den ger djupare insikt i hur man påverkar och påverkas av andra. Genom upplevelsebaserad inlärning får man uppleva hur en grupp utvecklas, vad som händer i gruppen under utvecklingen och vad som främjar respektive hämmar en positiv utveckling. Deltagaren får förståelse för hur känslor, värderingar och normer påverkar gruppen, och vilka drivkrafter som ligger bakom olika beteenden. Deltagaren får också lära sig vilka problem man kan stöta på som ledare under gruppens utveckling, och hur man hanterar dem.',
      'Kursen genomförs i en grupp på åtta till tolv personer under fem dagar i följd på internat. För att deltagaren ska få ut så mycket som möjligt av kursen kommer man inte känna någon av de andra deltagarna sedan tidigare. Med en blandad grupp utan tidigare kunskap om varandra blir perspektiven fler och möjligheterna att säga det man känner blir större vilket gynnar den personliga utvecklingen.'
    ].join('\n\n'),
    requirement: FHS_REQUIREMENT,
    minParticipants: 8,
    maxParticipants: 12,
    days: 5,
    residential: true,
    link: LARPORTALEN,
    sortOrder: 10
  },
  // "Innehåll UL – Utvecklande ledarskap"
  {
    key: 'ugl-ul-il/ul',
    areaKey: 'ugl-ul-il',
    code: 'UL',
    title: 'Utvecklande ledarskap',
    kind: 'Kurs',
    description: [
      'Ett utvecklande ledarskap är när ledaren har en ledarstil som utvecklar sina anställda. Därigenom kan deltagaren uppnå en effektivare organisation där medarbetarna strävar efter samma mål. Modellen för utvecklande ledarskap kännetecknas av att ledaren uppträder som föredöme och lyfter upp frågor om moral och etik samt agerar utifrån en synliggjord värdegrund.',
      'Vad är utvecklande ledarskap?',
      'En utvecklande ledare utmärks även av inspiration och motivation i syfte att stimulera delaktighet och kreativitet samt av personlig omtanke som handlar om att ge stöd men också att konfrontera i ett gott syfte, både för individen och för organisationen.',
      'I konceptet Utvecklande ledarskap ingår:',
      [
        '• Ett bedömningsformulär (ULL) för personlig feedback.',
        '• En teoretisk modell.',
        '• En metod för personlig ledarutveckling.'
      ].join('\n'),
      'Bedömningsformuläret kan ses som en inventering av ledarens aktuella ledarskapsbeteenden. Modellen ger en riktning för önskad utveckling.',
      'Modellen baseras på frekvensen av beteenden över tid. En högre frekvens av utvecklande ledarskap leder till ett gynnsamt organisatoriskt utfall likväl som till en mer gynnsam individuell utveckling för alla i gruppen.'
    ].join('\n\n'),
    requirement: FHS_REQUIREMENT,
    link: LARPORTALEN,
    sortOrder: 20
  },
  // "Innehåll IL – Indirekt ledarskap, att leda genom andra". The three list items are kept exactly as the page
  // renders them (the page appears to have run a heading and its text together in the first item).
  {
    key: 'ugl-ul-il/il',
    areaKey: 'ugl-ul-il',
    code: 'IL',
    title: 'Indirekt ledarskap, att leda genom andra',
    kind: 'Kurs',
    description: [
      'Indirekt ledarskap (IL) är för den som har en eller flera organisatoriska nivåer mellan sig och medarbetarna. Deltagaren kan till exempel sitta i ledningsgruppen eller vara mellanchef.',
      'Ledarskapet innebär olika utmaningar och svårigheter beroende på var i organisationen det utövas. Det indirekta ledarskapet skiljer sig på flera sätt från det direkta ledarskapet. Förutom det rent fysiska avståndet till medarbetarna, handlar det även om att både kunna fatta snabba beslut här och nu, tänka strategiskt och fatta långsiktiga beslut. Som mellanchef måste man kunna balansera såväl direktiv uppifrån som krav nedifrån.',
      'Under kursen ges möjlighet att analysera, reflektera och diskutera kring det egna indirekta ledarskapet, vilken förebild man själv utgör och hur det påverkar medarbetare och organisation. Fokus ligger på hur påverkan sker från ledningen till medarbetarna genom:',
      [
        '• Handlingsinriktad påverkan Hur interaktionen sker med chefer på lägre organisatorisk nivå och hur det påverkar medarbetarna och organisationen.',
        '• Imageinriktad påverkan',
        '• Hur påverkan sker genom chefen som förebild. Den bild medarbetarna har om ledningen påverkar såväl tolkning som tilltro till den information som sprids.'
      ].join('\n')
    ].join('\n\n'),
    requirement: FHS_REQUIREMENT,
    link: LARPORTALEN,
    sortOrder: 30
  }
];
