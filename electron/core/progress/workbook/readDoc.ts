// A .doc return (Word 97–2003, as WPS still saves them) → one grid per table and the paragraphs, read as a .docx's is:
// the binary reader gives paragraphs and tables (cells with their spans, merges, comments and hidden
// text), which are replayed as the .docx body's events.
import type { BodyEvent } from '../../files/docxBody';
import { readWordBinary, type WordBlock } from '../../files/wordBinary';
import type { FileInput } from '../../../shared/api/method';
import { wordBody, type WordBody } from './readDocx';

export function readDoc({ name, bytes }: FileInput): WordBody {
  const comments = new Map<string, string>();
  // The binary reader has written each automatic number in front already.
  return wordBody(name, bodyEventsOf(readWordBinary(name, bytes), comments), () => '', comments);
}

const paragraph = (text: string, hiddenText = false): BodyEvent => ({
  kind: 'paragraph',
  paragraph: { text, styleId: null, numId: null, ilvl: null, ...(hiddenText ? { hiddenText } : {}) },
});

/** The blocks as body events; each cell's comments (批注) get ids, their texts put in `comments`. */
function* bodyEventsOf(blocks: readonly WordBlock[], comments: Map<string, string>): Generator<BodyEvent> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      yield paragraph(block.text);
      continue;
    }
    yield { kind: 'table', open: true };
    for (const row of block.rows) {
      yield { kind: 'row', open: true };
      if (row.before) yield { kind: 'gridBefore', columns: row.before };
      for (const cell of row.cells) {
        yield { kind: 'cell', open: true };
        if (cell.span > 1) yield { kind: 'gridSpan', span: cell.span };
        if (cell.vMerge) yield { kind: 'vMerge', restart: cell.vMerge === 'restart' };
        for (const [i, line] of cell.text.split('\n').entries()) yield paragraph(line, cell.hiddenText && i === 0);
        for (const text of cell.comments) {
          const id = String(comments.size);
          comments.set(id, text);
          yield { kind: 'comment', id };
        }
        yield { kind: 'cell', open: false };
      }
      yield { kind: 'row', open: false };
    }
    yield { kind: 'table', open: false };
  }
}
