import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'AvropWebPartStrings';
import { AppWebPart, IAppWebPartProps } from '../shared/AppWebPart';
import type { AppModule } from '../../apps/shared/appTypes';

export interface IAvropWebPartProps extends IAppWebPartProps {
  siteUrl: string;
  catalogPageUrl: string;
}

export default class AvropWebPart extends AppWebPart<IAvropWebPartProps> {
  /** The first rows' $batch asks the tenant's list site too: no round trip before it (AppWebPart). */
  protected readonly listSiteInFirstReads = true;

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
