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

  it('answers GetClientSideComponents with a manifest for each component asked for', async () => {
    const runtime = createSpfxRuntime({ root, sitePath: '/sites/utbildning', users: [{ login: 'anna', title: 'Anna' }], packageDir: path.join(os.tmpdir(), 'no-such-build') });
    const body = JSON.stringify({ components: [{ id: '111fe4c6-f1c2-4325-a129-3526437cba32', version: '0.1.0' }] });
    const req = Object.assign(require('stream').Readable.from([Buffer.from(body)]), { method: 'POST', headers: { host: '127.0.0.1:4000' } });
    const out = { status: 0, body: '' };
    const res = { writeHead: (status: number) => (out.status = status), end: (b: string) => (out.body = String(b)) };
    expect(await runtime.handle(req as never, res as never, new URL('http://127.0.0.1:4000/sites/utbildning/_api/web/GetClientSideComponents'))).toBe(true);
    const value = JSON.parse(out.body).value;
    expect(value).toHaveLength(1);
    expect(value[0].Status).toBe(0);
    expect(JSON.parse(value[0].Manifest)).toMatchObject({ id: '111fe4c6-f1c2-4325-a129-3526437cba32', version: '0.1.0' });
  });

  it('refuses an unknown user', async () => {
    const runtime = createSpfxRuntime({ root, sitePath: '/sites/utbildning', users: [{ login: 'anna', title: 'Anna' }] });
    expect((await get(runtime, '/sites/utbildning/SitePages/Avrop.aspx?user=mallory')).status).toBe(400);
  });
});
