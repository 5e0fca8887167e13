import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react';
import { spfi, SPFx } from '@pnp/sp';
import type { AppEnvironment, AppModule, AppSettings } from '../../apps/shared/appTypes';
import { langFromCulture } from '../../apps/shared/appTypes';
import { createServices } from '../../apps/shared/services';

export interface IAppWebPartProps {
  siteUrl: string;
}

/**
 * The shell every web part shares: it reads properties and context, builds the services and
 * renders the app's root component. The app itself is loaded with import() so that the web
 * part's first bundle stays small.
 */
export abstract class AppWebPart<P extends IAppWebPartProps> extends BaseClientSideWebPart<P> {
  private app: AppModule | undefined;
  private theme: IReadonlyTheme | undefined;
  private teamsSubPage = '';

  protected abstract loadApp(): Promise<AppModule>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      // A Teams deep link carries the area in the tab's sub-page id instead of the query string.
      const context = await teams.teamsJs.app.getContext();
      this.teamsSubPage = context.page.subPageId || '';
    }
    this.app = await this.loadApp();
  }

  public render(): void {
    if (!this.app) return;
    const siteUrl = this.properties.siteUrl || this.context.pageContext.web.absoluteUrl;
    const sp = spfi(siteUrl).using(SPFx(this.context));
    const settings: AppSettings = { ...(this.properties as unknown as AppSettings), siteUrl };
    const env: AppEnvironment = {
      lang: langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName),
      host: this.context.sdks.microsoftTeams ? 'Teams' : 'SharePoint',
      theme: this.theme as unknown as PartialTheme | undefined,
      isInverted: !!this.theme?.isInverted,
      search: this.teamsSubPage ? `?omrade=${encodeURIComponent(this.teamsSubPage)}` : window.location.search,
      pageUrl: window.location.href.split('#')[0]
    };
    ReactDom.render(React.createElement(this.app.default, { services: createServices(sp), env, settings }), this.domElement);
  }

  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this.theme = currentTheme;
    this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
