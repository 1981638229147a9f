import { z } from 'zod';
import type { Role, TaskPeriodStatus, TaskUnits } from '../types';
import { command, id, query, type FileOutput } from './method';
import { periodCode } from './progress';

export type Light = 'green' | 'yellow' | 'red';

export interface StatusTotals {
  tasks: number;
  completed: number;
  on_track: number;
  delayed: number;
  not_started: number;
  unreported: number;
}

export interface TaskSummaryRow {
  taskId: number;
  seq: string;
  section: string | null;
  content: string;
  deadline: string | null;
  deadlineText: string;
  continuous: boolean;
  status: TaskPeriodStatus;
  overdue: boolean;
  dueSoon: boolean;
  light: Light;
  leadUnits: string[];
  /** The units assigned to the task, by role. */
  units: TaskUnits;
  /** Each unit's report this period (units that did not report are absent). */
  reports: { unit: string; role: Role; status: TaskPeriodStatus; progress: string; problems: string; nextSteps: string }[];
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
  reported: boolean;
  reportedTasks: number;
  completed: number;
  delayed: number;
  overdue: number;
}

/** The figures of `report PLAN --period P --json` (keys fixed by the CLI contract) and what the dashboard needs besides. */
export interface PeriodSummary {
  period: string;
  periodLabel: string;
  periodEnd: string;
  planTitle: string;
  totals: StatusTotals;
  completionRate: number; // 0..1
  overdue: string[]; // seqs
  dueSoon: string[];
  missingUnits: string[];
  bySection: SectionSummary[];
  byUnit: UnitSummary[];
  tasks: TaskSummaryRow[];
}

export interface TrendPoint extends StatusTotals {
  period: string;
  periodLabel: string;
}

/** The 通报 text, generated and then edited by the official. */
export const narrativeSchema = z.object({
  title: z.string().max(500),
  overview: z.string().max(50_000),
  sections: z.string().max(100_000),
  problems: z.string().max(100_000),
  nextSteps: z.string().max(50_000),
});
export type Narrative = z.infer<typeof narrativeSchema>;

export const reportsApi = {
  'reports.summary': query<PeriodSummary>()(z.object({ planId: id, period: periodCode })),
  'reports.trend': query<TrendPoint[]>()(z.object({ planId: id })),
  /**
   * The saved 通报 text for the period, or freshly generated text when none was saved.
   * `regenerate`: ignore the saved text and generate anew (重新生成; stores nothing until saveNarrative).
   */
  'reports.narrative': query<{ narrative: Narrative; edited: boolean }>()(
    z.object({ planId: id, period: periodCode, regenerate: z.boolean().default(false) }),
  ),
  'reports.saveNarrative': command<{ narrative: Narrative; edited: true }>()(
    z.object({ planId: id, period: periodCode, narrative: narrativeSchema }),
  ),
  /** 汇总表 (.xlsx), 通报 (.docx) or the self-contained print view (.html). */
  'reports.export': query<FileOutput>()(z.object({ planId: id, period: periodCode, format: z.enum(['xlsx', 'docx', 'html']) })),
};
