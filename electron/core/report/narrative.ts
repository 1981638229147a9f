// Generates the 通报 text from the period summary, in the usual order of such a notice: a lead-in,
// 一、总体情况, 二、各部分推进情况, 三、存在的问题, 四、下步工作. Each field is plain text, one paragraph
// per line; the renderers style a line by its opening (一、 heading, （一） sub-heading), so whatever
// the official edits keeps its look. Every figure comes from the summary, so text and tables agree.
import { DEFAULT_ADDRESSEE, type Narrative, type PeriodSummary, type StatusTotals, type TaskSummaryRow, type UnitReport } from '../../shared/api/reports';
import { creditedText } from './presentation';
import { planKindOf, quotedTitle } from '../../shared/format';
import { nextPeriod, parsePeriod } from '../../shared/periods';
import type { TaskPeriodStatus } from '../../shared/types';
import { statusOpening } from '../progress/statusWords';
import { unitReportState } from '../../shared/unitReportState';
import { expectedToReport, tasksBySection } from './summary';
import {
  clause,
  cnNumeral,
  dedupeKey,
  enumerate,
  excerpt,
  isNothing,
  monthEndPhrase,
  allNamed,
  nameList,
  percent,
  seqList,
  STATUS_PHRASES,
  taskGist,
  titleBrokenAtWords,
  withoutClause,
} from './wording';

/** How many tasks a section paragraph describes one by one before referring to the attachment. */
const TASKS_PER_SECTION = 8;
/** How many overdue tasks are named with their gist in the overview. */
const NAMED_OVERDUE = 5;
/** How many problems a section paragraph lists before referring to the 汇总表. */
const PROBLEMS_PER_SECTION = 10;
/** Rough width of a title line in 2号 type on A4 (characters), for placing the title's line break. */
const TITLE_LINE = 22;
/** What a 156 mm line of 2号 type holds for certain (full-width characters), to break a long name by. */
const TITLE_LINE_FULL = 20;

/** The 落款 a fresh 通报 gets: who issues it and the 成文日期. */
export interface Signature {
  issuer: string;
  date: string;
}

export function generateNarrative(s: PeriodSummary, signature: Signature): Narrative {
  return {
    title: titleOf(s),
    addressee: DEFAULT_ADDRESSEE,
    overview: overviewOf(s),
    sections: sectionsOf(s),
    problems: problemsOf(s),
    nextSteps: nextStepsOf(s),
    ...signature,
  };
}

function titleOf(s: PeriodSummary): string {
  const tail = `${s.periodLabel}推进情况的通报`;
  const head = `关于${quotedTitle(s.planTitle)}`;
  if (head.length + tail.length <= TITLE_LINE) return `${head}${tail}`;
  // A plan's name too long for the first line is broken between its words, not mid-word by the renderer.
  const lines = titleBrokenAtWords(head, TITLE_LINE_FULL);
  if (lines.length === 1) return `${head}\n${tail}`;
  // The name's last line takes the period after it where both fit (“实施方案》2023年第三季度…”).
  const last = lines.pop()!;
  const joined = titleBrokenAtWords(`${last}${tail}`, TITLE_LINE_FULL);
  return [...lines, ...(joined.length === 1 ? joined : [last, tail])].join('\n');
}

function nextLabel(s: PeriodSummary): string {
  const info = parsePeriod(s.period);
  return info ? nextPeriod(info).label : '下一期';
}

function tasksBySeq(s: PeriodSummary): Map<string, TaskSummaryRow> {
  return new Map(s.tasks.map((t) => [t.seq, t]));
}

/** 第2项（gist）、第3项（gist） for a few tasks, 第2、3、5项 for many. */
function namedTasks(s: PeriodSummary, seqs: readonly string[]): string {
  if (seqs.length > NAMED_OVERDUE) return seqList(seqs);
  const bySeq = tasksBySeq(s);
  return seqs.map((seq) => `第${seq}项（${taskGist(bySeq.get(seq)?.content ?? '')}）`).join('、');
}

