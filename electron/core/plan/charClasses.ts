// Character classes for the scanners that look at every character of every task: one table lookup
// per character (a bit per class) instead of Set lookups or a regex per character.

const CLASSES = new Uint16Array(0x10000);
let nextBit = 1;

/** A new class holding `chars`; classes combine with `|`. */
export function charClass(chars: string): number {
  if (nextBit > 0x8000) throw new Error('no bit left for another character class');
  const bit = nextBit;
  nextBit <<= 1;
  for (const c of chars) CLASSES[c.charCodeAt(0)]! |= bit;
  return bit;
}

/** The classes text[i] is in, as bits to test with `&`; 0 past the end. */
export const classesAt = (text: string, i: number): number => (i < text.length ? CLASSES[text.charCodeAt(i)]! : 0);

const BRACKET_OPEN = charClass('(（〔《【');
const BRACKET_CLOSE = charClass(')）〕》】');

/**
 * Where `text` has a character of `separators` outside any brackets ("省委宣传部（省版权局）、省公安厅"
 * breaks only at the 、), then text.length: the end of each piece.
 */
export function topLevelBreaks(text: string, separators: number): number[] {
  const breaks: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = CLASSES[text.charCodeAt(i)]!;
    if (c === 0) continue; // most characters: no class at all
    if (c & BRACKET_OPEN) depth++;
    else if (c & BRACKET_CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c & separators) breaks.push(i);
  }
  breaks.push(text.length);
  return breaks;
}

/** How many brackets `text` leaves open at its end ("推进改革（省发改委牵头，" leaves one). */
export function openBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = CLASSES[text.charCodeAt(i)]!;
    if (c & BRACKET_OPEN) depth++;
    else if (c & BRACKET_CLOSE) depth = Math.max(0, depth - 1);
  }
  return depth;
}
