// Content similarity for matching a returned row to a task when its number is missing or wrong.
import { comparableText } from './text';

/** Character bigrams of comparable text, as a set (single characters for one-character text). */
export function bigrams(text: string): Set<string> {
  const t = comparableText(text);
  const grams = new Set<string>();
  if (t.length === 1) grams.add(t);
  for (let i = 0; i + 1 < t.length; i++) grams.add(t.slice(i, i + 2));
  return grams;
}

/**
 * 0..1 similarity of two bigram sets: Dice's coefficient, or — when the shorter text is a
 * substantial excerpt (units often paste only the first sentence of a task) — the share of the
 * shorter text found in the longer, slightly discounted.
 */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const g of small) if (large.has(g)) common++;
  const dice = (2 * common) / (a.size + b.size);
  const excerpt = small.size >= 8 ? 0.9 * (common / small.size) : 0;
  return Math.max(dice, excerpt);
}
