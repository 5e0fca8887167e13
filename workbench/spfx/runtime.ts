// SharePoint-like pages that boot Microsoft's SPFx runtime (sp-loader's default assembly from
// @microsoft/sp-application-base) from node_modules and place the project's shipped web parts
// with sp-webpart-base's own web part manager, against the emulator on the same origin.
//
//   /sites/utbildning/SitePages/<WebPart>.aspx?user=anna&lang=sv-SE|en-US&edit=1&teams=<subPageId>
//       &section=neutral|soft|strong&pkg=dist|sppkg&preload=0
//   /_spfx/fw/<package>/<file>   framework bundles from node_modules/@microsoft/<package>/dist
//   /_spfx/pkg/<file>            the project's bundles and loc files from the ship build (dist/)
//   /_spfx/sppkg/<file>          the same files read out of the .sppkg (ClientSideAssets/)
//   /_spfx/vendor/<file>         React and ReactDOM from node_modules (SharePoint's CDN serves these)
//   /_spfx/client/<file>         this workbench's boot script and application component
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createHash, randomBytes } from 'node:crypto';
import { basename, extname, join, resolve, sep } from 'node:path';
import { ComponentManifest, Framework, readFramework, unresolvedReferences } from './framework';
import { readZip, sppkgManifests, SPPKG_ASSETS, ZipEntries } from './sppkg';
import type { ApiResponse } from '../server/rest';
import { has, Kind, Mask } from '../server/perms';
import { CODES, SpError } from '../server/util';
import { chooseEncoding, createEncoder, fastEncode, isVersionedName } from './encoding';

export const SITE_PAGES = '/sites/utbildning/sitepages/';
const APP_ID = '6a4a0e3c-5d0b-4f0e-9d43-2a8f1c7b9e10';
const REACT_ID = '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d';
const REACT_DOM_ID = 'aa0a46ec-1505-43cd-a44a-93f3a5aa460a';
// "@ms/office-ui-fabric-react-bundle" and "sp-fluentui-v9-utilities-bundle", as sp-property-pane names them.
const FLUENT_V8_ID = '396bbc17-3d18-4f43-8299-d99720d88e22';
const FLUENT_V9_ID = '0ec74f52-38bc-4a51-ab82-7c91a2b399a2';

export interface RuntimeUser {
  login: string;
  title: string;
}

export interface RuntimeOptions {
  root: string;
  sitePath: string;
  users: RuntimeUser[];
  /** The ship build's output folder (gulp bundle --ship writes dist/). */
  packageDir?: string;
  /** The solution package (gulp package-solution --ship writes sharepoint/solution/*.sppkg). */
  sppkgFile?: string;
}

export type PackageSource = 'dist' | 'sppkg';

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8' };

/**
 * No other host and no inline script: everything the page runs comes from this origin. The SPFx
 * bundles evaluate strings in a few places (webpack's global lookup, the telemetry worker), so
 * eval stays allowed; the point of the policy is that nothing leaves the machine.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'"
].join('; ');

const encoder = createEncoder(join(process.cwd(), '.workbench', 'spfx-encoded'));

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Security-Policy': CSP, ...extra };
  const encoding = status === 200 && encoder.worthEncoding(bytes) ? chooseEncoding(res.req?.headers['accept-encoding']) : null;
  if (status === 200) headers.Vary = 'Accept-Encoding';
  // Scripts carry an ETag (one per encoding, as the bytes differ), so a browser revalidates them and
  // keeps its compiled copy when they have not changed; a content-hashed name never changes at all.
  // The pages themselves are built per request.
  const html = type.startsWith('text/html');
  const hash = html ? '' : createHash('sha1').update(bytes).digest('base64url');
  if (status === 200 && !html) {
    const tag = `"${hash}${encoding ? `-${encoding}` : ''}"`;
    headers.ETag = tag;
    if (isVersionedName((res.req?.url ?? '').split('?')[0])) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    if (res.req?.headers['if-none-match'] === tag) {
      res.writeHead(304, { ETag: tag, 'Cache-Control': headers['Cache-Control'], Vary: 'Accept-Encoding' });
      res.end();
      return;
    }
  }
  if (!encoding) {
    res.writeHead(status, headers);
    res.end(bytes);
    return;
  }
  // A page is made per request: compressed fast, not kept. Files are compressed once per content.
  const out = html ? fastEncode(bytes, encoding) : encoder.encoded(bytes, hash, encoding);
  res.writeHead(status, { ...headers, 'Content-Encoding': encoding });
  res.end(out);
}

function sendBytes(res: ServerResponse, name: string, bytes: Buffer | undefined): void {
  if (!bytes) return send(res, 404, 'text/plain; charset=utf-8', `Not found: ${name}`);
  send(res, 200, TYPES[extname(name)] ?? 'application/octet-stream', bytes);
}

function serveFile(res: ServerResponse, baseDir: string, rel: string): void {
  const file = resolve(baseDir, decodeURIComponent(rel).replace(/^[/\\]+/, ''));
  if (!file.startsWith(resolve(baseDir) + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return send(res, 404, 'text/plain; charset=utf-8', `Not found: ${rel}`);
  }
  send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
}

interface ProjectPackage {
  source: PackageSource;
  manifests: ComponentManifest[];
  /** Where the page serves the package's files from. */
  route: string;
}

