// Row heights from wrapped Chinese text, and the house styles made once each.
import { describe, expect, it } from 'vitest';
import { fittedHeight, heightForLines, LOOK, wrappedLines, type ColumnSpec } from '../../../electron/core/sheets/style';

describe('wrappedLines', () => {
  it('counts the lines each paragraph wraps to in a column (two width units per character)', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('一二三四五', 10)).toBe(1);
    expect(wrappedLines('一二三四五六', 10)).toBe(2);
    expect(wrappedLines('一二\n三四五六七八九十一', 10)).toBe(1 + 2);
    expect(wrappedLines('末尾换行\n', 10)).toBe(2);
    expect(wrappedLines('\n\n', 10)).toBe(3);
    expect(wrappedLines('窄列', 1)).toBe(2); // at least one character per line
  });
});

describe('fittedHeight', () => {
  const columns: ColumnSpec[] = [
    { header: '序号', width: 6 },
    { header: '内容', width: 10 },
  ];
  it('is the height of the tallest cell, at least the minimum', () => {
    expect(fittedHeight([1, '短'], columns)).toBe(heightForLines(1));
    expect(fittedHeight([1, '短'], columns, 28)).toBe(28);
    expect(fittedHeight([1, '一二三四五六七八九十一'], columns)).toBe(heightForLines(3));
    expect(fittedHeight(['一二三四五六七', null], columns, 60)).toBe(60);
    expect(fittedHeight([null, ''], columns)).toBe(heightForLines(1));
  });
});

describe('LOOK', () => {
  it('hands out one frozen object per style, so the writer finds it again by identity', () => {
    expect(LOOK.data('center', 'FFF4CCCC')).toBe(LOOK.data('center', 'FFF4CCCC'));
    expect(LOOK.data()).toBe(LOOK.data('left'));
    expect(LOOK.data('left')).not.toBe(LOOK.data('center'));
    expect(LOOK.title(16)).toBe(LOOK.title(16));
    expect(Object.isFrozen(LOOK.header)).toBe(true);
  });
});
