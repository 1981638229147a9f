// Which task each returned row reports on: by the template's hidden identification, else by 序号
// (checked against the row's task text), else by text similarity to the unit's own tasks.
import type { MatchMethod } from '../../../shared/api/progress';
import { contentKey, type SheetIdentity } from '../identification';
import type { Ledger, LedgerTask } from '../ledger';
import type { SourceRow } from '../returns/tableRows';
import { bigrams, similarity, type Bigrams } from '../similarity';
import { isTownUnit, namesTownsTogether } from '../../units/names';
import { comparableText } from '../text';
import { ContentIndex } from './contentIndex';

export interface RowMatch {
  task: LedgerTask | null;
  match: MatchMethod | null;
  score: number;
  lowConfidence: boolean;
  /**
   * Without a task: why a row was left unmatched when it would otherwise have been guessed at (a 序号
   * naming several tasks that are not all the unit's). With one: what to check.
   */
  warnings: readonly string[];
  /** A row whose 序号 names several of the unit's tasks ("12-13"): each of them, `task` the first. */
  tasks?: readonly LedgerTask[];
  /** A content match by a quote found in one of the unit's tasks only, whatever the similarity of the whole texts. */
  quoted?: true;
}

/** Below this a content match needs confirmation; below FLOOR it is no match at all. */
export const CONFIDENT = 0.6;
const FLOOR = 0.35;
/** A row's task text this long (in comparable characters) or longer can be a quote of one task's. */
const MIN_QUOTE = 6;
/** Among the unit's own few tasks a shorter quote ("质押融资") is telling enough to propose, for confirmation. */
const MIN_OWN_QUOTE = 4;
/** A 序号 match is trusted when the row's text is at least this like the task's. */
const AGREES = 0.5;
/** A content match is unclear when the runner-up is this close. */
const CLEAR_MARGIN = 0.08;

const pct = (score: number) => `${Math.round(score * 100)}%`;
/** Shared by the many matches without a warning (results copy it before adding any). */
const NO_WARNINGS: readonly string[] = Object.freeze([]);
const NO_TASKS: ReadonlySet<number> = new Set();

/**
 * Whose tasks a table reports on: one unit's, or the units of a joint return (联合报送) together;
 * null when the unit is unknown.
 */
export type Reporters = readonly number[] | null;

/** The tasks content matching looks among, and their ids; `key` names the reporters. */
interface OwnTasks {
  key: string;
  tasks: readonly LedgerTask[];
  ids: ReadonlySet<number>;
}

/** Matching against one ledger: task bigrams and indexes are computed once and kept with it (ledgerCache). */
export class TaskMatcher {
  private readonly gramCache = new Map<number, Bigrams>();
  private readonly comparableCache = new Map<number, string>();
  private readonly indexes = new Map<string, ContentIndex>();
  private readonly unitTaskIds = new Map<number, ReadonlySet<number>>();
  private readonly answerableIds = new Map<number, ReadonlySet<number>>();
  private readonly reportersTasks = new Map<string, OwnTasks>();

  constructor(private readonly ledger: Ledger) {}

  /** Ids of the tasks the unit reports on (empty when it has none). */
  tasksOf(unitId: number): ReadonlySet<number> {
    let ids = this.unitTaskIds.get(unitId);
    if (!ids) this.unitTaskIds.set(unitId, (ids = new Set(this.ledger.units.get(unitId)?.tasks.map((t) => t.task.id))));
    return ids;
  }

  /**
   * The tasks a unit's rows may report on: its own, and for a town (城关镇) also those the plan gives the
   * towns together (各乡镇（街道）), which each town reports on though no form lists them.
   */
  answerableBy(unitId: number): ReadonlySet<number> {
    let ids = this.answerableIds.get(unitId);
    if (!ids) this.answerableIds.set(unitId, (ids = new Set(this.answerableTasks(unitId).map((t) => t.id))));
    return ids;
  }

