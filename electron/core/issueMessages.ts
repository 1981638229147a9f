// Parameter errors in Chinese, like every other message an official or a calling tool reads: zod's
// zh-CN messages, with the type words translated too (zod's own keep most of them in English:
// “期望 string”).
import type * as z from 'zod';
// The one locale by its own path: through z.locales a bundle would keep all forty-odd.
import zhCN from 'zod/v4/locales/zh-CN.js';

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
};

/** The JSON type of a value as TYPE_NAMES names it. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

const nameOf = (type: string): string => TYPE_NAMES[type] ?? type;
const zodChinese = zhCN().localeError;

/** What a count is of: items of an array or a set, characters of a text. */
const COUNTED: Record<string, string> = { array: '项', set: '项', string: '个字符' };

/** “至少 1 项”, “不大于 100”: a bound on a count (of items, characters) or on a number. */
function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, least: boolean): string {
  const unit = COUNTED[origin];
  if (unit) return `${least ? '至少' : '至多'} ${inclusive ? limit : least ? Number(limit) + 1 : Number(limit) - 1} ${unit}`;
  return `${least ? (inclusive ? '不小于' : '大于') : inclusive ? '不大于' : '小于'} ${limit}`;
}

/** A zod error map (pass as `error` to a parse). */
export const chineseIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少此项（应为${nameOf(issue.expected)}）`;
      // 1.5 for an id: the value says more than its type (a number too).
      if (issue.expected === 'int' && typeof issue.input === 'number') return `应为整数，实际为 ${issue.input}`;
      return `应为${nameOf(issue.expected)}，实际为${nameOf(typeOf(issue.input))}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${JSON.stringify(issue.values[0])}`
        : `应为以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'too_small':
      return `应${bound(issue.origin, issue.minimum, issue.inclusive, true)}`;
    case 'too_big':
      return `应${bound(issue.origin, issue.maximum, issue.inclusive, false)}`;
    default:
      return zodChinese(issue);
  }
};
