// Finds the tasks whose text is most like a row's. A linear scan for a unit's few dozen tasks; for
// thousands, an inverted index of character bigrams: the row's rarest bigrams (not 知识/产权, which
// every task has) pick a handful of candidates, so the cost per row stays small and bounded.
import { bigramSequence, similarity, toBigrams, type Bigrams } from '../similarity';
import type { LedgerTask } from '../ledger';

export interface ContentMatch {
  task: LedgerTask;
  score: number;
}

const INDEX_FROM = 200;
const SHORTLIST = 8;
/** How many of a row's bigrams (the rarest) vote for candidates. */
const RARE_GRAMS = 16;

export class ContentIndex {
  private readonly grams: Bigrams[];
  private readonly postings: Map<number, number[]> | null = null;

  constructor(
    private readonly tasks: readonly LedgerTask[],
    gramsOf: (task: LedgerTask) => Bigrams,
  ) {
    this.grams = tasks.map(gramsOf);
    if (tasks.length >= INDEX_FROM) {
      const postings = new Map<number, number[]>();
      this.grams.forEach((set, i) => {
        for (const g of set) {
          const list = postings.get(g);
          if (list) list.push(i);
          else postings.set(g, [i]);
        }
      });
      this.postings = postings;
    }
  }

  /** The best and second-best matching tasks for the text (second for judging how clear the win is). */
  best(text: string): { best: ContentMatch | null; second: ContentMatch | null } {
    const sequence = bigramSequence(text);
    const grams = toBigrams(sequence);
    let best: ContentMatch | null = null;
    let second: ContentMatch | null = null;
    for (const i of this.candidates(sequence)) {
      const score = similarity(grams, this.grams[i]!);
      if (!best || score > best.score) {
        second = best;
        best = { task: this.tasks[i]!, score };
      } else if (!second || score > second.score) second = { task: this.tasks[i]!, score };
    }
    return { best, second };
  }

  /** `sequence` in text order: among equally rare bigrams, the earlier in the text votes first. */
  private candidates(sequence: readonly number[]): Iterable<number> {
    if (!this.postings) return this.grams.keys();
    const lists: number[][] = [];
    for (const g of new Set(sequence)) {
      const list = this.postings.get(g);
      if (list) lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    const votes = new Map<number, number>();
    for (const list of lists.slice(0, RARE_GRAMS)) for (const i of list) votes.set(i, (votes.get(i) ?? 0) + 1);
    // The most-voted few, without sorting every task that got a vote.
    const top: [number, number][] = [];
    for (const entry of votes) {
      if (top.length === SHORTLIST && entry[1] <= top[SHORTLIST - 1]![1]) continue;
      let at = top.findIndex((t) => entry[1] > t[1]);
      if (at < 0) at = top.length;
      top.splice(at, 0, entry);
      if (top.length > SHORTLIST) top.pop();
    }
    return top.map(([i]) => i);
  }
}
