// Domain types shared by the backend, the CLI and the renderer. No Node or DOM imports here.

export type Role = 'lead' | 'joint' | 'cooperating' | 'national';
export const ROLES: readonly Role[] = ['lead', 'joint', 'cooperating', 'national'];
/** Each role's place in ROLES, the most responsible first: the order units are listed in. */
export const ROLE_RANK = Object.fromEntries(ROLES.map((role, rank) => [role, rank])) as Record<Role, number>;
/**
 * Each unit once, in its most responsible role: one named both 牵头 and 配合 on a task (a plan naming
 * two spellings of it, two units merged) leads it, so it is listed and counted once.
 */
export function oneRolePerUnit<T>(byRole: Readonly<Record<Role, readonly T[]>>): Record<Role, T[]> {
  const seen = new Set<T>();
  const kept = { lead: [], joint: [], cooperating: [], national: [] } as Record<Role, T[]>;
  for (const role of ROLES) {
    for (const unit of byRole[role]) {
      if (!seen.has(unit)) kept[role].push(unit);
      seen.add(unit);
    }
  }
  return kept;
}
export const ROLE_LABELS: Record<Role, string> = {
  lead: '牵头',
  joint: '责任',
  cooperating: '配合',
  national: '国家层面',
};

/** A unit's role on a task, or “无分工” for a report from a unit without one. */
export const roleLabel = (role: Role | null): string => (role ? ROLE_LABELS[role] : '无分工');

export type TaskUnits = Record<Role, string[]>;

export interface ParsedSection {
  numeral: string; // "一"
  title: string;
}

export interface ParsedTask {
  seq: string; // "1"
  /** Index into ParsedPlan.sections, null when the plan has no sections. */
  sectionIndex: number | null;
  /** Task text without the responsibility parenthesis. */
  content: string;
  /** The parenthesis as written, without the brackets. */
  responsibilityText: string;
  units: TaskUnits;
  deadline: string | null; // YYYY-MM-DD
  deadlineText: string;
  continuous: boolean;
  warnings: string[];
}

export interface ParsedPlan {
  title: string;
  description: string;
  startYear: number | null;
  endYear: number | null;
  sections: ParsedSection[];
  tasks: ParsedTask[];
  /** Plan-level notes (e.g. "未识别的行"), each in Chinese. */
  warnings: string[];
}

export type ProgressStatus = 'completed' | 'on_track' | 'delayed' | 'not_started';
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['completed', 'on_track', 'delayed', 'not_started'];
export const STATUS_LABELS: Record<ProgressStatus, string> = {
  completed: '已完成',
  on_track: '正常推进',
  delayed: '滞后',
  not_started: '未启动',
};

/**
 * What a unit's written fields are called: the fill-in form's headers, so the app's screens use the
 * same words as the forms units fill in (下步计划, not 下步打算).
 */
export const PROGRESS_TEXT_LABELS = {
  progress: '进展情况',
  problems: '存在问题',
  nextSteps: '下步计划',
  remarks: '备注',
} as const;

/** Summary status of a task in a period adds `unreported`. */
export type TaskPeriodStatus = ProgressStatus | 'unreported';
export const TASK_STATUS_LABELS: Record<TaskPeriodStatus, string> = { ...STATUS_LABELS, unreported: '未报送' };

export type PeriodKind = 'quarter' | 'month' | 'half';
/** How often units report, as the plan's settings and its audit entries say it. */
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { quarter: '按季度', month: '按月', half: '按半年' };
export const isPeriodKind = (text: string): text is PeriodKind => Object.hasOwn(PERIOD_KIND_LABELS, text);

export interface PlanSummary {
  id: number;
  title: string;
  description: string;
  startYear: number | null;
  endYear: number | null;
  periodKind: PeriodKind;
  isCurrent: boolean;
  /** Reports are due this many days after each period's end (negative: before it); null when not set. */
  reportDueDays: number | null;
  /** Or reports are due on this day (1–31) of each period's last month ("每月25日前"); null when not set. */
  reportDueDay: number | null;
  /** Whom the bureaus send their reports to ("省知识产权局办公室 张三 0351-1234567"); '' when not set. */
  reportContact: string;
  taskCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Section {
  id: number;
  ord: number;
  numeral: string;
  title: string;
}

export interface Task {
  id: number;
  planId: number;
  sectionId: number | null;
  ord: number;
  seq: string;
  content: string;
  responsibilityText: string;
  units: TaskUnits;
  deadline: string | null;
  deadlineText: string;
  continuous: boolean;
  warnings: string[];
}

export interface PlanDetail extends PlanSummary {
  sections: Section[];
  tasks: Task[];
}

export interface Unit {
  id: number;
  name: string;
  level: 'province' | 'national';
  aliases: string[];
}

export interface Period {
  id: number;
  planId: number;
  code: string; // 2023Q3, 2023M07, 2023H2
  label: string; // 2023年第三季度
  startDate: string;
  endDate: string;
  locked: boolean;
  /** Some unit has reported for the period. */
  reported: boolean;
}

/** What a unit reports on a task for a period. */
export interface ProgressFields {
  status: ProgressStatus | null;
  /** The status word as the unit wrote it. */
  statusText: string;
  progress: string;
  problems: string;
  nextSteps: string;
  remarks: string;
}

export interface ProgressRecord extends ProgressFields {
  taskId: number;
  unitId: number;
  periodId: number;
  importId: number | null;
  updatedAt: string;
  updatedBy: string;
}
