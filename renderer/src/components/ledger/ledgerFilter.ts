// Filtering the ledger in the page: the whole plan is loaded once, so filters and search are instant.
import { sectionAndSubsections } from '../../../../electron/shared/sections';
import { ROLE_LABELS, ROLES, type Role, type Section, type Task } from '../../../../electron/shared/types';

export interface LedgerFilter {
  unit: string | null;
  /** With a unit: the unit in this role. Alone: tasks that have any unit in this role. */
  role: Role | null;
  /** A section with the sections nested in it. */
  sectionId: number | null;
  /** A deadline bucket key, see deadlineKeys. */
  deadline: string | null;
  search: string;
}

export const NO_FILTER: LedgerFilter = { unit: null, role: null, sectionId: null, deadline: null, search: '' };

export const isFiltered = (f: LedgerFilter): boolean =>
  f.unit !== null || f.role !== null || f.sectionId !== null || f.deadline !== null || f.search.trim() !== '';

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** Buckets a task's deadline falls in: "y:2023" and "q:2023-4", or "continuous", or "none". */
export function deadlineKeys(task: Pick<Task, 'deadline' | 'continuous'>): string[] {
  const keys: string[] = [];
  const m = task.deadline ? /^(\d{4})-(\d{2})/.exec(task.deadline) : null;
  if (m) keys.push(`y:${m[1]}`, `q:${m[1]}-${Math.ceil(Number(m[2]) / 3)}`);
  if (task.continuous) keys.push('continuous');
  if (keys.length === 0) keys.push('none');
  return keys;
}

export function deadlineKeyLabel(key: string): string {
  if (key === 'continuous') return '持续推进';
  if (key === 'none') return '未注明时限';
  const [kind, value] = key.split(':') as [string, string];
  if (kind === 'y') return `${value}年内到期`;
  const [year, q] = value.split('-');
  return `${year}年第${QUARTER_NAMES[Number(q) - 1]}季度`;
}

/** The deadline buckets present in the plan, years first, each followed by its quarters. */
export function deadlineOptions(tasks: readonly Task[]): { value: string; label: string }[] {
  const keys = new Set(tasks.flatMap(deadlineKeys));
  // "2023-0" (the year) sorts before "2023-1".."2023-4" (its quarters); undated buckets last.
  const order = (k: string) => (k === 'continuous' ? '9999-8' : k === 'none' ? '9999-9' : k.startsWith('y:') ? `${k.slice(2)}-0` : k.slice(2));
  return [...keys].sort((a, b) => order(a).localeCompare(order(b))).map((value) => ({ value, label: deadlineKeyLabel(value) }));
}

const haystacks = new WeakMap<Task, string>();

/** All searchable text of a task, lower-cased once per task object. */
function haystack(task: Task): string {
  const cached = haystacks.get(task);
  if (cached !== undefined) return cached;
  const text = [task.seq, task.content, task.responsibilityText, task.deadlineText, ...ROLES.flatMap((r) => task.units[r])]
    .join('\n')
    .toLowerCase();
  haystacks.set(task, text);
  return text;
}

export function filterTasks(tasks: readonly Task[], f: LedgerFilter, sections: readonly Section[]): Task[] {
  const terms = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  const roles = f.role ? [f.role] : ROLES;
  const inSection = f.sectionId === null ? null : sectionAndSubsections(sections, f.sectionId);
  return tasks.filter((t) => {
    if (inSection && (t.sectionId === null || !inSection.has(t.sectionId))) return false;
    if (f.unit !== null && !roles.some((r) => t.units[r].includes(f.unit!))) return false;
    if (f.unit === null && f.role !== null && t.units[f.role].length === 0) return false;
    if (f.deadline !== null && !deadlineKeys(t).includes(f.deadline)) return false;
    if (terms.length > 0) {
      const text = haystack(t);
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  });
}

/** The active filters in words, e.g. for the printed page: "单位：省财政厅（责任）；时限：2023年内到期". */
export function describeFilter(f: LedgerFilter, sectionTitle: (id: number) => string): string {
  const parts: string[] = [];
  if (f.unit) parts.push(`单位：${f.unit}${f.role ? `（${ROLE_LABELS[f.role]}）` : ''}`);
  else if (f.role) parts.push(`有${ROLE_LABELS[f.role]}单位的任务`);
  if (f.sectionId !== null) parts.push(`部分：${sectionTitle(f.sectionId)}`);
  if (f.deadline) parts.push(`时限：${deadlineKeyLabel(f.deadline)}`);
  if (f.search.trim()) parts.push(`含“${f.search.trim()}”`);
  return parts.join('；');
}
