import * as React from 'react';
import * as ReactDom from 'react-dom';
import { ThemeProvider, initializeIcons } from '@fluentui/react';
import type { AppModule, Lang } from '../../src/apps/shared/appTypes';
import { langFromCulture } from '../../src/apps/shared/appTypes';
import { createServices } from '../../src/apps/shared/services';
import { createBrowserSp } from '../../src/data/createSp';
import { fetchGraphPost } from '../../src/data/mail/graphMail';
import { APPS } from './apps';
import { Frame, IndexPage, WorkbenchUser } from './Frame';
import { parseTheme, THEMES, WorkbenchTheme } from './themes';

const SITE_PATH = '/sites/utbildning';

function readCookie(name: string): string {
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : '';
}

function writeCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; SameSite=Lax`;
}

async function main(): Promise<void> {
  // Icons come from the page's own origin so nothing is fetched from a CDN.
  initializeIcons('/static/fonts/');
  const params = new URLSearchParams(window.location.search);
  const route = window.location.pathname.replace(/^\/+|\/+$/g, '');
  const lang: Lang = langFromCulture(params.get('lang') || readCookie('wb-lang') || 'sv-SE');
  const themeName = parseTheme(params.get('theme') || readCookie('wb-theme'));
  const usersResponse = await fetch('/_workbench/users');
  const users: WorkbenchUser[] = usersResponse.ok ? await usersResponse.json() : [];
  const requested = params.get('user') || readCookie('wb-user') || 'anna';
  const user = users.some((u) => u.login === requested) ? requested : users[0]?.login || requested;
  writeCookie('wb-user', user);
  writeCookie('wb-lang', lang);
  writeCookie('wb-theme', themeName);

  const theme = THEMES[themeName];
  document.documentElement.lang = lang === 'en-US' ? 'en' : 'sv';
  document.body.style.background = theme.semanticColors.bodyBackground;
  document.body.style.color = theme.semanticColors.bodyText;
  const app = APPS.find((a) => a.route === route);
  document.title = `${app ? (lang === 'en-US' ? app.title.en : app.title.sv) : 'Start'} – Utbildningsavrop`;

  const onChange = (change: { user?: string; theme?: WorkbenchTheme; lang?: Lang }): void => {
    const next = new URLSearchParams(window.location.search);
    if (change.user) next.set('user', change.user);
    if (change.theme) next.set('theme', change.theme);
    if (change.lang) next.set('lang', change.lang);
    window.location.search = next.toString();
  };

  let content: React.ReactNode = <IndexPage lang={lang} users={users} />;
  if (app) {
    const module: AppModule = await app.load();
    const siteUrl = `${window.location.origin}${SITE_PATH}`;
    // The emulator answers Microsoft Graph's sendMail at /v1.0 as the signed-in workbench user.
    const services = createServices(createBrowserSp(siteUrl), fetchGraphPost(`${window.location.origin}/v1.0`, { credentials: 'include' }));
    content = React.createElement(module.default, {
      services,
      settings: {
        siteUrl,
        larportalenUrl: 'https://larportalen.vgregion.se',
        avtalskatalogUrl: 'https://intra.vgregion.se/avtalskatalogen',
        orderPageUrl: '/avrop',
        catalogPageUrl: '/avtalskatalog'
      },
      env: {
        lang,
        host: themeName === 'sharepoint' ? 'SharePoint' : 'Teams',
        theme,
        isInverted: theme.isInverted,
        search: window.location.search,
        pageUrl: window.location.href.split('#')[0]
      }
    });
  }

  ReactDom.render(
    <ThemeProvider theme={theme} applyTo="body">
      <Frame route={route} lang={lang} themeName={themeName} theme={theme} user={user} users={users} onChange={onChange}>
        {content}
      </Frame>
    </ThemeProvider>,
    document.getElementById('root')
  );
}

main().catch((error: Error) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Arbetsbänken kunde inte starta: ${error.message}`;
});
