// How many lines a text takes in a column, computed with canvas metrics instead of the DOM,
// so a virtual table knows every row's height before rendering it (no layout per row while scrolling).

/** Character widths per font, measured once each. */
const widthsByFont = new Map<string, Map<string, number>>();
let context: CanvasRenderingContext2D | null = null;

function measure(ch: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return ch.charCodeAt(0) > 0x2e80 ? 13 : 7;
  context.font = font;
  return context.measureText(ch).width;
}

/** Closing punctuation may not start a line: the browser carries the previous character down with it. */
const NO_LINE_START = new Set('，。、；：！？）】》〉」』”’,.;:!?)]}%');

/**
 * Lines `text` wraps to in `maxWidth` px when any character may break (CSS word-break: break-all),
 * capped at `maxLines`. `font` is a CSS font shorthand, e.g. "13px sans-serif".
 */
export function countLines(text: string, maxWidth: number, font: string, maxLines = Infinity): number {
  if (!text) return 1;
  let widths = widthsByFont.get(font);
  if (!widths) widthsByFont.set(font, (widths = new Map()));
  let lines = 1;
  let x = 0;
  let previous = 0;
  for (const ch of text) {
    if (ch === '\n') {
      lines++;
      x = 0;
      previous = 0;
    } else {
      let w = widths.get(ch);
      if (w === undefined) widths.set(ch, (w = measure(ch, font)));
      if (x + w > maxWidth && x > 0) {
        lines++;
        x = NO_LINE_START.has(ch) ? previous + w : w;
      } else {
        x += w;
      }
      previous = w;
    }
    if (lines >= maxLines) return maxLines;
  }
  return lines;
}
