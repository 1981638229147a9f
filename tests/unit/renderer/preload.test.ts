// The start page's answers, asked for before their components mount (renderer/src/api/preload.ts):
// each is handed out once, and whatever is left is dropped when the user leaves the start page.
import { beforeAll, describe, expect, it } from 'vitest';

type PreloadModule = typeof import('../../../renderer/src/api/preload');
let preloads: PreloadModule;
const calls: string[] = [];

beforeAll(async () => {
  // The page's window, with the desktop app's bridge answering every call with a new object.
  const page = Object.assign(new EventTarget(), {
    taizhang: { invoke: async (method: string) => (calls.push(method), { ok: true, value: { method } }) },
  });
  Object.assign(globalThis, { window: page });
  preloads = await import('../../../renderer/src/api/preload');
});

describe('preloaded answers', () => {
  it('go to the first query for the same method and input, once', async () => {
    calls.length = 0;
    preloads.preload('plans.get', { planId: 7 });
    expect(preloads.takePreloaded('plans.get', { planId: 8 })).toBeNull();
    const taken = preloads.takePreloaded('plans.get', { planId: 7 });
    expect(await taken).toEqual({ method: 'plans.get' });
    expect(calls).toEqual(['plans.get']); // the preload's call, not another
    expect(preloads.takePreloaded('plans.get', { planId: 7 })).toBeNull();
  });

  it('are dropped when the user leaves the start page', () => {
    preloads.preload('plans.list', {});
    window.dispatchEvent(new Event('hashchange'));
    expect(preloads.takePreloaded('plans.list', {})).toBeNull();
  });

  it('whose input only the answer tells go to the query that turns out to have that input', async () => {
    const plan = { id: 5, title: '计划' };
    calls.length = 0;
    preloads.preloadUnknownInput('plans.get', Promise.resolve({ input: { planId: 5 }, output: plan as never }));
    expect(await preloads.takePreloaded('plans.get', { planId: 5 })).toBe(plan);
    expect(calls).toEqual([]);
    expect(preloads.takePreloaded('plans.get', { planId: 5 })).toBeNull();

    // Another plan after all: that one is asked for then.
    preloads.preloadUnknownInput('plans.get', Promise.resolve({ input: { planId: 5 }, output: plan as never }));
    expect(await preloads.takePreloaded('plans.get', { planId: 6 })).toEqual({ method: 'plans.get' });
    expect(calls).toEqual(['plans.get']);
  });

  it('are asked for right away, not when taken', () => {
    calls.length = 0;
    preloads.preload('data.status', {});
    expect(calls).toEqual(['data.status']);
  });
});
