import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'AdministrationWebPartStrings';
import { AppWebPart, IAppWebPartProps } from '../shared/AppWebPart';
import type { AppModule } from '../../apps/shared/appTypes';

export interface IAdministrationWebPartProps extends IAppWebPartProps {
  siteUrl: string;
}

export default class AdministrationWebPart extends AppWebPart<IAdministrationWebPartProps> {
  protected loadApp(): Promise<AppModule> {
    return import(/* webpackChunkName: 'administration-app' */ '../../apps/administration/AdminApp');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.textFieldPane(strings.PropertyPaneDescription, strings.BasicGroupName, [
      ['siteUrl', strings.siteUrlLabel, strings.siteUrlDescription]
    ]);
  }
}
