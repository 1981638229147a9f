// Hand-built plans and unit reports for the report tests.
import type { ParsedPlan, ParsedTask, ProgressStatus } from '../../electron/shared/types';
import type { TestBackend } from './backend';

export interface TaskSpec {
  seq: string;
  section?: number | null;
  content?: string;
  lead?: string[];
  joint?: string[];
  cooperating?: string[];
  national?: string[];
  deadline?: string | null;
  continuous?: boolean;
}

/** A ParsedPlan from a compact description (sections by title, units by role). */
export function planOf(title: string, sections: string[], tasks: TaskSpec[]): ParsedPlan {
  const digits = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const numerals = [...digits, '十', ...digits.map((d) => `十${d}`), '二十'];
  return {
    title,
    description: '',
    startYear: 2023,
    endYear: 2023,
    sections: sections.map((t, i) => ({ numeral: numerals[i]!, title: t })),
    tasks: tasks.map(
      (t): ParsedTask => ({
        seq: t.seq,
        sectionIndex: t.section === undefined ? (sections.length ? 0 : null) : t.section,
        content: t.content ?? `第${t.seq}项任务的内容`,
        responsibilityText: '',
        units: { lead: t.lead ?? [], joint: t.joint ?? [], cooperating: t.cooperating ?? [], national: t.national ?? [] },
        deadline: t.deadline ?? null,
        deadlineText: t.continuous ? '持续推进' : t.deadline ? `${t.deadline.slice(0, 4)}年${Number(t.deadline.slice(5, 7))}月底前完成` : '',
        continuous: t.continuous ?? false,
        warnings: [],
      }),
    ),
    warnings: [],
  };
}

/** Stores the plan through plans.import; returns its id. */
export async function importPlan(b: TestBackend, plan: ParsedPlan): Promise<number> {
  const result = await b.call('plans.import', { plan, dryRun: false });
  if (!result.planId) throw new Error('plans.import returned no plan id');
  return result.planId;
}

export interface ReportSpec {
  seq: string;
  unit: string;
  status: ProgressStatus | null;
  progress?: string;
  problems?: string;
  nextSteps?: string;
}

/** Stores units' reports through progress.save (tasks by sequence number, units by name). */
export async function saveReports(b: TestBackend, planId: number, period: string, reports: ReportSpec[]): Promise<void> {
  const plan = await b.call('plans.get', { planId });
  const taskIds = new Map(plan.tasks.map((t) => [t.seq, t.id]));
  const unitIds = new Map((await b.call('units.list', {})).map((u) => [u.name, u.id]));
  for (const r of reports) {
    const taskId = taskIds.get(r.seq);
    const unitId = unitIds.get(r.unit);
    if (!taskId || !unitId) throw new Error(`No task ${r.seq} or unit ${r.unit} in plan ${planId}`);
    await b.call('progress.save', {
      planId,
      period,
      taskId,
      unitId,
      status: r.status,
      progress: r.progress ?? '',
      problems: r.problems ?? '',
      nextSteps: r.nextSteps ?? '',
      remarks: '',
    });
  }
}

export async function saveReport(b: TestBackend, planId: number, period: string, r: ReportSpec): Promise<void> {
  await saveReports(b, planId, period, [r]);
}