/** 已完成3项，正常推进10项，…: the non-zero counts (已完成 always in the overview). */
function statusBreakdown(t: StatusTotals, keepCompleted: boolean): string {
  const parts: string[] = [];
  if (t.completed || keepCompleted) parts.push(`已完成${t.completed}项`);
  if (t.on_track) parts.push(`正常推进${t.on_track}项`);
  if (t.delayed) parts.push(`滞后${t.delayed}项`);
  if (t.not_started) parts.push(`未启动${t.not_started}项`);
  if (t.unreported) parts.push(`未报送进展${t.unreported}项`);
  return parts.join('，');
}

/** 本部分共3项任务，正常推进2项，滞后1项 / 本部分共2项任务，均正常推进 */
function sectionBreakdown(t: StatusTotals): string {
  const uniform = (['completed', 'on_track', 'delayed', 'not_started', 'unreported'] as const).find((k) => t[k] === t.tasks);
  return uniform && t.tasks > 1
    ? `本部分共${t.tasks}项任务，均${STATUS_PHRASES[uniform]}`
    : `本部分共${t.tasks}项任务，${statusBreakdown(t, false)}`;
}

/**
 * The overdue tasks as the notice states them: those reported on 仍未完成; those nobody reported on
 * this period only past their deadline, with no report to say they are unfinished.
 */
function overdueClauses(s: PeriodSummary, name: (seqs: readonly string[]) => string): string[] {
  const unreported = new Set(s.tasks.filter((t) => t.overdue && t.status === 'unreported').map((t) => t.seq));
  const reported = s.overdue.filter((seq) => !unreported.has(seq));
  const clauses: string[] = [];
  if (reported.length) clauses.push(`${name(reported)}已过完成时限仍未完成`);
  if (unreported.size) clauses.push(`${name([...unreported])}已过完成时限，本期未报送进展`);
  return clauses;
}

/** Delayed tasks not already named as overdue. */
const delayedNotOverdue = (s: PeriodSummary) => s.tasks.filter((r) => r.status === 'delayed' && !r.overdue).map((r) => r.seq);

/** “，且均将于…到期” or “，其中第4、5项将于…到期”: the delayed tasks also due next period; or nothing. */
function delayedDueSoonClause(s: PeriodSummary, delayed: readonly string[]): string {
  const due = delayed.filter((seq) => s.dueSoon.includes(seq));
  if (!due.length) return '';
  if (due.length === delayed.length) return `，且${due.length > 1 ? '均' : ''}将于${nextLabel(s)}到期`;
  return `，其中${seqList(due)}将于${nextLabel(s)}到期`;
}

function overviewOf(s: PeriodSummary): string {
  const t = s.totals;
  const lines = [
    // Nothing reported: there is no unit's report to speak of, only the period's standing.
    s.byUnit.some((u) => u.reported)
      ? `为及时掌握${quotedTitle(s.planTitle)}落实情况，现将各责任单位报送的${s.periodLabel}推进情况通报如下：`
      : `为及时掌握${quotedTitle(s.planTitle)}落实情况，现将${s.periodLabel}推进情况通报如下：`,
    '一、总体情况',
  ];
  let figures = `截至${monthEndPhrase(s.periodEnd)}，${quotedTitle(s.planTitle)}确定的${t.tasks}项任务中，${statusBreakdown(t, true)}，完成率${percent(s.completionRate)}。`;
  if (s.overdue.length) figures += `其中，${overdueClauses(s, (seqs) => namedTasks(s, seqs)).join('；')}，需重点督办。`;
  const delayed = delayedNotOverdue(s);
  if (delayed.length) figures += `${seqList(delayed)}任务进度滞后${delayedDueSoonClause(s, delayed)}。`;
  // Tasks due soon not named above: 另有 names none of those already named.
  const dueSoon = s.dueSoon.filter((seq) => !delayed.includes(seq) && !s.overdue.includes(seq));
  if (dueSoon.length) figures += `另有${seqList(dueSoon)}任务将于${nextLabel(s)}到期，需加快推进。`;
  lines.push(figures);

  const expected = s.byUnit.filter(expectedToReport);
  const reported = expected.filter((u) => u.reported).length;
  const partial = partlyReported(s);
  // With the plan's 报送时限, units that reported only after it are named too.
  const notes = [partial.length && `${allNamed(partial)}报送不全`, s.lateUnits.length && `${allNamed(s.lateUnits)}逾期报送`].filter(Boolean);
  const partly = notes.length ? `（其中${notes.join('，')}）` : '';
  lines.push(
    s.missingUnits.length
      ? `本期应报送推进情况的单位${expected.length}个，已报送${reported}个${partly}，${allNamed(s.missingUnits)}未报送${remindedInVainNote(s)}。`
      : notes.length
        ? `本期应报送推进情况的单位${expected.length}个，均已报送${partly}。`
        : `本期应报送推进情况的单位${expected.length}个，均已按时报送。`,
  );
  return lines.join('\n');
}

