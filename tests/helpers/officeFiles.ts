// Real Office files made at test time: a .docx of paragraphs (as Word saves a typed plan, or with
// Word's automatic numbering), a .docx holding a table (a plan's task table, a bureau's return),
// .xlsx/.xls task tables laid out the way offices send them.
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type LevelFormat } from 'docx';
import type { FileInput } from '../../electron/shared/api/method';

export async function docxOfParagraphs(name: string, paragraphs: string[]): Promise<FileInput> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun({ text, font: '仿宋_GB2312', size: 32 })] })) }],
  });
  return { name, bytes: new Uint8Array(await Packer.toBuffer(doc)) };
}

/** A list level of Word's automatic numbering: its format and its label (%1 the level's number). */
export interface ListLevel {
  format: (typeof LevelFormat)[keyof typeof LevelFormat];
  text: string;
}

/**
 * A .docx whose paragraphs given as { text, level } are numbered by Word (one list, `levels` its
 * levels) rather than typed: the numbers are in numbering.xml, not in the text.
 */
export async function docxWithNumbering(name: string, levels: ListLevel[], paragraphs: (string | { text: string; level: number })[]): Promise<FileInput> {
  const doc = new Document({
    numbering: { config: [{ reference: 'plan', levels: levels.map((l, level) => ({ level, format: l.format, text: l.text })) }] },
    sections: [
      {
        children: paragraphs.map((p) =>
          typeof p === 'string'
            ? new Paragraph({ children: [new TextRun(p)] })
            : new Paragraph({ numbering: { reference: 'plan', level: p.level }, children: [new TextRun(p.text)] }),
        ),
      },
    ],
  });
  return { name, bytes: new Uint8Array(await Packer.toBuffer(doc)) };
}

/**
 * Cells: a string (lines split at "\n" into paragraphs), or { text, columnSpan, rowSpan } for a
 * merged cell, or { numbered: true } for a cell Word numbers (1, 2, …) with nothing typed in it.
 */
export type DocxCell =
  | string
  | { text: string; columnSpan?: number; rowSpan?: number }
  | { numbered: true }
  | { text: string; comment: string }
  /** Visible text followed by text formatted hidden (Word's 隐藏文字, w:vanish). */
  | { text: string; hidden: string };

const paragraphsOf = (text: string) => text.split('\n').map((line) => new Paragraph(line));

export const docxWithTable = (name: string, before: string[], rows: DocxCell[][], after: string[] = []): Promise<FileInput> =>
  docxWithTables(name, before, [rows], after);

/**
 * Tables one after another, each after a paragraph of its own so Word keeps them apart: `headings[i]`
 * above table i when given, else "表二", "表三"… above every table but the first.
 */
export async function docxWithTables(
  name: string,
  before: string[],
  tables: DocxCell[][][],
  after: string[] = [],
  headings?: string[],
): Promise<FileInput> {
  // A cell's comment (批注): its text in comments.xml, anchored around the cell's text as Word does.
  const comments: { id: number; author: string; date: Date; children: Paragraph[] }[] = [];
  const commented = (text: string, comment: string) => {
    const id = comments.length;
    comments.push({ id, author: '李四', date: new Date(Date.UTC(2023, 9, 8)), children: [new Paragraph(comment)] });
    return new TableCell({
      children: [new Paragraph({ children: [new CommentRangeStart(id), new TextRun(text), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })] })],
    });
  };
  const cell = (c: DocxCell) =>
    typeof c === 'string'
      ? new TableCell({ children: paragraphsOf(c) })
      : 'numbered' in c
        ? new TableCell({ children: [new Paragraph({ numbering: { reference: 'seq', level: 0 }, children: [] })] })
        : 'comment' in c
          ? commented(c.text, c.comment)
          : 'hidden' in c
            ? new TableCell({ children: [new Paragraph({ children: [new TextRun(c.text), new TextRun({ text: c.hidden, vanish: true })] })] })
            : new TableCell({ children: paragraphsOf(c.text), columnSpan: c.columnSpan, rowSpan: c.rowSpan });
  const rowsOf = tables.map((rows) => rows.map((r) => new TableRow({ children: r.map(cell) })));
  const doc = new Document({
    comments: { children: comments },
    numbering: { config: [{ reference: 'seq', levels: [{ level: 0, format: 'decimal', text: '%1' }] }] },
    sections: [
      {
        children: [
          ...before.map((text) => new Paragraph(text)),
          ...tables.flatMap((_, i) => [
            ...(headings ? [new Paragraph(headings[i]!)] : i > 0 ? [new Paragraph(`表${'一二三四五六七八九'[i]}`)] : []),
            new Table({ rows: rowsOf[i]! }),
          ]),
          ...after.map((text) => new Paragraph(text)),
        ],
      },
    ],
  });
  return { name, bytes: new Uint8Array(await Packer.toBuffer(doc)) };
}

/** An .xlsx sheet from rows; `merges` are [row, col, row, col] (1-based) ranges. */
export async function xlsxOf(
  name: string,
  sheets: { name: string; rows: (string | number | Date | null)[][]; merges?: [number, number, number, number][] }[],
): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    for (const [r1, c1, r2, c2] of s.merges ?? []) ws.mergeCells(r1, c1, r2, c2);
  }
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

/** A legacy Excel 97-2003 (.xls, BIFF8) file, or an OpenDocument .ods; merges are 0-based {s, e} ranges. */
export function xlsOf(name: string, rows: (string | number | null)[][], merges: XLSX.Range[] = [], bookType: 'biff8' | 'ods' = 'biff8'): FileInput {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '任务分工');
  const out = XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer;
  return { name, bytes: new Uint8Array(out) };
}
