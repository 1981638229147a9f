// Inline edits of one task in the ledger (序号, 工作任务, units per role, 完成时限), audited with
// the task as it was and as it became. The time limit is re-read from its text; the task's
// warnings are re-checked, since the official has now looked at it.
import { getPlan, getTask, listTasks, seqTakenBy, setTaskUnits, updatePlanRow, updateTaskRow } from '../../db/repos/plans';
import { deadlineReadingWarning } from '../../shared/deadlineWarnings';
import { AppError } from '../../shared/result';
import { oneRolePerUnit, ROLES, type Role, type Task, type TaskUnits } from '../../shared/types';
import type { Ctx } from '../context';
import { cleanUnitName } from '../units/names';
import { UnitDirectory } from '../units/resolve';
import { fieldsToWrite } from '../staleEdit';
import { parseDeadline } from './deadline';
import { planFingerprint } from './fingerprint';

export interface TaskEdit {
  taskId: number;
  seq?: string;
  content?: string;
  units?: TaskUnits;
  deadlineText?: string;
  /** The task as the form showed it: fields left as shown keep what is stored now (see staleEdit). */
  shown?: Partial<EditableFields>;
}

export function updateTask(ctx: Ctx, edit: TaskEdit): Task {
  const before = getTask(ctx.db, edit.taskId);
  if (!before) throw new AppError('NOT_FOUND', `任务（编号 ${edit.taskId}）不存在，可能已被删除`);
  const plan = getPlan(ctx.db, before.planId)!;
  const now = ctx.now().toISOString();
  const edited = fieldsToWrite(
    `任务 ${before.seq} `,
    { seq: before.seq, content: before.content, units: before.units, deadlineText: before.deadlineText },
    { seq: edit.seq?.trim(), content: edit.content?.trim(), units: edit.units, deadlineText: edit.deadlineText?.trim() },
    edit.shown,
    Object.fromEntries(FIELD_LABELS) as Record<keyof EditableFields, string>,
  );

  const seq = edited.seq ?? before.seq;
  if (seq !== before.seq && seqTakenBy(ctx.db, before.planId, seq, before.id) !== undefined) {
    throw new AppError('CONFLICT', `序号 ${seq} 已被本计划的另一项任务使用，请换一个序号`);
  }
  const content = edited.content || before.content;
  const deadlineText = edited.deadlineText ?? before.deadlineText;
  const deadline =
    edit.deadlineText === undefined
      ? { deadline: before.deadline, continuous: before.continuous, recognized: true, reading: null }
      : parseDeadline(deadlineText, plan.endYear);

  let units = before.units;
  let unitIds: Record<Role, number[]> | null = null;
  let newUnits: string[] = [];
  if (edited.units) {
    const directory = new UnitDirectory(ctx.db);
    newUnits = directory.created;
    const named = { lead: [], joint: [], cooperating: [], national: [] } as Record<Role, number[]>;
    const nameOf = new Map<number, string>();
    for (const role of ROLES) {
      for (const raw of edited.units[role]) {
        if (!cleanUnitName(raw)) continue;
        const unit = directory.ensure(raw, now, role === 'national').unit;
        named[role].push(unit.id);
        nameOf.set(unit.id, unit.name);
      }
    }
    unitIds = oneRolePerUnit(named);
    units = { lead: [], joint: [], cooperating: [], national: [] };
    for (const role of ROLES) units[role] = unitIds[role].map((id) => nameOf.get(id)!);
  }

  const warnings = [
    ...(units.lead.length || units.joint.length ? [] : ['未填写牵头单位或责任单位']),
    ...(!deadlineText ? ['未填写完成时限'] : deadline.recognized ? [] : [`无法识别完成时限“${deadlineText}”，请写成“2023年12月底前”等形式`]),
    ...(deadline.reading ? [deadlineReadingWarning(deadlineText, deadline.reading)] : []),
  ];
  const changed = changedFields(before, { seq, content, units, deadlineText });
  // The same 完成时限 text can read as another date after an update of the reading.
  const deadlineReread = deadline.deadline !== before.deadline || deadline.continuous !== before.continuous;
  const warningsChanged = !sameList(warnings, before.warnings);
  // Saving what is already stored writes nothing and leaves nothing in the audit log.
  if (!changed.length && !deadlineReread && !warningsChanged) return before;

  if (unitIds) setTaskUnits(ctx.db, before.id, unitIds);
  updateTaskRow(
    ctx.db,
    before.id,
    {
      sectionId: before.sectionId,
      ord: before.ord,
      seq,
      content,
      // 分工原文 stays as the plan wrote it: the fields say what was changed, the audit log when.
      responsibilityText: before.responsibilityText,
      deadline: deadline.deadline,
      deadlineText,
      continuous: deadline.continuous,
      warnings,
    },
    now,
  );
  if (seq !== before.seq || content !== before.content) {
    updatePlanRow(ctx.db, plan.id, { fingerprint: planFingerprint(listTasks(ctx.db, plan.id)) }, now);
  } else {
    updatePlanRow(ctx.db, plan.id, {}, now);
  }
  const after = getTask(ctx.db, before.id)!;
  ctx.audit({
    action: 'task.update',
    objectType: 'task',
    objectId: before.id,
    summary: `修改《${plan.title}》任务 ${before.seq}${seq !== before.seq ? `（改为 ${seq}）` : ''}：${changed.length ? changed.join('、') : deadlineReread ? '重新识别完成时限' : '核对提示'}`,
    before: auditView(before),
    after: { ...auditView(after), ...(newUnits.length ? { newUnits } : {}) },
  });
  return after;
}

type EditableFields = Pick<Task, 'seq' | 'content' | 'units' | 'deadlineText'>;

const FIELD_LABELS: [keyof EditableFields, string][] = [
  ['seq', '序号'],
  ['content', '工作任务'],
  ['units', '责任单位'],
  ['deadlineText', '完成时限'],
];

function changedFields(before: Task, after: EditableFields): string[] {
  return FIELD_LABELS.filter(([k]) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map(([, label]) => label);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const auditView = (t: Task) => ({ seq: t.seq, content: t.content, units: t.units, deadline: t.deadline, deadlineText: t.deadlineText, continuous: t.continuous });
