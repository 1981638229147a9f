// The bounded memory the plan readers use for texts they meet again and again.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../../electron/core/memo';

describe('memoize', () => {
  it('reads each text once and answers repeats from memory', () => {
    const seen: string[] = [];
    const length = memoize((text: string) => {
      seen.push(text);
      return text.length;
    });
    expect([length('省财政厅'), length('国家知识产权局'), length('省财政厅')]).toEqual([4, 7, 4]);
    expect(seen).toEqual(['省财政厅', '国家知识产权局']);
  });

  it('forgets everything when full, and still answers correctly', () => {
    const seen: string[] = [];
    const upper = memoize((text: string) => {
      seen.push(text);
      return text.toUpperCase();
    }, 2);
    expect(['a', 'b', 'a', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'A', 'C', 'A']);
    // 'c' found the memory full (a, b) and cleared it, so 'a' is read again.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
