import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'AvropshanteringWebPartStrings';
import { AppWebPart, IAppWebPartProps } from '../shared/AppWebPart';
import type { AppModule } from '../../apps/shared/appTypes';

export interface IAvropshanteringWebPartProps extends IAppWebPartProps {
  siteUrl: string;
}

export default class AvropshanteringWebPart extends AppWebPart<IAvropshanteringWebPartProps> {
  protected loadApp(): Promise<AppModule> {
    return import(/* webpackChunkName: 'avropshantering-app' */ '../../apps/avropshantering/DeskApp');
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
              ]
            }
          ]
        }
      ]
    };
  }
}
