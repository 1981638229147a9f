// The period summary (汇总): every task's status, deadline warnings and light, and the figures by
// status, section and unit. A handful of set-based queries, then maps in memory: fast enough for
// thousands of tasks (pinned by a test).
//
// Definitions beyond the status/deadline rules (see core/progress/taskStatus.ts and ./rules.ts):
// - missingUnits: provincial units with a task in the plan (lead, joint or cooperating) and no
//   progress row at all in the period. A collective name (省…领导小组各成员单位, 各有关市县政府) is
//   not a unit that can send a report, so it is never listed as missing.
// - byUnit.completed / delayed: the unit's own reports with that status; byUnit.overdue: overdue
//   tasks the unit leads or is jointly responsible for.
// - A unit reporting on a task it is not assigned to is listed as cooperating on that task.
import type { Db } from '../../db/db';
import { getPeriod } from '../../db/repos/periods';
import {
  getPlanHeader,
  listReports,
  listSections,
  listTaskUnits,
  listTasks,
  unitDirectory,
  type ReportRow,
  type TaskRow,
  type TaskUnitRow,
  type UnitEntry,
} from '../../db/repos/reports';
import type { PeriodSummary, SectionSummary, StatusTotals, TaskSummaryRow, UnitSummary } from '../../shared/api/reports';
import { parsePeriod, type PeriodInfo } from '../../shared/periods';
import { AppError } from '../../shared/result';
import type { Role, TaskPeriodStatus, TaskUnits } from '../../shared/types';
import { taskStatus } from '../progress/taskStatus';
import { deadlineWindow, isDueSoon, isOverdue, lightFor, type DeadlineWindow } from './rules';

/** Label of the bucket for tasks outside any section. */
export const NO_SECTION_TITLE = '其他任务';

const ROLE_ORDER: Record<Role, number> = { lead: 0, joint: 1, cooperating: 2, national: 3 };

export const emptyTotals = (): StatusTotals => ({
  tasks: 0,
  completed: 0,
  on_track: 0,
  delayed: 0,
  not_started: 0,
  unreported: 0,
});

export function addToTotals(t: StatusTotals, status: TaskPeriodStatus): void {
  t.tasks++;
  t[status]++;
}

/** "各成员单位", "各有关市县政府": many units named as one, which no single unit reports for. */
export function isCollectiveUnit(name: string): boolean {
  return /^各|各(?:有关|相关)?(?:成员)?(?:单位|部门|市县|市|县)/.test(name);
}

/** The summary's tasks grouped under their sections, in order (tasks outside any section last). */
export function tasksBySection(s: PeriodSummary): { section: SectionSummary; tasks: TaskSummaryRow[] }[] {
  const groups = new Map(s.bySection.map((section) => [section.title, { section, tasks: [] as TaskSummaryRow[] }]));
  for (const task of s.tasks) groups.get(task.section ?? NO_SECTION_TITLE)?.tasks.push(task);
  return [...groups.values()];
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** The period's calendar: the stored row's dates when the period exists, else those of its code. */
export function resolvePeriod(db: Db, planId: number, code: string): { info: PeriodInfo; periodId: number | null } {
  const info = parsePeriod(code);
  if (!info) throw new AppError('INVALID_INPUT', `期次格式不正确：${code}（应为 2023Q3、2023M07 或 2023H2）`);
  const row = getPeriod(db, planId, code);
  if (!row) return { info, periodId: null };
  return { info: { ...info, startDate: row.startDate, endDate: row.endDate }, periodId: row.id };
}

export function requirePlan(db: Db, planId: number) {
  const plan = getPlanHeader(db, planId);
  if (!plan) throw new AppError('NOT_FOUND', `找不到编号为 ${planId} 的工作要点，可能已被删除`);
  return plan;
}

export function computeSummary(db: Db, planId: number, code: string): PeriodSummary {
  const plan = requirePlan(db, planId);
  const { info, periodId } = resolvePeriod(db, planId, code);
  const window = deadlineWindow(info);

  const sections = listSections(db, planId);
  const tasks = listTasks(db, planId);
  const unitsByTask = groupBy(listTaskUnits(db, planId), (r) => r.taskId);
  for (const list of unitsByTask.values()) list.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.ord - b.ord);
  const reportsByTask = groupBy(periodId ? listReports(db, periodId) : [], (r) => r.taskId);

  const directory = unitDirectory(db);
  const unitOf = (id: number): UnitEntry => directory.get(id) ?? { name: `单位${id}`, national: false };
  const sectionTitle = new Map(sections.map((s) => [s.id, s.title]));
  const sectionTotals = new Map<string | null, SectionSummary>(
    sections.map((s) => [s.title, { numeral: s.numeral, title: s.title, ...emptyTotals(), overdue: 0 }]),
  );
  const units = new UnitTallies(unitOf);

  const totals = emptyTotals();
  const rows: TaskSummaryRow[] = [];
  for (const task of tasks) {
    const assigned = unitsByTask.get(task.id) ?? [];
    const reports = reportsByTask.get(task.id) ?? [];
    const section = task.sectionId == null ? null : (sectionTitle.get(task.sectionId) ?? null);
    const row = taskRow(task, section, assigned, reports, window, unitOf);
    rows.push(row);

    addToTotals(totals, row.status);
    let sectionSummary = sectionTotals.get(section);
    if (!sectionSummary) {
      sectionSummary = { numeral: '', title: section ?? NO_SECTION_TITLE, ...emptyTotals(), overdue: 0 };
      sectionTotals.set(section, sectionSummary);
    }
    addToTotals(sectionSummary, row.status);
    if (row.overdue) sectionSummary.overdue++;
    units.addAssignments(assigned, row.overdue);
    units.addReports(reports);
  }

  const byUnit = units.list();

  return {
    period: info.code,
    periodLabel: info.label,
    periodEnd: info.endDate,
    planTitle: plan.title,
    totals,
    completionRate: totals.tasks ? totals.completed / totals.tasks : 0,
    overdue: rows.filter((r) => r.overdue).map((r) => r.seq),
    dueSoon: rows.filter((r) => r.dueSoon).map((r) => r.seq),
    missingUnits: byUnit
      .filter((u) => !u.reported && u.lead + u.joint + u.cooperating > 0 && !isCollectiveUnit(u.unit))
      .map((u) => u.unit),
    bySection: [...sectionTotals.values()].filter((s) => s.tasks > 0),
    byUnit,
    tasks: rows,
  };
}