  private answerableTasks(unitId: number): LedgerTask[] {
    const own = this.ledger.units.get(unitId);
    const tasks = own?.tasks.map((t) => t.task) ?? [];
    if (!own || !isTownUnit(own.unit)) return tasks;
    const ids = this.tasksOf(unitId);
    const ofTowns = this.ledger.tasks.filter((t) => !ids.has(t.id) && t.units.some((u) => !u.national && namesTownsTogether(u.unit)));
    return [...tasks, ...ofTowns];
  }

  /** The reporters' own tasks and their ids, or null when they are unknown or have none (then every task is theirs to match). */
  private ownTasks(reporters: Reporters): OwnTasks | null {
    if (!reporters?.length) return null;
    const key = reporters.join(',');
    let own = this.reportersTasks.get(key);
    if (!own) {
      const [first] = reporters;
      // One unit's in its own order, as the unit's form lists them; several units' in the plan's.
      const tasks =
        reporters.length === 1
          ? this.answerableTasks(first!)
          : this.ledger.tasks.filter((t) => reporters.some((id) => this.answerableBy(id).has(t.id)));
      this.reportersTasks.set(key, (own = { key, tasks, ids: new Set(tasks.map((t) => t.id)) }));
    }
    return own.tasks.length ? own : null;
  }

  private gramsOf = (task: LedgerTask): Bigrams => {
    let grams = this.gramCache.get(task.id);
    if (!grams) this.gramCache.set(task.id, (grams = bigrams(task.content)));
    return grams;
  };

  /** Whether the row's text is the task's text, give or take spacing, punctuation and full-width forms. */
  private sameText(text: string, task: LedgerTask): boolean {
    return text === task.content || comparableText(text) === this.comparableOf(task);
  }

  private comparableOf(task: LedgerTask): string {
    let comparable = this.comparableCache.get(task.id);
    if (comparable === undefined) this.comparableCache.set(task.id, (comparable = comparableText(task.content)));
    return comparable;
  }

  /**
   * The one task, among the reporters' (all when they are unknown or have none), whose text contains the
   * row's word for word: a row quoting part of its task ("优化专利转化资金") is as clear as the whole
   * text, though too short to look alike by bigrams.
   */
  private quotedTask(text: string, own: OwnTasks | null): LedgerTask | null {
    const quote = comparableText(text);
    if (quote.length < (own ? MIN_OWN_QUOTE : MIN_QUOTE)) return null;
    let found: LedgerTask | null = null;
    for (const task of own?.tasks ?? this.ledger.tasks) {
      if (!this.comparableOf(task).includes(quote)) continue;
      if (found) return null;
      found = task;
    }
    return found;
  }

  /** Content matching looks only at the reporters' own tasks (all tasks when they are unknown or have none). */
  private indexFor(own: OwnTasks | null): ContentIndex {
    const key = own?.key ?? '';
    let index = this.indexes.get(key);
    if (!index) {
      index = new ContentIndex(own?.tasks ?? this.ledger.tasks, this.gramsOf);
      this.indexes.set(key, index);
    }
    return index;
  }

  matchRows(rows: readonly SourceRow[], reporters: Reporters, identity: SheetIdentity | null): RowMatch[] {
    const byIdentity = identity
      ? identityLookup(identity, (text, taskId) => {
          const task = this.ledger.taskById.get(taskId);
          return task !== undefined && this.sameText(text, task);
        })
      : null;
    const own = this.ownTasks(reporters);
    const unitTasks = reporters === null ? null : (own?.ids ?? NO_TASKS);
    return rows.map((row) => {
      const viaId = byIdentity ? byIdentity(row) : null;
      const identified = viaId === null ? undefined : this.ledger.taskById.get(viaId);
      if (identified) return { task: identified, match: 'id', score: 1, lowConfidence: false, warnings: NO_WARNINGS };
      return this.matchOne(row, own, unitTasks);
    });
  }

