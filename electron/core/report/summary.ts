// The period summary (汇总): every task's status, deadline warnings and light, and the figures by
// status, section and unit. A handful of set-based queries on covering indexes, then maps in memory.
// The figures (reports.summary) read no report texts; the exports' full report (./periodReport.ts)
// is the same pass over the reports with their texts.
//
// Definitions beyond the status/deadline rules (see core/progress/taskStatus.ts and ./rules.ts):
// - A task completed in an earlier period that nobody reports on any more stays completed (销号,
//   see core/progress/completedEarlier.ts); its units are not expected to report on it.
// - missingUnits: provincial units with an open task in the plan (lead, joint or cooperating) and no
//   progress row at all in the period. A collective name (省…领导小组各成员单位, 各有关市县政府) is
//   not a unit that can send a report, so it is never listed as missing.
// - byUnit.completed / delayed: the unit's own reports with that status; byUnit.overdue: overdue
//   tasks the unit leads or is jointly responsible for.
// - A unit reporting on a task it is not assigned to is listed as cooperating on that task.
import type { Db } from '../../db/db';
import { firstReports, type ReportDay } from '../../db/repos/imports';
import { remindedDays } from '../../db/repos/reminders';
import { byRoleThenOrd, listAssignments, type AssignmentRow } from '../../db/repos/progress';
import {
  getPlanHeader,
  listReportStatuses,
  listSections,
  listTasks,
  unitDirectory,
  type ReportStatusRow,
  type TaskRow,
  type UnitEntry,
} from '../../db/repos/reports';
import type {
  PeriodFigures,
  PeriodSummary,
  SectionSummary,
  StatusTotals,
  TaskStatusRow,
  TaskSummaryRow,
  UnitReportStatus,
  UnitSummary,
} from '../../shared/api/reports';
import { periodLabel, planReportDueDate } from '../../shared/periods';
import { reportingParts } from '../../shared/sections';
import { ROLE_RANK, type Role, type TaskPeriodStatus, type TaskUnits } from '../../shared/types';
import { planNotFound } from '../plan/notFound';
import { completedEarlier } from '../progress/completedEarlier';
import { resolvePeriod } from '../progress/planPeriods';
import { answerableOf, taskStatus, type Answerable } from '../progress/taskStatus';
import { isCollectiveUnit } from '../units/names';
import { deadlineWindow, isDueSoon, isOverdue, lightFor, type DeadlineWindow } from './rules';

/** Label of the bucket for tasks outside any section. */
export const NO_SECTION_TITLE = '其他任务';

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

/** A unit expected to report this period: one with an open task to answer for, not a collective name. */
export const expectedToReport = (u: UnitSummary): boolean => u.openTasks > 0 && !u.collective;

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

/** The unit directory as a lookup by id (an id missing from it, never expected, gets a placeholder name). */
export function unitLookup(db: Db): (id: number) => UnitEntry {
  const directory = unitDirectory(db);
  return (id) => directory.get(id) ?? { name: `单位${id}`, national: false };
}

export function requirePlan(db: Db, planId: number) {
  const plan = getPlanHeader(db, planId);
  if (!plan) throw planNotFound(planId);
  return plan;
}

/** A task row with each report as `detail` makes it (its unit, role and status, and more). */
type TaskRowWith<O extends UnitReportStatus> = TaskStatusRow & { reports: O[] };
export type SummaryWith<O extends UnitReportStatus> = Omit<PeriodFigures, 'tasks'> & { tasks: TaskRowWith<O>[] };

/** Makes a report of a task row from the report's row and its unit, role and status. */
export type ReportDetail<R, O extends UnitReportStatus> = (row: R, unit: string, role: Role | null, status: TaskPeriodStatus) => O;

/** The period's figures: statuses only, never the texts (what `reports.summary` returns). */
export function computeSummary(db: Db, planId: number, code: string): PeriodFigures {
  return summarize(db, planId, code, listReportStatuses, (_row, unit, role, status) => ({ unit, role, status }));
}