/**
 * Quotes of several units on one task: each cut at a comma past this length, and all together no
 * longer than one unit's quote may run (excerpt's hardMax); the units left over are referred to the 附件.
 */
const SHARED_EXCERPT = 30;
const QUOTES_LENGTH = 120;

/** A unit's status on the task counts, and it has text to quote: “无” or “/” says nothing worth quoting. */
const quotable = (r: UnitReport) => r.role !== 'national' && !isNothing(r.progress);

/** A lead unit's status is the task's (状态规则：牵头单位报了状态，以牵头单位为准). */
const leadDecided = (task: TaskSummaryRow) => task.reports.some((r) => r.role === 'lead' && r.status === task.status);

const ahead = (status: TaskPeriodStatus) => status === 'completed' || status === 'on_track';

/**
 * The other units whose status the lead's overrules: the lead says 已完成 or 正常推进 while a unit
 * says 滞后, or the reverse, or a unit says 已完成 of a task the lead has not finished; or, with no
 * word of a lead, the units that said 已完成 of a task that goes on. Their word is reported beside the task's status, never quoted
 * as if it were the task's progress.
 */
function overruledReports(task: TaskSummaryRow): UnitReport[] {
  // No lead decided and the task goes on: a unit's 已完成 was for its own part (状态规则), said beside the task's status.
  if (!leadDecided(task)) return task.status === 'on_track' ? task.reports.filter((r) => r.role !== 'national' && r.status === 'completed') : [];
  return task.reports.filter(
    (r) =>
      r.role !== 'lead' &&
      r.role !== 'national' &&
      ((r.status === 'delayed' && ahead(task.status)) ||
        (task.status === 'delayed' && ahead(r.status)) ||
        // A unit done with its part of a task its lead has not finished (状态规则): said beside, as without a lead.
        (r.status === 'completed' && task.status !== 'completed')),
  );
}

/**
 * The reports quoted for the task. A lead that decided the status speaks alone (else one unit whose
 * status is the task's, so a delayed task is described by the unit that is behind, or any other unit
 * not overruled). Without a deciding lead the status was combined from several units: each unit with
 * text is quoted, those whose status is the task's first.
 */
function spokenReports(task: TaskSummaryRow, overruled: readonly UnitReport[]): UnitReport[] {
  const withText = task.reports.filter((r) => quotable(r) && !overruled.includes(r));
  const deciding = withText.filter((r) => r.status === task.status);
  if (leadDecided(task)) {
    const one = deciding.find((r) => r.role === 'lead') ?? deciding[0] ?? withText[0];
    return one ? [one] : [];
  }
  return [...deciding, ...withText.filter((r) => !deciding.includes(r))];
}

/** The excerpt of each speaking unit's text, without the status the sentence already states, credited as in the 附件. */
function spokenProgress(task: TaskSummaryRow, overruled: readonly UnitReport[]): string {
  const reports = spokenReports(task, overruled);
  if (reports.length === 1) return creditedText(task, reports[0]!.unit, withoutStatusWords(excerpt(reports[0]!.progress), task.status));
  const quotes: string[] = [];
  let length = 0;
  for (const r of reports) {
    const quote = `${r.unit}：${withoutStatusWords(excerpt(r.progress, SHARED_EXCERPT), task.status)}`;
    if (quotes.length && length + quote.length > QUOTES_LENGTH) break;
    quotes.push(quote);
    length += quote.length + 1;
  }
  const rest = reports.length - quotes.length;
  return rest > 0 ? `${quotes.join('；')}；另有${rest}个单位的进展详见附件` : quotes.join('；');
}