  private matchOne(row: SourceRow, own: OwnTasks | null, unitTasks: ReadonlySet<number> | null): RowMatch {
    if (row.seqs) return this.matchSeqList(row, row.seqs, unitTasks);
    const hasText = row.content.length >= 4;
    const seqTask = row.seq ? this.ledger.taskBySeq.get(row.seq) : undefined;

    if (seqTask) {
      if (!hasText) {
        return notAmong(unitTasks, seqTask)
          ? low(seqTask, 'seq', 1, `序号${row.seq}的任务不在本单位的任务中，请确认`)
          : { task: seqTask, match: 'seq', score: 1, lowConfidence: false, warnings: NO_WARNINGS };
      }
      // Most rows carry the task text unchanged: skip the bigram comparison for them.
      const agreement = this.sameText(row.content, seqTask) ? 1 : similarity(bigrams(row.content), this.gramsOf(seqTask));
      const quoted = agreement < AGREES ? this.quotedTask(row.content, own) : null;
      if (agreement >= AGREES || quoted?.id === seqTask.id) {
        return notAmong(unitTasks, seqTask)
          ? low(seqTask, 'seq', 1, `序号${row.seq}的任务不在本单位的任务中，请确认`)
          : { task: seqTask, match: 'seq', score: 1, lowConfidence: false, warnings: NO_WARNINGS };
      }
      if (quoted) {
        const why = `序号${row.seq}与任务内容不一致，本行任务内容摘自序号${quoted.seq}的任务，请确认`;
        return { ...low(quoted, 'content', similarity(bigrams(row.content), this.gramsOf(quoted)), why), quoted: true };
      }
      const { best } = this.indexFor(own).best(row.content);
      if (best && best.score >= CONFIDENT && best.task.id !== seqTask.id) {
        return low(
          best.task,
          'content',
          best.score,
          `序号${row.seq}与任务内容不一致，按内容匹配为序号${best.task.seq}的任务（相似度${pct(best.score)}），请确认`,
        );
      }
      // A 序号 of another unit's task is most likely the form's own numbering: the unit's task the text
      // is like comes first, and a task the text has nothing in common with is no proposal at all.
      const ownSeq = unitTasks?.has(seqTask.id) ?? false;
      if (!ownSeq && best && best.score >= FLOOR && best.score > agreement && best.task.id !== seqTask.id) {
        return low(
          best.task,
          'content',
          best.score,
          `序号${row.seq}的任务不在本单位的任务中，按内容匹配为本单位序号${best.task.seq}的任务（相似度${pct(best.score)}），请确认`,
        );
      }
      if (!ownSeq && agreement === 0) {
        const why = notAmong(unitTasks, seqTask) ? `序号${row.seq}的任务不在本单位的任务中，任务内容也与之毫无相同之处` : `本行任务内容与序号${row.seq}的任务毫无相同之处`;
        return { task: null, match: null, score: 0, lowConfidence: false, warnings: [why] };
      }
      return low(seqTask, 'seq', agreement, `本行任务内容与序号${row.seq}的任务不一致（相似度${pct(agreement)}），请确认`);
    }

    if (!hasText) return { task: null, match: null, score: 0, lowConfidence: false, warnings: NO_WARNINGS };
    const { best, second } = this.indexFor(own).best(row.content);
    const quoted = best && best.score >= CONFIDENT ? null : this.quotedTask(row.content, own);
    if (quoted) {
      const score = similarity(bigrams(row.content), this.gramsOf(quoted));
      const notInPlan = row.seq ? [`序号${row.seq}不在工作要点中`] : [];
      // A few characters found in one of the unit's tasks only: likely, but the official says.
      if (comparableText(row.content).length < MIN_QUOTE) {
        const why = `本行任务内容“${row.content}”只见于本单位序号${quoted.seq}的任务，请确认`;
        return { ...low(quoted, 'content', score, why), warnings: [...notInPlan, why], quoted: true };
      }
      return { task: quoted, match: 'content', score, lowConfidence: false, warnings: [...notInPlan, `本行任务内容摘自序号${quoted.seq}的任务，已按此匹配`], quoted: true };
    }
    if (!best || best.score < FLOOR) return { task: null, match: null, score: best?.score ?? 0, lowConfidence: false, warnings: NO_WARNINGS };
    const warnings = row.seq ? [`序号${row.seq}不在工作要点中，已按内容匹配`] : [];
    const unclear = second !== null && best.score - second.score < CLEAR_MARGIN;
    if (best.score < CONFIDENT || unclear) {
      const why = unclear
        ? `按内容匹配为序号${best.task.seq}的任务，但与序号${second!.task.seq}的任务同样相近，请确认`
        : `按内容匹配为序号${best.task.seq}的任务，相似度${pct(best.score)}，请确认`;
      return { ...low(best.task, 'content', best.score, why), warnings: [...warnings, why] };
    }
    return { task: best.task, match: 'content', score: best.score, lowConfidence: false, warnings };
  }

