import type * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import type { AppServices } from './services';
import type { Lang } from '../../i18n/lang';

export type { Lang };
export type HostKind = 'SharePoint' | 'Teams';

/** Configuration from the web part's property pane (or the workbench). */
export interface AppSettings {
  siteUrl: string;
  larportalenUrl?: string;
  avtalskatalogUrl?: string;
  orderPageUrl?: string;
  catalogPageUrl?: string;
}

/** Where the app runs: language, host, theme and the page's query (for deep links). */
export interface AppEnvironment {
  lang: Lang;
  host: HostKind;
  theme?: PartialTheme;
  /** Query string of the page, e.g. "?omrade=ledarskap". In Teams, the tab's sub-page id is mapped to it. */
  search: string;
  /** Absolute URL of the page, used to build copyable deep links. */
  pageUrl: string;
  /** In a Teams tab: builds a deep link that opens this tab at the given area (the page URL does not work in Teams). */
  teamsDeepLink?: (areaKey: string) => string;
  /**
   * The tenant property names the site with the lists (services.firstReads asked it): true when
   * that is another site than the services read, and the host starts the app again there.
   */
  onListSite?: (siteUrl: string) => boolean;
  /** Sections with a dark background variant need inverted colours. */
  isInverted?: boolean;
}

/** `S`: what the app uses of the services; the catalogue takes only its catalogue. */
export interface AppProps<S = AppServices> {
  services: S;
  env: AppEnvironment;
  settings: AppSettings;
}

export interface AppModule<S = AppServices> {
  default: React.ComponentType<AppProps<S>>;
}

export function langFromCulture(culture: string | undefined): Lang {
  return culture && culture.toLowerCase().startsWith('en') ? 'en-US' : 'sv-SE';
}
