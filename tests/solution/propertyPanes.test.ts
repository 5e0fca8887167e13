/**
 * @jest-environment jsdom
 */
// Every web part's property pane offers exactly the properties its manifest preconfigures, each with
// a label: a property in the manifest that the pane cannot edit is a setting no site owner can change
// (README deploy step 5 sets "Webbplats med listorna" in each web part's pane).
import * as fs from 'fs';
import * as path from 'path';
import type { IPropertyPaneConfiguration, IPropertyPaneField } from '@microsoft/sp-property-pane';

const root = path.resolve(__dirname, '../..');
const webpartsDir = path.join(root, 'src/webparts');
const names = fs.readdirSync(webpartsDir).filter((d) => d !== 'shared');

function manifestFile(name: string): string {
  const file = fs.readdirSync(path.join(webpartsDir, name)).find((f) => f.endsWith('.manifest.json'));
  if (!file) throw new Error(`no manifest in ${name}`);
  return path.join(webpartsDir, name, file);
}

function preconfiguredProperties(name: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(manifestFile(name), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  return Object.keys(manifest.preconfiguredEntries[0].properties ?? {});
}

/** The pane the web part class builds, without constructing the web part (no SPFx context needed). */
function paneOf(name: string): IPropertyPaneConfiguration {
  const classFile = manifestFile(name).replace(/\.manifest\.json$/, '');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const WebPart = require(classFile).default;
  return WebPart.prototype.getPropertyPaneConfiguration.call(Object.create(WebPart.prototype));
}

function fieldsOf(pane: IPropertyPaneConfiguration): IPropertyPaneField<{ label?: string }>[] {
  return pane.pages.flatMap((page) => page.groups.flatMap((group) => ('groupFields' in group ? group.groupFields : [])));
}

describe('property panes match the manifests', () => {
  it('finds the five web parts', () => {
    expect(names).toHaveLength(5);
  });

  it.each(names)('%s: the pane edits exactly the preconfigured properties, each labelled', (name) => {
    const fields = fieldsOf(paneOf(name));
    expect(fields.map((f) => f.targetProperty).sort()).toEqual(preconfiguredProperties(name).sort());
    for (const field of fields) expect(field.properties.label).toBeTruthy();
  });

  it.each(names)('%s: the site with the lists can be set ("Webbplats med listorna")', (name) => {
    const site = fieldsOf(paneOf(name)).find((f) => f.targetProperty === 'siteUrl');
    expect(site?.properties.label).toBe('Webbplats med listorna');
  });
});
