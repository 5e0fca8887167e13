// Seed data: the region's static intranet page "Regiongemensam utbildning" as a Catalogue.
// Source: tests/fixtures/seed-intranet-page.txt; tests/seed/seed.test.ts checks this data against it.
import { Catalogue } from '../types';
import { SEED_AREAS, SEED_TRAINING_AREAS } from './areas';
import { SEED_COURSES } from './courses';
import { SEED_ORGANISATIONS } from './organisations';
import { SEED_RANKINGS } from './rankings';
import { SEED_SUPPLIERS } from './suppliers';

export { SEED_AREAS, SEED_TRAINING_AREAS } from './areas';
export { SEED_COURSES, FHS_REQUIREMENT } from './courses';
export { SEED_ORGANISATIONS } from './organisations';
export { SEED_RANKINGS } from './rankings';
export { SEED_SUPPLIERS } from './suppliers';
export { SEED_GENERAL } from './general';
export type { SeedGeneral, SeedLink } from './general';

export const SEED_CATALOGUE: Catalogue = {
  areas: SEED_AREAS,
  trainingAreas: SEED_TRAINING_AREAS,
  courses: SEED_COURSES,
  suppliers: SEED_SUPPLIERS,
  rankings: SEED_RANKINGS,
  organisations: SEED_ORGANISATIONS
};
