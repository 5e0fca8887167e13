// The catalogue lists' titles on their own: the catalogue web part's entry chunk names the lists
// it reads early, and with the whole list schema (columns, choices, the domain types) that chunk
// took 18 KB gzip instead of a few, downloaded and run before its data request could start.
export const CATALOGUE_LIST_TITLES = {
  areas: 'Avtalsområden',
  trainingAreas: 'Utbildningsområden',
  suppliers: 'Leverantörer',
  rankings: 'Rangordning',
  organisations: 'Beställande organisationer'
} as const;
