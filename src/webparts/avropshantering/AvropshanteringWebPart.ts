import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'AvropshanteringWebPartStrings';
import { AppWebPart, IAppWebPartProps } from '../shared/AppWebPart';
import type { AppModule } from '../../apps/shared/appTypes';

export interface IAvropshanteringWebPartProps extends IAppWebPartProps {
  siteUrl: string;
}

export default class AvropshanteringWebPart extends AppWebPart<IAvropshanteringWebPartProps> {
  /** The first rows' $batch asks the tenant's list site too: no round trip before it (AppWebPart). */
  protected readonly listSiteInFirstReads = true;

  protected loadApp(): Promise<AppModule> {
    return import(/* webpackChunkName: 'avropshantering-app' */ '../../apps/avropshantering/DeskApp');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.textFieldPane(strings.PropertyPaneDescription, strings.BasicGroupName, [
      ['siteUrl', strings.siteUrlLabel, strings.siteUrlDescription]
    ]);
  }
}
