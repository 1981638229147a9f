// The small pieces of SpreadsheetML every part needs: text that XML 1.0 can hold, escaping and
// A1-style cell references.

/** Strips characters XML 1.0 cannot hold (control characters, lone surrogates) so the file stays valid. */
export function safeText(value: string | null | undefined): string {
  if (!value) return '';
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(value)) return value; // the usual case, cheaply
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for an element or a double-quoted attribute (after safeText). */
export function escapeXml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (c) => ENTITIES[c]!) : text;
}

const NAMES: string[] = [];

/** 1 → A, 26 → Z, 27 → AA. */
export function columnName(column: number): string {
  let name = NAMES[column];
  if (name === undefined) {
    name = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    if (column < 1024) NAMES[column] = name;
  }
  return name;
}

/** The XML declaration every part starts with. */
export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
