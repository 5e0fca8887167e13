// Suppliers named on the intranet page, in order of first appearance.
// email is unknown from the page: the owners of the Leverantörer list fill it in.
import { Supplier } from '../types';

export const SEED_SUPPLIERS: Supplier[] = [
  { key: 'lexicon', name: 'Lexicon', active: true, email: '' },
  { key: 'ekan', name: 'Ekan', active: true, email: '' },
  { key: 'kommunalekonomernas-forening', name: 'Kommunalekonomernas förening', active: true, email: '' },
  { key: 'agera-kommunikation', name: 'Agera Kommunikation', active: true, email: '' },
  { key: 'prove', name: 'Prové', active: true, email: '' },
  { key: 'trustp', name: 'TrustP', active: true, email: '' },
  { key: 'avonova-halsa', name: 'Avonova Hälsa', active: true, email: '' },
  { key: 'pa-consulting-group', name: 'PA Consulting Group', active: true, email: '' },
  { key: 'semcon', name: 'Semcon', active: true, email: '' },
  { key: 'time-care', name: 'Time Care', active: true, email: '' },
  { key: 'pm-palmgren-consulting', name: 'P & M Palmgren Consulting', active: true, email: '' },
  { key: 'harmoni-i-livet-syd', name: 'Harmoni i Livet Syd', active: true, email: '' },
  { key: 'rezon', name: 'Rezon', active: true, email: '' },
  { key: 'team-fusion', name: 'Team Fusion', active: true, email: '' }
];
