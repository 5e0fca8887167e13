import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'AvtalskatalogWebPartStrings';
import { AppWebPart, IAppWebPartProps } from '../shared/AppWebPart';
import type { AppModule } from '../../apps/shared/appTypes';

export interface IAvtalskatalogWebPartProps extends IAppWebPartProps {
  siteUrl: string;
  larportalenUrl: string;
  avtalskatalogUrl: string;
  orderPageUrl: string;
}

export default class AvtalskatalogWebPart extends AppWebPart<IAvtalskatalogWebPartProps> {
  protected loadApp(): Promise<AppModule> {
    return import(/* webpackChunkName: 'avtalskatalog-app' */ '../../apps/avtalskatalog/CatalogueApp');
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
