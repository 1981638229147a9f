// Forms where a unit ticks its status instead of writing it: one column per status, often under a
// group title ("完成情况" over 已完成 | 正在推进 | 未启动), with a mark (√ ✓ ● 是) in one of them.
import type { ProgressStatus } from '../../../shared/types';

/** A column headed by one status. */
export interface StatusOption {
  /** 0-based column index. */
  col: number;
  /** The header as written ("正在推进"): it becomes the row's status word when ticked. */
  word: string;
  status: ProgressStatus;
}

/** What an unticked box may hold: nothing, a mark saying no, or the empty box or circle itself. */
const UNTICKED = /^(否|无|不是|×|✗|✘|╳|[xX]|0|□|○|[-—–－]|[/／\\])$/u;

/** The usual ticks: a box holding only one of these says nothing beyond its column's word. */
const BARE_TICK = /^(√|✓|✔|☑|✅|■|●|◆|★|▲|◎|[vVyY]|是|有|1)$/u;

export interface TickedStatus {
  /** The ticked columns' words, "、"-joined when more than one is ticked; '' when none is. */
  word: string;
  /** Ticked boxes holding more than a mark ("√（10月已验收）"), labelled by their column, for the remarks. */
  notes: string[];
}

/** The status a row ticks among the option columns; `cell` gives the cleaned text of a column. */
export function tickedStatus(options: readonly StatusOption[], cell: (col: number) => string): TickedStatus {
  const words: string[] = [];
  const notes: string[] = [];
  for (const option of options) {
    const text = cell(option.col);
    if (!text || UNTICKED.test(text)) continue;
    words.push(option.word);
    if (!BARE_TICK.test(text)) notes.push(`${option.word}：${text}`);
  }
  return { word: words.join('、'), notes };
}

/**
 * The option columns of a header, from the status each column's header names (lowest header row
 * first), or none: a form ticks among at least two different statuses.
 */
export function statusOptionsOf(named: readonly (Omit<StatusOption, 'col'> | null)[]): StatusOption[] {
  const options = named.flatMap((o, col) => (o ? [{ ...o, col }] : []));
  return new Set(options.map((o) => o.status)).size >= 2 ? options : [];
}

/** "“已完成”“正在推进”“未启动”列按勾选读作完成状态。", or null for a form with a status column. */
export function statusOptionsNote(words: readonly string[]): string | null {
  return words.length ? `${words.map((w) => `“${w}”`).join('')}列按所打的勾读作完成状态。` : null;
}