/** The summary over the reports `readReports` gives, each made by `detail` in the task rows. */
export function summarize<R extends ReportStatusRow, O extends UnitReportStatus>(
  db: Db,
  planId: number,
  code: string,
  readReports: (db: Db, periodId: number) => R[],
  detail: ReportDetail<R, O>,
): SummaryWith<O> {
  const plan = requirePlan(db, planId);
  const { info, periodId } = resolvePeriod(db, planId, code);
  const window = deadlineWindow(info);

  const sections = listSections(db, planId);
  const tasks = listTasks(db, planId);
  const unitsByTask = groupBy(listAssignments(db, planId), (r) => r.taskId);
  for (const list of unitsByTask.values()) list.sort(byRoleThenOrd);
  const reportsByTask = groupBy(periodId ? readReports(db, periodId) : [], (r) => r.taskId);

  const unitOf = unitLookup(db);
  const roles = {
    roleOf: (taskId: number, unitId: number) => roleOn(unitsByTask.get(taskId) ?? [], unitId, unitOf),
    answerable: (taskId: number) => answerableOn(unitsByTask.get(taskId) ?? [], unitOf),
  };
  const unreported = tasks.filter((t) => !reportsByTask.has(t.id)).map((t) => t.id);
  const closedIn = completedEarlier(db, planId, info.startDate, unreported, roles);
  // Figures by part: a sub-section's tasks count in its part ("（一）" recurs under each part), or in
  // their sub-section when all tasks sit in one part.
  const partOf = reportingParts(sections, tasks.flatMap((t) => (t.sectionId == null ? [] : [t.sectionId])));
  const parts = sections.filter((_, i) => partOf[i] === i);
  const sectionTitle = new Map(sections.map((s, i) => [s.id, sections[partOf[i]!]!.title]));
  const sectionTotals = new Map<string | null, SectionSummary>(
    parts.map((s) => [s.title, { numeral: s.numeral, title: s.title, ...emptyTotals(), overdue: 0 }]),
  );
  const units = new UnitTallies(unitOf);

  const totals = emptyTotals();
  const rows: TaskRowWith<O>[] = [];
  for (const task of tasks) {
    const assigned = unitsByTask.get(task.id) ?? [];
    const reports = reportsByTask.get(task.id) ?? [];
    const section = task.sectionId == null ? null : (sectionTitle.get(task.sectionId) ?? null);
    const row = taskRow(task, section, assigned, reports, window, unitOf, detail, closedIn.get(task.id) ?? null);
    rows.push(row);

    addToTotals(totals, row.status);
    let sectionSummary = sectionTotals.get(section);
    if (!sectionSummary) {
      sectionSummary = { numeral: '', title: section ?? NO_SECTION_TITLE, ...emptyTotals(), overdue: 0 };
      sectionTotals.set(section, sectionSummary);
    }
    addToTotals(sectionSummary, row.status);
    if (row.overdue) sectionSummary.overdue++;
    units.addTask(assigned, reports, row.overdue, row.completedIn === null);
  }

  const byUnit = units.list();
  const dueDate = planReportDueDate(info.code, plan);
  const firstReported = dueDate && periodId ? firstReports(db, { id: periodId, startDate: info.startDate }) : new Map<number, ReportDay>();
  const reportedLate = (u: UnitSummary) => {
    const day = firstReported.get(u.unitId);
    return dueDate !== null && day !== undefined && day.on > dueDate;
  };
  const reminded = periodId ? remindedDays(db, periodId) : new Map<number, string[]>();

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
      .filter((u) => !u.reported && expectedToReport(u))
      .map((u) => u.unit),
    dueDate,
    lateUnits: byUnit.filter((u) => u.reported && expectedToReport(u) && reportedLate(u)).map((u) => u.unit),
    reminders: byUnit.filter((u) => reminded.has(u.unitId)).map((u) => ({ unit: u.unit, remindedOn: reminded.get(u.unitId)! })),
    bySection: [...sectionTotals.values()].filter((s) => s.tasks > 0),
    byUnit,
    tasks: rows,
  };
}

/**
 * A unit's role on a task for the status rule: national for a national counterpart, else its role
 * in `assigned` (most responsible first, so a unit named twice counts in its first role), or null.
 * A handful of units per task: a search is cheaper than a map.
 */
function roleOn(assigned: readonly AssignmentRow[], unitId: number, unitOf: (id: number) => UnitEntry): Role | null {
  return unitOf(unitId).national ? 'national' : (assigned.find((a) => a.unitId === unitId)?.role ?? null);
}

