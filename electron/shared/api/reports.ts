import * as z from 'zod';
import type { Role, TaskPeriodStatus, TaskUnits } from '../types';
import { command, id, query, type FileOutput } from './method';
import { periodCode } from './progress';

export type Light = 'green' | 'yellow' | 'red';

/** Most tasks one `reports.taskReports` call asks for (a plan rarely has more). */
const MAX_TASK_IDS = 20_000;

export interface StatusTotals {
  tasks: number;
  completed: number;
  on_track: number;
  delayed: number;
  not_started: number;
  unreported: number;
}

/** A unit's report on a task this period, as the figures use it: who reported, in which role, which status. */
export interface UnitReportStatus {
  unit: string;
  /** Null: the unit has no role on the task (a plan update took it off, after it had reported). */
  role: Role | null;
  status: TaskPeriodStatus;
}

/** What a unit wrote on a task this period. */
export interface ReportTexts {
  progress: string;
  problems: string;
  nextSteps: string;
}

export interface UnitReport extends UnitReportStatus, ReportTexts {}

/** One task of the period: its status, deadline warnings, light and units (what `reports.summary` lists). */
export interface TaskStatusRow {
  taskId: number;
  seq: string;
  /** The title of the top-level part the task is in (a sub-section's tasks count in its part). */
  section: string | null;
  content: string;
  deadline: string | null;
  deadlineText: string;
  continuous: boolean;
  status: TaskPeriodStatus;
  /** When the task counts completed because it was completed earlier and nobody reports on it any more (销号): that period's label. */
  completedIn: string | null;
  overdue: boolean;
  dueSoon: boolean;
  light: Light;
  leadUnits: string[];
  /** The units assigned to the task, by role. */
  units: TaskUnits;
  /** Each unit's report this period, lead first (units that did not report are absent). */
  reports: UnitReportStatus[];
}

/** A task row with what each unit wrote: what the exports and the 通报 are made from. */
export interface TaskSummaryRow extends TaskStatusRow {
  reports: UnitReport[];
  /**
   * On an overdue or delayed task: its units that reported their part 已完成 in an earlier period and
   * nothing on it since, so are not the ones asked to catch up. Absent when there are none.
   */
  doneEarlier?: string[];
}

/** What one unit wrote on a task. */
export interface UnitReportTexts extends ReportTexts {
  unit: string;
}

/** The texts of one task's reports (`reports.taskReports`); merged into its row by withReportTexts. */
export interface TaskReportTexts {
  taskId: number;
  reports: UnitReportTexts[];
}

export interface SectionSummary extends StatusTotals {
  numeral: string;
  title: string;
  overdue: number;
}

export interface UnitSummary {
  unitId: number;
  unit: string;
  lead: number;
  joint: number;
  cooperating: number;
  /** Its tasks still open this period (not closed by an earlier completion): the ones it is expected to report on. */
  openTasks: number;
  /** A collective name (各有关市县政府), not one unit that reports: never counted as missing. */
  collective: boolean;
  reported: boolean;
  reportedTasks: number;
  /** Of its open tasks, those it reported on this period: fewer than openTasks is a partial report (部分报送). */
  coveredTasks: number;
  completed: number;
  delayed: number;
  overdue: number;
}

/**
 * The figures of a period: what `reports.summary` returns and `report PLAN --period P --json` prints
 * (keys fixed by the CLI contract), and what the dashboard needs besides. No report texts: a period
 * holds thousands of them and the dashboard shows a few at a time (`reports.taskReports`).
 */
export interface PeriodFigures {
  period: string;
  periodLabel: string;
  periodEnd: string;
  planTitle: string;
  totals: StatusTotals;
  completionRate: number; // 0..1
  overdue: string[]; // seqs
  dueSoon: string[];
  missingUnits: string[];
  /** When the period's reports were due (YYYY-MM-DD), from the plan's 报送时限; null when it sets none. */
  dueDate: string | null;
  /** Units that reported, but only after the due date (first file, or first report typed in); [] without one. */
  lateUnits: string[];
  /** The units the office recorded a 催报 to for the period, with the days (YYYY-MM-DD, earliest first); [] when none. */
  reminders: { unit: string; remindedOn: string[] }[];
  bySection: SectionSummary[];
  byUnit: UnitSummary[];
  tasks: TaskStatusRow[];
}

/** The figures with every report's texts: what the exports (汇总表, 通报, print view) are made from. */
export interface PeriodSummary extends PeriodFigures {
  tasks: TaskSummaryRow[];
}

export interface TrendPoint extends StatusTotals {
  period: string;
  periodLabel: string;
}

/** The 主送机关 line of a 通报 that names no particular addressees (GB/T 9704: under the title, flush left). */
export const DEFAULT_ADDRESSEE = '各有关单位：';
/** The 发文机关署名 of a fresh 通报 until the office names itself: a line to replace, not to leave out. */
export const ISSUER_PLACEHOLDER = '（发文机关署名）';

/** The 通报 text, generated and then edited by the official. */
export const narrativeSchema = z.object({
  title: z.string().max(500),
  /** 主送机关 (empty: left out); texts saved before it was kept get the usual one. */
  addressee: z.string().max(500).default(DEFAULT_ADDRESSEE),
  overview: z.string().max(50_000),
  sections: z.string().max(100_000),
  problems: z.string().max(100_000),
  nextSteps: z.string().max(50_000),
  /** 落款 under the 附件 line: the issuing body (empty: left out) and the 成文日期. Saved texts from before have neither. */
  issuer: z.string().max(200).default(''),
  date: z.string().max(50).default(''),
});
export type Narrative = z.infer<typeof narrativeSchema>;

export const reportsApi = {
  'reports.summary': query<PeriodFigures>()(z.object({ planId: id, period: periodCode })),
  /** What the units wrote on the given tasks this period (every task of the plan when `taskIds` is left out). */
  'reports.taskReports': query<TaskReportTexts[]>()(
    z.object({ planId: id, period: periodCode, taskIds: z.array(id).max(MAX_TASK_IDS).optional() }),
  ),
  'reports.trend': query<TrendPoint[]>()(z.object({ planId: id })),
  /**
   * The saved 通报 text for the period, or freshly generated text when none was saved.
   * `regenerate`: ignore the saved text and generate anew (重新生成; stores nothing until saveNarrative).
   * `outdated`: the saved text was saved before the period's latest imports, undos or edits of records.
   */
  'reports.narrative': query<{ narrative: Narrative; edited: boolean; outdated: boolean }>()(
    z.object({ planId: id, period: periodCode, regenerate: z.boolean().default(false) }),
  ),
  'reports.saveNarrative': command<{ narrative: Narrative; edited: true; outdated: false }>()(
    z.object({ planId: id, period: periodCode, narrative: narrativeSchema }),
  ),
  /** 汇总表 (.xlsx), 通报 (.docx) or the self-contained print view (.html). */
  'reports.export': query<FileOutput>()(z.object({ planId: id, period: periodCode, format: z.enum(['xlsx', 'docx', 'html']) })),
};
