import { clipText } from './format';

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

/** A task an update of the plan removes, as the official is asked about it: "3. 扎实推进…（2 条进展记录）". */
export function removedTaskLine(t: { seq: string; content: string; progressRecords: number }): string {
  return numberedTask(t.seq, clipText(t.content, 30)) + (t.progressRecords ? `（${t.progressRecords} 条进展记录）` : '');
}
