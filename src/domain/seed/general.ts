// General information texts of the intranet page "Regiongemensam utbildning", transcribed verbatim.
// Not part of Catalogue (types.ts): these are page texts and default links for the start view.

export interface SeedLink {
  title: string;
  url: string;
  /** Text shown with the link, verbatim from the page. Empty string when none. */
  description: string;
  /** True when the URL should be settable (web part property) because the default is not the real address. */
  configurable: boolean;
  /** True when url is a placeholder that the site owner has to replace. */
  placeholder: boolean;
}

export interface SeedGeneral {
  title: string;
  intro: string;
  whoCanOrderHeading: string;
  /** Paragraphs separated by a blank line; lines starting with "• " are list items. */
  whoCanOrder: string;
  whatCanBeOrderedHeading: string;
  whatCanBeOrdered: string;
  ranking: string;
  areasHeading: string;
  areasIntro: string;
  trainingAreasHeading: string;
  /** Sentence the page repeats before the training areas of most agreement areas. */
  trainingAreasIntro: string;
  /** Lead-in the page uses before the earlier trainings (Course kind 'Tidigare utbildning'). */
  earlierTrainingsIntro: string;
  links: {
    larportalen: SeedLink;
    avtalskatalogen: SeedLink;
  };
}

export const SEED_GENERAL: SeedGeneral = {
  title: 'Regiongemensam utbildning',
  intro: 'Här kan du läsa mer om ramavtalet för regiongemensamma utbildningar inom det administrativa området.',
  whoCanOrderHeading: 'Vem kan köpa utbildning och hur?',
  whoCanOrder: [
    'VGR Akademin tar tillsammans med ämneskunniga representanter från VGR fram regiongemensamma utbildningar som presenteras i Lärportalen. Förutom de utbildningarna i Lärportalen finns möjlighet för enskilda förvaltningar och enheter att avropa egna utbildningar.',
    [
      'Förutom VGR så är även följande bolag med på detta avtal:',
      '• Västtrafik AB',
      '• GöteborgsOperan AB'
    ].join('\n'),
    'Avrop görs via formulär som du hittar längre ner på sidan tillsammans med information om de olika avtalsområdena.'
  ].join('\n\n'),
  whatCanBeOrderedHeading: 'Vad kan avropas?',
  whatCanBeOrdered:
    'Utbildningar likt dem som erbjuds av VGR Akademin i Lärportalen kan avropas till enskild förvaltning/enhet men kan även justeras utifrån målgrupp, upplägg, längd med mera. Avtalet möjliggör även andra avrop inom ämnesområdet, helt anpassat utifrån behov.',
  ranking: 'I ramavtalet tillämpas rangordning.',
  areasHeading: 'Avtalsområden',
  areasIntro: 'Nedan är en förteckning över våra avtalsområden och vilka leverantörer som levererar utbildning inom vilka områden.',
  trainingAreasHeading: 'Exempel på utbildningsområden',
  trainingAreasIntro: 'Inom ramavtalsområdet finns olika utbildningsområden (ska inte förväxlas med specifika utbildningar).',
  earlierTrainingsIntro: 'Utbildningar som tidigare har funnits i VGR inom detta område är:',
  links: {
    larportalen: {
      title: 'Lärportalen',
      url: 'https://larportalen.vgregion.se',
      description: '',
      configurable: false,
      placeholder: false
    },
    // The page links Avtalskatalogen on the intranet without showing its address: the URL below is a placeholder
    // default and must be configurable.
    avtalskatalogen: {
      title: 'Avtalskatalogen',
      url: 'https://intra.vgregion.se/avtalskatalogen',
      description: 'nås enbart av dig med tillgång till VGR:s intranät',
      configurable: true,
      placeholder: true
    }
  }
};
