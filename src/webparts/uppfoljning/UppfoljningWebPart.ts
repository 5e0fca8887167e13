import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
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
    return this.textFieldPane(strings.PropertyPaneDescription, strings.BasicGroupName, [
      ['siteUrl', strings.siteUrlLabel, strings.siteUrlDescription]
    ]);
  }
}
