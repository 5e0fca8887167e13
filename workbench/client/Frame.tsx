import * as React from 'react';
import type { Theme } from '@fluentui/react';
import type { Lang } from '../../src/apps/shared/appTypes';
import { APPS } from './apps';
import { WORKBENCH_THEMES, WorkbenchTheme } from './themes';

export interface WorkbenchUser {
  login: string;
  title: string;
  email: string;
  role: string;
  description: string;
}

interface FrameProps {
  route: string;
  lang: Lang;
  themeName: WorkbenchTheme;
  theme: Theme;
  user: string;
  users: WorkbenchUser[];
  onChange: (change: { user?: string; theme?: WorkbenchTheme; lang?: Lang }) => void;
  children: React.ReactNode;
}

const T = {
  sv: {
    product: 'Utbildningsavrop',
    workbench: 'lokal arbetsbänk',
    skip: 'Hoppa till innehållet',
    apps: 'Appar',
    start: 'Start',
    user: 'Inloggad som',
    theme: 'Tema',
    lang: 'Språk',
    sharepoint: 'SharePoint',
    'teams-default': 'Teams, ljust',
    'teams-dark': 'Teams, mörkt',
    'teams-contrast': 'Teams, hög kontrast',
    teamsTab: 'Flik i Teams'
  },
  en: {
    product: 'Utbildningsavrop',
    workbench: 'local workbench',
    skip: 'Skip to content',
    apps: 'Apps',
    start: 'Home',
    user: 'Signed in as',
    theme: 'Theme',
    lang: 'Language',
    sharepoint: 'SharePoint',
    'teams-default': 'Teams, light',
    'teams-dark': 'Teams, dark',
    'teams-contrast': 'Teams, high contrast',
    teamsTab: 'Teams tab'
  }
};

export function Frame(props: FrameProps): JSX.Element {
  const t = props.lang === 'en-US' ? T.en : T.sv;
  const p = props.theme.palette;
  const s = props.theme.semanticColors;
  const isTeams = props.themeName !== 'sharepoint';
  const barBackground = isTeams ? (props.themeName === 'teams-default' ? '#33344a' : '#0a0a0a') : '#1b1b1b';
  const current = APPS.find((a) => a.route === props.route);
  const pageTitle = current ? (props.lang === 'en-US' ? current.title.en : current.title.sv) : t.product;
  const selectStyle: React.CSSProperties = {
    background: '#ffffff',
    color: '#1b1b1b',
    border: '1px solid #8a8886',
    borderRadius: 2,
    padding: '4px 6px',
    font: 'inherit'
  };
  return (
    <div className={`wb wb-${props.themeName}`} style={{ minHeight: '100vh', background: s.bodyBackground, color: s.bodyText }}>
      <a className="wb-skip" href="#app-content">{t.skip}</a>
      <header style={{ background: barBackground, color: '#ffffff', padding: '8px 16px', display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
        <a href={`/${window.location.search}`} style={{ color: '#ffffff', fontWeight: 600, textDecoration: 'none' }}>
          {t.product} <span style={{ fontWeight: 400 }}>· {t.workbench}{isTeams ? ` · ${t.teamsTab}` : ''}</span>
        </a>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginLeft: 'auto', alignItems: 'center' }}>
          <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            {t.user}
            <select style={selectStyle} value={props.user} onChange={(e) => props.onChange({ user: e.target.value })} data-testid="wb-user">
              {props.users.map((u) => (
                <option key={u.login} value={u.login}>
                  {u.title} ({u.role})
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            {t.theme}
            <select style={selectStyle} value={props.themeName} onChange={(e) => props.onChange({ theme: e.target.value as WorkbenchTheme })} data-testid="wb-theme">
              {WORKBENCH_THEMES.map((name) => (
                <option key={name} value={name}>
                  {t[name]}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            {t.lang}
            <select style={selectStyle} value={props.lang} onChange={(e) => props.onChange({ lang: e.target.value as Lang })} data-testid="wb-lang">
              <option value="sv-SE" lang="sv">Svenska</option>
              <option value="en-US" lang="en">English</option>
            </select>
          </label>
        </div>
      </header>
      <nav aria-label={t.apps} style={{ background: isTeams ? s.bodyBackground : p.white, borderBottom: `1px solid ${p.neutralLight}`, padding: '0 16px' }}>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          {APPS.map((app) => {
            const active = app.route === props.route;
            return (
              <li key={app.route}>
                <a
                  href={`/${app.route}${window.location.search}`}
                  aria-current={active ? 'page' : undefined}
                  style={{
                    display: 'inline-block',
                    padding: '10px 12px',
                    color: active ? p.themePrimary : s.bodyText,
                    fontWeight: active ? 600 : 400,
                    borderBottom: `3px solid ${active ? p.themePrimary : 'transparent'}`,
                    textDecoration: 'none'
                  }}
                >
                  {props.lang === 'en-US' ? app.title.en : app.title.sv}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="app-content" tabIndex={-1} style={{ padding: isTeams ? '16px 20px' : '24px 32px', maxWidth: 1280, margin: '0 auto', outline: 'none' }}>
        <h1 style={{ fontSize: 28, fontWeight: 600, margin: '0 0 16px', color: s.bodyText }}>{pageTitle}</h1>
        <div style={{ background: isTeams ? 'transparent' : p.white }}>{props.children}</div>
      </main>
    </div>
  );
}

export function IndexPage(props: { lang: Lang; users: WorkbenchUser[] }): JSX.Element {
  const en = props.lang === 'en-US';
  return (
    <div>
      <p>
        {en
          ? 'Each app renders the same root component as its SharePoint web part, against the local SharePoint emulator at /sites/utbildning.'
          : 'Varje app visar samma rotkomponent som webbdelen i SharePoint, mot den lokala SharePoint-emulatorn på /sites/utbildning.'}
      </p>
      <h2>{en ? 'Apps' : 'Appar'}</h2>
      <ul>
        {APPS.map((app) => (
          <li key={app.route}>
            <a href={`/${app.route}${window.location.search}`}>{en ? app.title.en : app.title.sv}</a> – {en ? app.description.en : app.description.sv}
          </li>
        ))}
      </ul>
      <h2>{en ? 'Users' : 'Användare'}</h2>
      <ul>
        {props.users.map((u) => (
          <li key={u.login}>
            <strong>{u.title}</strong> ({u.login}): {u.description}
          </li>
        ))}
      </ul>
    </div>
  );
}
