// The runtime pages read the solution package as SharePoint's app catalog does: a zip whose
// WebPart_<id>.xml files carry each manifest as XML-escaped JSON, bundles under ClientSideAssets/.
// The zips here are written by hand (stored and deflated entries), so the reader is checked
// against the format, not against itself.
import { deflateRawSync } from 'zlib';
import { readZip, sppkgManifests } from '../../workbench/spfx/sppkg';

function zip(files: Array<[string, string, 'store' | 'deflate']>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text, how] of files) {
    const raw = Buffer.from(text, 'utf8');
    const data = how === 'deflate' ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(how === 'deflate' ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(how === 'deflate' ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
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
