// Ranking per agreement area exactly as the intranet page lists it ("Leverantör:", "Leverantörer enligt
// rangordning:", "Rangordning enligt avtal"). A call-off goes to rank 1 first.
// Motiverande samtal och samtalsmetodik has no suppliers yet.
import { RankingEntry } from '../types';

const ranked = (areaKey: string, supplierKeys: string[]): RankingEntry[] =>
  supplierKeys.map((supplierKey, i) => ({ areaKey, supplierKey, rank: i + 1 }));

export const SEED_RANKINGS: RankingEntry[] = [
  ...ranked('digitala-arbetssatt', ['lexicon']),
  ...ranked('ekonomistyrning', ['ekan', 'kommunalekonomernas-forening']),
  ...ranked('kommunikation', ['agera-kommunikation', 'lexicon']),
  ...ranked('ledarskap', ['prove', 'trustp']),
  ...ranked('medarbetarskap', ['avonova-halsa', 'lexicon']),
  ...ranked('pedagogik-och-larande', ['pa-consulting-group', 'lexicon']),
  ...ranked('projektarbete', ['prove', 'semcon']),
  ...ranked('schemalaggning', ['time-care', 'pm-palmgren-consulting']),
  ...ranked('ugl-ul-il', ['harmoni-i-livet-syd', 'rezon', 'team-fusion'])
];
