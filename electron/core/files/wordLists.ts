// The automatic numbering (自动编号) of a Word 97–2003 document: its list definitions (PlfLst, each
// list's levels stored after it) and list instances (PlfLfo) from the table stream, in the shape the
// .docx reader gives word/numbering.xml, so both count alike. Every offset is bounds-checked: what
// does not add up yields no definitions, and the paragraphs are then said to be unnumbered.
import { dataView } from './dataView';
import type { Level, ListDefinitions, ListInstance } from './listNumbering';

const LSTF_SIZE = 28;
const LVLF_SIZE = 28;
const LFO_SIZE = 16;
const LEVELS_OF_LIST = 9;
const FLAG_SIMPLE_LIST = 0x01;
const LFOLVL_START_AT = 0x10;
const LFOLVL_FORMATTING = 0x20;

/** Number formats (MSONFC) as .docx names them; any other counts in Arabic digits. */
const FORMATS: Record<number, string> = {
  0x00: 'decimal',
  0x01: 'upperRoman',
  0x02: 'lowerRoman',
  0x03: 'upperLetter',
  0x04: 'lowerLetter',
  0x0a: 'ideographDigital',
  0x0b: 'japaneseCounting',
  0x12: 'decimalEnclosedCircle',
  0x16: 'decimalZero',
  0x17: 'bullet',
  0x1c: 'decimalEnclosedCircleChinese',
  0x1e: 'ideographTraditional',
  0x21: 'taiwaneseCounting',
  0x23: 'taiwaneseCountingThousand',
  0x25: 'chineseCounting',
  0x26: 'chineseLegalSimplified',
  0x27: 'chineseCountingThousand',
  0xff: 'none',
};

/**
 * The lists of a .doc: definitions keyed by their lsid, instances by their 1-based index (the ilfo
 * a paragraph's sprmPIlfo names). Null when the document has none or they cannot be read.
 */
export function wordLists(table: Uint8Array, plfLst: [number, number] | null, plfLfo: [number, number] | null): ListDefinitions | null {
  if (!plfLst || !plfLfo) return null;
  const levels = listLevels(table, plfLst);
  const lists = listInstances(table, plfLfo);
  return levels && lists ? { levels, lists } : null;
}

/** PlfLst: the count and an LSTF per list; after it (past its lcb) each list's LVLs, one or nine. */
function listLevels(table: Uint8Array, [fc, lcb]: [number, number]): Map<string, Map<number, Level>> | null {
  if (lcb < 2 || fc + lcb > table.length) return null;
  const tv = dataView(table);
  const count = tv.getInt16(fc, true);
  if (count < 0 || 2 + count * LSTF_SIZE > lcb) return null;
  const levels = new Map<string, Map<number, Level>>();
  let at = fc + lcb;
  for (let i = 0; i < count; i++) {
    const lstf = fc + 2 + i * LSTF_SIZE;
    const lsid = tv.getInt32(lstf, true);
    const simple = (table[lstf + 26]! & FLAG_SIMPLE_LIST) !== 0;
    const byLevel = new Map<number, Level>();
    for (let ilvl = 0; ilvl < (simple ? 1 : LEVELS_OF_LIST); ilvl++) {
      const lvl = readLevel(table, at);
      if (!lvl) return null;
      byLevel.set(ilvl, lvl.level);
      at = lvl.end;
    }
    levels.set(String(lsid), byLevel);
  }
  return levels;
}

/** An LVL at `at`: its LVLF, the paragraph and character sprms it applies, its label (xst). */
function readLevel(table: Uint8Array, at: number): { level: Level; end: number } | null {
  if (at + LVLF_SIZE > table.length) return null;
  const tv = dataView(table);
  const start = tv.getInt32(at, true);
  const nfc = table[at + 4]!;
  const xstAt = at + LVLF_SIZE + table[at + 25]! + table[at + 24]!;
  if (xstAt + 2 > table.length) return null;
  const chars = tv.getUint16(xstAt, true);
  const end = xstAt + 2 + chars * 2;
  if (end > table.length) return null;
  let text = '';
  for (let i = 0; i < chars; i++) {
    const code = tv.getUint16(xstAt + 2 + i * 2, true);
    // Characters 0–8 stand for the numbers of levels 1–9.
    text += code < LEVELS_OF_LIST ? `%${code + 1}` : String.fromCharCode(code);
  }
  return { level: { start, format: FORMATS[nfc] ?? 'decimal', text }, end };
}

/** PlfLfo: the count, an LFO per instance (its list's lsid), then each one's LFOData with its level overrides. */
function listInstances(table: Uint8Array, [fc, lcb]: [number, number]): Map<string, ListInstance> | null {
  if (lcb < 4 || fc + lcb > table.length) return null;
  const tv = dataView(table);
  const count = tv.getInt32(fc, true);
  if (count < 0 || 4 + count * LFO_SIZE > lcb) return null;
  const lists = new Map<string, ListInstance>();
  let at = fc + 4 + count * LFO_SIZE;
  for (let i = 0; i < count; i++) {
    const lfo = fc + 4 + i * LFO_SIZE;
    const overrides = table[lfo + 12]!;
    const startOverrides = new Map<number, number>();
    at += 4; // the LFOData's cp
    for (let j = 0; j < overrides && at + 8 <= fc + lcb; j++) {
      const startAt = tv.getInt32(at, true);
      const flags = table[at + 4]!;
      if (flags & LFOLVL_START_AT) startOverrides.set(flags & 0x0f, startAt);
      at += 8;
      if (flags & LFOLVL_FORMATTING) {
        // A level defined anew for this instance: skipped, the list's own level counts.
        const lvl = readLevel(table, at);
        if (!lvl) break;
        at = lvl.end;
      }
    }
    lists.set(String(i + 1), { abstractId: String(tv.getInt32(lfo, true)), startOverrides });
  }
  return lists;
}
