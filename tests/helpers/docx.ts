// Reading back the .docx files the app writes: well-formedness of each part, and the document as
// mammoth sees it (as HTML), down to a table's rows, cells and paragraphs.
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';

/** Throws on the first well-formedness or namespace error. */
export function parseXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** The docx as HTML (mammoth). */
export async function readBack(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

/** The text of an HTML fragment of mammoth's: line breaks kept, tags dropped, entities decoded. */
export const decode = (html: string) =>
  html.replace(/<br \/>/g, '\n').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** mammoth's first table: rows of cells, each cell its paragraphs. */
export function tableRows(html: string): string[][][] {
  const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => [...cell[1]!.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => decode(p[1]!))),
  );
}