/**
 * “（乙厅报为进度滞后：数据接口尚未打通）”: what the lead's status overruled. How the statuses combine
 * is the dashboard's to explain (状态规则), not a formal notice's.
 */
function overruledNote(overruled: readonly UnitReport[]): string {
  if (!overruled.length) return '';
  const said = overruled.map((r) => {
    const text = quotable(r) ? withoutStatusWords(excerpt(r.progress, SHARED_EXCERPT), r.status) : '';
    return `${r.unit}报为${STATUS_PHRASES[r.status]}${text ? `：${text}` : ''}`;
  });
  return `（${said.join('；')}）`;
}

function taskSentence(task: TaskSummaryRow): string {
  const state = task.completedIn
    ? `已于${task.completedIn}完成`
    : task.overdue
      ? `已超过完成时限，${task.status === 'unreported' ? '且未报送进展情况' : `目前${STATUS_PHRASES[task.status]}`}`
      : STATUS_PHRASES[task.status];
  const head = `第${task.seq}项（${taskGist(task.content)}）${state}`;
  if (task.status === 'unreported') return head;
  const overruled = overruledReports(task);
  const said = spokenProgress(task, overruled);
  return `${said ? `${head}，${said}` : head}${overruledNote(overruled)}`;
}

/**
 * The unit's text without what the sentence already says: an opening status word (“正在推进，已与…”
 * after “正常推进”) or the status as a clause of its own (“…尚未开展，进度滞后” after “进度滞后”).
 */
function withoutStatusWords(text: string, status: TaskPeriodStatus): string {
  const opening = statusOpening(text);
  const rest = opening?.status === status && opening.rest ? opening.rest : text;
  return withoutClause(rest, STATUS_PHRASES[status]);
}

/** Whether the plan is divided into sections (一、二、…); otherwise its tasks stand alone. */
const hasSections = (s: PeriodSummary) => s.bySection.some((x) => x.numeral);

function sectionsOf(s: PeriodSummary): string {
  if (!hasSections(s)) {
    const tasks = s.tasks.slice(0, TASKS_PER_SECTION).map(taskSentence);
    const rest = s.tasks.length - tasks.length;
    return ['二、各项任务推进情况', `${tasks.join('；')}。${rest > 0 ? `其余${rest}项任务推进情况详见附件。` : ''}`].join('\n');
  }
  const lines = ['二、各部分推进情况'];
  tasksBySection(s).forEach(({ section, tasks }, i) => {
    const shown = tasks.slice(0, TASKS_PER_SECTION).map(taskSentence);
    const rest = tasks.length - shown.length;
    let text = `（${cnNumeral(i + 1)}）${clause(section.title)}。${sectionBreakdown(section)}。`;
    if (shown.length) text += `${shown.join('；')}。`;
    if (rest > 0) text += `其余${rest}项任务推进情况详见附件。`;
    lines.push(text);
  });
  return lines.join('\n');
}

interface Problem {
  text: string;
  seqs: string[];
  units: string[];
}

/** One unit's problems text split into its items ("1.…2.…", lines, 一是…二是…). */
function problemItems(text: string): string[] {
  return text
    .split(/\n|[。；;]\s*(?=[（(]?\d{1,2}[)）.、．](?!\d)|[一二三四五六七八九十]是)/)
    .map((part) => clause(part).replace(/。/g, '，'))
    .filter((part) => !isNothing(part));
}

