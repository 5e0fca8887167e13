// The upgrade guard of the SPFx runtime pages: the framework's component ids and versions come
// from its own files in node_modules, and a component the pages need that is missing fails with
// its name. Also: without a build the page says how to make one.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readFramework, REQUIRED_COMPONENTS, unresolvedReferences } from '../../workbench/spfx/framework';
import { createSpfxRuntime } from '../../workbench/spfx/runtime';

const root = path.resolve(__dirname, '../..');

describe('SPFx framework files', () => {
  const framework = readFramework(root);

  it('finds every component the runtime pages need, at the project\'s SPFx version', () => {
    for (const id of Object.keys(REQUIRED_COMPONENTS)) expect(framework.components.has(id)).toBe(true);
    const loader = framework.components.get('1c6c9123-7aac-41f3-a376-3caea41ed83f')!.manifest;
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(loader.version).toBe(pkg.dependencies['@microsoft/sp-webpart-base']);
  });

  it('finds the components the framework\'s chunks load by id alone (property pane Fluent UI pieces)', () => {
    expect(framework.loadedById.get('17ce0976-e69a-4355-be84-89b69a74717d')).toBe('0.3.65');
    for (const version of framework.loadedById.values()) expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads the components the default assembly carries from the assembly file itself', () => {
    const ids = framework.assembly.map(([id]) => id);
    expect(ids).toContain('1c6c9123-7aac-41f3-a376-3caea41ed83f'); // sp-loader
    expect(ids).toContain('4df9bb86-ab0a-4aab-ab5f-48bf167048fb'); // sp-application-base
    for (const [, version] of framework.assembly) expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('names every reference no npm package answers (React, internal bundles), with its version', () => {
    const missing = unresolvedReferences([...framework.components.values()].map((c) => c.manifest));
    const names = [...missing.values()].map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['react', 'react-dom']));
    for (const ref of missing.values()) expect(ref.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('fails with the name of a missing component', () => {
    const fake = fs.mkdtempSync(path.join(os.tmpdir(), 'spfx-guard-'));
    try {
      const scope = path.join(root, 'node_modules', '@microsoft');
      for (const pkg of fs.readdirSync(scope)) {
        if (pkg === 'sp-webpart-base' || !fs.existsSync(path.join(scope, pkg, 'dist'))) continue;
        fs.mkdirSync(path.join(fake, 'node_modules', '@microsoft', pkg), { recursive: true });
        fs.symlinkSync(path.join(scope, pkg, 'dist'), path.join(fake, 'node_modules', '@microsoft', pkg, 'dist'));
      }
      expect(() => readFramework(fake)).toThrow(/@microsoft\/sp-webpart-base \(974a7777-0990-4136-8fa6-95d80114c2e0\)/);
    } finally {
      fs.rmSync(fake, { recursive: true, force: true });
    }
  });
});

describe('SPFx runtime page', () => {
  async function get(runtime: ReturnType<typeof createSpfxRuntime>, url: string): Promise<{ status: number; body: string; headers: Record<string, string> }> {
    const out = { status: 0, body: '', headers: {} as Record<string, string> };
    const res = {
      writeHead(status: number, headers: Record<string, string>) {
        out.status = status;
        out.headers = headers;
      },
      end(body: string | Buffer) {
        out.body = String(body);
      }
    };
    const handled = await runtime.handle({ method: 'GET', headers: { host: '127.0.0.1:4000' } } as never, res as never, new URL(url, 'http://127.0.0.1:4000'));
    expect(handled).toBe(true);
    return out;
  }

  it('says how to build the package when it is not built', async () => {
    const runtime = createSpfxRuntime({ root, sitePath: '/sites/utbildning', users: [{ login: 'anna', title: 'Anna' }], packageDir: path.join(os.tmpdir(), 'no-such-build') });
    const page = await get(runtime, '/sites/utbildning/SitePages/Avrop.aspx?user=anna');
    expect(page.status).toBe(503);
    expect(page.body).toContain('npm run build');
    expect(page.headers['Content-Security-Policy']).toMatch(/default-src 'self'/);
  });

  it('says how to build the package when the .sppkg is not there either', async () => {
    const runtime = createSpfxRuntime({ root, sitePath: '/sites/utbildning', users: [{ login: 'anna', title: 'Anna' }], sppkgFile: path.join(os.tmpdir(), 'no-such.sppkg') });
    const page = await get(runtime, '/sites/utbildning/SitePages/Avrop.aspx?user=anna&pkg=sppkg');
    expect(page.status).toBe(503);
    expect(page.body).toContain('npm run build');
    expect(page.body).toContain('no-such.sppkg');
  });

  describe('GetClientSideComponents', () => {
    const runtime = createSpfxRuntime({ root, sitePath: '/sites/utbildning', users: [{ login: 'anna', title: 'Anna' }], packageDir: path.join(os.tmpdir(), 'no-such-build') });
    const url = new URL('http://127.0.0.1:4000/sites/utbildning/_api/web/GetClientSideComponents');
    // Open (17) and View Pages (18): what the Read level gives on the web.
    const reader = { high: 0, low: (1 << 16) | (1 << 17) };
    const ask = (over: Partial<{ method: string; url: URL; headers: Record<string, string>; body: string; webMask: { high: number; low: number } }> = {}) =>
      runtime.componentQuery({
        method: 'POST',
        url,
        headers: { 'x-requestdigest': '0x1,1' },
        body: JSON.stringify({ components: [{ id: '1C6C9123-7AAC-41F3-A376-3CAEA41ED83F', version: '1.23.2' }] }),
        webMask: reader,
        ...over
      });

    it('answers with each manifest asked for, as an SPClientSideComponentQueryResult', () => {
      const answer = ask()!;
      expect(answer.status).toBe(200);
      const [result] = JSON.parse(answer.body!).value;
      expect(result).toMatchObject({ Id: '1c6c9123-7aac-41f3-a376-3caea41ed83f', Status: 0, ComponentType: 3 });
      expect(JSON.parse(result.Manifest)).toMatchObject({ id: '1c6c9123-7aac-41f3-a376-3caea41ed83f', version: '1.23.2' });
    });

    it('knows the components the framework loads by id, and no others', () => {
      // A Fluent UI component the property pane's chunks load by id and version (SharePoint's CDN has it).
      const cdn = JSON.parse(ask({ body: JSON.stringify({ components: [{ id: '111fe4c6-f1c2-4325-a129-3526437cba32', version: '0.1.0' }] }) })!.body!).value[0];
      expect(cdn).toMatchObject({ Status: 0, Id: '111fe4c6-f1c2-4325-a129-3526437cba32' });
      const unknown = JSON.parse(ask({ body: JSON.stringify({ components: [{ id: '00000000-1111-2222-3333-444444444444' }] }) })!.body!).value[0];
      expect(unknown.Status).not.toBe(0);
      expect(unknown.Manifest).toBeNull();
    });

    it('is only this one call', () => {
      expect(ask({ url: new URL('http://127.0.0.1:4000/sites/utbildning/_api/web/lists') })).toBeNull();
    });

    it('needs read access to the web, the request digest, a POST and a components array', () => {
      expect(ask({ webMask: { high: 0, low: 1 << 16 } })!.status).toBe(403);
      expect(ask({ webMask: { high: 0, low: 0 } })!.status).toBe(403);
      expect(ask({ headers: {} })!.status).toBe(403);
      expect(ask({ method: 'GET' })!.status).toBe(405);
      expect(ask({ body: '{"components":"all"}' })!.status).toBe(400);
      expect(ask({ body: 'not json' })!.status).toBe(400);
    });
  });

  it('refuses an unknown user', async () => {
    const runtime = createSpfxRuntime({ root, sitePath: '/sites/utbildning', users: [{ login: 'anna', title: 'Anna' }] });
    expect((await get(runtime, '/sites/utbildning/SitePages/Avrop.aspx?user=mallory')).status).toBe(400);
  });
});
