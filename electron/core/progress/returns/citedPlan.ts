// The plan a re-typed return says it reports on, from its title or file name: 《…》, or the words
// before "…工作要点推进情况". A unit that sends its report on another plan (its 双招双引 work, say)
// would otherwise have its figures matched to this plan's tasks by a weak likeness. Our own forms
// carry the plan in their hidden identification instead (see judgeIdentity).
import { comparableText } from '../text';

/** A cited title ends with the kind of document a plan is. */
const CITED_IN_QUOTES = /《([^《》]{2,80}?(?:要点|方案|计划|清单|分工表))》/gu;
/** "2026年全市“双招双引”工作要点推进情况": the plan named before what the form reports. */
const CITED_BEFORE_PROGRESS =
  /^(.{2,80}?(?:工作要点|实施方案|分工方案|工作方案|行动方案|行动计划|推进计划|工作计划|任务清单|分工表|重点任务|重点工作))(?:的)?(?:落实|推进|进展|完成|执行|贯彻)/u;

export interface CitedPlan {
  /** The plan's title as written. */
  title: string;
  source: 'title' | 'filename';
}

/**
 * Every plan the form's title lines (first two) or file name cite, title lines first; empty when they
 * name none. A line may cite two: "贯彻落实《…强省实施方案》2022-2023年工作要点推进情况" reports on the
 * 工作要点 and names the document it was drawn up under, so both are kept.
 */
export function citedPlansOf(lines: readonly string[], fileName: string): CitedPlan[] {
  const places = [...lines.slice(0, 2).map((text) => ({ text, source: 'title' as const })), { text: fileName.replace(/\.[^.]+$/, ''), source: 'filename' as const }];
  const cited: CitedPlan[] = [];
  for (const { text, source } of places) {
    const line = text.replace(/\s+/g, '');
    for (const m of line.matchAll(CITED_IN_QUOTES)) cited.push({ title: m[1]!, source });
    // "省商务局关于报送…工作要点落实情况的报告": the plan's title follows the 关于; after a quoted
    // document ("《…》2022-2023年工作要点"), the words after it.
    const before = CITED_BEFORE_PROGRESS.exec(line)?.[1]?.replace(/^.*?关于(?:报送)?/u, '').replace(/^.*》/u, '');
    if (before && !cited.some((c) => c.title === before)) cited.push({ title: before, source });
  }
  return cited;
}

/**
 * The plan other than `planTitle` that the form cites, or null: when it cites none, or cites this
 * plan anywhere (the other title is then the document this plan was drawn up under, or a slip).
 */
export function anotherPlanCited(cited: readonly CitedPlan[], planTitle: string): CitedPlan | null {
  if (!cited.length || cited.some((c) => !citesAnotherPlan(c.title, planTitle))) return null;
  return cited[0]!;
}

/** Years, periods and places: the same plan is cited with or without them. */
const YEAR = /\d{4}(?:\d{4})?年度?/gu;
const PERIOD = /第?[一二三四1-4]季度|[上下]半年|\d{1,2}(?:至|到)?\d{0,2}月份?|[一二三四五六七八九十]{1,3}月份?/gu;
const PLACE = /全省|全市|全县|全区|全州|本省|本市|我省|我市/gu;
/** Words every plan's title may have: what kind of document it is. */
const DOCUMENT_WORDS =
  /工作要点|实施方案|分工方案|工作方案|行动方案|行动计划|推进计划|工作计划|任务清单|任务分工表?|分工表|重点任务|重点工作|主要任务|要点|方案|计划|清单|关于|印发|的/gu;
/** A unit naming itself before the plan ("市商务局工作要点"): its own name says nothing of the plan. */
const LEADING_UNIT = /^.{0,16}?(?:局|厅|委员会|委|办公室|办|院|中心|政府)/u;

/** What sets a title apart from other plans' ("双招双引", "优化营商环境"); may be empty. */
function distinctiveWords(title: string): string {
  const words = comparableText(title).replace(YEAR, '').replace(PERIOD, '').replace(PLACE, '').replace(DOCUMENT_WORDS, '');
  return words.replace(LEADING_UNIT, '');
}

const pairsOf = (text: string): string[] => Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2));

/** Below this share of a cited title's distinctive pairs of characters found in the plan's title, it is another plan. */
const SAME_PLAN_SHARE = 1 / 3;

/**
 * Whether the cited title is clearly another plan's than `planTitle`. The same plan may be cited
 * shortened ("营商环境重点任务" for "2026年全市优化营商环境重点任务分工方案"), without its year or
 * place; a title of only generic words ("2023年工作要点", "重点工作") is never taken for another plan.
 */
export function citesAnotherPlan(cited: string, planTitle: string): boolean {
  const own = distinctiveWords(cited);
  if (own.length < 2 || distinctiveWords(planTitle).length < 2) return false;
  const plan = comparableText(planTitle);
  const pairs = pairsOf(own);
  return pairs.filter((p) => plan.includes(p)).length / pairs.length < SAME_PLAN_SHARE;
}