/** The task's answerable units for the status rule, each unit once in its role as roleOn reads it. */
function answerableOn(assigned: readonly AssignmentRow[], unitOf: (id: number) => UnitEntry): Answerable {
  const unitIds = new Set(assigned.map((a) => a.unitId));
  return answerableOf([...unitIds].map((unitId) => ({ role: roleOn(assigned, unitId, unitOf), name: unitOf(unitId).name })));
}

/** One task's status, warnings, light, units and reports for the period. */
function taskRow<R extends ReportStatusRow, O extends UnitReportStatus>(
  task: TaskRow,
  section: string | null,
  assigned: readonly AssignmentRow[],
  reports: readonly R[],
  window: DeadlineWindow,
  unitOf: (id: number) => UnitEntry,
  detail: ReportDetail<R, O>,
  closedIn: string | null,
): TaskRowWith<O> {
  const units: TaskUnits = { lead: [], joint: [], cooperating: [], national: [] };
  for (const a of assigned) units[a.role].push(unitOf(a.unitId).name);
  const reporting = reports.map((r) => ({ row: r, unit: unitOf(r.unitId).name, role: roleOn(assigned, r.unitId, unitOf), status: r.status }));
  // Completed before, and nobody reports on it any more (销号; closedIn is only given for such tasks).
  const carried = closedIn !== null;
  const status = carried ? 'completed' : taskStatus(reporting, answerableOn(assigned, unitOf));
  const deadline = { deadline: task.deadline, continuous: !!task.continuous };
  const overdue = isOverdue(deadline, status, window);
  const dueSoon = isDueSoon(deadline, status, window);
  return {
    taskId: task.id,
    seq: task.seq,
    section,
    content: task.content,
    deadline: task.deadline,
    deadlineText: task.deadlineText,
    continuous: !!task.continuous,
    status,
    completedIn: carried ? periodLabel(closedIn) : null,
    overdue,
    dueSoon,
    light: lightFor(status, overdue, dueSoon),
    leadUnits: units.lead,
    units,
    // A unit with no role on the task comes last; a blank status shows as not started, as the status
    // rule treats it when no unit gave one.
    reports: reporting
      .map((r) => detail(r.row, r.unit, r.role, r.status ?? 'not_started'))
      .sort((a, b) => rankOf(a.role) - rankOf(b.role)),
  };
}

const rankOf = (role: Role | null) => (role === null ? Number.MAX_SAFE_INTEGER : ROLE_RANK[role]);

/** Per-unit figures, in the order the units first appear in the plan. */
class UnitTallies {
  private readonly byId = new Map<number, UnitSummary>();

  constructor(private readonly unitOf: (id: number) => UnitEntry) {}

  private get(unitId: number): UnitSummary {
    let u = this.byId.get(unitId);
    if (!u) {
      const unit = this.unitOf(unitId).name;
      u = {
        unitId,
        unit,
        lead: 0,
        joint: 0,
        cooperating: 0,
        openTasks: 0,
        collective: isCollectiveUnit(unit),
        reported: false,
        reportedTasks: 0,
        coveredTasks: 0,
        completed: 0,
        delayed: 0,
        overdue: 0,
      };
      this.byId.set(unitId, u);
    }
    return u;
  }

  /**
   * One task: its units' roles and their reports in the period. `open`: the task is still to be
   * reported on this period (not closed by an earlier completion), so its units owe a report.
   */
  addTask(assigned: readonly AssignmentRow[], reports: readonly ReportStatusRow[], overdue: boolean, open: boolean): void {
    const responsible = new Set<UnitSummary>();
    const owing = new Set<UnitSummary>();
    for (const a of assigned) {
      if (a.role === 'national' || this.unitOf(a.unitId).national) continue;
      const u = this.get(a.unitId);
      u[a.role]++;
      if (open && !owing.has(u)) {
        owing.add(u);
        u.openTasks++;
      }
      if (a.role === 'lead' || a.role === 'joint') responsible.add(u);
    }
    if (overdue) for (const u of responsible) u.overdue++;
    for (const r of reports) {
      if (this.unitOf(r.unitId).national) continue; // national counterparts never count as reporting units
      const u = this.get(r.unitId);
      u.reported = true;
      u.reportedTasks++;
      if (owing.has(u)) u.coveredTasks++;
      if (r.status === 'completed') u.completed++;
      if (r.status === 'delayed') u.delayed++;
    }
  }

  list(): UnitSummary[] {
    return [...this.byId.values()];
  }
}
