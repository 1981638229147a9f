// Finds the tasks whose text is most like a row's. A linear scan for a unit's few dozen tasks; for
// thousands, an inverted index of character bigrams (ignoring bigrams common to most tasks, like
// 知识/产权) picks a handful of candidates, so matching stays linear in the rows.
import { bigrams, similarity } from '../similarity';
import type { LedgerTask } from '../ledger';

export interface ContentMatch {
  task: LedgerTask;
  score: number;
}

const INDEX_FROM = 200;
const SHORTLIST = 8;

export class ContentIndex {
  private readonly grams: Set<string>[];
  private readonly postings: Map<string, number[]> | null = null;

  constructor(
    private readonly tasks: readonly LedgerTask[],
    gramsOf: (task: LedgerTask) => Set<string>,
  ) {
    this.grams = tasks.map(gramsOf);
    if (tasks.length >= INDEX_FROM) {
      const postings = new Map<string, number[]>();
      this.grams.forEach((set, i) => {
        for (const g of set) {
          const list = postings.get(g);
          if (list) list.push(i);
          else postings.set(g, [i]);
        }
      });
      const common = Math.max(50, tasks.length / 10);
      for (const [g, list] of postings) if (list.length > common) postings.delete(g);
      this.postings = postings;
    }
  }

  /** The best and second-best matching tasks for the text (second for judging how clear the win is). */
  best(text: string): { best: ContentMatch | null; second: ContentMatch | null } {
    const grams = bigrams(text);
    let best: ContentMatch | null = null;
    let second: ContentMatch | null = null;
    for (const i of this.candidates(grams)) {
      const score = similarity(grams, this.grams[i]!);
      if (!best || score > best.score) {
        second = best;
        best = { task: this.tasks[i]!, score };
      } else if (!second || score > second.score) second = { task: this.tasks[i]!, score };
    }
    return { best, second };
  }

  private candidates(grams: Set<string>): Iterable<number> {
    if (!this.postings) return this.grams.keys();
    const hits = new Map<number, number>();
    for (const g of grams) for (const i of this.postings.get(g) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, SHORTLIST)
      .map(([i]) => i);
  }
}