/** The section's reported problems, each once, with the tasks and units that raised it. */
function collectProblems(tasks: readonly TaskSummaryRow[]): Problem[] {
  const byKey = new Map<string, Problem>();
  for (const task of tasks) {
    for (const report of task.reports) {
      if (report.role === 'national' || isNothing(report.problems)) continue;
      for (const text of problemItems(report.problems)) {
        const key = dedupeKey(text);
        let p = byKey.get(key);
        if (!p) byKey.set(key, (p = { text, seqs: [], units: [] }));
        if (!p.seqs.includes(task.seq)) p.seqs.push(task.seq);
        if (!p.units.includes(report.unit)) p.units.push(report.unit);
      }
    }
  }
  return [...byKey.values()];
}

function problemsOf(s: PeriodSummary): string {
  const lines = ['三、存在的问题'];
  let n = 0;
  for (const { section, tasks } of tasksBySection(s)) {
    const problems = collectProblems(tasks);
    if (!problems.length) continue;
    const items = problems.slice(0, PROBLEMS_PER_SECTION).map((p) => `${p.text}（${seqList(p.seqs, 10)}，${nameList(p.units)}）`);
    const rest = problems.length - items.length;
    const more = rest > 0 ? `另有${rest}个问题详见推进情况汇总表。` : '';
    const heading = hasSections(s) ? `（${cnNumeral(++n)}）${clause(section.title)}。` : `（${cnNumeral(++n)}）各单位反映的问题。`;
    lines.push(`${heading}${enumerate(items)}${more}`);
  }

  const execution: string[] = [];
  execution.push(...overdueClauses(s, (seqs) => `${seqList(seqs)}任务`));
  const delayed = delayedNotOverdue(s);
  if (delayed.length) execution.push(`${seqList(delayed)}任务进度滞后于计划安排`);
  if (s.totals.not_started) {
    execution.push(`${seqList(s.tasks.filter((r) => r.status === 'not_started').map((r) => r.seq))}任务尚未启动`);
  }
  if (s.missingUnits.length) execution.push(`${nameList(s.missingUnits)}未按时报送本期推进情况${chasedInVainClause(s)}`);
  if (s.lateUnits.length) execution.push(`${nameList(s.lateUnits)}逾期报送`);
  if (execution.length) lines.push(`（${cnNumeral(++n)}）任务推进和报送方面。${enumerate(execution)}`);

  if (n === 0) lines.push('各单位报送材料中未反映突出问题，各项任务总体按计划推进。');
  return lines.join('\n');
}

/**
 * Who must act on lagging tasks, each with its tasks: the units that reported the delay, else the
 * lead units (the jointly responsible units of a task without a lead) but those that reported their
 * own part 已完成, this period or last time they reported (doneEarlier), unless every one of them did.
 */
function unitsToAct(tasks: readonly TaskSummaryRow[]): Map<string, string[]> {
  const seqsOf = new Map<string, string[]>();
  for (const task of tasks) {
    const behind = task.reports.filter((r) => r.role !== 'national' && r.status === 'delayed').map((r) => r.unit);
    const answering = task.units.lead.length ? task.units.lead : task.units.joint;
    const done = new Set([...task.reports.filter((r) => r.status === 'completed').map((r) => r.unit), ...(task.doneEarlier ?? [])]);
    const notDone = answering.filter((u) => !done.has(u));
    const units = behind.length ? behind : notDone.length ? notDone : answering;
    for (const u of units) seqsOf.set(u, [...(seqsOf.get(u) ?? []), task.seq]);
  }
  return seqsOf;
}

/** 加快推进逾期和滞后任务, 加快推进逾期任务 or 加快推进滞后任务, as the tasks are. */
function laggingHeading(lagging: readonly TaskSummaryRow[]): string {
  const overdue = lagging.some((r) => r.overdue);
  const delayed = lagging.some((r) => !r.overdue && r.status === 'delayed');
  return `加快推进${overdue && delayed ? '逾期和滞后' : overdue ? '逾期' : '滞后'}任务`;
}

/** “省知识产权局（第9、16项）、省财政厅（第9项）”: each unit with its own tasks, so none is named for another's. */
function unitsWithTasks(seqsOf: ReadonlyMap<string, readonly string[]>): string {
  return [...seqsOf].map(([unit, seqs]) => `${unit}（${seqList(seqs)}）`).join('、');
}

