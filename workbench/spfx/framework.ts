// The SharePoint Framework as npm ships it: every @microsoft/* package with a dist/ folder carries the
// bundles SharePoint's CDN serves and its <id>.manifest.json. This module finds them, reads which
// components the default assembly bundles, and fails with a component's name when one the runtime
// pages need is not there, so an SPFx upgrade that drops or renames one stops at start, not in a page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ComponentManifest {
  id: string;
  alias: string;
  version: string;
  componentType: string;
  manifestVersion?: number;
  isInternal?: boolean;
  loaderConfig: {
    internalModuleBaseUrls: string[];
    entryModuleId: string;
    exportName?: string;
    scriptResources: Record<string, ScriptResource>;
  };
  [key: string]: unknown;
}

export type ScriptResource =
  | { type: 'component'; id: string; version?: string; failoverPath?: unknown }
  | { type: 'path'; path: string | { path: string; integrity?: string } }
  | { type: 'localizedPath'; paths: Record<string, unknown>; defaultPath: unknown };

export interface FrameworkComponent {
  manifest: ComponentManifest;
  /** npm package folder name under node_modules/@microsoft, e.g. "sp-loader". */
  pkg: string;
  dir: string;
}

export interface Framework {
  components: Map<string, FrameworkComponent>;
  /** [id, version] of each component the default assembly carries inside itself. */
  assembly: Array<[string, string]>;
  assemblyFile: string;
  /**
   * Components the framework's chunks load by id and version alone ({i:"<id>",v:"<version>"} in
   * webpack's compat loader): SharePoint's CDN knows them, npm ships neither them nor a manifest.
   */
  loadedById: Map<string, string>;
}

/** Components the runtime pages need by id, whatever SPFx calls them internally. */
export const REQUIRED_COMPONENTS: Record<string, string> = {
  '1c6c9123-7aac-41f3-a376-3caea41ed83f': '@microsoft/sp-loader',
  '4df9bb86-ab0a-4aab-ab5f-48bf167048fb': '@microsoft/sp-application-base',
  '05580011-8e5d-45cc-8488-220e459c5c67': 'sp-default-assembly (@microsoft/sp-application-base)',
  '974a7777-0990-4136-8fa6-95d80114c2e0': '@microsoft/sp-webpart-base',
  'f9e737b7-f0df-4597-ba8c-3060f82380db': '@microsoft/sp-property-pane',
  '7263c7d0-1d6a-45ec-8d85-d4d1d234171b': '@microsoft/sp-core-library',
  '467dc675-7cc5-4709-8aac-78e3b71bd2f6': '@microsoft/sp-component-base'
};

export class MissingFrameworkComponent extends Error {}

export function readFramework(root: string): Framework {
  const scope = join(root, 'node_modules', '@microsoft');
  const components = new Map<string, FrameworkComponent>();
  for (const pkg of existsSync(scope) ? readdirSync(scope) : []) {
    const dir = join(scope, pkg, 'dist');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.manifest.json')) continue;
      const manifest = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ComponentManifest;
      if (manifest.id && manifest.loaderConfig) components.set(manifest.id, { manifest, pkg, dir });
    }
  }
  for (const [id, name] of Object.entries(REQUIRED_COMPONENTS)) {
    if (!components.has(id)) {
      throw new MissingFrameworkComponent(`SPFx-komponenten ${name} (${id}) saknas i node_modules/@microsoft/*/dist. Kör npm install.`);
    }
  }
  const assemblyComponent = components.get('05580011-8e5d-45cc-8488-220e459c5c67')!;
  const assemblyFile = join(assemblyComponent.dir, entryFile(assemblyComponent.manifest, 'default'));
  const source = readFileSync(assemblyFile, 'utf8');
  const list = /_initializeAssembly\(\[(.*?)\]\);/s.exec(source);
  if (!list) throw new MissingFrameworkComponent(`${assemblyFile} listar inga komponenter (_initializeAssembly); SPFx har ändrat hur assemblyn startar.`);
  const assembly: Array<[string, string]> = [...list[1].matchAll(/\['([0-9a-f-]{36})',\s*'([^']+)'/g)].map((m) => [m[1], m[2]]);
  return { components, assembly, assemblyFile, loadedById: componentsLoadedById(components) };
}

function componentsLoadedById(components: Map<string, FrameworkComponent>): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of new Set([...components.values()].map((c) => c.dir))) {
    // The default-locale files carry the same code as the localised ones.
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.js') || /_(?:[a-z]{2}-[a-z]{2,4}|qps-ploc)_/.test(file)) continue;
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/\{i:"([0-9a-f-]{36})",v:"([^"]+)"/g)) found.set(m[1], m[2]);
    }
  }
  return found;
}

/** The file a manifest loads for its entry module in a locale (or its default). */
export function entryFile(manifest: ComponentManifest, locale: string): string {
  const resource = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
  const pick = (value: unknown): string => (typeof value === 'string' ? value : (value as { path: string }).path);
  if (resource.type === 'path') return pick(resource.path);
  if (resource.type === 'localizedPath') return pick(resource.paths[locale] ?? resource.defaultPath);
  throw new MissingFrameworkComponent(`${manifest.alias}: ingångsmodulen är en komponent, ingen fil.`);
}

export interface Reference {
  name: string;
  version: string;
  from: string;
}

/** Every component id and version some manifest refers to that none of them is, keyed "id_version". */
export function unresolvedReferences(manifests: ComponentManifest[]): Map<string, Reference & { id: string }> {
  const known = new Set(manifests.map((m) => `${m.id}_${m.version}`));
  const missing = new Map<string, Reference & { id: string }>();
  for (const m of manifests) {
    for (const [name, resource] of Object.entries(m.loaderConfig.scriptResources)) {
      if (resource.type !== 'component') continue;
      const version = resource.version ?? '0.0.0';
      const key = `${resource.id}_${version}`;
      if (!known.has(key)) missing.set(key, { id: resource.id, name, version, from: m.alias });
    }
  }
  return missing;
}