/** One task's status, warnings, light, units and reports for the period. */
function taskRow(
  task: TaskRow,
  section: string | null,
  assigned: readonly TaskUnitRow[],
  reports: readonly ReportRow[],
  window: DeadlineWindow,
  unitOf: (id: number) => UnitEntry,
): TaskSummaryRow {
  // A unit named twice on a task (e.g. lead and joint) counts in its most responsible role.
  const roleOf = new Map<number, Role>();
  for (const a of assigned) {
    const seen = roleOf.get(a.unitId);
    if (!seen || ROLE_ORDER[a.role] < ROLE_ORDER[seen]) roleOf.set(a.unitId, a.role);
  }
  const roleOfReport = (r: ReportRow): Role | null => (unitOf(r.unitId).national ? 'national' : (roleOf.get(r.unitId) ?? null));
  const status = taskStatus(reports.map((r) => ({ role: roleOfReport(r), status: r.status })));
  const deadline = { deadline: task.deadline, continuous: !!task.continuous };
  const overdue = isOverdue(deadline, status, window);
  const dueSoon = isDueSoon(deadline, status, window);
  const units: TaskUnits = { lead: [], joint: [], cooperating: [], national: [] };
  for (const a of assigned) units[a.role].push(unitOf(a.unitId).name);
  return {
    taskId: task.id,
    seq: task.seq,
    section,
    content: task.content,
    deadline: task.deadline,
    deadlineText: task.deadlineText,
    continuous: !!task.continuous,
    status,
    overdue,
    dueSoon,
    light: lightFor(status, overdue, dueSoon),
    leadUnits: units.lead,
    units,
    // A blank status shows as not started, as the status rule treats it when no unit gave one.
    reports: reports
      .map((r) => ({
        unit: unitOf(r.unitId).name,
        role: roleOfReport(r) ?? 'cooperating',
        status: r.status ?? 'not_started',
        progress: r.progress,
        problems: r.problems,
        nextSteps: r.nextSteps,
      }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]),
  };
}

/** Per-unit figures, in the order the units first appear in the plan. */
class UnitTallies {
  private readonly byId = new Map<number, UnitSummary>();

  constructor(private readonly unitOf: (id: number) => UnitEntry) {}

  private get(unitId: number): UnitSummary {
    let u = this.byId.get(unitId);
    if (!u) {
      const unit = this.unitOf(unitId).name;
      u = { unitId, unit, lead: 0, joint: 0, cooperating: 0, reported: false, reportedTasks: 0, completed: 0, delayed: 0, overdue: 0 };
      this.byId.set(unitId, u);
    }
    return u;
  }

  addAssignments(assigned: readonly TaskUnitRow[], overdue: boolean): void {
    const responsible = new Set<UnitSummary>();
    for (const a of assigned) {
      if (a.role === 'national' || this.unitOf(a.unitId).national) continue;
      const u = this.get(a.unitId);
      u[a.role]++;
      if (a.role === 'lead' || a.role === 'joint') responsible.add(u);
    }
    if (overdue) for (const u of responsible) u.overdue++;
  }

  addReports(reports: readonly ReportRow[]): void {
    for (const r of reports) {
      if (this.unitOf(r.unitId).national) continue; // national counterparts never count as reporting units
      const u = this.get(r.unitId);
      u.reported = true;
      u.reportedTasks++;
      if (r.status === 'completed') u.completed++;
      if (r.status === 'delayed') u.delayed++;
    }
  }

  list(): UnitSummary[] {
    return [...this.byId.values()];
  }
}
