// Which stored task a re-imported task is, so a corrected plan updates tasks in place and keeps their
// progress. Same number and text first, then the same text renumbered, then the most similar text
// (under the same number, or anywhere when clearly similar). Linear passes plus a bigram index, never all pairs.

export interface Matchable {
  seq: string;
  content: string;
}

/** Text compared without spaces and punctuation, so "，" vs "," or a re-wrapped line is no change. */
export function comparableText(content: string): string {
  return content.replace(/[\s\p{P}\p{S}]/gu, '');
}

const SAME_SEQ_SIMILARITY = 0.5;
const ANY_SEQ_SIMILARITY = 0.8;
/** How far from its old place in the list a task is looked for even when its words are common. */
const NEARBY = 5;
/** Bigrams in more old tasks than this ("知识", "产权") do not help find candidates. */
const COMMON_BIGRAM_LIMIT = 40;

function bigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2));
  return set;
}

/** Dice coefficient over character bigrams: 1 for the same text, 0 for nothing in common. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** For each new task, the index of the old task it continues, or null for a new task. */
export function matchTasks(old: readonly Matchable[], next: readonly Matchable[]): (number | null)[] {
  const result: (number | null)[] = next.map(() => null);
  const oldText = old.map((t) => comparableText(t.content));
  const nextText = next.map((t) => comparableText(t.content));
  const taken = new Set<number>();
  const claim = (n: number, o: number) => {
    result[n] = o;
    taken.add(o);
  };

  // 1–2: identical text, preferring the same number.
  const byText = new Map<string, number[]>();
  oldText.forEach((text, i) => pushTo(byText, text, i));
  for (const sameSeq of [true, false]) {
    next.forEach((t, n) => {
      if (result[n] !== null) return;
      const candidates = (byText.get(nextText[n]!) ?? []).filter((o) => !taken.has(o) && (!sameSeq || old[o]!.seq === t.seq));
      if (candidates.length) claim(n, candidates[0]!);
    });
  }

  // 3: edited text, best pairs first: clearly similar anywhere (moved and edited), or fairly similar
  // under the same number. Scoring all candidates before choosing keeps a renumbered plan from pairing
  // each task with its similar-looking neighbour that now has its old number.
  const oldGrams = old.map((_, o) => (taken.has(o) ? new Set<string>() : bigrams(oldText[o]!)));
  const index = new Map<string, number[]>();
  oldGrams.forEach((grams, o) => {
    for (const g of grams) pushTo(index, g, o);
  });
  const oldBySeq = new Map<string, number>();
  old.forEach((t, o) => {
    if (!taken.has(o)) oldBySeq.set(t.seq, o);
  });
  const pairs: { n: number; o: number; score: number }[] = [];
  next.forEach((t, n) => {
    if (result[n] !== null) return;
    const grams = bigrams(nextText[n]!);
    const candidates = new Set<number>();
    for (const g of grams) {
      const list = index.get(g);
      if (list && list.length <= COMMON_BIGRAM_LIMIT) for (const o of list) candidates.add(o);
    }
    const sameSeq = oldBySeq.get(t.seq);
    if (sameSeq !== undefined) candidates.add(sameSeq);
    // Tasks near the same place in the list: a few inserted or removed tasks shift the rest only a little.
    for (let o = Math.max(0, n - NEARBY); o <= Math.min(old.length - 1, n + NEARBY); o++) if (!taken.has(o)) candidates.add(o);
    for (const o of candidates) {
      const score = similarity(grams, oldGrams[o]!);
      if (score >= ANY_SEQ_SIMILARITY || (o === sameSeq && score >= SAME_SEQ_SIMILARITY)) pairs.push({ n, o, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score);
  for (const { n, o } of pairs) if (result[n] === null && !taken.has(o)) claim(n, o);
  return result;
}
