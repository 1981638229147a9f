// Parameter errors in Chinese, like every other message an official or a calling tool reads: each
// names the field as the official knows it (计划名称, 收到日期) and says what is wrong with it, as one
// sentence: “收到日期应为实际存在的日期，写作 2023-10-08”, not “receivedOn 应为…”.
import type * as z from 'zod';
import type { MethodName } from '../shared/contract';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '数组',
  null: '空值（null）',
  nan: '非数字（NaN）',
  date: '日期',
  Uint8Array: '二进制数据',
};

/** The JSON type of a value as TYPE_NAMES names it. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

const nameOf = (type: string): string => TYPE_NAMES[type] ?? type;

/** What a count is of: items of an array or a set, characters of a text. */
const COUNTED: Record<string, string> = { array: '项', set: '项', string: '个字符' };

/** “至少 1 项”, “不大于 100”: a bound on a count (of items, characters) or on a number. */
function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, least: boolean): string {
  const unit = COUNTED[origin];
  if (unit) return `${least ? '至少' : '至多'} ${inclusive ? limit : least ? Number(limit) + 1 : Number(limit) - 1} ${unit}`;
  return `${least ? (inclusive ? '不小于' : '大于') : inclusive ? '不大于' : '小于'} ${limit}`;
}

/**
 * A zod error map (pass as `error` to a parse). Its messages, like those a schema gives itself
 * (`.max(20, '最多 20 个字')`), say what is wrong without naming the field: issuesText puts its name first.
 */
export const chineseIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `未给出（应为${nameOf(issue.expected)}）`;
      // 1.5 for an id: the value says more than its type (a number too).
      if (issue.expected === 'int' && typeof issue.input === 'number') return `应为整数，实际为 ${issue.input}`;
      return `应为${nameOf(issue.expected)}，实际为${nameOf(typeOf(issue.input))}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${JSON.stringify(issue.values[0])}`
        : `应为以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1 && issue.inclusive) return '不能为空';
      return `应${bound(issue.origin, issue.minimum, issue.inclusive, true)}`;
    case 'too_big':
      return `应${bound(issue.origin, issue.maximum, issue.inclusive, false)}`;
    case 'invalid_format':
      // zod's words for these are a regular expression or “ISO日期时间”: the example says it plainly.
      return issue.format === 'datetime' ? '应为带时区的时间，写作 2023-10-08T09:00:00+08:00' : '格式不正确';
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的倍数`;
    case 'unrecognized_keys':
      return `中有不认识的项：${issue.keys.join('、')}`;
    case 'invalid_key':
      return '中有不正确的键';
    case 'invalid_element':
      return '中有不正确的值';
    default:
      return '不正确';
  }
};

/**
 * What each input field is called, by its path in the method's input: `#` an array's item, `*` a
 * record's key; in the label {1}, {2} are those of the path, in order (an item by its number from 1).
 */
