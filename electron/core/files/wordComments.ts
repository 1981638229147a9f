// The comments (批注, annotations) of a Word 97–2003 document: their texts, by where their marks
// stand in the main text.
import { dataView } from './dataView';

/** An annotation reference: its author's initials and more, after the marks' positions. */
const ATRD_SIZE = 30;

/**
 * The comments (annotations) by the position of their marks in the main text: PlcfandRef lists the
 * marks' positions (then an ATRD each), PlcfandTxt where each comment's text begins in theirs.
 * Comments whose tables do not add up are left out, never guessed at.
 */
export function annotationsOf(table: Uint8Array, refs: [number, number] | null, starts: [number, number] | null, texts: string): Map<number, string> {
  const comments = new Map<number, string>();
  if (!refs || !starts) return comments;
  const [refFc, refLcb] = refs;
  const [txtFc, txtLcb] = starts;
  if (refFc + refLcb > table.length || txtFc + txtLcb > table.length || (refLcb - 4) % (4 + ATRD_SIZE) !== 0) return comments;
  const n = (refLcb - 4) / (4 + ATRD_SIZE);
  if (txtLcb < (n + 1) * 4) return comments;
  const tv = dataView(table);
  for (let i = 0; i < n; i++) {
    const start = tv.getUint32(txtFc + i * 4, true);
    const end = tv.getUint32(txtFc + (i + 1) * 4, true);
    const text = commentText(texts.slice(start, end));
    if (text) comments.set(tv.getUint32(refFc + i * 4, true), text);
  }
  return comments;
}

/** A comment's text, one line a paragraph: it begins with its own mark (0x05), which goes with the other control characters. */
function commentText(raw: string): string {
  const lines: string[] = [];
  let line = '';
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code === 0x0d || code === 0x0b) {
      lines.push(line.trim());
      line = '';
    } else if (code >= 0x20 || code === 0x09) line += ch;
  }
  lines.push(line.trim());
  return lines.filter(Boolean).join('\n');
}

