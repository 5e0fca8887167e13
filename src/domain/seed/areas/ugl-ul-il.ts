// Avtalsområde "UGL, UL och IL", transcribed from the region's intranet page (tests/fixtures/seed-intranet-page.txt).
import { AgreementArea, TrainingArea } from '../../types';

// The page has no "Om avtalsområdet" section for this area; its lead sentence is kept in notes.
export const uglUlIl: AgreementArea = {
  key: 'ugl-ul-il',
  title: 'UGL, UL och IL',
  summary: 'Kurserna UGL, UL och IL enligt Försvarshögskolans krav, för dig som vill utvecklas som chef, ledare eller medarbetare.',
  about: '',
  targetAudience: 'Utbildningarna vänder sig till den som vill utvecklas som chef, ledare eller medarbetare. De hjälper deltagaren att förstå hur grupper fungerar samtidigt som deltagaren själv får en djupare insikt i hur man påverkar och påverkas av andra.',
  notes: 'UGL, UL och IL ska genomföras i enlighet med Försvarshögskolans instruktioner och krav.',
  status: 'Aktiv',
  orderingOpen: true,
  responseHours: 24,
  targetGroups: ['Chef med V/E/P-ansvar', 'Leder utan chefsroll', 'Medarbetare'],
  sortOrder: 100
};

export const uglUlIlTrainingAreas: TrainingArea[] = [];