const FIELD_LABELS: Record<string, string> = {
  planId: '计划编号',
  remembered: '上次选择的计划编号',
  replacePlanId: '要更新的计划编号',
  taskId: '任务编号',
  taskIds: '任务编号',
  'taskIds.#': '第 {1} 个任务编号',
  unitId: '单位编号',
  unitIds: '单位编号',
  'unitIds.#': '第 {1} 个单位编号',
  sourceId: '要合并的单位编号',
  targetId: '合并到的单位编号',
  importId: '导入记录编号',
  name: '单位名称',
  alias: '别名',
  title: '计划名称',
  description: '计划说明',
  periodKind: '报送周期',
  isCurrent: '默认计划',
  reportDueDays: '报送时限',
  reportDueDay: '报送时限（每期最后一个月的日子）',
  reportContact: '报送联系人',
  seq: '任务序号',
  content: '任务内容',
  units: '责任单位',
  'units.lead': '牵头单位',
  'units.joint': '责任单位',
  'units.cooperating': '配合单位',
  'units.national': '国家层面单位',
  deadlineText: '完成时限',
  shown: '修改框打开时的内容',
  'shown.title': '修改框打开时的计划名称',
  'shown.description': '修改框打开时的说明',
  'shown.periodKind': '修改框打开时的报送周期',
  'shown.reportDueDays': '修改框打开时的报送时限',
  'shown.reportDueDay': '修改框打开时的报送时限（每期最后一个月的日子）',
  'shown.reportContact': '修改框打开时的报送联系人',
  'shown.seq': '修改框打开时的任务序号',
  'shown.content': '修改框打开时的任务内容',
  'shown.units': '修改框打开时的责任单位',
  'shown.units.lead': '修改框打开时的牵头单位',
  'shown.units.joint': '修改框打开时的责任单位',
  'shown.units.cooperating': '修改框打开时的配合单位',
  'shown.units.national': '修改框打开时的国家层面单位',
  'shown.deadlineText': '修改框打开时的完成时限',
  'shown.status': '修改框打开时的完成状态',
  'shown.progress': '修改框打开时的进展情况',
  'shown.problems': '修改框打开时的存在问题',
  'shown.nextSteps': '修改框打开时的下步计划',
  'shown.remarks': '修改框打开时的备注',
  format: '导出格式',
  layout: '填报表样式',
  includePrevious: '附上期进展',
  period: '期次',
  locked: '锁定',
  files: '报送文件',
  'files.#': '第 {1} 个报送文件',
  'files.#.name': '第 {1} 个报送文件的文件名',
  'files.#.bytes': '第 {1} 个报送文件的内容',
  unit: '报送单位',
  dryRun: '预览',
  decisions: '人工选择',
  'decisions.*': '文件“{1}”的人工选择',
  'decisions.*.unit': '文件“{1}”的报送单位',
  'decisions.*.period': '文件“{1}”的期次',
  'decisions.*.rows': '文件“{1}”各行的任务编号',
  'decisions.*.rows.*': '文件“{1}”第 {2} 行的任务编号',
  'decisions.*.keep': '文件“{1}”保留的任务编号',
  'decisions.*.keep.#': '文件“{1}”保留的第 {2} 个任务编号',
  'decisions.*.sheet': '文件“{1}”要导入的表',
  'decisions.*.allTables': '文件“{1}”的一并导入其他表',
  'decisions.*.jointUnits': '文件“{1}”的联合报送',
  'decisions.*.receivedOn': '文件“{1}”的收到日期',
  receivedOn: '收到日期',
  remindedOn: '催报日期',
  status: '完成状态',
  progress: '进展情况',
  problems: '存在问题',
  nextSteps: '下步计划',
  remarks: '备注',
  filterText: '筛选文字',
  regenerate: '重新生成',
  narrative: '通报',
  'narrative.title': '通报标题',
  'narrative.addressee': '主送机关',
  'narrative.overview': '开头语和总体情况',
  'narrative.sections': '各部分推进情况',
  'narrative.problems': '存在的问题',
  'narrative.nextSteps': '下步工作',
  'narrative.issuer': '发文机关署名',
  'narrative.date': '成文日期',
  plan: '计划',
  'plan.title': '计划标题',
  'plan.description': '计划说明',
  'plan.startYear': '起始年度',
  'plan.endYear': '截止年度',
  'plan.sections': '计划的部分',
  'plan.sections.#': '第 {1} 个部分',
  'plan.sections.#.numeral': '第 {1} 个部分的编号',
  'plan.sections.#.title': '第 {1} 个部分的标题',
  'plan.tasks': '计划的任务',
  'plan.tasks.#': '第 {1} 项任务',
  'plan.tasks.#.seq': '第 {1} 项任务的序号',
  'plan.tasks.#.sectionIndex': '第 {1} 项任务所属的部分',
  'plan.tasks.#.content': '第 {1} 项任务的内容',
  'plan.tasks.#.responsibilityText': '第 {1} 项任务的分工原文',
  'plan.tasks.#.units': '第 {1} 项任务的责任单位',
  'plan.tasks.#.units.lead': '第 {1} 项任务的牵头单位',
  'plan.tasks.#.units.joint': '第 {1} 项任务的责任单位',
  'plan.tasks.#.units.cooperating': '第 {1} 项任务的配合单位',
  'plan.tasks.#.units.national': '第 {1} 项任务的国家层面单位',
  'plan.tasks.#.deadline': '第 {1} 项任务的完成日期',
  'plan.tasks.#.deadlineText': '第 {1} 项任务的完成时限',
  'plan.tasks.#.continuous': '第 {1} 项任务的持续性',
  'plan.tasks.#.warnings': '第 {1} 项任务的提示',
  'plan.warnings': '计划的提示',
  original: '原文件',
  'original.name': '原文件的文件名',
  'original.bytes': '原文件的内容',
  allowDuplicate: '允许重复导入',
  allowUnrelated: '允许用不相干的计划更新',
  source: '计划来源',
  'source.kind': '计划来源的类型',
  'source.text': '计划文本',
  'source.title': '计划标题',
  'source.file': '计划文件',
  'source.file.name': '计划文件的文件名',
  'source.file.bytes': '计划文件的内容',
  dir: '文件夹',
  file: '备份文件',
  path: '数据库文件',
  create: '新建',
  from: '起始时间',
  to: '截止时间',
  action: '操作',
  objectType: '对象类型',
  objectId: '对象编号',
  user: '经办人',
  text: '搜索文字',
  offset: '起始位置',
  limit: '每页条数',
};

/** Fields a method calls otherwise than FIELD_LABELS does. */
const METHOD_FIELD_LABELS: Partial<Record<MethodName, Record<string, string>>> = {
  'app.setOperator': { name: '经办人姓名' },
};

/** Whether a label's pattern is the path: `#` an item's index, `*` any key, others the key itself. */
const matches = (pattern: string[], path: readonly PropertyKey[]) =>
  pattern.length === path.length &&
  pattern.every((step, i) => (step === '#' ? typeof path[i] === 'number' : step === '*' ? typeof path[i] === 'string' : step === path[i]));

/** The field at `path` in the method's input as the official knows it; 输入 for the input itself. */
export function fieldLabel(method: MethodName, path: readonly PropertyKey[]): string {
  if (!path.length) return '输入';
  const labels = { ...FIELD_LABELS, ...METHOD_FIELD_LABELS[method] };
  const found = Object.entries(labels)
    .map(([key, label]) => ({ pattern: key.split('.'), label }))
    .find(({ pattern }) => matches(pattern, path));
  if (!found) {
    const last = path.at(-1);
    // An item of a list the labels do not name one by one: 第 1 项任务的牵头单位中的第 2 项.
    if (typeof last === 'number') return `${fieldLabel(method, path.slice(0, -1))}中的第 ${last + 1} 项`;
    // Never expected (a test checks every field has a label); the path then says at least where.
    return path.map(String).join('.');
  }
  const filled = path.filter((_, i) => found.pattern[i] === '#' || found.pattern[i] === '*').map((p) => (typeof p === 'number' ? String(p + 1) : String(p)));
  return found.label.replace(/\{(\d)\}/g, (_, n: string) => filled[Number(n) - 1] ?? '');
}

/** The issues of a rejected input as sentences: each field's name, then what is wrong with it. */
export function issuesText(method: MethodName, error: z.ZodError): string {
  return error.issues.map((i) => `${fieldLabel(method, i.path)}${i.message}`).join('；');
}
