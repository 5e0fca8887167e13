// All ten agreement areas of the intranet page, in page order, with their training areas.
import { AgreementArea, TrainingArea } from '../../types';
import { digitalaArbetssatt, digitalaArbetssattTrainingAreas } from './digitala-arbetssatt';
import { ekonomistyrning, ekonomistyrningTrainingAreas } from './ekonomistyrning';
import { kommunikation, kommunikationTrainingAreas } from './kommunikation';
import { ledarskap, ledarskapTrainingAreas } from './ledarskap';
import { medarbetarskap, medarbetarskapTrainingAreas } from './medarbetarskap';
import { motiverandeSamtal, motiverandeSamtalTrainingAreas } from './motiverande-samtal';
import { pedagogikOchLarande, pedagogikOchLarandeTrainingAreas } from './pedagogik-och-larande';
import { projektarbete, projektarbeteTrainingAreas } from './projektarbete';
import { schemalaggning, schemalaggningTrainingAreas } from './schemalaggning';
import { uglUlIl, uglUlIlTrainingAreas } from './ugl-ul-il';

export const SEED_AREAS: AgreementArea[] = [
  digitalaArbetssatt,
  ekonomistyrning,
  kommunikation,
  ledarskap,
  medarbetarskap,
  motiverandeSamtal,
  pedagogikOchLarande,
  projektarbete,
  schemalaggning,
  uglUlIl
];

export const SEED_TRAINING_AREAS: TrainingArea[] = [
  ...digitalaArbetssattTrainingAreas,
  ...ekonomistyrningTrainingAreas,
  ...kommunikationTrainingAreas,
  ...ledarskapTrainingAreas,
  ...medarbetarskapTrainingAreas,
  ...motiverandeSamtalTrainingAreas,
  ...pedagogikOchLarandeTrainingAreas,
  ...projektarbeteTrainingAreas,
  ...schemalaggningTrainingAreas,
  ...uglUlIlTrainingAreas
];
