// The data rows of a returned table, below its header: section rows, notes, signature lines and blank
// rows left out; vertically merged cells filled down; "同上" copied from the row above.
import { cleanCellText, isSameAsAbove, normalizeSeq } from '../text';
import type { SheetGrid } from '../workbook/grid';
import { INPUT_FIELDS, type Field, type HeaderLayout, type InputField } from './headers';

export interface SourceRow {
  /** 1-based row number in the sheet. */
  row: number;
  /** The sequence number cell as written, and normalised ("（3）" → "3"); null when not a number. */
  seqText: string;
  seq: string | null;
  content: string;
  /** 牵头/责任/配合 as written, when the table has that column. */
  roleText: string;
  fields: Record<InputField, string>;
  /** The task columns came from cells merged down from the row above (one task over several rows). */
  continuesAbove: boolean;
}

export interface TableRows {
  rows: SourceRow[];
  /** Text outside the table (title, 填报单位 line, notes and signatures), for finding unit and period. */
  surroundings: string[];
  /** The section titles met, in order. */
  sections: string[];
}

const SECTION_RE = /^([一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(部分|章|节|项))/u;
const NOTE_RE = /^(注|备注|说明|填报说明|填表说明|附注|备考)\s*\d*\s*[:：、.]|^注\s*\d|^[*※]/u;
const SIGNATURE_RE = /(填报人|联系人|联系电话|审核人|签发人|单位负责人|分管领导|填报日期|报送日期|填报单位|（盖章）)/u;

export function readTableRows(sheet: SheetGrid, layout: HeaderLayout): TableRows {
  const grid = fillVerticalMerges(sheet, layout.headerRow + 1);
  const cols = layout.columns;
  const cell = (r: number, f: Field) => (cols[f] === undefined ? '' : cleanCellText(grid[r]?.[cols[f]!] ?? ''));
  const surroundings = sheet.rows.slice(0, layout.firstHeaderRow).map(joinRow).filter(Boolean);
  const sections: string[] = [];
  const rows: SourceRow[] = [];
  const mergedDown = mergedDownCells(sheet, layout.headerRow + 1);

  for (let r = layout.headerRow + 1; r < grid.length; r++) {
    const texts = (grid[r] ?? []).map((t) => cleanCellText(t)).filter(Boolean);
    if (!texts.length) continue;
    const distinct = new Set(texts);
    const seqText = cell(r, 'seq');
    const seq = normalizeSeq(seqText);
    const first = texts[0]!;

    if (distinct.size === 1 && !seq) {
      if (SECTION_RE.test(first)) {
        sections.push(first);
        continue;
      }
      if (NOTE_RE.test(first) || SIGNATURE_RE.test(first)) {
        surroundings.push(first);
        continue;
      }
    }
    // "填报人：…  联系电话：…" lines under the table, whichever columns they landed in.
    if (!seq && SIGNATURE_RE.test(texts.join(' ')) && texts.every((t) => t.length <= 40)) {
      surroundings.push(texts.join('  '));
      continue;
    }
    if (isRepeatedHeader(grid[r] ?? [], sheet.rows[layout.headerRow] ?? [])) continue;

    const contentCol = cols.content ?? cols.seq;
    rows.push({
      row: r + 1,
      seqText,
      seq,
      content: cell(r, 'content'),
      roleText: cell(r, 'role'),
      fields: Object.fromEntries(INPUT_FIELDS.map((f) => [f, cell(r, f)])) as Record<InputField, string>,
      continuesAbove: contentCol !== undefined && mergedDown.has(`${r}:${contentCol}`),
    });
  }
  resolveSameAsAbove(rows);
  return { rows, surroundings, sections };
}

const joinRow = (row: string[]) => row.map((t) => t.trim()).filter(Boolean).join('  ');

/** A copy of the rows with each vertical merge's text repeated in every row it spans. */
function fillVerticalMerges(sheet: SheetGrid, fromRow: number): string[][] {
  const grid = sheet.rows.map((row) => row.slice());
  for (const m of sheet.merges) {
    if (m.bottom === m.top || m.bottom < fromRow) continue;
    const text = sheet.rows[m.top]?.[m.left] ?? '';
    for (let r = Math.max(m.top + 1, fromRow); r <= m.bottom; r++) {
      const row = (grid[r] ??= []);
      while (row.length <= m.left) row.push('');
      row[m.left] = text;
    }
  }
  return grid;
}

/** "row:col" of cells that are continuations of a vertical merge (not its top cell). */
function mergedDownCells(sheet: SheetGrid, fromRow: number): Set<string> {
  const cells = new Set<string>();
  for (const m of sheet.merges) {
    for (let r = Math.max(m.top + 1, fromRow); r <= m.bottom; r++) cells.add(`${r}:${m.left}`);
  }
  return cells;
}

function isRepeatedHeader(row: string[], header: string[]): boolean {
  const texts = row.map((t) => t.trim()).filter(Boolean);
  return texts.length >= 2 && texts.every((t, i) => t === header.map((h) => h.trim()).filter(Boolean)[i]);
}

/** "同上" in a cell means the same text as that column in the row above. */
function resolveSameAsAbove(rows: SourceRow[]): void {
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    for (const f of INPUT_FIELDS) {
      if (isSameAsAbove(row.fields[f])) row.fields[f] = above.fields[f];
    }
    if (isSameAsAbove(row.content)) row.content = above.content;
  }
}
