import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
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
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.BasicGroupName,
              groupFields: [
                PropertyPaneTextField('siteUrl', { label: strings.siteUrlLabel, description: strings.siteUrlDescription }),
                PropertyPaneTextField('larportalenUrl', { label: strings.larportalenUrlLabel, description: strings.larportalenUrlDescription }),
                PropertyPaneTextField('avtalskatalogUrl', { label: strings.avtalskatalogUrlLabel, description: strings.avtalskatalogUrlDescription }),
                PropertyPaneTextField('orderPageUrl', { label: strings.orderPageUrlLabel, description: strings.orderPageUrlDescription }),
              ]
            }
          ]
        }
      ]
    };
  }
}
