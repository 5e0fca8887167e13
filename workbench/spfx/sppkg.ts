// Reads the .sppkg that package-solution writes, as SharePoint's app catalog does when the package
// is deployed: the package is a zip (Open Packaging Conventions); each web part's manifest sits as
// JSON in the ComponentManifest attribute of <feature>/WebPart_<id>.xml, and with
// includeClientSideAssets the bundles sit under ClientSideAssets/, which SharePoint serves from its
// asset library (the manifests name it HTTPS://SPCLIENTSIDEASSETLIBRARY/ until then).
import { inflateRawSync } from 'node:zlib';

export interface ZipEntries {
  names(): string[];
  read(name: string): Buffer | undefined;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** The entries of a zip file held in memory (stored or deflated; no zip64, which a .sppkg never needs). */
export function readZip(zip: Buffer): ZipEntries {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('ingen zip-fil (slutet på den centrala katalogen saknas)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, { method: number; size: number; local: number }>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error(`trasig central katalog vid byte ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    entries.set(zip.toString('utf8', at + 46, at + 46 + nameLength), { method, size, local });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: () => [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      if (zip.readUInt32LE(entry.local) !== LOCAL_FILE_HEADER) throw new Error(`${name}: trasigt lokalt filhuvud`);
      const start = entry.local + 30 + zip.readUInt16LE(entry.local + 26) + zip.readUInt16LE(entry.local + 28);
      const data = zip.subarray(start, start + entry.size);
      if (entry.method === 0) return Buffer.from(data);
      if (entry.method === 8) return inflateRawSync(data);
      throw new Error(`${name}: komprimeringsmetod ${entry.method} stöds inte`);
    }
  };
}

const XML_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function xmlAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return XML_ENTITIES[ref] ?? whole;
  });
}

/** The component manifests the package declares (one per ClientSideComponent element). */
export function sppkgManifests(entries: ZipEntries): unknown[] {
  const manifests: unknown[] = [];
  for (const name of entries.names()) {
    if (!/\/WebPart_[0-9a-f-]{36}\.xml$/i.test(name)) continue;
    const xml = entries.read(name)!.toString('utf8');
    const attribute = /<ClientSideComponent\b[^>]*\sComponentManifest="([^"]*)"/.exec(xml);
    if (!attribute) throw new Error(`${name}: ClientSideComponent utan ComponentManifest`);
    manifests.push(JSON.parse(xmlAttribute(attribute[1])));
  }
  return manifests;
}

export const SPPKG_ASSETS = 'ClientSideAssets/';
