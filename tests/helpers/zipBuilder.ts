// Hand-made zip archives for hostile-file tests: entries with any declared size, so a test can build
// a zip bomb or a lying header without inflating hundreds of megabytes through a zip library.
import zlib from 'node:zlib';

export interface RawEntry {
  name: string;
  /** Uncompressed content. */
  data: Buffer;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Uncompressed size to declare (defaults to the real one). */
  declaredSize?: number;
}

export function rawZip(entries: RawEntry[]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.stored ? e.data : zlib.deflateRawSync(e.data, { level: 1 });
    const size = e.declaredSize ?? e.data.length;
    const crc = zlib.crc32 ? zlib.crc32(e.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** The parts that make a zip look like a workbook, plus the given worksheet XML. */
export function workbookZip(sheetXml: Buffer, options: { stored?: boolean; declaredSize?: number } = {}): Uint8Array<ArrayBuffer> {
  const xml = (s: string) => Buffer.from(s, 'utf8');
  return rawZip([
    { name: '[Content_Types].xml', data: xml('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'xl/workbook.xml', data: xml('<?xml version="1.0"?><workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml, ...options },
  ]);
}
