// What the ledger's exports (.xlsx, .docx) share: the title, the columns and their cell text, and
// the tasks grouped under their sections in plan order.
import { isoDateInWords } from '../../shared/format';
import type { PlanDetail, Section, Task } from '../../shared/types';

export function ledgerTitle(planTitle: string): string {
  return /台账$|分工表$/.test(planTitle) ? planTitle : `${planTitle}任务分工台账`;
}

/** The 完成时限 cell: the text as written, else the date, else 持续推进. */
export function deadlineCell(task: Pick<Task, 'deadline' | 'deadlineText' | 'continuous'>): string {
  if (task.deadlineText) return task.deadlineText;
  if (task.deadline) return `${isoDateInWords(task.deadline)}前`;
  return task.continuous ? '持续推进' : '';
}

export interface LedgerColumn {
  header: string;
  /** Characters in the spreadsheet; the document's columns keep the same proportions. */
  width: number;
  /** Left-aligned (the task text) rather than centred. */
  leftAligned?: boolean;
  /** The cell's text; several units one per line. */
  text(task: Task): string;
}

export const SEQ_COLUMN: LedgerColumn = { header: '序号', width: 8, text: (t) => t.seq };

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  SEQ_COLUMN,
  { header: '工作任务', width: 53, leftAligned: true, text: (t) => t.content },
  { header: '牵头单位', width: 19, text: (t) => t.units.lead.join('\n') },
  { header: '责任单位', width: 20, text: (t) => t.units.joint.join('\n') },
  { header: '配合单位', width: 14, text: (t) => t.units.cooperating.join('\n') },
  { header: '国家层面', width: 22, text: (t) => t.units.national.join('\n') },
  { header: '完成时限', width: 16, text: deadlineCell },
];

/** The tasks outside any section first (a plan without headings has only these), then every section's. */
export function ledgerGroups(plan: PlanDetail): { section: Section | null; tasks: Task[] }[] {
  const bySection = new Map<number | null, Task[]>();
  for (const t of plan.tasks) {
    const list = bySection.get(t.sectionId);
    if (list) list.push(t);
    else bySection.set(t.sectionId, [t]);
  }
  return [{ section: null, tasks: bySection.get(null) ?? [] }, ...plan.sections.map((s) => ({ section: s, tasks: bySection.get(s.id) ?? [] }))];
}
