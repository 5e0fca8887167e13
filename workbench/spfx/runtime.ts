// SharePoint-like pages that boot Microsoft's SPFx runtime (sp-loader's default assembly from
// @microsoft/sp-application-base) from node_modules and place the project's shipped web parts
// with sp-webpart-base's own web part manager, against the emulator on the same origin.
//
//   /sites/utbildning/SitePages/<WebPart>.aspx?user=anna&lang=sv-SE|en-US&edit=1&teams=<subPageId>
//   /_spfx/fw/<package>/<file>   framework bundles from node_modules/@microsoft/<package>/dist
//   /_spfx/pkg/<file>            the project's bundles and loc files from the ship build (dist/)
//   /_spfx/vendor/<file>         React and ReactDOM from node_modules (SharePoint's CDN serves these)
//   /_spfx/client/<file>         this workbench's boot script and application component
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { basename, extname, join, resolve, sep } from 'node:path';
import { ComponentManifest, Framework, readFramework, unresolvedReferences } from './framework';

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
}

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

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Security-Policy': CSP, ...extra });
  res.end(body);
}

function serveFile(res: ServerResponse, baseDir: string, rel: string): void {
  const file = resolve(baseDir, decodeURIComponent(rel).replace(/^[/\\]+/, ''));
  if (!file.startsWith(resolve(baseDir) + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return send(res, 404, 'text/plain; charset=utf-8', `Not found: ${rel}`);
  }
  send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
}

interface ProjectPackage {
  manifests: ComponentManifest[];
  builtAt: Date;
}

function readProject(dir: string): ProjectPackage | null {
  if (!existsSync(dir)) return null;
  const manifests = readdirSync(dir)
    .filter((f) => f.endsWith('.manifest.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ComponentManifest)
    .filter((m) => m.componentType === 'WebPart');
  if (manifests.length === 0) return null;
  return { manifests, builtAt: statSync(dir).mtime };
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
}

export function createSpfxRuntime(opts: RuntimeOptions) {
  const packageDir = opts.packageDir ?? process.env.SPFX_PACKAGE_DIR ?? join(opts.root, 'dist');
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
    const projectManifests = project.manifests.map((m) => withBase(m, `${origin}/_spfx/pkg/`));
    const all = [...framework, ...own, ...projectManifests];
    // Components SharePoint's CDN serves but npm does not ship: the assembly carries some of them
    // (they only need a manifest so the loader files them), the rest get a stand-in.
    const reactDeps = { react: { id: REACT_ID, version: '17.0.1' }, 'react-dom': { id: REACT_DOM_ID, version: '17.0.1' } };
    for (const [key, ref] of unresolvedReferences(all)) {
      const fluent = fluentBundleFor(ref.name);
      // One URL per component: the loader keys modules by URL.
      if (fluent) all.push(localComponent(ref.id, ref.name, ref.version, `${origin}/_spfx/vendor/${key}/`, fluent, reactDeps));
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
    const project = readProject(packageDir);
    const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    if (!project) {
      return {
        status: 503,
        html: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Paketet är inte byggt</title></head><body><main><h1>Paketet är inte byggt</h1><p>SPFx-sidorna kör det byggda paketet. Bygg det med <code>npm run build</code> (gulp bundle --ship och package-solution) och ladda om sidan.</p><p lang="en">The package is not built yet: run <code>npm run build</code>, then reload.</p><p>Letade i ${esc(packageDir)}.</p></main></body></html>`
      };
    }
    const manifests = manifestsFor(origin, project);
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
      workbench: { webPartIds: all ? project.manifests.map((m) => m.id) : [webPart.id], edit: q.edit, teamsSubPage: q.teamsSubPage, lang: q.lang }
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
   * SPFx asks the web for manifests it was not given on the page (components that chunks of the
   * property pane import): the page's own, else a stand-in, as SharePoint answers from its CDN.
   */
  async function clientSideComponents(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let wanted: Array<{ id: string; version?: string }> = [];
    try {
      wanted = (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { components?: typeof wanted }).components ?? [];
    } catch {
      return send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ error: 'components expected' }));
    }
    const origin = `http://${req.headers.host}`;
    const project = readProject(packageDir);
    const known = project ? manifestsFor(origin, project) : [];
    const value = wanted.map(({ id, version }) => {
      const manifest =
        known.find((m) => m.id === id && (!version || m.version === version)) ??
        localComponent(id, `fluent-standin-${id}`, version ?? '0.0.0', `${origin}/_spfx/fluent-standin/${id}_${version ?? '0.0.0'}/`, 'fluent-standin.js', {
          'fluent-v8': { id: FLUENT_V8_ID, version: '1.19.60' },
          'fluent-v9': { id: FLUENT_V9_ID, version: '0.1.0' }
        });
      return { Id: id, Version: manifest.version, Status: 0, Manifest: JSON.stringify(manifest) };
    });
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ value }));
  }

  /** Answers the request when it is one of the runtime's; false otherwise. */
  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    const lower = path.toLowerCase();
    if (req.method === 'POST' && lower === `${opts.sitePath}/_api/web/getclientsidecomponents`) {
      await clientSideComponents(req, res);
      return true;
    }
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
      if (area === 'vendor') {
        const files: Record<string, string> = { 'react.js': 'react/umd/react.production.min.js', 'react-dom.js': 'react-dom/umd/react-dom.production.min.js' };
        const fluent = rest[rest.length - 1];
        if (files[rel]) send(res, 200, TYPES['.js'], readFileSync(join(opts.root, 'node_modules', files[rel])));
        else if (FLUENT_BUNDLES[fluent]) send(res, 200, TYPES['.js'], await buildFluentBundle(opts.root, fluent));
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
        result = page(origin, { webPart, user, lang, edit: url.searchParams.get('edit') === '1', teamsSubPage: url.searchParams.get('teams') ?? '' });
      } catch (e) {
        result = { status: 500, html: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>SPFx saknas</title></head><body><main><h1>SPFx-körmiljön kan inte startas</h1><p>${String((e as Error).message).replace(/</g, '&lt;')}</p></main></body></html>` };
      }
      // The emulator knows the acting person from this cookie; SPFx's own requests carry it.
      send(res, result.status, 'text/html; charset=utf-8', result.html, { 'Set-Cookie': `wb-user=${encodeURIComponent(user.login)}; Path=/; SameSite=Lax` });
      return true;
    }
    return false;
  }

  return { handle };
}
