// Row heights of the ledger tables, from the text each cell shows (see VirtualTable and textLines).
import { APP_FONT } from '../../appFont';
import { countLines } from '../textLines';

/** Must match virtualTable.css: 20px lines, 5px + 5px cell padding and a 1px row border. */
export const LINE_HEIGHT = 20;
const ROW_CHROME = 11;
/** 8px padding on both sides and the 1px cell border. */
const CELL_CHROME_X = 17;

export const SECTION_ROW_HEIGHT = LINE_HEIGHT + ROW_CHROME;

/** The tables' font (not the page's default, which is a serif font in a plain page). */
const font = (px: number): string => `${px}px ${APP_FONT}`;

/** Lines a text shows in a column of `width` px (13px table font), at most `maxLines`. */
export const linesIn = (text: string, width: number, maxLines: number): number =>
  countLines(text, width - CELL_CHROME_X, font(13), maxLines);

/** Height of a row whose tallest cell shows `lines` lines, or `extraPx` of other content. */
export const rowHeightFor = (lines: number, extraPx = 0): number => Math.max(lines * LINE_HEIGHT, extraPx) + ROW_CHROME;

/** Height of a stack of warning tags (12px text, 18px lines, 4px gap) in a column of `width` px. */
export function tagStackHeight(texts: readonly string[], width: number): number {
  // The tag adds 7px padding on each side, a border and a close icon.
  const inner = width - CELL_CHROME_X - 32;
  return texts.reduce((sum, t) => sum + countLines(t, inner, font(12)) * 18 + 4, 0);
}

/** Row heights per table and column width, keyed by the task object (an edited task is a new object). */
const heightCaches = new Map<string, WeakMap<object, number>>();

export function memoHeight(table: string, width: number, task: object, compute: () => number): number {
  const key = `${table}:${width}`;
  let cache = heightCaches.get(key);
  if (!cache) {
    if (heightCaches.size > 16) heightCaches.clear(); // many window resizes: start over
    heightCaches.set(key, (cache = new WeakMap()));
  }
  let height = cache.get(task);
  if (height === undefined) cache.set(task, (height = compute()));
  return height;
}
