// Organisations that may order from the framework agreement ("Förutom VGR så är även följande bolag med på detta avtal").
import { Organisation } from '../types';

export const SEED_ORGANISATIONS: Organisation[] = [
  { key: 'vgr', name: 'Västra Götalandsregionen', active: true },
  { key: 'vasttrafik', name: 'Västtrafik AB', active: true },
  { key: 'goteborgsoperan', name: 'GöteborgsOperan AB', active: true }
];
