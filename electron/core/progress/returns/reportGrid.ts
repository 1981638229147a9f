// A report written in words (文字报告) as the grid a returned table is read from: a header row, then
// each numbered item on the row of its first paragraph, so a row's number is the paragraph's (第N段),
// the title and opening above it and the signature below, as around a table in Word. The table's
// reader then reads it like any other (see readReturn).
import type { SheetGrid } from '../workbook/grid';
import { signatureDate } from './tableRows';
import { isHeadingAlone, outlineReport, type ClosingKind } from './reportOutline';
import { itemCells, numbersArePlans, type ItemCells } from './reportItem';

/** The name a report read this way goes by, where a Word table is 表格1. */
export const REPORT_SHEET = '文字报告';

const HEADER = ['序号', '工作任务', '进展情况', '完成状态', '存在问题', '下步计划'];

/** What the preview says of a report read this way. */
export interface ReportInfo {
  /** The paragraphs each item was read from, first and last (1-based). */
  items: { first: number; last: number }[];
  /** Its closing sections, by the paragraphs they stand in. */
  closings: { kind: ClosingKind; first: number; last: number }[];
  /** The closing sections were given to every item that names no problems (next steps) of its own. */
  closingsGiven: boolean;
}

export interface ReportReading {
  sheet: SheetGrid;
  info: ReportInfo;
  /** The unit (units) the signature names, as written (“市行政审批局”), or null. */
  signedBy: string | null;
}

/** Lines of a signature that name no unit. */
const NOT_A_NAME = /联系|填报人|审核人|签发人|^附件|^特此/u;
const SEAL = /[（(](盖章|公章|章)[)）]/gu;

/** The report's items as a grid, or null when it has none that report anything (a heading alone is none). */
export function readReport(paragraphs: readonly string[]): ReportReading | null {
  const outline = outlineReport(paragraphs);
  const planNumbers = numbersArePlans(outline.items);
  const items = outline.items
    .map((item) => ({ item, cells: itemCells(item, planNumbers) }))
    .filter(({ item, cells }) => cells.seq || item.texts.length > 1 || !isHeadingAlone(item.texts[0]!));
  if (!items.length) return null;
  // One 存在问题 and one 下步打算 for the whole report are every item's; several are no one item's.
  const byKind = (kind: ClosingKind) => outline.closings.filter((c) => c.kind === kind);
  const closingsGiven = outline.closings.length > 0 && byKind('problems').length <= 1 && byKind('nextSteps').length <= 1;
  const closingText = (kind: ClosingKind) => (closingsGiven ? (byKind(kind)[0]?.text ?? '') : '');
  const rows: string[][] = [HEADER];
  for (const { item, cells } of items) {
    while (rows.length < item.first - 1) rows.push([]);
    rows.push(rowOf(cells, closingText('problems'), closingText('nextSteps')));
  }
  return {
    sheet: { name: REPORT_SHEET, state: 'visible', rows, merges: [], around: { above: outline.above, below: outline.below } },
    info: {
      items: items.map(({ item }) => ({ first: item.first, last: item.last })),
      closings: outline.closings.map(({ kind, first, last }) => ({ kind, first, last })),
      closingsGiven,
    },
    signedBy: signedBy(outline.below),
  };
}

/** How a plan's task ends: its units and deadline in brackets, “（省知识产权局牵头，省财政厅配合。2023年底前完成）”. */
const UNITS_NOTE_AT_END = /[（(][^（）()]*(?:牵头|负责|配合)[^（）()]*[)）][。；;]?$/u;

/**
 * The items of a plan dropped among the returns (a 工作要点 as sent out): most of the document's
 * items end as a plan's tasks do, with their units in brackets, and report nothing after them. A
 * report that quotes its task's brackets goes on with its progress. Null when it is no such document.
 */
export function planItemsIn(paragraphs: readonly string[]): { tasks: number; items: number } | null {
  const { items } = outlineReport(paragraphs);
  const tasks = items.filter((item) => UNITS_NOTE_AT_END.test(item.texts.at(-1)!.trim())).length;
  return tasks > 0 && tasks * 2 > items.length ? { tasks, items: items.length } : null;
}

const rowOf = (cells: ItemCells, problems: string, nextSteps: string): string[] => [
  cells.seq,
  cells.heading,
  cells.progress,
  cells.status,
  cells.problems || problems,
  cells.nextSteps || nextSteps,
];

/** The names in the signature, before its date: “市行政审批局（盖章）” → “市行政审批局”; several joined by 、. */
function signedBy(below: readonly string[]): string | null {
  const names = below
    .filter((line) => signatureDate(line) === null && !NOT_A_NAME.test(line))
    .map((line) => line.replace(SEAL, '').trim())
    .filter(Boolean);
  return names.length ? names.join('、') : null;
}
