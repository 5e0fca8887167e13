// Benchmark baseline (bench/run.mjs): the smallest SPFx web part that uses the same libraries as
// the catalogue, i.e. React, one Fluent UI v8 PrimaryButton and one PnPjs list read. Its bundle
// size is what those libraries cost on their own. Not part of the solution; built in a temp folder.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { PrimaryButton } from '@fluentui/react';
import { spfi, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import * as strings from 'BaselineWebPartStrings';

export interface IBaselineWebPartProps {
  description: string;
}

export default class BaselineWebPart extends BaseClientSideWebPart<IBaselineWebPartProps> {
  private titles: string[] = [];

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sp = spfi().using(SPFx(this.context));
    const items: { Title: string }[] = await sp.web.lists.getByTitle('Avtalsområden').items.select('Title').top(10)();
    this.titles = items.map((item) => item.Title);
  }

  public render(): void {
    ReactDom.render(
      React.createElement(
        'div',
        null,
        React.createElement(PrimaryButton, { text: strings.ButtonText }),
        React.createElement('ul', null, ...this.titles.map((title, i) => React.createElement('li', { key: i }, title)))
      ),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
