// What a report read in words (文字报告, see returns/reportGrid) adds to its analysis: the notes that say
// how it was read, and a confirmation for every item matched by its words alone.
import type { ReportInfo } from '../returns/reportGrid';
import type { RowMatch } from './matchRows';

const CLOSING_WORDS = { problems: '存在问题', nextSteps: '下步打算' } as const;

const paragraphs = (ranges: readonly { first: number; last: number }[]) =>
  ranges.map(({ first, last }) => (first === last ? `${first}` : `${first}–${last}`)).join('、');

/** How the report was read, and where its closing sections went. */
export function reportNotes(report: ReportInfo): string[] {
  const notes = [
    `按文字报告读入：文件中没有推进情况表，已把编号的 ${report.items.length} 段（第 ${paragraphs(report.items)} 段）逐项读作 ${report.items.length} 行，` +
      '“段”为文档中的段落序号（空行不计）；写了“第N项”的按序号对应任务，没写的按标题文字对应、须逐项确认，请核对。',
  ];
  if (!report.closings.length) return notes;
  const named = report.closings.map((c) => `“${CLOSING_WORDS[c.kind]}”（第 ${paragraphs([c])} 段）`).join('、');
  notes.push(
    report.closingsGiven
      ? `文末的${named}不专属某一项，已记入每一项的存在问题、下步计划（该项自己写了的除外），请核对。`
      : `文中的${named}不止一处，分不清各属哪一项，未导入，请核对后在台账中录入。`,
  );
  return notes;
}

const pct = (score: number) => `${Math.round(score * 100)}%`;

/**
 * An item matched by its words alone waits for the official, as a doubtful match of a table's row
 * does. An item naming one of the unit's own tasks by number (“（第4项）”) is taken at its word: its
 * heading is the unit's own short wording (“配合推进“拿地即开工””), seldom much like the plan's text.
 */
export function reportMatches(matches: readonly RowMatch[], unitTaskIds: ReadonlySet<number> | null): RowMatch[] {
  return matches.map((m) => {
    if (!m.task) return m;
    if (m.match === 'content' && !m.lowConfidence) {
      return { ...m, lowConfidence: true, warnings: [`这一项没有写明任务序号，按标题文字匹配为序号${m.task.seq}的任务（相似度${pct(m.score)}），请确认`] };
    }
    if (m.match === 'seq' && m.lowConfidence && unitTaskIds?.has(m.task.id)) {
      return { ...m, lowConfidence: false, warnings: [`标题与序号${m.task.seq}的任务文字不尽相同（相似度${pct(m.score)}），已按文中写明的序号导入，请核对`] };
    }
    return m;
  });
}
