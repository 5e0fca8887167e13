import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
// Types only: a value imported from sp-property-pane makes it a dependency of the web part's
// manifest, and SPFx then loads it, with the Fluent UI bundles it needs, before the web part can
// start on a page that is only viewed. sp-webpart-base loads the property pane itself when it opens.
import type { IPropertyPaneConfiguration, IPropertyPaneField, IPropertyPaneTextFieldProps, PropertyPaneFieldType } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react';
import type { AppEnvironment, AppModule, AppSettings } from '../../apps/shared/appTypes';
import { langFromCulture } from '../../apps/shared/appTypes';
import type { AppServices } from '../../apps/shared/services';
import type { WebPartContext } from '@microsoft/sp-webpart-base';

/** What a web part's services chunk offers: the services on a site, and the tenant's list site. */
export interface ServicesModule<S> {
  createSpfxServices(siteUrl: string, context: WebPartContext, options?: { askListSite?: boolean }): S;
  tenantListSite(context: WebPartContext): Promise<string>;
}

export interface IAppWebPartProps {
  siteUrl: string;
}

/**
 * The shell every web part shares: it reads properties and context, builds the services and
 * renders the app's root component. The app itself is loaded with import() so that the web
 * part's first bundle stays small.
 */
export abstract class AppWebPart<P extends IAppWebPartProps, S = AppServices> extends BaseClientSideWebPart<P> {
  private app: AppModule<S> | undefined;
  private services: S | undefined;
  private servicesFor = '';
  private createServices: ((siteUrl: string, askListSite: boolean) => S) | undefined;
  private theme: IReadonlyTheme | undefined;
  private teamsSubPage = '';
  private teamsEntityId = '';
  private tenantSiteUrl = '';

  protected abstract loadApp(): Promise<AppModule<S>>;

  /**
   * Whether the app's first $batch asks the tenant property itself (services.firstReads), so that
   * nothing waits for it before the data starts. Otherwise it is read here, before the first render.
   */
  protected readonly listSiteInFirstReads: boolean = false;

  /** PnPjs and the data layer; a web part that needs less overrides this with its own chunk. */
  protected loadServices(): Promise<ServicesModule<S>> {
    return import(/* webpackChunkName: 'utbildningsavrop-services' */ './spfxServices') as unknown as Promise<ServicesModule<S>>;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      // A Teams deep link carries the area in the tab's sub-page id instead of the query string.
      const context = await teams.teamsJs.app.getContext();
      this.teamsSubPage = context.page.subPageId || '';
      this.teamsEntityId = context.page.id || '';
    }
    // PnPjs and the data layer load with the app, not with the web part's first bundle.
    const [app, spfx] = await Promise.all([this.loadApp(), this.loadServices()]);
    this.app = app;
    this.createServices = (siteUrl, askListSite) => spfx.createSpfxServices(siteUrl, this.context, { askListSite });
    if (!this.properties.siteUrl && !this.listSiteInFirstReads) this.tenantSiteUrl = await spfx.tenantListSite(this.context);
  }

  public render(): void {
    if (!this.app || !this.createServices) return;
    // The property, else the tenant-wide default, else the page's own site.
    const siteUrl = this.properties.siteUrl || this.tenantSiteUrl || this.context.pageContext.web.absoluteUrl;
    const askListSite = this.listSiteInFirstReads && !this.properties.siteUrl && !this.tenantSiteUrl;
    if (!this.services || this.servicesFor !== siteUrl) {
      this.services = this.createServices(siteUrl, askListSite);
      this.servicesFor = siteUrl;
    }
    const settings: AppSettings = { ...(this.properties as unknown as AppSettings), siteUrl };
    const env: AppEnvironment = {
      lang: langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName),
      host: this.context.sdks.microsoftTeams ? 'Teams' : 'SharePoint',
      theme: this.theme as unknown as PartialTheme | undefined,
      isInverted: !!this.theme?.isInverted,
      teamsDeepLink: this.teamsEntityId ? (areaKey) => this.teamsDeepLink(areaKey) : undefined,
      search: this.teamsSubPage ? `?omrade=${encodeURIComponent(this.teamsSubPage)}` : window.location.search,
      onListSite: askListSite ? (listSite) => this.moveToListSite(listSite, siteUrl) : undefined,
      pageUrl: window.location.href.split('#')[0]
    };
    ReactDom.render(React.createElement(this.app.default, { services: this.services, env, settings }), this.domElement);
  }

  /** The tenant property names another site than the page's: the app starts again there. */
  private moveToListSite(listSite: string, current: string): boolean {
    const same = (a: string, b: string): boolean => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
    if (!listSite || same(listSite, current)) return false;
    this.tenantSiteUrl = listSite;
    // After the answer that asked for it has been handled, not inside it.
    setTimeout(() => this.render(), 0);
    return true;
  }

  /** For an SPFx tab the Teams app id is the web part's component id; the area rides in subEntityId. */
  private teamsDeepLink(areaKey: string): string {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: areaKey }));
    return `https://teams.microsoft.com/l/entity/${this.manifest.id}/${encodeURIComponent(this.teamsEntityId)}?context=${context}`;
  }

  /** What PropertyPaneTextField(name, props) returns (PropertyPaneFieldType.TextField is 3). */
  private static textField(targetProperty: string, properties: IPropertyPaneTextFieldProps): IPropertyPaneField<IPropertyPaneTextFieldProps> {
    return { type: 3 as PropertyPaneFieldType.TextField, targetProperty, properties };
  }

  /** One page, one group of text fields: [property, label, description]. */
  protected textFieldPane(description: string, groupName: string, fields: Array<[string, string, string]>): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description },
          groups: [{ groupName, groupFields: fields.map(([name, label, help]) => AppWebPart.textField(name, { label, description: help })) }]
        }
      ]
    };
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
