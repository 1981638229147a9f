// Chinese names for what the 操作日志 records, shared by its page and its xlsx export.
// Actions are named after the method that made the change ('plans.import'); unknown ones show as written.
import { PERIOD_KIND_LABELS, STATUS_LABELS } from './types';

const ACTION_LABELS: Record<string, string> = {
  'plans.import': '导入计划',
  'plans.importSample': '载入示例计划',
  'plans.reimport': '重新导入计划',
  'plans.update': '修改计划',
  'plans.delete': '删除计划',
  'tasks.update': '修改任务',
  'units.rename': '单位改名',
  'units.merge': '合并单位',
  'units.delete': '删除单位',
  'units.addAlias': '添加单位别名',
  'units.removeAlias': '删除单位别名',
  // The alias handlers log these names (as 'unit.alias.add'): without them the page showed the code.
  'units.alias.add': '添加单位别名',
  'units.alias.remove': '删除单位别名',
  'progress.import': '导入进展',
  'progress.save': '修改进展',
  'imports.undo': '撤销导入',
  'imports.setReceivedOn': '修改收到日期',
  'app.setOperator': '设置经办人',
  'submissions.remind': '记录催报',
  'submissions.withdrawReminders': '撤销催报记录',
  'periods.setLocked': '锁定/解锁期次',
  'periods.lock': '锁定期次',
  'periods.unlock': '解锁期次',
  'reports.saveNarrative': '保存通报文字',
  'data.backup': '手动备份',
  'data.restore': '从备份恢复',
  'data.setBackupDir': '设置备份文件夹',
};

const OBJECT_LABELS: Record<string, string> = {
  plan: '计划',
  task: '任务',
  unit: '单位',
  progress: '进展',
  period: '期次',
  import: '导入记录',
  database: '数据库',
  report: '通报',
};

/** 'plan.import' and 'plans.import' both name the same action. */
const pluralDomain = (action: string) => action.replace(/^([a-z]+?)s?\./, '$1s.');

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? ACTION_LABELS[pluralDomain(action)] ?? action;
}

export function auditObjectLabel(objectType: string): string {
  return OBJECT_LABELS[objectType] ?? objectType;
}

const BACKUP_REASON_LABELS: Record<string, string> = {
  manual: '手动备份',
  daily: '每日自动备份',
  restore: '恢复前自动备份',
  migration: '升级前自动备份',
};

/** Why a backup was taken, in Chinese: its own reasons, else the action that asked for it ("导入进展前"). */
export function backupReasonLabel(reason: string): string {
  const head = reason.replace(/\.v\d+$/, ''); // 'migration.v1'
  if (BACKUP_REASON_LABELS[reason]) return BACKUP_REASON_LABELS[reason];
  if (BACKUP_REASON_LABELS[head]) return BACKUP_REASON_LABELS[head];
  // Callers may name the moment in Chinese ("导入推进情况前").
  if (/[^\x20-\x7e]/.test(reason)) return reason.endsWith('前') ? `${reason}自动备份` : reason;
  const action = auditActionLabel(reason);
  return action === reason ? reason : `${action}前自动备份`;
}

/** What the logged values' fields are called on the page and in the export; others show as stored. */
const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  name: '名称',
  level: '层级',
  aliases: '别名',
  seq: '序号',
  content: '工作任务',
  units: '分工',
  lead: '牵头单位',
  joint: '责任单位',
  cooperating: '配合单位',
  national: '国家层面',
  deadline: '截止日期',
  deadlineText: '完成时限',
  continuous: '持续推进',
  newUnits: '新增单位',
  title: '标题',
  description: '说明',
  startYear: '起始年份',
  endYear: '结束年份',
  periodKind: '报送周期',
  isCurrent: '当前计划',
  reportDueDays: '报送时限（每期结束前后天数）',
  reportDueDay: '报送时限（每期最后一个月的日子）',
  reportContact: '报送联系人',
  taskCount: '任务数',
  tasks: '任务数',
  sections: '部分',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  file: '文件',
  sha256: 'SHA-256',
  sheet: '工作表',
  headerRow: '表头行',
  otherTables: '其他表格',
  rows: '行数',
  added: '新增',
  updated: '更新',
  unmatched: '未匹配',
  removed: '删除的任务',
  locked: '已锁定',
  outcome: '结果',
  restored: '恢复条数',
  status: '完成状态',
  statusText: '状态原文',
  progress: '进展情况',
  problems: '存在问题',
  nextSteps: '下步计划',
  remarks: '备注',
  source: '原单位',
  target: '并入单位',
  progressJoined: '合为一条的进展',
  addressee: '主送机关',
  overview: '总体情况',
  issuer: '发文机关',
  date: '日期',
};

/** Stored codes a reader should not have to know, by field. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: STATUS_LABELS,
  level: { province: '本级', national: '国家层面' },
  outcome: { imported: '已导入', undone: '已撤销' },
  periodKind: PERIOD_KIND_LABELS,
};

const INDENT = '\u3000';

function scalarText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return VALUE_LABELS[key]?.[String(value)] ?? String(value);
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';

/** One field as lines: "名称：值", a list of names joined by 、, nested records indented under their field. */
function fieldLines(key: string, value: unknown, depth: number): string[] {
  const label = `${INDENT.repeat(depth)}${FIELD_LABELS[key] ?? key}：`;
  if (isScalar(value)) return [label + scalarText(key, value)];
  if (Array.isArray(value)) {
    if (!value.length) return [`${label}（无）`];
    if (value.every(isScalar)) return [label + value.map((v) => scalarText(key, v)).join('、')];
    return [label, ...value.map((item) => INDENT.repeat(depth + 1) + inlineRecord(item))];
  }
  return [label, ...recordLines(value as Record<string, unknown>, depth + 1)];
}

/** A record in a list (a removed task, a joined record) on one line: "序号：3，工作任务：……". */
function inlineRecord(item: unknown): string {
  if (isScalar(item)) return scalarText('', item);
  return Object.entries(item as Record<string, unknown>)
    .map(([k, v]) => `${FIELD_LABELS[k] ?? k}：${isScalar(v) ? scalarText(k, v) : JSON.stringify(v)}`)
    .join('，');
}

function recordLines(record: Record<string, unknown>, depth: number): string[] {
  return Object.entries(record).flatMap(([k, v]) => fieldLines(k, v, depth));
}

/** A before/after value as text: a record as "名称：值" lines in Chinese, nested records indented. */
export function auditValueText(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (isScalar(value)) return scalarText('', value);
  if (Array.isArray(value)) return value.every(isScalar) ? value.map((v) => scalarText('', v)).join('、') : value.map(inlineRecord).join('\n');
  return recordLines(value as Record<string, unknown>, 0).join('\n');
}
