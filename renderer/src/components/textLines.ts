// How many lines a text takes in a column, computed with canvas metrics instead of the DOM,
// so a virtual table knows every row's height before rendering it (no layout per row while scrolling).
// The ledger sizes every row of a 2,000-task plan before its first paint, so this runs over a few
// hundred thousand characters: it looks each char code up in a typed array, never making a string of it.

/** The width in px of the character with this code point. */
export type CharWidth = (codePoint: number) => number;

/** Closing punctuation may not start a line: the browser carries the previous character down with it. */
const NO_LINE_START = new Set([...'，。、；：！？）】》〉」』”’,.;:!?)]}%'].map((ch) => ch.codePointAt(0)!));
const NEWLINE = 10;

/**
 * Lines `text` wraps to in `maxWidth` px when any character may break (CSS word-break: break-all),
 * capped at `maxLines`, with each character as wide as `widthOf` says.
 */
export function wrappedLines(text: string, maxWidth: number, widthOf: CharWidth, maxLines = Infinity): number {
  if (!text) return 1;
  let lines = 1;
  let x = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (code === NEWLINE) {
      lines++;
      x = 0;
      previous = 0;
    } else {
      const w = widthOf(code);
      if (x + w > maxWidth && x > 0) {
        lines++;
        x = NO_LINE_START.has(code) ? previous + w : w;
      } else {
        x += w;
      }
      previous = w;
    }
    if (lines >= maxLines) return maxLines;
  }
  return lines;
}

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';

/** Measures one character in `font` (a CSS font shorthand); a rough guess without a canvas. */
function measure(codePoint: number, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return codePoint > 0x2e80 ? 13 : 7;
  // Setting the font parses it, which costs more than the measuring: only when it changes.
  if (contextFont !== font) context.font = contextFont = font;
  return context.measureText(String.fromCodePoint(codePoint)).width;
}

/** CJK Unified Ideographs, and a few from across the block. */
const IDEOGRAPHS = { first: 0x4e00, last: 0x9fff, samples: [...'一丶国鬱龥'].map((ch) => ch.codePointAt(0)!) };

/**
 * The one width of every ideograph in `font`, or null if they differ. CJK fonts draw ideographs in
 * the same square, so a few measurements stand for thousands: the canvas takes a fraction of a
 * millisecond for each character it has not drawn before, a whole ledger's worth before its first paint.
 */
function ideographWidth(font: string): number | null {
  const [first, ...rest] = IDEOGRAPHS.samples.map((code) => measure(code, font));
  return rest.every((w) => w === first) ? first! : null;
}

/** A font's character widths, each measured once: the Basic Multilingual Plane in an array, the rest in a map. */
function widthsOf(font: string): CharWidth {
  const bmp = new Float32Array(0x10000).fill(-1);
  const ideograph = ideographWidth(font);
  if (ideograph !== null) bmp.fill(ideograph, IDEOGRAPHS.first, IDEOGRAPHS.last + 1);
  const astral = new Map<number, number>();
  return (code) => {
    if (code < 0x10000) {
      let w = bmp[code]!;
      if (w < 0) bmp[code] = w = measure(code, font);
      return w;
    }
    let w = astral.get(code);
    if (w === undefined) astral.set(code, (w = measure(code, font)));
    return w;
  };
}

const widthsByFont = new Map<string, CharWidth>();

/** Lines `text` takes in `maxWidth` px of `font` (e.g. "13px sans-serif"), at most `maxLines`; see wrappedLines. */
export function countLines(text: string, maxWidth: number, font: string, maxLines = Infinity): number {
  let widthOf = widthsByFont.get(font);
  if (!widthOf) widthsByFont.set(font, (widthOf = widthsOf(font)));
  return wrappedLines(text, maxWidth, widthOf, maxLines);
}
