import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
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
    return this.textFieldPane(strings.PropertyPaneDescription, strings.BasicGroupName, [
      ['siteUrl', strings.siteUrlLabel, strings.siteUrlDescription],
      ['catalogPageUrl', strings.catalogPageUrlLabel, strings.catalogPageUrlDescription]
    ]);
  }
}
