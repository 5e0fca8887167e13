// The runtime pages serve the framework as SharePoint's CDN does: compressed by the browser's
// Accept-Encoding and, for content-hashed names, cached without revalidation. Uncompressed, a cold
// page over the bench's slow link took minutes (issue 13).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { brotliDecompressSync, gunzipSync } from 'zlib';
import { chooseEncoding, createEncoder, isVersionedName } from '../../workbench/spfx/encoding';

describe('SPFx runtime file encoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('treats only content-hashed names as immutable', () => {
    expect(isVersionedName('/_spfx/fw/sp-webpart-base/sp-webpart-base_en-us_abc6e08c10d58f4eb620.js')).toBe(true);
    expect(isVersionedName('/_spfx/pkg/chunk.580_9ccde2f6a3339b24e15a.js')).toBe(true);
    expect(isVersionedName('/_spfx/fw/sp-application-base/sp-default-assembly_en-us.js')).toBe(false);
    expect(isVersionedName('/_spfx/client/boot.js')).toBe(false);
  });

  it('answers at once with a quick encoding, makes the smallest in the background and keeps it on disk for the next start', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spfx-encoded-'));
    const body = Buffer.from('define([], function () { return "x"; });\n'.repeat(200));
    const encoder = createEncoder(dir);
    const first = encoder.encoded(body, 'h1', 'br');
    expect(brotliDecompressSync(first).equals(body)).toBe(true);
    expect(gunzipSync(encoder.encoded(body, 'h1', 'gzip')).equals(body)).toBe(true);
    await encoder.settled();
    expect(fs.readdirSync(dir).sort()).toEqual(['h1.br', 'h1.gzip']);
    const smallest = encoder.encoded(body, 'h1', 'br');
    expect(smallest.length).toBeLessThanOrEqual(first.length);
    expect(brotliDecompressSync(smallest).equals(body)).toBe(true);
    // A second server start reads the file instead of compressing again.
    expect(createEncoder(dir).encoded(Buffer.from('other'), 'h1', 'br').equals(smallest)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
