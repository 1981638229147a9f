// Normalisation of what people type into cells: sequence numbers and text compared for matching.

/** "３", "3、", "（3）", "3.", "第3项", "3.1" → "3" / "3.1"; null when the cell is not a sequence number. */
export function normalizeSeq(raw: string): string | null {
  if (/^[1-9]\d{0,5}$/.test(raw)) return raw; // the usual case, without the work below
  const t = raw.normalize('NFKC').replace(/\s+/g, '');
  if (!t) return null;
  const m = /^第?[(（[]?(\d{1,6}(?:\.\d{1,3})*)[)）\]]?[、.,，:：项条]?$/u.exec(t);
  return m ? m[1]!.replace(/^0+(?=\d)/, '') : null;
}

/** At most this many tasks in one 序号 range ("12-13"): a longer one is no task list (a date, a phone number). */
const MAX_SEQ_RANGE = 20;

/**
 * A 序号 cell naming several tasks, one row reporting on them all: "12-13", "12～14", "12、13",
 * "12,13", "12-13、15" → ["12", "13"]…; null for one number or anything else.
 */
export function seqListOf(raw: string): string[] | null {
  const t = raw.normalize('NFKC').replace(/\s+/g, '');
  if (!/[-—–~至到、,;]/u.test(t)) return null;
  const seqs: string[] = [];
  for (const part of t.split(/[、,;]/u)) {
    const range = /^(\d{1,6})[-—–~至到](\d{1,6})$/u.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to <= from || to - from >= MAX_SEQ_RANGE) return null;
      for (let n = from; n <= to; n++) seqs.push(String(n));
    } else {
      const seq = normalizeSeq(part);
      if (!seq) return null;
      seqs.push(seq);
    }
  }
  const distinct = [...new Set(seqs)];
  return distinct.length > 1 && distinct.length <= MAX_SEQ_RANGE ? distinct : null;
}

/** Text reduced to what carries meaning for comparison: full-width folded, no spaces or punctuation. */
export function comparableText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
}

/** Cell text tidied for storage: trimmed, Windows line ends unified, trailing spaces per line removed. */
export function cleanCellText(raw: string): string {
  // Most cells are one clean line: skip the line-by-line work for them.
  if (!/[\r\n]/.test(raw)) return raw.trim();
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/u, ''))
    .join('\n')
    .trim();
}

/** "同上" (same as above) and its variants. */
export function isSameAsAbove(text: string): boolean {
  if (text.length > 8 || !text.includes('同')) return false;
  return /^(同上|同上。|同前|同上栏)$/u.test(text.normalize('NFKC').replace(/\s+/g, ''));
}
