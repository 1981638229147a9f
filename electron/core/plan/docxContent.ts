// What a .docx (or a Word 97–2003 .doc) holds for the plan readers: its paragraphs as text (mammoth
// keeps paragraph boundaries; automatic numbering is written in front by docxNumbering) and its
// tables as rows of cell text (merged cells repeating their value).
import mammoth from 'mammoth';
import { numberedText } from '../files/docxBody';
import { readWordBinary, type WordRow } from '../files/wordBinary';

export interface DocxContent {
  text: string;
  /** Paragraphs numbered automatically whose numbers the text lacks (a .doc's whose lists cannot be read). */
  unnumberedListParagraphs: number;
  tables: string[][][];
  /** Paragraphs before the first table (where a table's title is). */
  beforeFirstTable: string[];
}

/** `parts`: the DOCX_BODY_PARTS the zip guard kept (absent ones are simply not there). */
export async function readDocx(bytes: Uint8Array, parts: ReadonlyMap<string, Buffer> = new Map()): Promise<DocxContent> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const part = (name: string) => parts.get(name)?.toString('utf8') ?? null;
  const document = part('word/document.xml');
  const numbered = document === null ? null : numberedText({ document, numbering: part('word/numbering.xml'), styles: part('word/styles.xml') });
  // The plain text extraction only when the numbered one is not needed.
  const [text, html] = await Promise.all([
    numbered ?? mammoth.extractRawText({ buffer }).then((raw) => raw.value),
    mammoth.convertToHtml({ buffer }),
  ]);
  const firstTable = html.value.indexOf('<table');
  const before = firstTable < 0 ? '' : html.value.slice(0, firstTable);
  return {
    text,
    unnumberedListParagraphs: 0,
    tables: firstTable < 0 ? [] : htmlTables(html.value),
    beforeFirstTable: [...before.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => htmlText(m[1]!)).filter(Boolean),
  };
}

/**
 * A .doc's paragraphs and tables, as readDocx gives a .docx's: the text has every paragraph, those
 * in table cells too (as mammoth's raw text has), each automatic number in front. Paragraphs whose
 * numbers cannot be worked out are counted, so that the user can be told.
 */
export function readDoc(name: string, bytes: Uint8Array): DocxContent {
  const blocks = readWordBinary(name, bytes);
  const firstTable = blocks.findIndex((b) => b.kind === 'table');
  const lines = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((row) => row.cells.flatMap((cell) => cell.text.split('\n')))));
  return {
    text: lines.join('\n'),
    unnumberedListParagraphs: blocks.filter((b) => b.kind === 'paragraph' && b.listed && b.text).length,
    tables: blocks.flatMap((b) => (b.kind === 'table' ? [mergedGrid(b.rows)] : [])),
    beforeFirstTable: (firstTable < 0 ? [] : blocks.slice(0, firstTable)).flatMap((b) => (b.kind === 'paragraph' && b.text ? [b.text] : [])),
  };
}

/**
 * A .doc table's rows as cell grids, merged cells repeating their value as htmlTables gives a .docx's:
 * a cell spanning columns fills each, a vertically continued cell takes the text of the one above.
 */
function mergedGrid(rows: readonly WordRow[]): string[][] {
  let above: string[] = [];
  return rows.map((row) => {
    const grid: string[] = Array<string>(row.before).fill('');
    for (const cell of row.cells) {
      const text = cell.vMerge === 'continue' && !cell.text ? (above[grid.length] ?? '') : cell.text;
      for (let i = 0; i < cell.span; i++) grid.push(text);
    }
    above = grid;
    return grid;
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlText(fragment: string): string {
  return fragment
    .replace(/<\/p>\s*<p[^>]*>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name] ?? whole;
    })
    .trim();
}

/** Mammoth's simple table HTML to cell grids, honouring colspan and rowspan. Nested tables are flattened into their cell. */
function htmlTables(html: string): string[][][] {
  const tables: string[][][] = [];
  for (const t of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    const grid: string[][] = [];
    const spans: { text: string; left: number }[] = []; // per column: a rowspan still covering it
    for (const tr of t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
      const row: string[] = [];
      const take = () => {
        while (spans[row.length]?.left) {
          const span = spans[row.length]!;
          span.left--;
          row.push(span.text);
        }
      };
      for (const td of tr[1]!.matchAll(/<t([dh])([^>]*)>([\s\S]*?)<\/t\1>/g)) {
        take();
        const attrs = td[2]!;
        const text = htmlText(td[3]!);
        const colspan = Number(/colspan="(\d+)"/.exec(attrs)?.[1] ?? 1);
        const rowspan = Number(/rowspan="(\d+)"/.exec(attrs)?.[1] ?? 1);
        for (let i = 0; i < colspan; i++) {
          if (rowspan > 1) spans[row.length] = { text, left: rowspan - 1 };
          row.push(text);
        }
      }
      take();
      grid.push(row);
    }
    tables.push(grid);
  }
  return tables;
}