function readDist(dir: string): ProjectPackage | null {
  if (!existsSync(dir)) return null;
  const manifests = readdirSync(dir)
    .filter((f) => f.endsWith('.manifest.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ComponentManifest)
    .filter((m) => m.componentType === 'WebPart');
  if (manifests.length === 0) return null;
  return { source: 'dist', manifests, route: '/_spfx/pkg/' };
}

/** The .sppkg read once per version of the file (a new package-solution run replaces it). */
function sppkgReader(file: string) {
  let cached: { key: string; entries: ZipEntries; pkg: ProjectPackage } | undefined;
  return (): { entries: ZipEntries; pkg: ProjectPackage } | null => {
    if (!existsSync(file)) return null;
    const st = statSync(file);
    const key = `${st.mtimeMs}:${st.size}`;
    if (cached?.key !== key) {
      const entries = readZip(readFileSync(file));
      const manifests = (sppkgManifests(entries) as ComponentManifest[]).filter((m) => m.componentType === 'WebPart');
      cached = { key, entries, pkg: { source: 'sppkg', manifests, route: '/_spfx/sppkg/' } };
    }
    return cached.pkg.manifests.length > 0 ? cached : null;
  };
}

function withBase(manifest: ComponentManifest, base: string): ComponentManifest {
  return { ...manifest, loaderConfig: { ...manifest.loaderConfig, internalModuleBaseUrls: [base] } };
}

/**
 * npm ships the framework's strings in English only (SharePoint's CDN has the rest); without this a
 * Swedish page gets the "default" files, which hold resource keys instead of text.
 */
function englishForSwedish(manifest: ComponentManifest): ComponentManifest {
  const scriptResources = { ...manifest.loaderConfig.scriptResources };
  for (const [name, resource] of Object.entries(scriptResources)) {
    if (resource.type === 'localizedPath' && !resource.paths['sv-SE'] && resource.paths['en-US']) {
      scriptResources[name] = { ...resource, paths: { ...resource.paths, 'sv-SE': resource.paths['en-US'] } };
    }
  }
  return { ...manifest, loaderConfig: { ...manifest.loaderConfig, scriptResources } };
}

/** A manifest for a component the page serves itself: one AMD file. */
function localComponent(id: string, alias: string, version: string, base: string, file: string, deps: Record<string, { id: string; version: string }> = {}): ComponentManifest {
  const scriptResources: ComponentManifest['loaderConfig']['scriptResources'] = { [alias]: { type: 'path', path: file } };
  for (const [name, dep] of Object.entries(deps)) scriptResources[name] = { type: 'component', id: dep.id, version: dep.version };
  return { id, alias, version, componentType: 'Library', manifestVersion: 2, isInternal: true, loaderConfig: { internalModuleBaseUrls: [base], entryModuleId: alias, scriptResources } };
}

/**
 * Fluent UI bundles that SharePoint's CDN serves to the property pane, built here from the project's
 * own node_modules: v8 (@fluentui/react) for "@ms/office-ui-fabric-react-bundle" and the v9 suite
 * (@fluentui/react-components) for each "sp-fluentui-v9-*" bundle, as AMD modules on React.
 */
const FLUENT_BUNDLES: Record<string, string> = {
  'fluentui-v8.js': '@fluentui/react',
  'fluentui-v9.js': '@fluentui/react-components'
};

function fluentBundleFor(name: string): string | undefined {
  // The "migration" bundles hand out Fluent v8 controls (Label, IconButton, TooltipHost).
  if (name === '@ms/office-ui-fabric-react-bundle' || /^@msinternal\/sp-fluentui-migration-(button|label|tooltip)-bundle$/.test(name)) return 'fluentui-v8.js';
  if (name.startsWith('@msinternal/sp-fluentui-v9-')) return 'fluentui-v9.js';
  return undefined;
}

async function buildFluentBundle(root: string, file: string): Promise<string> {
  const cacheDir = join(root, '.workbench', 'spfx-vendor');
  // Keyed by the installed version, so an upgrade of Fluent UI builds afresh.
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules', FLUENT_BUNDLES[file], 'package.json'), 'utf8')) as { version: string };
  const out = join(cacheDir, `${version}-${file}`);
  if (existsSync(out)) return readFileSync(out, 'utf8');
  // Loaded by path so the server's own bundler leaves esbuild out of the server bundle.
  const esbuild = (await import(pathToFileURL(join(root, 'node_modules', 'esbuild', 'lib', 'main.js')).href)) as typeof import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: `export * from ${JSON.stringify(FLUENT_BUNDLES[file])};`, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    write: false,
    external: ['react', 'react-dom'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    legalComments: 'none'
  });
  const code = `define(['react', 'react-dom'], function (__react, __reactDom) {
var module = { exports: {} }, exports = module.exports;
var __jsx = function (type, props, key) { return __react.createElement(type, key === undefined ? props : Object.assign({}, props, { key: key })); };
var __jsxRuntime = { jsx: __jsx, jsxs: __jsx, Fragment: __react.Fragment };
var require = function (name) { if (name === 'react') return __react; if (name === 'react-dom') return __reactDom; if (name === 'react/jsx-runtime') return __jsxRuntime; throw new Error('Not in this bundle: ' + name); };
${result.outputFiles[0].text}
return module.exports;
});
`;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, out);
  return code;
}

