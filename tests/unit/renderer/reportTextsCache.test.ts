// The summary page's cache of report texts: each task's texts are asked for once, in as few calls as
// the tables need, and a failed load can be asked for again.
import { describe, expect, it } from 'vitest';
import type { TaskReportTexts } from '../../../electron/shared/api/reports';
import { ReportTextsCache } from '../../../renderer/src/components/summary/reportTextsCache';

const textsOf = (taskId: number): TaskReportTexts => ({
  taskId,
  reports: [{ unit: '甲局', progress: `任务${taskId}的进展`, problems: '', nextSteps: '' }],
});

/** A backend stand-in: records each call; `fail` makes the next call fail. */
function fakeBackend() {
  const calls: number[][] = [];
  let fail = false;
  return {
    calls,
    failNext: () => (fail = true),
    fetch: async (taskIds: number[]) => {
      calls.push(taskIds);
      if (fail) {
        fail = false;
        throw new Error('连接已断开');
      }
      return taskIds.map(textsOf);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ReportTextsCache', () => {
  it('asks only for tasks not loaded or loading, each once, and tells its subscribers', async () => {
    const backend = fakeBackend();
    const cache = new ReportTextsCache(backend.fetch);
    let notified = 0;
    cache.subscribe(() => notified++);

    cache.load([1, 2, 2, 3]);
    cache.load([2, 3]); // still loading: nothing new to ask
    expect(cache.get(1)).toBeUndefined();
    await settle();
    expect(cache.get(2)).toEqual(textsOf(2).reports);
    const before = cache.snapshot();

    cache.load([3, 4, 5]);
    await settle();
    expect(backend.calls).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(cache.get(5)).toEqual(textsOf(5).reports);
    expect(cache.snapshot()).not.toBe(before);
    expect(notified).toBe(2);
  });

  it('keeps the error of a failed load and loads the same tasks when asked again', async () => {
    const backend = fakeBackend();
    const cache = new ReportTextsCache(backend.fetch);
    backend.failNext();
    cache.load([7, 8]);
    await settle();
    expect(cache.error).toBe('连接已断开');
    expect(cache.get(7)).toBeUndefined();

    cache.load([7, 8]);
    await settle();
    expect(backend.calls).toEqual([
      [7, 8],
      [7, 8],
    ]);
    expect(cache.error).toBeNull();
    expect(cache.get(8)).toEqual(textsOf(8).reports);
  });
});
