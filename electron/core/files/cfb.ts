// Just enough of the OLE compound file format (CFB: .xls, .doc, and the container of encrypted
// xlsx/docx) to list its streams and read the start of one, so a file can be identified before a
// library parses it. Every pointer is bounds-checked; a malformed file yields null, never a throw.

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  startSector: number;
  size: number;
}

export interface CfbFile {
  entries: CfbEntry[];
  /** The first `max` bytes of a stream stored in regular sectors (not the mini stream), or null. */
  readHead(entry: CfbEntry, max: number): Uint8Array | null;
}

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_SLOTS = 109;

export function readCfb(bytes: Uint8Array): CfbFile | null {
  if (!isCfb(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const sectorAt = (n: number) => (n >= 0 && n < sectorCount ? (n + 1) * sectorSize : -1);

  const fatSectors: number[] = [];
  const fatCount = view.getUint32(0x2c, true);
  for (let i = 0; i < HEADER_DIFAT_SLOTS && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; fatSectors.length < fatCount && difat !== END_OF_CHAIN && guard < sectorCount; guard++) {
    const at = sectorAt(difat);
    if (at < 0) return null;
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(at + i * 4, true));
    difat = view.getUint32(at + per * 4, true);
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    const at = sectorAt(s);
    if (at < 0) return null;
    for (let i = 0; i < sectorSize / 4; i++) fat.push(view.getUint32(at + i * 4, true));
  }
  const chain = (start: number, maxSectors: number): number[] | null => {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN && out.length < maxSectors; s = fat[s] ?? END_OF_CHAIN) {
      if (sectorAt(s) < 0) return null;
      out.push(s);
    }
    return out;
  };

  const dirSectors = chain(view.getUint32(0x30, true), sectorCount);
  if (!dirSectors) return null;
  const entries: CfbEntry[] = [];
  for (const s of dirSectors) {
    const at = sectorAt(s);
    for (let off = at; off + 128 <= at + sectorSize; off += 128) {
      const type = bytes[off + 0x42]!;
      if (type === 0) continue;
      const nameLen = Math.min(64, view.getUint16(off + 0x40, true));
      const name = new TextDecoder('utf-16le').decode(bytes.subarray(off, off + Math.max(0, nameLen - 2)));
      entries.push({ name, type, startSector: view.getUint32(off + 0x74, true), size: view.getUint32(off + 0x78, true) });
    }
  }
  const miniCutoff = view.getUint32(0x38, true);
  return {
    entries,
    readHead(entry, max) {
      if (entry.type !== 2 || entry.size < miniCutoff) return null;
      const want = Math.min(max, entry.size);
      const sectors = chain(entry.startSector, Math.ceil(want / sectorSize));
      if (!sectors) return null;
      const out = new Uint8Array(sectors.length * sectorSize);
      sectors.forEach((s, i) => out.set(bytes.subarray(sectorAt(s), sectorAt(s) + sectorSize), i * sectorSize));
      return out.subarray(0, want);
    },
  };
}
