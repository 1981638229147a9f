// .csv (UTF-8, GB18030/GBK or UTF-16 as Excel's "Unicode text", decoded by plan/decode) → grid.
import type { FileInput } from '../../../shared/api/method';
import { decodeText } from '../../plan/decode';
import type { SheetGrid } from './grid';

export function readCsv({ name, bytes }: FileInput): SheetGrid {
  const text = decodeText(bytes);
  return { name: name.replace(/\.[^.]+$/, ''), state: 'visible', rows: parseDelimited(text, detectDelimiter(text)), merges: [] };
}

function detectDelimiter(text: string): string {
  const sample = text.split(/\r?\n/, 10).join('\n');
  const counts = [',', '\t', ';'].map((d) => [d, sample.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
