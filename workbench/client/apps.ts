import type { AppModule } from '../../src/apps/shared/appTypes';

export interface WorkbenchApp {
  route: string;
  title: { sv: string; en: string };
  description: { sv: string; en: string };
  load: () => Promise<AppModule>;
}

export const APPS: WorkbenchApp[] = [
  {
    route: 'avtalskatalog',
    title: { sv: 'Avtalskatalog', en: 'Agreement catalogue' },
    description: { sv: 'Avtalsområden, utbildningsområden och leverantörer i rangordning.', en: 'Agreement areas, training areas and ranked suppliers.' },
    load: () => import('../../src/apps/avtalskatalog/CatalogueApp')
  },
  {
    route: 'avrop',
    title: { sv: 'Avrop', en: 'Call-off order' },
    description: { sv: 'Beställ utbildning och följ dina avrop.', en: 'Order training and follow your orders.' },
    load: () => import('../../src/apps/avrop/OrderApp')
  },
  {
    route: 'avropshantering',
    title: { sv: 'Avropshantering', en: 'Order desk' },
    description: { sv: 'Skicka avrop till leverantörer i rangordning och registrera svar.', en: 'Send orders to suppliers in rank order and record answers.' },
    load: () => import('../../src/apps/avropshantering/DeskApp')
  },
  {
    route: 'administration',
    title: { sv: 'Administration', en: 'Administration' },
    description: { sv: 'Installera listorna och granska rangordningen.', en: 'Set up the lists and review the rankings.' },
    load: () => import('../../src/apps/administration/AdminApp')
  },
  {
    route: 'uppfoljning',
    title: { sv: 'Uppföljning', en: 'Follow-up' },
    description: { sv: 'Styrkort med mätetal för avropen.', en: 'Scorecard for the call-offs.' },
    load: () => import('../../src/apps/uppfoljning/FollowUpApp')
  }
];