export interface PageQuery {
  webPart: string;
  user: RuntimeUser;
  lang: 'sv-SE' | 'en-US';
  edit: boolean;
  teamsSubPage: string;
  /** The section's background (theme variant) the web parts sit in. */
  section: SectionVariant;
  source: PackageSource;
  /** false: the page leaves the package's manifests out and SPFx asks the web for them. */
  preload: boolean;
}

export type SectionVariant = 'none' | 'neutral' | 'soft' | 'strong';
const SECTION_VARIANTS: SectionVariant[] = ['none', 'neutral', 'soft', 'strong'];

// SPClientSideComponentType, as sp-webpart-base's Enums.js numbers it.
const COMPONENT_TYPES: Record<string, number> = { WebPart: 1, Application: 2, Library: 3, Extension: 4 };

/** SPBasePermissions.ViewPages (kind 18): with Open, what a reader of the web has. */
const VIEW_PAGES = 18;

export function createSpfxRuntime(opts: RuntimeOptions) {
  const packageDir = opts.packageDir ?? process.env.SPFX_PACKAGE_DIR ?? join(opts.root, 'dist');
  const sppkgFile = opts.sppkgFile ?? process.env.SPFX_SPPKG ?? join(opts.root, 'sharepoint', 'solution', 'utbildningsavrop.sppkg');
  const sppkg = sppkgReader(sppkgFile);
  const projectFrom = (source: PackageSource): ProjectPackage | null => (source === 'sppkg' ? sppkg()?.pkg ?? null : readDist(packageDir));
  let framework: Framework | Error | undefined;
  const fw = (): Framework => {
    if (framework === undefined) {
      try {
        framework = readFramework(opts.root);
      } catch (e) {
        framework = e as Error;
      }
    }
    if (framework instanceof Error) throw framework;
    return framework;
  };

  function manifestsFor(origin: string, project: ProjectPackage): ComponentManifest[] {
    const { components } = fw();
    const framework = [...components.values()].map((c) => englishForSwedish(withBase(c.manifest, `${origin}/_spfx/fw/${c.pkg}/`)));
    const vendor = `${origin}/_spfx/vendor/`;
    const own = [
      localComponent(REACT_ID, 'react', '17.0.1', vendor, 'react.js'),
      localComponent(REACT_DOM_ID, 'react-dom', '17.0.1', vendor, 'react-dom.js', { react: { id: REACT_ID, version: '17.0.1' } })
    ];
    const projectManifests = project.manifests.map((m) => withBase(m, `${origin}${project.route}`));
    const all = [...framework, ...own, ...projectManifests];
    // Components SharePoint's CDN serves but npm does not ship: the assembly carries some of them
    // (they only need a manifest so the loader files them), the rest get a stand-in.
    const reactDeps = { react: { id: REACT_ID, version: '17.0.1' }, 'react-dom': { id: REACT_DOM_ID, version: '17.0.1' } };
    const missing = unresolvedReferences(all);
    // One URL per component (the loader keys modules by URL), but Fluent UI itself downloaded once
    // per page: each Fluent component is a one-line module returning the shared v8 or v9 bundle, as
    // SharePoint's CDN serves each bundle once, not a full copy of Fluent UI per component name.
    const sharedFluent: Record<string, { id: string; version: string }> = {
      'fluentui-v8.js': { id: FLUENT_V8_ID, version: '1.19.60' },
      'fluentui-v9.js': { id: FLUENT_V9_ID, version: '0.1.0' }
    };
    for (const [file, shared] of Object.entries(sharedFluent)) {
      const key = `${shared.id}_${shared.version}`;
      if (!missing.has(key) && [...missing.values()].some((ref) => fluentBundleFor(ref.name) === file)) {
        all.push(localComponent(shared.id, `shared-${file}`, shared.version, `${origin}/_spfx/vendor/${key}/`, file, reactDeps));
      }
    }
    for (const [key, ref] of missing) {
      const fluent = fluentBundleFor(ref.name);
      const shared = fluent ? sharedFluent[fluent] : undefined;
      if (shared && key === `${shared.id}_${shared.version}`) all.push(localComponent(ref.id, ref.name, ref.version, `${origin}/_spfx/vendor/${key}/`, fluent!, reactDeps));
      else if (shared) all.push(localComponent(ref.id, ref.name, ref.version, `${origin}/_spfx/vendor/${key}/`, 'fluent-alias.js', { fluent: shared }));
      else if (ref.name === '@msinternal/sp-fluentui-migration-reactdom-render-bundle') all.push(localComponent(ref.id, ref.name, ref.version, `${origin}/_spfx/client/`, 'reactdom-render.js', reactDeps));
      else all.push(localComponent(ref.id, ref.name, ref.version, `${origin}/_spfx/standin/`, `${key}.js`));
    }
    all.push({
      id: APP_ID,
      alias: 'UtbildningsavropWorkbenchApplication',
      version: '1.0.0',
      componentType: 'Application',
      manifestVersion: 2,
      isInternal: true,
      loaderConfig: {
        internalModuleBaseUrls: [`${origin}/_spfx/client/`],
        entryModuleId: 'workbench-application',
        scriptResources: {
          'workbench-application': { type: 'path', path: 'application.js' },
          '@microsoft/sp-application-base': { type: 'component', id: '4df9bb86-ab0a-4aab-ab5f-48bf167048fb', version: '1.23.2' },
          '@microsoft/sp-webpart-base': { type: 'component', id: '974a7777-0990-4136-8fa6-95d80114c2e0', version: '1.23.2' },
          '@microsoft/sp-core-library': { type: 'component', id: '7263c7d0-1d6a-45ec-8d85-d4d1d234171b', version: '1.23.2' },
          '@microsoft/sp-component-base': { type: 'component', id: '467dc675-7cc5-4709-8aac-78e3b71bd2f6', version: '1.23.2' },
          '@microsoft/sp-loader': { type: 'component', id: '1c6c9123-7aac-41f3-a376-3caea41ed83f', version: '1.23.2' }
        }
      }
    });
    return all;
  }

  function pageContext(origin: string, q: PageQuery) {
    const web = `${origin}${opts.sitePath}`;
    const lcid = q.lang === 'sv-SE' ? 1053 : 1033;
    return {
      webAbsoluteUrl: web,
      webServerRelativeUrl: opts.sitePath,
      siteAbsoluteUrl: web,
      siteServerRelativeUrl: opts.sitePath,
      webTitle: 'Utbildning',
      webId: '{d8a3c1b4-6f2e-4e59-9b1a-0c7d5e3f2a91}',
      siteId: '{5b0f7a3e-2c1d-4e8f-a6b9-3d2c1e0f9a87}',
      webLanguage: lcid,
      currentLanguage: lcid,
      currentUICultureName: q.lang,
      currentCultureName: q.lang,
      userLoginName: `${q.user.login}@region.example`,
      userDisplayName: q.user.title,
      userEmail: `${q.user.login}@region.example`,
      userPrincipalName: `${q.user.login}@region.example`,
      userId: 1,
      isAnonymousGuestUser: false,
      isExternalGuestUser: false,
      isSiteAdmin: false,
      // What the page may show; the emulator still decides every request by the user's real rights.
      webPermMasks: { High: 432, Low: 1011030767 },
      CorrelationId: crypto.randomUUID(),
      cloudType: 'Prod',
      env: 'prod',
      formDigestValue: `0x${randomBytes(64).toString('hex').toUpperCase()},${new Date().toUTCString()}`,
      formDigestTimeoutSeconds: 1800,
      serverRequestPath: `${opts.sitePath}/SitePages/${q.webPart}.aspx`,
      layoutsUrl: '_layouts/15',
      // Telemetry, the start-up token fetch and the Office CDN fonts would call other hosts.
      killSwitches: {
        // The property pane's "configuration tools" in SharePoint's content panel (not on npm):
        // with this kill switch set, SPFx opens its classic property pane, as SharePoint itself does.
        'a3f45048-0db5-4b7c-9a9a-e3183d216c4d': true
      },
      ExpFeatures: [],
      aadTenantId: '00000000-0000-0000-0000-000000000001',
      aadUserId: '00000000-0000-0000-0000-000000000002',
      aadInstanceUrl: origin,
      isNoScriptEnabled: false,
      groupId: null
    };
  }

  function page(origin: string, q: PageQuery): { status: number; html: string } {
    const project = projectFrom(q.source);
    const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    if (!project) {
      return {
        status: 503,
        html: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Paketet är inte byggt</title></head><body><main><h1>Paketet är inte byggt</h1><p>SPFx-sidorna kör det byggda paketet. Bygg det med <code>npm run build</code> (gulp bundle --ship och package-solution) och ladda om sidan.</p><p lang="en">The package is not built yet: run <code>npm run build</code>, then reload.</p><p>Letade i ${esc(q.source === 'sppkg' ? sppkgFile : packageDir)}.</p></main></body></html>`
      };
    }
    const projectIds = new Set(project.manifests.map((m) => m.id));
    const manifests = manifestsFor(origin, project).filter((m) => q.preload || !projectIds.has(m.id));
    // "Alla.aspx" holds every web part of the package, one section each, as a page with all five.
    const all = q.webPart.toLowerCase() === 'alla';
    const webPart = all ? project.manifests[0] : project.manifests.find((m) => m.alias.toLowerCase() === `${q.webPart.toLowerCase()}webpart`);
    if (!webPart) {
      return { status: 404, html: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Okänd sida</title></head><body><main><h1>Ingen webbdel heter ${esc(q.webPart)}</h1><p>Finns: ${project.manifests.map((m) => esc(m.alias.replace(/WebPart$/, ''))).join(', ')}.</p></main></body></html>` };
    }
    const spPageContextInfo = pageContext(origin, q);
    const data = {
      clientSideApplicationId: APP_ID,
      buildNumber: 'utbildningsavrop-workbench',
      manifests,
      spPageContextInfo,
      workbench: { webPartIds: all ? project.manifests.map((m) => m.id) : [webPart.id], edit: q.edit, teamsSubPage: q.teamsSubPage, lang: q.lang, section: q.section }
    };
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const assembly = fw().components.get('05580011-8e5d-45cc-8488-220e459c5c67')!;
    // The default file holds resource keys, not text; SharePoint serves the English one for sv-SE too.
    const assemblyFile = 'sp-default-assembly_en-us.js';
    return {
      status: 200,
      html: `<!doctype html>
<html lang="${q.lang.slice(0, 2)}" dir="ltr">
<head><meta charset="utf-8"><title>${esc(q.webPart)} – Utbildning</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="spfx-page" style="display:flex;min-height:100vh"><div id="spPageChromeAppDiv" style="flex:1 1 auto;min-width:0"></div><div id="spPropertyPaneContainer"></div></div>
<script type="application/json" id="spfx-preloaded-data">${json}</script>
<script src="/_spfx/client/page-context.js"></script>
<script src="/_spfx/fw/${assembly.pkg}/${assemblyFile}"></script>
<script src="/_spfx/client/boot.js"></script>
</body>
</html>`
    };
  }

  // The default assembly bundles several packages but loads their webpack chunks from its own
  // folder; each chunk file (content-hashed, so unique) lives in the package it came from.
  function frameworkDirOf(pkg: string, file: string): string {
    const own = join(opts.root, 'node_modules', '@microsoft', pkg, 'dist');
    if (existsSync(join(own, file))) return own;
    for (const c of fw().components.values()) if (existsSync(join(c.dir, file))) return c.dir;
    return own;
  }

  /**
   * SPWeb.GetClientSideComponents (POST {web}/_api/web/GetClientSideComponents, body
   * {"components":[{"id","version"}]}): SPFx's loader asks the web for manifests the page was not
   * given (the package's web parts on a page that did not preload them; components that chunks of
   * the property pane import). Each answer is an SPClientSideComponentQueryResult (Id, Name,
   * ComponentType, ManifestType, Manifest as a JSON string, Status 0 when found), as SharePoint's
   * REST metadata describes it
   * (https://github.com/koltyakov/sp-metadata, docs/SP/Functions/SP.Web__GetClientSideComponents.md and
   * docs/Microsoft.SharePoint.ClientSideComponent/ComplexTypes/SPClientSideComponentQueryResult.md).
   * Like every REST call on the web it needs a signed-in user (the server answers 401 before this),
   * the request digest on a POST, and read access to the web: Open and View Pages
   * (https://learn.microsoft.com/en-us/sharepoint/technical-reference/user-permissions-and-permission-levels).
   * Components of Microsoft's that the framework's chunks load by id (SharePoint's CDN knows them,
   * npm does not ship them) get a read-through to Fluent UI; any other id is not found. Returns null
   * when the request is not this call.
   */
  function componentQuery(req: { method: string; url: URL; headers: Record<string, string>; body: string; webMask: Mask }): ApiResponse | null {
    if (req.url.pathname.toLowerCase() !== `${opts.sitePath}/_api/web/getclientsidecomponents`) return null;
    const fail = (e: SpError): ApiResponse => ({
      status: e.status,
      headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' },
      body: JSON.stringify({ 'odata.error': { code: e.code, message: { lang: 'en-US', value: e.message } } })
    });
    if (req.method !== 'POST') return fail(new SpError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The HTTP method \'GET\' cannot be used to access the resource \'GetClientSideComponents\'. The operation type of the resource is specified as \'Default\'. Please use correct HTTP method to invoke the resource.'));
    if (!req.headers['x-requestdigest'] && !req.headers['authorization']) {
      return fail(new SpError(403, '-2130575252, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.'));
    }
    if (!has(req.webMask, Kind.Open) || !has(req.webMask, VIEW_PAGES)) {
      return fail(new SpError(403, CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.'));
    }
    let wanted: Array<{ id?: unknown; version?: unknown }>;
    try {
      const parsed = JSON.parse(req.body || '{}') as { components?: unknown };
      if (!Array.isArray(parsed.components)) throw new Error('components');
      wanted = parsed.components as typeof wanted;
    } catch {
      return fail(new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The parameter components does not exist in method GetClientSideComponents.'));
    }
    const origin = `${req.url.protocol}//${req.url.host}`;
    const project = projectFrom('dist') ?? projectFrom('sppkg');
    const known = manifestsFor(origin, project ?? { source: 'dist', manifests: [], route: '/_spfx/pkg/' });
    const loadedById = fw().loadedById;
    const value = wanted.map(({ id, version }) => {
      const key = String(id ?? '').toLowerCase();
      const asked = typeof version === 'string' && version ? version : undefined;
      const cdnVersion = loadedById.get(key);
      const manifest =
        known.find((m) => m.id === key && (!asked || m.version === asked)) ??
        (cdnVersion && (!asked || asked === cdnVersion)
          ? localComponent(key, `fluent-standin-${key}`, cdnVersion, `${origin}/_spfx/fluent-standin/${key}_${cdnVersion}/`, 'fluent-standin.js', {
              'fluent-v8': { id: FLUENT_V8_ID, version: '1.19.60' },
              'fluent-v9': { id: FLUENT_V9_ID, version: '0.1.0' }
            })
          : undefined);
      // A component the web does not know comes back without a manifest, which the loader skips
      // (it reads only Status 0 with a Manifest); the exact non-zero status is not documented.
      if (!manifest) return { Id: key, Name: null, ComponentType: 0, ManifestType: 0, Status: 1, Manifest: null };
      return { Id: key, Name: manifest.alias, ComponentType: COMPONENT_TYPES[manifest.componentType] ?? 0, ManifestType: 1, Status: 0, Manifest: JSON.stringify(manifest) };
    });
    return { status: 200, headers: { 'Content-Type': 'application/json;odata=nometadata;charset=utf-8' }, body: JSON.stringify({ value }) };
  }

  /** Answers the request when it is one of the runtime's; false otherwise. */
  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    const lower = path.toLowerCase();
    if ((req.method ?? 'GET') !== 'GET') return false;
    if (lower.startsWith('/_spfx/')) {
      const [, , area, ...rest] = path.split('/');
      const rel = rest.join('/');
      if (area === 'client') {
        serveFile(res, join(opts.root, 'workbench', 'spfx', 'client'), rel);
        return true;
      }
      if (area === 'fluent-standin') {
        send(res, 200, TYPES['.js'], readFileSync(join(opts.root, 'workbench', 'spfx', 'client', 'fluent-standin.js')));
        return true;
      }
      if (area === 'standin') {
        send(res, 200, TYPES['.js'], readFileSync(join(opts.root, 'workbench', 'spfx', 'client', 'standin.js')));
        return true;
      }
      if (area === 'pkg') {
        serveFile(res, packageDir, rel);
        return true;
      }
      if (area === 'sppkg') {
        const name = decodeURIComponent(rel);
        sendBytes(res, name, name.includes('..') ? undefined : sppkg()?.entries.read(SPPKG_ASSETS + name));
        return true;
      }
      if (area === 'vendor') {
        const files: Record<string, string> = { 'react.js': 'react/umd/react.production.min.js', 'react-dom.js': 'react-dom/umd/react-dom.production.min.js' };
        const fluent = rest[rest.length - 1];
        if (files[rel]) send(res, 200, TYPES['.js'], readFileSync(join(opts.root, 'node_modules', files[rel])));
        else if (FLUENT_BUNDLES[fluent]) send(res, 200, TYPES['.js'], await buildFluentBundle(opts.root, fluent));
        else if (fluent === 'fluent-alias.js') send(res, 200, TYPES['.js'], readFileSync(join(opts.root, 'workbench', 'spfx', 'client', 'fluent-alias.js')));
        else send(res, 404, 'text/plain; charset=utf-8', 'Not found');
        return true;
      }
      if (area === 'fw') {
        const [pkg, ...file] = rest;
        if (!/^[a-z0-9-]+$/.test(pkg ?? '')) send(res, 404, 'text/plain; charset=utf-8', 'Not found');
        else serveFile(res, frameworkDirOf(pkg, file.join('/')), file.join('/'));
        return true;
      }
      return false;
    }
    if (lower.startsWith(SITE_PAGES) && lower.endsWith('.aspx')) {
      const webPart = basename(path, extname(path));
      const login = url.searchParams.get('user') ?? 'anna';
      const user = opts.users.find((u) => u.login === login);
      if (!user) {
        send(res, 400, 'text/plain; charset=utf-8', `Okänd användare: ${login}`);
        return true;
      }
      const lang = url.searchParams.get('lang') === 'en-US' ? 'en-US' : 'sv-SE';
      const origin = `http://${req.headers.host}`;
      let result: { status: number; html: string };
      try {
        const section = url.searchParams.get('section') as SectionVariant;
        result = page(origin, {
          webPart,
          user,
          lang,
          edit: url.searchParams.get('edit') === '1',
          teamsSubPage: url.searchParams.get('teams') ?? '',
          section: SECTION_VARIANTS.includes(section) ? section : 'none',
          source: url.searchParams.get('pkg') === 'sppkg' ? 'sppkg' : 'dist',
          preload: url.searchParams.get('preload') !== '0'
        });
      } catch (e) {
        result = { status: 500, html: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>SPFx saknas</title></head><body><main><h1>SPFx-körmiljön kan inte startas</h1><p>${String((e as Error).message).replace(/</g, '&lt;')}</p></main></body></html>` };
      }
      // The emulator knows the acting person from this cookie; SPFx's own requests carry it.
      send(res, result.status, 'text/html; charset=utf-8', result.html, { 'Set-Cookie': `wb-user=${encodeURIComponent(user.login)}; Path=/; SameSite=Lax` });
      return true;
    }
    return false;
  }

  return { handle, componentQuery };
}
