// How many runs a benchmark case measures: the warm-up left out, the time budget capping the runs,
// a warm-up slower than the budget counted as the one measurement, and minRuns taken regardless.
import { describe, expect, it } from 'vitest';
import { timeRuns } from '../../bench/measure';

/** A run that takes `ms` of wall time. */
const sleep = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms));

describe('timeRuns', () => {
  it('measures the runs after the warm-up', async () => {
    let calls = 0;
    const { samples } = await timeRuns({ warmup: 1, runs: 3, budgetMs: 10_000, run: () => void calls++ });
    expect([calls, samples.length]).toEqual([4, 3]);
  });

  it('stops measuring once the budget is spent, and counts a warm-up slower than it as the measurement', async () => {
    const capped = await timeRuns({ warmup: 0, runs: 5, budgetMs: 25, run: sleep(30) });
    expect(capped.samples).toHaveLength(1);
    const slowWarmup = await timeRuns({ warmup: 1, runs: 5, budgetMs: 25, run: sleep(30) });
    expect(slowWarmup.samples).toHaveLength(1);
  });

  it('takes minRuns measured runs whatever the budget', async () => {
    const { samples } = await timeRuns({ warmup: 1, runs: 5, budgetMs: 25, minRuns: 3, run: sleep(30) });
    expect(samples).toHaveLength(3);
  });
});
