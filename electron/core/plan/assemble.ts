// The last step every plan reader shares: a task's text split into content and responsibility,
// and the finished ParsedPlan (title, years, deadlines, numbering checks and warnings).
import { deadlineReadingWarning, unreadableDeadlineWarning } from '../../shared/deadlineWarnings';
import { NO_DEADLINE, NO_PARENTHESIS, NO_RESPONSIBLE_UNIT } from '../../shared/taskWarnings';
import { ROLES, type ParsedPlan, type ParsedSection, type ParsedTask, type TaskUnits } from '../../shared/types';
import { MAX_PLAN_TASKS } from '../../shared/api/plans';
import { tooManyTasks } from '../limits';
import { parseDeadline, planYears, yearUnknownWarning } from './deadline';
import { INLINE_LABEL, noteOnOneLine, notesWithin, parseNotes, splitNotesAfterSentence, splitTrailingDeadline, splitTrailingParenthesis } from './responsibility';

/** A task before the plan-wide pass: its deadline is still text. */
export interface DraftTask {
  seq: string;
  sectionIndex: number | null;
  content: string;
  responsibilityText: string;
  units: TaskUnits;
  deadlineText: string;
  warnings: string[];
}

export interface DraftPlan {
  title: string | null;
  description: string;
  sections: ParsedSection[];
  tasks: DraftTask[];
  warnings: string[];
}

export { NO_PARENTHESIS };

/**
 * A task body as the plan wrote it: content, then the trailing responsibility parenthesis; `labelLines`
 * are "牵头单位：…" / "完成时限：…" lines some plans put under the task instead. Sub-items that name
 * their own units in mid-sentence are read too (their notes stay in the content, which says who does what).
 */
export function readTaskBody(body: string, labelLines: readonly string[] = []): Omit<DraftTask, 'seq' | 'sectionIndex'> {
  const trailing = trailingNotes(body);
  const inline = trailing ? null : INLINE_LABEL.exec(body);
  let content = trailing ? trailing.content : inline ? body.slice(0, inline.index + 1) : body;
  const endings = trailing?.inners ?? (inline ? [body.slice(inline.index + 1)] : []);
  let deadline: string | null = null;
  if (!endings.length && notesWithin(content).length) {
    const split = splitTrailingDeadline(content);
    if (split) {
      ({ content, deadline } = split);
      // "…。（省工信厅负责）。2024年底前完成。": the bracket before the time limit is the task's note too.
      const before = splitNotesAfterSentence(content);
      if (before) {
        content = before.content;
        endings.push(...before.inners);
      }
    }
  }
  const within = notesWithin(content);
  const notes = [...within, ...endings, deadline, ...labelLines].filter((s): s is string => !!s).map(noteOnOneLine);
  if (!notes.length) {
    return {
      content: body.trim(),
      responsibilityText: '',
      units: { lead: [], joint: [], cooperating: [], national: [] },
      deadlineText: '',
      warnings: [NO_PARENTHESIS],
    };
  }
  const responsibilityText = notes.join('；');
  const parsed = parseNotes(notes);
  const readWithin = within.length ? [`句中括号里的分工（${within.map((n) => `“${n}”`).join('')}）已一并读出，请核对各单位的角色`] : [];
  return {
    content: content.trim(),
    responsibilityText,
    units: parsed.units,
    deadlineText: parsed.deadlineText,
    warnings: [...readWithin, ...parsed.warnings],
  };
}

/** A task's closing notes: the brackets after its last sentence, or else the one bracket that ends it. */
function trailingNotes(body: string): { content: string; inners: string[] } | null {
  const afterSentence = splitNotesAfterSentence(body);
  if (afterSentence) return afterSentence;
  const paren = splitTrailingParenthesis(body);
  return paren && { content: paren.content, inners: [paren.inner] };
}

export interface FinishOptions {
  /** The title the user gave; wins over the one found in the document. */
  title?: string;
  /** Used when the document names none (e.g. the file name). */
  fallbackTitle?: string;
}

