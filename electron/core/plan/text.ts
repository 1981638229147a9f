// Small text helpers shared by the plan readers.

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Full-width digits (０-９) as ASCII digits. */
export function halfWidthDigits(text: string): string {
  // Test first: a replace with a callback is costly even when nothing matches, and most text has no such digit.
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}

/** A line without its indentation or trailing blanks (trim() covers full-width spaces and the BOM), digits made half-width. */
export function normalizeLine(line: string): string {
  return halfWidthDigits(line.trim());
}

/** Whether a line ends a sentence, so the next line starts a new paragraph rather than continuing a wrapped one. */
export function endsSentence(line: string): boolean {
  return /[。！？；：:;!?）)」”]$/.test(line);
}

/** Joins wrapped lines: a paragraph break after a finished sentence, nothing inside a hard-wrapped one. */
export function joinLines(lines: readonly { text: string; afterBlank: boolean }[]): string {
  let out = '';
  for (const [i, line] of lines.entries()) {
    if (i > 0) out += line.afterBlank || endsSentence(lines[i - 1]!.text) ? '\n' : '';
    out += line.text;
  }
  return out;
}

/** A file name without its folder or extension, for a fallback title. */
export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
