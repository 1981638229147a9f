// A batch of returned files counts its rows in one word: 行 of tables, 段 of reports read in words, 条 of both.
import { describe, expect, it } from 'vitest';
import { batchRowWord } from '../../../renderer/src/components/progress/rowWord';

describe('batchRowWord', () => {
  it('says 行 for tables, 段 for reports, 条 for a batch of both', () => {
    expect(batchRowWord([{}, {}])).toBe('行');
    expect(batchRowWord([{ readAs: 'report' }])).toBe('段');
    expect(batchRowWord([{ readAs: 'report' }, {}])).toBe('条');
    expect(batchRowWord([])).toBe('行');
  });
});
