// A unit that rewrote a task's 完成时限 in its return ("申请延期至2024年6月") asks for something the
// import does not do: the ledger keeps the plan's deadline, and the official is told, row by row.
import { parseDeadline } from '../../plan/deadline';
import type { PlanBasics } from '../../../db/repos/progress';
import type { ReturnedTable } from '../returns/readReturn';
import { tableName } from '../returns/readReturn';
import { comparableText } from '../text';
import type { RowMatch } from './matchRows';

/** At most this many rows are quoted; the rest are counted. */
const MAX_QUOTED = 8;

export function rewrittenDeadlineNote(table: ReturnedTable, matches: readonly RowMatch[], plan: Pick<PlanBasics, 'endYear'>): string | null {
  const differing: string[] = [];
  table.rows.forEach((row, i) => {
    const task = matches[i]!.task;
    const written = row.deadlineCell;
    if (!task || !written) return;
    const planned = task.deadlineText || task.deadline || '';
    if (comparableText(written) === comparableText(planned)) return;
    // The same date written another way (a date cell, "2022.12.31" for "2022年12月底前完成") is no change.
    const read = parseDeadline(written, plan.endYear);
    if (task.deadline ? read.deadline === task.deadline : read.continuous && !read.deadline) return;
    differing.push(`第${row.row}行（序号${task.seq}）写作“${written}”，台账为“${planned || '未定'}”`);
  });
  if (!differing.length) return null;
  const quoted = differing.slice(0, MAX_QUOTED).join('；');
  const more = differing.length > MAX_QUOTED ? `等 ${differing.length} 行` : '';
  return `${tableName(table)}中的完成时限与台账不同：${quoted}${more}。导入不改动台账的完成时限；如需调整，请核实后在台账中修改。`;
}
