import { defineStrings } from '../../i18n/strings';

export const strings = defineStrings({
  sv: {
    link: 'Tillgänglighetsredogörelse',
    close: 'Stäng tillgänglighetsredogörelsen',
    newWindow: '(öppnas i ett nytt fönster)',
    loading: 'Hämtar tillgänglighetsredogörelsen…'
  },
  en: {
    link: 'Accessibility statement',
    close: 'Close the accessibility statement',
    newWindow: '(opens in a new window)',
    loading: 'Loading the accessibility statement…'
  }
});