  /**
   * A row for several tasks ("12-13") goes to each when all are the unit's; otherwise to none, said
   * why, rather than to whichever task its text is most like.
   */
  private matchSeqList(row: SourceRow, seqs: readonly string[], unitTasks: ReadonlySet<number> | null): RowMatch {
    const unknown = seqs.filter((seq) => !this.ledger.taskBySeq.has(seq));
    const tasks = seqs.flatMap((seq) => this.ledger.taskBySeq.get(seq) ?? []);
    const notOwn = unitTasks?.size ? tasks.filter((t) => !unitTasks.has(t.id)).map((t) => t.seq) : [];
    const why = unknown.length
      ? `其中序号${unknown.join('、')}不在工作要点中`
      : unitTasks === null
        ? '报送单位未确定，无法核对这些任务是否由本单位承担'
        : !unitTasks.size
          ? '本单位在本工作要点中没有承担任务'
          : notOwn.length
            ? `其中序号${notOwn.join('、')}不是本单位的任务`
            : null;
    const written = `序号写作“${row.seqText}”`;
    if (why) return { task: null, match: null, score: 0, lowConfidence: false, warnings: [`${written}，${why}`] };
    const check = `第${row.row}行${written}，同一内容已分别记入序号${seqs.join('、')}各项任务，请核对`;
    return { task: tasks[0]!, tasks, match: 'seq', score: 1, lowConfidence: false, warnings: [check] };
  }
}

/** A task outside the unit's own (when the unit is known to have any). */
function notAmong(unitTasks: ReadonlySet<number> | null, task: LedgerTask): boolean {
  return unitTasks !== null && unitTasks.size > 0 && !unitTasks.has(task.id);
}

function low(task: LedgerTask, match: MatchMethod, score: number, warning: string): RowMatch {
  return { task, match, score, lowConfidence: true, warnings: [warning] };
}

/**
 * Row → task id through the template's map of 序号 + task text (position does not matter). The task
 * text is compared with the plan's (which the template was made from) before falling back to the
 * stored text key, so the usual unchanged row costs a string comparison.
 */
function identityLookup(identity: SheetIdentity, sameText: (text: string, taskId: number) => boolean): (row: SourceRow) => number | null {
  const byKey = new Map(identity.tasks.map((t) => [`${t.seq}|${t.contentKey}`, t.taskId]));
  const bySeq = new Map<string, number>();
  for (const t of identity.tasks) bySeq.set(t.seq, t.taskId);
  return (row) => {
    if (!row.seq) return null;
    const taskId = bySeq.get(row.seq);
    if (taskId !== undefined && (!row.content || sameText(row.content, taskId))) return taskId;
    return byKey.get(`${row.seq}|${contentKey(row.content)}`) ?? null;
  };
}
