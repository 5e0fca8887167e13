import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'AvropWebPartStrings';
import { AppWebPart, IAppWebPartProps } from '../shared/AppWebPart';
import type { AppModule } from '../../apps/shared/appTypes';

export interface IAvropWebPartProps extends IAppWebPartProps {
  siteUrl: string;
  catalogPageUrl: string;
}

export default class AvropWebPart extends AppWebPart<IAvropWebPartProps> {
  protected loadApp(): Promise<AppModule> {
    return import(/* webpackChunkName: 'avrop-app' */ '../../apps/avrop/OrderApp');
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
                PropertyPaneTextField('catalogPageUrl', { label: strings.catalogPageUrlLabel, description: strings.catalogPageUrlDescription }),
              ]
            }
          ]
        }
      ]
    };
  }
}
