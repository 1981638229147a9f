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

/** A 重点任务 heading no longer than this, on its own line above the 具体措施. */
const TABLE_HEADING_MAX = 30;

/**
 * A task read from a plan's table keeps its 重点任务 cell, often merged over several rows, as a first
 * line above its 具体措施 ("深化“高效办成一件事”改革\n推出…"). That heading is shared by the tasks
 * under it and would give them all the same gist: the measure says which task this is. A line break
 * after a heading is only left by a table (text plans keep breaks only after a sentence's end).
 * Lists that show the start of a task's content show this, or every task under a heading looks alike.
 */
export function withoutTableHeading(content: string): string {
  const at = content.indexOf('\n');
  if (at < 0) return content;
  const heading = content.slice(0, at).trim();
  const rest = content.slice(at + 1).trim();
  const isHeading = heading.length <= TABLE_HEADING_MAX && !/[。；;！!？?：:]$/.test(heading);
  return isHeading && rest ? rest : content;
}

/** A task an update of the plan removes, as the official is asked about it: "3. 扎实推进…（2 条进展记录）". */
export function removedTaskLine(t: { seq: string; content: string; progressRecords: number }): string {
  return numberedTask(t.seq, clipText(withoutTableHeading(t.content), 30)) + (t.progressRecords ? `（${t.progressRecords} 条进展记录）` : '');
}

/** How deep a heading's numbering sits: 第一部分 > 一、 > （一） > 1. > 1.1 > （1）. */
function numberingDepth(numeral: string): number {
  if (numeral.startsWith('第')) return 0;
  if (/^[（(]\d/.test(numeral)) return 5;
  if (/^[（(]/.test(numeral)) return 2;
  if (/^\d+[.．]\d/.test(numeral)) return 4;
  return /^\d/.test(numeral) ? 3 : 1;
}

/**
 * Each section's parent in a plan's sections as stored (in order, one flat list): the nearest
 * section before it numbered at an outer level ("一、" over the "（一）" after it), or null.
 */
export function sectionParents(sections: readonly { numeral: string }[]): (number | null)[] {
  const open: number[] = [];
  return sections.map((s, i) => {
    const depth = numberingDepth(s.numeral);
    while (open.length && numberingDepth(sections[open.at(-1)!]!.numeral) >= depth) open.pop();
    const parent = open.at(-1) ?? null;
    open.push(i);
    return parent;
  });
}

/** Each section's headings from its top-level part down to itself, as indices: [一, （一）] for that "（一）". */
export function sectionPaths(sections: readonly { numeral: string }[]): number[][] {
  const paths: number[][] = [];
  sectionParents(sections).forEach((parent, i) => paths.push(parent === null ? [i] : [...paths[parent]!, i]));
  return paths;
}

/** The index of the top-level part each section belongs to (its own for a part). */
export function topLevelParts(sections: readonly { numeral: string }[]): number[] {
  return sectionPaths(sections).map((path) => path[0]!);
}

/**
 * The index of the part each section's tasks count in when figures go by part: its top-level part,
 * or, when every task (`taskSections`: the section ids tasks sit in) falls in one top-level part
 * that is divided further, the sub-section of that part ("（一）"…"（六）" of "二、重点任务" when the
 * other parts hold no task), so a breakdown by part is not one row. A task sitting in that part
 * itself, outside its sub-sections, counts in the part.
 */
export function reportingParts(sections: readonly { id: number; numeral: string }[], taskSections: Iterable<number>): number[] {
  const paths = sectionPaths(sections);
  const indexOf = new Map(sections.map((s, i) => [s.id, i]));
  const tops = new Set<number>();
  for (const id of taskSections) {
    const i = indexOf.get(id);
    if (i !== undefined) tops.add(paths[i]![0]!);
  }
  const [only] = tops;
  if (tops.size !== 1 || !paths.some((p) => p[0] === only && p.length > 1)) return paths.map((p) => p[0]!);
  return paths.map((p) => (p[0] === only ? (p[1] ?? p[0]) : p[0])!);
}

/** Each section's numeral after those of the parts it sits in ("一（一）"): sub-sections of different parts told apart. */
export function qualifiedNumerals(sections: readonly { numeral: string }[]): string[] {
  return sectionPaths(sections).map((path) => path.map((i) => sections[i]!.numeral).join(''));
}

/**
 * The ids of a section and of every section nested in it: choosing "一、" in a 部分 filter takes in the
 * tasks of its "（一）", "（二）", whose own section they are.
 */
export function sectionAndSubsections(sections: readonly { id: number; numeral: string }[], id: number): Set<number> {
  const at = sections.findIndex((s) => s.id === id);
  const paths = sectionPaths(sections);
  return new Set(sections.filter((_, i) => paths[i]!.includes(at)).map((s) => s.id));
}
