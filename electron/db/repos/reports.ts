// Reads behind the period summary, the trend and the 通报: a handful of set-based queries per plan
// and period (never one per task), plus the saved 通报 text of a period (periods themselves: repos/periods.ts).
import type { Db } from '../db';
import type { SectionRow } from './progress';
import type { PeriodKind, ProgressStatus, Task } from '../../shared/types';

export interface PlanHeader {
  id: number;
  title: string;
  periodKind: PeriodKind;
  reportDueDays: number | null;
  reportDueDay: number | null;
}

export type { SectionRow } from './progress';

/** What the summary reads of a task: no ord (rows come in plan order), the flag as SQLite's 0/1. */
export type TaskRow = Pick<Task, 'id' | 'sectionId' | 'seq' | 'content' | 'deadline' | 'deadlineText'> & { continuous: number };

/** A unit's report on a task, as the status rule and the figures see it. */
export interface ReportStatusRow {
  taskId: number;
  unitId: number;
  status: ProgressStatus | null;
}

/** What a unit wrote on a task. */
export interface ReportTextRow {
  taskId: number;
  unitId: number;
  progress: string;
  problems: string;
  nextSteps: string;
}

/** A unit's report with its status and texts. */
export interface ReportRow extends ReportStatusRow, ReportTextRow {}

export interface UnitEntry {
  name: string;
  national: boolean;
}

/** The summary's queries, exported so a test can pin their query plans (index use, no full scans). */
export const SQL = {
  // Many thousand small rows come back as one JSON array (Db.jsonTuples). The plan's unit
  // assignments are read as the progress features read them (repos/progress listAssignments).
  // The statuses only, from progress_period_status (migration 002): the progress rows themselves,
  // whose texts fill most of the file, are not read.
  reportStatuses: `
    SELECT json_group_array(json_array(task_id, unit_id, status))
      FROM progress
     WHERE period_id = ?`,
  // Every report of the period with its texts (the exports' full report).
  reports: `
    SELECT json_group_array(json_array(task_id, unit_id, status, progress, problems, next_steps))
      FROM progress
     WHERE period_id = ?`,
  // The texts of some tasks (a JSON array of ids): one index search per task.
  taskReportTexts: `
    SELECT json_group_array(json_array(task_id, unit_id, progress, problems, next_steps))
      FROM progress
     WHERE period_id = ? AND task_id IN (SELECT value FROM json_each(?))`,
} as const;

export function getPlanHeader(db: Db, planId: number): PlanHeader | undefined {
  return db.get<PlanHeader>('SELECT id, title, period_kind AS periodKind, report_due_days AS reportDueDays, report_due_day AS reportDueDay FROM plans WHERE id = ?', [planId]);
}

/** The saved 通报 text of a period (JSON), null when none was saved. */
export function getReportText(db: Db, periodId: number): string | null {
  return db.get<{ text: string | null }>('SELECT report_text AS text FROM periods WHERE id = ?', [periodId])?.text ?? null;
}

/** The plan's saved 通报 texts (JSON), the latest period first. */
export function listSavedNarratives(db: Db, planId: number): string[] {
  return db
    .all<{ text: string }>('SELECT report_text AS text FROM periods WHERE plan_id = ? AND report_text IS NOT NULL ORDER BY start_date DESC', [planId])
    .map((r) => r.text);
}

/**
 * A stamp of the period's progress records that changes with every import, undo and edit of them
 * (their number and latest change): a saved 通报 keeps it to tell when the records moved on.
 */
export function periodRecordsStamp(db: Db, periodId: number): string {
  const r = db.get<{ n: number; last: string | null }>('SELECT COUNT(*) AS n, MAX(updated_at) AS last FROM progress WHERE period_id = ?', [periodId]);
  return `${r?.n ?? 0}/${r?.last ?? ''}`;
}

export function setReportText(db: Db, periodId: number, text: string | null): void {
  db.run('UPDATE periods SET report_text = ? WHERE id = ?', [text, periodId]);
}

export function listSections(db: Db, planId: number): SectionRow[] {
  return db.all<SectionRow>('SELECT id, numeral, title FROM sections WHERE plan_id = ? ORDER BY ord', [planId]);
}

export function listTasks(db: Db, planId: number): TaskRow[] {
  return db
    .tuples<[number, number | null, string, string, string | null, string, number]>(
      'SELECT id, section_id, seq, content, deadline, deadline_text, continuous FROM tasks WHERE plan_id = ? ORDER BY ord',
      [planId],
    )
    .map(([id, sectionId, seq, content, deadline, deadlineText, continuous]) => ({ id, sectionId, seq, content, deadline, deadlineText, continuous }));
}

/** Every unit, by id: name and whether it is a national counterpart. */
export function unitDirectory(db: Db): Map<number, UnitEntry> {
  const rows = db.all<{ id: number; name: string; level: string }>('SELECT id, name, level FROM units');
  return new Map(rows.map((u) => [u.id, { name: u.name, national: u.level === 'national' }]));
}

/** The plan's task ids, in plan order. */
export function listTaskIds(db: Db, planId: number): number[] {
  return db.tuples<[number]>('SELECT id FROM tasks WHERE plan_id = ? ORDER BY ord', [planId]).map(([id]) => id);
}

/** Every unit's report status in the period (the period belongs to one plan). */
export function listReportStatuses(db: Db, periodId: number): ReportStatusRow[] {
  return db.jsonTuples<[number, number, ProgressStatus | null]>(SQL.reportStatuses, [periodId]).map(([taskId, unitId, status]) => ({
    taskId,
    unitId,
    status,
  }));
}

/** Every unit's report in the period, with its texts. */
export function listReports(db: Db, periodId: number): ReportRow[] {
  return db.jsonTuples<[number, number, ProgressStatus | null, string, string, string]>(SQL.reports, [periodId]).map(
    ([taskId, unitId, status, progress, problems, nextSteps]) => ({ taskId, unitId, status, progress, problems, nextSteps }),
  );
}

/** What the units wrote in the period on the given tasks. */
export function listReportTexts(db: Db, periodId: number, taskIds: readonly number[]): ReportTextRow[] {
  return db.jsonTuples<[number, number, string, string, string]>(SQL.taskReportTexts, [periodId, JSON.stringify(taskIds)]).map(
    ([taskId, unitId, progress, problems, nextSteps]) => ({ taskId, unitId, progress, problems, nextSteps }),
  );
}
