/** How a section heading is written: "一、标题", "（一）标题", "第一部分 标题", "1. 标题". */
export function sectionLabel(s: { numeral: string; title: string }): string {
  if (/^[（(]|^第/.test(s.numeral)) return `${s.numeral}${s.numeral.startsWith('第') ? ' ' : ''}${s.title}`;
  if (/^\d+$/.test(s.numeral)) return `${s.numeral}. ${s.title}`;
  return s.numeral ? `${s.numeral}、${s.title}` : s.title;
}

/** A task's number before its text: "3. 任务", and "1.1 任务" for a decimal number (no second point). */
export function numberedTask(seq: string, text: string): string {
  return `${seq}${/\.\d+$/.test(seq) ? ' ' : '. '}${text}`;
}
