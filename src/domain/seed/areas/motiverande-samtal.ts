// Avtalsområde "Motiverande samtal och samtalsmetodik", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

// Announced on the page only ("Mer information om avtalsområdet kommer."): no suppliers, not open for call-offs.
export const motiverandeSamtal: AgreementArea = {
  key: 'motiverande-samtal',
  title: 'Motiverande samtal och samtalsmetodik',
  summary: 'Nytt avtalsområde. Mer information kommer, och det går ännu inte att avropa.',
  about: 'Mer information om avtalsområdet kommer.',
  targetAudience: '',
  notes: '',
  status: 'Kommer',
  orderingOpen: false,
  responseHours: 24,
  targetGroups: [],
  sortOrder: 60
};

export const motiverandeSamtalTrainingAreas: TrainingArea[] = [];
