// The SPFx solution's static parts: five web parts, each localised, themable, usable in Teams,
// registered in config.json and with Teams icons that package-solution puts into the .sppkg.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const root = path.resolve(__dirname, '../..');
const webpartsDir = path.join(root, 'src/webparts');
const names = ['avtalskatalog', 'avrop', 'avropshantering', 'administration', 'uppfoljning'];

function readJsonWithComments(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, ''));
}

function manifestOf(name: string): any {
  const file = fs.readdirSync(path.join(webpartsDir, name)).find((f) => f.endsWith('.manifest.json'));
  if (!file) throw new Error(`no manifest in ${name}`);
  return readJsonWithComments(path.join(webpartsDir, name, file));
}

function locStrings(name: string, locale: string): Record<string, string> {
  const source = fs.readFileSync(path.join(webpartsDir, name, 'loc', `${locale}.js`), 'utf8');
  let result: Record<string, string> = {};
  vm.runInNewContext(source, { define: (_deps: string[], factory: () => Record<string, string>) => (result = factory()) });
  return result;
}

describe('web part manifests', () => {
  it('has exactly the five web parts', () => {
    expect(fs.readdirSync(webpartsDir).filter((d) => d !== 'shared').sort()).toEqual([...names].sort());
  });

  it.each(names)('%s: Swedish and English title and description, themable, hosts', (name) => {
    const manifest = manifestOf(name);
    const entry = manifest.preconfiguredEntries[0];
    for (const key of ['title', 'description']) {
      expect(entry[key]['sv-SE']).toBeTruthy();
      expect(entry[key]['en-US']).toBeTruthy();
      expect(entry[key]['sv-SE']).not.toEqual(entry[key]['en-US']);
    }
    expect(manifest.supportsThemeVariants).toBe(true);
    expect(manifest.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
    expect(manifest.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('web part ids are unique', () => {
    const ids = names.map((n) => manifestOf(n).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(names)('%s: sv-se and en-us loc files have the same keys and no empty labels', (name) => {
    const sv = locStrings(name, 'sv-se');
    const en = locStrings(name, 'en-us');
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(sv)) if (key.endsWith('Label')) expect(value).toBeTruthy();
    const dts = fs.readFileSync(path.join(webpartsDir, name, 'loc', 'mystrings.d.ts'), 'utf8');
    for (const key of Object.keys(sv)) expect(dts).toContain(`${key}: string;`);
  });

  it.each(names)('%s: Teams icons exist (192x192 colour, 32x32 outline)', (name) => {
    const id = manifestOf(name).id;
    const size = (file: string): [number, number] => {
      const png = fs.readFileSync(path.join(root, 'teams', file));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(`${id}_color.png`)).toEqual([192, 192]);
    expect(size(`${id}_outline.png`)).toEqual([32, 32]);
  });

  it('config.json bundles every web part and its strings', () => {
    const config = readJsonWithComments(path.join(root, 'config/config.json'));
    for (const name of names) {
      const bundle = config.bundles[`${name}-web-part`];
      expect(bundle).toBeDefined();
      const manifestPath = path.join(root, bundle.components[0].manifest);
      expect(fs.existsSync(manifestPath)).toBe(true);
    }
    expect(Object.keys(config.localizedResources)).toHaveLength(names.length);
  });

  it('the package is named utbildningsavrop.sppkg and skips feature deployment (Teams tenant-wide)', () => {
    const solution = readJsonWithComments(path.join(root, 'config/package-solution.json'));
    expect(solution.paths.zippedPackage).toBe('solution/utbildningsavrop.sppkg');
    expect(solution.solution.skipFeatureDeployment).toBe(true);
  });

  it('web part classes stay thin: no data or domain logic in them', () => {
    for (const name of names) {
      const dir = path.join(webpartsDir, name);
      const file = fs.readdirSync(dir).find((f) => f.endsWith('WebPart.ts'))!;
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      expect(source).not.toMatch(/from '\.\.\/\.\.\/(data|domain)/);
      expect(source.split('\n').length).toBeLessThan(60);
    }
  });
});