/** Plan-wide pass: title and years, deadlines read in the plan's year, task numbering checked. */
export function finishPlan(draft: DraftPlan, options: FinishOptions = {}): ParsedPlan {
  if (draft.tasks.length > MAX_PLAN_TASKS) throw tooManyTasks(draft.tasks.length);
  const warnings = [...draft.warnings];
  let title = options.title?.trim() || draft.title?.trim() || '';
  if (!title) {
    title = options.fallbackTitle?.trim() || '未命名工作要点';
    warnings.push(`文中未找到计划标题，暂用“${title}”，可在预览中修改`);
  }

  // Tasks share a handful of time limits ("2023年12月底前完成", "持续推进"): each distinct text is read once.
  const deadlineTexts = [...new Set(draft.tasks.map((t) => t.deadlineText))];
  const { startYear, endYear } = planYears(title, deadlineTexts);
  const deadlines = new Map(deadlineTexts.map((text) => [text, parseDeadline(text, endYear)]));

  const tasks: ParsedTask[] = draft.tasks.map((t) => {
    const taskWarnings = [...t.warnings];
    const d = deadlines.get(t.deadlineText)!;
    const unread = t.warnings.includes(NO_PARENTHESIS);
    if (!unread && !t.units.lead.length && !t.units.joint.length) taskWarnings.push(NO_RESPONSIBLE_UNIT);
    if (!t.deadlineText) {
      if (!unread) taskWarnings.push(NO_DEADLINE);
    } else if (!d.recognized) {
      taskWarnings.push(unreadableDeadlineWarning(t.deadlineText));
    } else if (!d.deadline && !d.continuous && d.needsPlanYear) {
      taskWarnings.push(yearUnknownWarning(t.deadlineText));
    } else if (d.yearless && startYear !== endYear) {
      taskWarnings.push(`完成时限“${t.deadlineText}”未写年份，已按${endYear}年理解`);
    }
    if (d.reading) taskWarnings.push(deadlineReadingWarning(t.deadlineText, d.reading));
    // Spelled out rather than spread: one object shape for every task keeps this pass cheap on long plans.
    return {
      seq: t.seq,
      sectionIndex: t.sectionIndex,
      content: t.content,
      responsibilityText: t.responsibilityText,
      units: t.units,
      deadlineText: t.deadlineText,
      warnings: taskWarnings,
      deadline: d.deadline,
      continuous: d.continuous,
    };
  });

  // Numbered points without a single unit named anywhere: most likely another kind of document.
  if (namesNoUnit(tasks)) {
    warnings.unshift(`${tasks.length} 项任务都没有识别出责任单位（末尾括号中的牵头单位等），这份文件可能不是工作要点，请核对后再导入`);
  }
  renumberRestartedSequences(tasks, warnings);
  checkSequenceGaps(tasks, warnings);
  return { title, description: draft.description.trim(), startYear, endYear, sections: draft.sections, tasks, warnings };
}

/** No task names a unit anywhere: numbered points, but most likely not a work plan. */
export function namesNoUnit(tasks: readonly Pick<ParsedTask, 'units'>[]): boolean {
  return tasks.every((t) => ROLES.every((role) => !t.units[role].length));
}

/** Plans that number tasks afresh in each section get "部分.序号" numbers, so every 序号 is unique. */
function renumberRestartedSequences(tasks: ParsedTask[], warnings: string[]): void {
  const seen = new Set<string>();
  if (tasks.every((t) => (seen.has(t.seq) ? false : (seen.add(t.seq), true)))) return;
  const sectionOrdinal = new Map<number | null, number>();
  for (const t of tasks) {
    if (!sectionOrdinal.has(t.sectionIndex)) sectionOrdinal.set(t.sectionIndex, sectionOrdinal.size + 1);
    t.seq = `${sectionOrdinal.get(t.sectionIndex)}.${t.seq}`;
  }
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const n = (counts.get(t.seq) ?? 0) + 1;
    counts.set(t.seq, n);
    if (n > 1) t.seq = `${t.seq}-${n}`;
  }
  warnings.push('任务编号在各部分重新从 1 开始，已改为“部分序号.任务序号”（如 2.1）以免重复');
}

function checkSequenceGaps(tasks: ParsedTask[], warnings: string[]): void {
  for (let i = 1; i < tasks.length; i++) {
    const prev = Number(tasks[i - 1]!.seq);
    const cur = Number(tasks[i]!.seq);
    if (Number.isInteger(prev) && Number.isInteger(cur) && cur !== prev + 1) {
      warnings.push(`任务编号从 ${prev} 直接到 ${cur}，请检查是否有任务未被识别`);
    }
  }
}
