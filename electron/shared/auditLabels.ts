// Chinese names for what the 操作日志 records, shared by its page and its xlsx export.
// Actions are named after the method that made the change ('plans.import'); unknown ones show as written.

const ACTION_LABELS: Record<string, string> = {
  'plans.import': '导入计划',
  'plans.importSample': '载入示例计划',
  'plans.reimport': '重新导入计划',
  'plans.update': '修改计划',
  'plans.delete': '删除计划',
  'tasks.update': '修改任务',
  'units.rename': '单位改名',
  'units.merge': '合并单位',
  'units.addAlias': '添加单位别名',
  'units.removeAlias': '删除单位别名',
  'progress.import': '导入进展',
  'progress.save': '修改进展',
  'imports.undo': '撤销导入',
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

const isFlat = (v: unknown): v is Record<string, string | number | boolean | null> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x !== 'object');

/** A before/after value as text: a flat object as "名称：值" lines, anything else as indented JSON. */
export function auditValueText(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (isFlat(value)) return Object.entries(value).map(([k, v]) => `${k}：${v ?? '（空）'}`).join('\n');
  return JSON.stringify(value, null, 2);
}
