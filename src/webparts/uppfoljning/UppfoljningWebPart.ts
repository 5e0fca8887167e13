import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'UppfoljningWebPartStrings';
import { AppWebPart, IAppWebPartProps } from '../shared/AppWebPart';
import type { AppModule } from '../../apps/shared/appTypes';

export interface IUppfoljningWebPartProps extends IAppWebPartProps {
  siteUrl: string;
}

export default class UppfoljningWebPart extends AppWebPart<IUppfoljningWebPartProps> {
  protected loadApp(): Promise<AppModule> {
    return import(/* webpackChunkName: 'uppfoljning-app' */ '../../apps/uppfoljning/FollowUpApp');
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