/** A task due soon has no lead unit: its jointly responsible units are the ones to act. */
const dueSoonLeadless = (s: PeriodSummary) => s.tasks.some((r) => s.dueSoon.includes(r.seq) && r.units.lead.length === 0);

function nextStepsOf(s: PeriodSummary): string {
  const lines = ['四、下步工作'];
  const items: string[] = [];
  const lagging = s.tasks.filter((r) => r.overdue || r.status === 'delayed');
  if (lagging.length) {
    const units = unitsToAct(lagging);
    const who =
      units.size === 0
        ? `请相关责任单位对${seqList(lagging.map((r) => r.seq))}任务`
        : units.size <= 8
          ? `请${unitsWithTasks(units)}`
          : `请相关责任单位对${seqList(lagging.map((r) => r.seq))}任务`;
    items.push(`${laggingHeading(lagging)}。${who}认真分析原因，制定针对性措施，明确完成时限，确保尽快完成。`);
  }
  if (s.dueSoon.length) {
    items.push(
      `抓好临期任务落实。${seqList(s.dueSoon)}任务将于${nextLabel(s)}到期，请各${dueSoonLeadless(s) ? '责任' : '牵头'}单位倒排工期、压实责任，确保按期保质完成。`,
    );
  }
  const partial = partlyReported(s);
  if (s.missingUnits.length || partial.length) {
    // The units the overview named as missing or reporting in part, by name when one, else as "上述".
    const missing = s.missingUnits.length === 1 ? s.missingUnits[0] : '上述未报送单位';
    const partly = partial.length === 1 ? partial[0] : '上述报送不全的单位';
    const requests = [
      s.missingUnits.length ? `${missing}在下期报送时一并补报本期推进情况` : '',
      partial.length ? `${partly}${s.missingUnits.length ? '' : '在下期报送时一并'}补报本期未报送任务的推进情况` : '',
    ].filter(Boolean);
    items.push(`按时报送推进情况。请${requests.join('，')}，确保台账信息完整准确。`);
  }
  if (s.tasks.some((r) => r.continuous)) {
    items.push('持续推进常态化工作。对持续推进类任务，各责任单位要建立健全长效机制，细化年度目标和阶段举措，久久为功抓好落实。');
  }
  items.push(
    '加强统筹协调。各牵头单位要切实履行牵头职责，加强与责任单位、配合单位的沟通协作，及时研究解决工作推进中遇到的困难和问题，' +
      `确保${planKindOf(s.planTitle)}各项任务落地见效。`,
  );
  items.forEach((item, i) => lines.push(`（${cnNumeral(i + 1)}）${item}`));
  return lines.join('\n');
}

/** As 报送台账 says it: the units expected to report that left some of their open tasks out (部分报送). */
function partlyReported(s: PeriodSummary): string[] {
  return s.byUnit.filter((u) => expectedToReport(u) && unitReportState(u) === 'partial').map((u) => u.unit);
}

/** The missing units the office had reminded (催报), in the order of missingUnits. */
function remindedInVain(s: PeriodSummary): string[] {
  const reminded = new Set(s.reminders.map((r) => r.unit));
  return s.missingUnits.filter((u) => reminded.has(u));
}

/** "（均经催报）" or "（其中甲局、乙局经催报仍未报送）", after the missing units in the overview; or nothing. */
function remindedInVainNote(s: PeriodSummary): string {
  const still = remindedInVain(s);
  if (!still.length) return '';
  return still.length === s.missingUnits.length ? '（均经催报）' : `（其中${allNamed(still)}经催报仍未报送）`;
}

/** "，经催报仍未报送" or "，其中乙局经催报仍未报送", after the missing units among the problems; or nothing. */
function chasedInVainClause(s: PeriodSummary): string {
  const still = remindedInVain(s);
  if (!still.length) return '';
  return still.length === s.missingUnits.length ? '，经催报仍未报送' : `，其中${allNamed(still)}经催报仍未报送`;
}
