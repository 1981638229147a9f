// Content similarity for matching a returned row to a task when its number is missing or wrong.
import { comparableText } from './text';

/**
 * A text's distinct character bigrams, each as one number (two UTF-16 units), sorted: comparing two
 * texts is then a merge of two short number arrays, with no string made per bigram.
 */
export type Bigrams = Float64Array;

/** The bigram codes of comparable text in text order, repeats included (the single character, negated, for one-character text). */
export function bigramSequence(text: string): number[] {
  const t = comparableText(text);
  if (t.length === 1) return [-t.charCodeAt(0) - 1];
  const codes: number[] = [];
  for (let i = 0; i + 1 < t.length; i++) codes.push(t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1));
  return codes;
}

/** A bigram sequence as the distinct, sorted codes similarity compares. */
export function toBigrams(sequence: readonly number[]): Bigrams {
  const codes = Float64Array.from(sequence).sort();
  let distinct = 0;
  for (let i = 0; i < codes.length; i++) if (distinct === 0 || codes[i] !== codes[distinct - 1]) codes[distinct++] = codes[i]!;
  return codes.subarray(0, distinct);
}

/** Character bigrams of comparable text. */
export const bigrams = (text: string): Bigrams => toBigrams(bigramSequence(text));

/** How many bigrams two texts share. */
function common(a: Bigrams, b: Bigrams): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * 0..1 similarity of two bigram sets: Dice's coefficient, or — when the shorter text is a
 * substantial excerpt (units often paste only the first sentence of a task) — the share of the
 * shorter text found in the longer, slightly discounted.
 */
export function similarity(a: Bigrams, b: Bigrams): number {
  if (!a.length || !b.length) return 0;
  const shared = common(a, b);
  const dice = (2 * shared) / (a.length + b.length);
  const smaller = Math.min(a.length, b.length);
  const excerpt = smaller >= 8 ? 0.9 * (shared / smaller) : 0;
  return Math.max(dice, excerpt);
}
