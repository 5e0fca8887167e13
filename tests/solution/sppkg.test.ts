// The runtime pages read the solution package as SharePoint's app catalog does: a zip whose
// WebPart_<id>.xml files carry each manifest as XML-escaped JSON, bundles under ClientSideAssets/.
// The zips here are written by hand (stored and deflated entries), so the reader is checked
// against the format, not against itself.
import { deflateRawSync } from 'zlib';
import { readZip, sppkgManifests } from '../../workbench/spfx/sppkg';

/** A zip record: fixed-size little-endian fields at their offsets, the rest zero. */
function record(size: number, fields: Array<[number, 2 | 4, number]>): Buffer {
  const bytes = Buffer.alloc(size);
  for (const [at, width, value] of fields) {
    if (width === 2) bytes.writeUInt16LE(value, at);
    else bytes.writeUInt32LE(value, at);
  }
  return bytes;
}

function zip(files: Array<[string, string, 'store' | 'deflate']>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text, how] of files) {
    const raw = Buffer.from(text, 'utf8');
    const data = how === 'deflate' ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name, 'utf8');
    const method = how === 'deflate' ? 8 : 0;
    locals.push(record(30, [[0, 4, 0x04034b50], [8, 2, method], [18, 4, data.length], [22, 4, raw.length], [26, 2, nameBytes.length]]), nameBytes, data);
    centrals.push(record(46, [[0, 4, 0x02014b50], [10, 2, method], [20, 4, data.length], [24, 4, raw.length], [28, 2, nameBytes.length], [42, 4, offset]]), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, [[0, 4, 0x06054b50], [8, 2, files.length], [10, 2, files.length], [12, 4, directory.length], [16, 4, offset]]);
  return Buffer.concat([...locals, directory, end]);
}

const manifest = { id: '095a003a-4bd2-4d0a-9af8-32a396e8e2a3', alias: 'AvtalskatalogWebPart', componentType: 'WebPart', title: { 'sv-SE': 'Avtal & "ramar" <1>' } };
const escaped = JSON.stringify(manifest).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&#62;');
const webPartXml = `<?xml version="1.0" encoding="utf-8"?><Elements xmlns="http://schemas.microsoft.com/sharepoint/"><ClientSideComponent Name="Avtalskatalog" Id="${manifest.id}" ComponentManifest="${escaped}" /></Elements>`;

describe('the .sppkg reader', () => {
  const entries = readZip(
    zip([
      ['AppManifest.xml', '<App/>', 'store'],
      [`492506c8-60bd-441b-9f7a-c74471ff092a/WebPart_${manifest.id}.xml`, webPartXml, 'deflate'],
      ['ClientSideAssets/avtalskatalog-web-part_abc.js', 'define([], function () { return {}; });'.repeat(20), 'deflate']
    ])
  );

  it('lists and reads stored and deflated entries', () => {
    expect(entries.names()).toHaveLength(3);
    expect(entries.read('AppManifest.xml')!.toString()).toBe('<App/>');
    expect(entries.read('ClientSideAssets/avtalskatalog-web-part_abc.js')!.toString()).toBe('define([], function () { return {}; });'.repeat(20));
    expect(entries.read('ClientSideAssets/missing.js')).toBeUndefined();
  });

  it('reads each web part manifest out of its XML attribute', () => {
    expect(sppkgManifests(entries)).toEqual([manifest]);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just text that is long enough'))).toThrow(/zip/);
  });
});
