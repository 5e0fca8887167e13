import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'AvtalskatalogWebPartStrings';
import { AppWebPart, IAppWebPartProps, ServicesModule } from '../shared/AppWebPart';
import type { AppModule } from '../../apps/shared/appTypes';
import type { CatalogueServices } from '../../apps/avtalskatalog/CatalogueApp';
import { EarlyCatalogueRead, startCatalogueRead } from './earlyCatalogueRead';

export interface IAvtalskatalogWebPartProps extends IAppWebPartProps {
  siteUrl: string;
  larportalenUrl: string;
  avtalskatalogUrl: string;
  orderPageUrl: string;
}

export default class AvtalskatalogWebPart extends AppWebPart<IAvtalskatalogWebPartProps, CatalogueServices> {
  private early: EarlyCatalogueRead | undefined;

  protected onInit(): Promise<void> {
    // The catalogue's data starts now, while the app's chunks download.
    this.early = startCatalogueRead(this.context.pageContext.web.absoluteUrl, this.context.pageContext.legacyPageContext?.formDigestValue, this.properties.siteUrl || '');
    return super.onInit();
  }

  protected loadApp(): Promise<AppModule<CatalogueServices>> {
    return import(/* webpackChunkName: 'avtalskatalog-app' */ '../../apps/avtalskatalog/CatalogueApp');
  }

  protected loadServices(): Promise<ServicesModule<CatalogueServices>> {
    const early = this.early!;
    return import(/* webpackChunkName: 'avtalskatalog-services' */ './catalogueServices').then((m) => m.catalogueServices(early));
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.textFieldPane(strings.PropertyPaneDescription, strings.BasicGroupName, [
      ['siteUrl', strings.siteUrlLabel, strings.siteUrlDescription],
      ['larportalenUrl', strings.larportalenUrlLabel, strings.larportalenUrlDescription],
      ['avtalskatalogUrl', strings.avtalskatalogUrlLabel, strings.avtalskatalogUrlDescription],
      ['orderPageUrl', strings.orderPageUrlLabel, strings.orderPageUrlDescription]
    ]);
  }
}
