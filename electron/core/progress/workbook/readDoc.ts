// A .doc return (Word 97–2003, as WPS still saves them) → one grid per table, read as a .docx's is:
// the binary reader gives paragraphs and tables, which are replayed as the .docx body's events.
import type { BodyEvent } from '../../files/docxBody';
import { readWordBinary, type WordBlock } from '../../files/wordBinary';
import type { FileInput } from '../../../shared/api/method';
import type { SheetGrid } from './grid';
import { tableGrids } from './readDocx';

export function readDoc({ name, bytes }: FileInput): SheetGrid[] {
  // A .doc keeps no automatic numbers in its text: there are none to write in front.
  return tableGrids(name, bodyEventsOf(readWordBinary(name, bytes)), () => '');
}

const paragraph = (text: string): BodyEvent => ({ kind: 'paragraph', paragraph: { text, styleId: null, numId: null, ilvl: null } });

function* bodyEventsOf(blocks: readonly WordBlock[]): Generator<BodyEvent> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      yield paragraph(block.text);
      continue;
    }
    yield { kind: 'table', open: true };
    for (const row of block.rows) {
      yield { kind: 'row', open: true };
      for (const cell of row) {
        yield { kind: 'cell', open: true };
        for (const line of cell.split('\n')) yield paragraph(line);
        yield { kind: 'cell', open: false };
      }
      yield { kind: 'row', open: false };
    }
    yield { kind: 'table', open: false };
  }
}
