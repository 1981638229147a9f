// The writer's zip container: what it packs, other readers unpack intact (sizes and CRCs checked
// against the central directory, as Excel and WPS check them).
import zlib from 'node:zlib';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readEntries, readDirectory } from '../../../electron/core/files/zipArchive';
import { zip } from '../../../electron/core/sheets/zip';

const damaged = () => new Error('damaged');

/** CRC, sizes and DOS time of each entry, read from the central directory. */
function centralDirectory(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = readDirectory(bytes, damaged);
  const out: { name: string; crc: number; compressed: number; size: number; time: number; date: number }[] = [];
  for (let p = dir.offset, i = 0; i < dir.count; i++) {
    expect(view.getUint32(p, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(p + 28, true);
    out.push({
      name: Buffer.from(bytes.subarray(p + 46, p + 46 + nameLength)).toString('utf8'),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

describe('zip', () => {
  const big = strToU8('<row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row>'.repeat(20_000));
  const entries = [
    { name: '[Content_Types].xml', data: strToU8('<Types/>') },
    { name: 'xl/worksheets/sheet1.xml', data: big },
    { name: 'empty.xml', data: new Uint8Array() },
  ];
  const modified = new Date(2024, 2, 5, 14, 30, 42); // local time, as zip headers hold it

  it('packs entries that fflate and the app’s own zip reader inflate, in order, with true sizes and CRCs', async () => {
    const bytes = await zip(entries, modified);
    const unpacked = unzipSync(bytes);
    expect(Object.keys(unpacked)).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(Buffer.from(unpacked[e.name]!).equals(Buffer.from(e.data))).toBe(true);

    const central = centralDirectory(bytes);
    expect(central.map((c) => [c.name, c.size, c.crc])).toEqual(entries.map((e) => [e.name, e.data.length, zlib.crc32(e.data)]));
    expect(central[1]!.compressed).toBeLessThan(big.length / 20); // deflated, not stored
    const listed = readEntries(bytes, readDirectory(bytes, damaged), damaged);
    expect(listed.map((e) => [e.name, e.method, e.size])).toEqual(entries.map((e) => [e.name, 8, e.data.length]));
  });

  it('stamps every entry with the given time', async () => {
    const [first] = centralDirectory(await zip(entries, modified));
    expect(first!.date).toBe(((2024 - 1980) << 9) | (3 << 5) | 5);
    expect(first!.time).toBe((14 << 11) | (30 << 5) | 21);
  });
});
