// Row heights from wrapped Chinese text, and the house styles made once each.
import { describe, expect, it } from 'vitest';
import {
  fittedHeight,
  heightForLines,
  LOOK,
  MAX_ROW_HEIGHT,
  MAX_ROW_LINES,
  widenForText,
  widthToFit,
  wrappedLines,
  type ColumnSpec,
} from '../../../electron/core/sheets/style';

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

  it('is never taller than the 409 pt Excel and WPS allow', () => {
    expect(MAX_ROW_LINES).toBe(26);
    expect(heightForLines(MAX_ROW_LINES)).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(fittedHeight([1, '长'.repeat(5 * MAX_ROW_LINES)], columns)).toBe(heightForLines(MAX_ROW_LINES));
    expect(fittedHeight([1, '长'.repeat(5 * MAX_ROW_LINES + 1)], columns)).toBe(MAX_ROW_HEIGHT);
    expect(fittedHeight([1, '长'.repeat(10_000)], columns, 500)).toBe(MAX_ROW_HEIGHT);
  });
});

describe('widenForText', () => {
  const columns: ColumnSpec[] = [
    { header: '序号', width: 6 },
    { header: '进展情况', width: 40, maxWidth: 56 },
    { header: '备注', width: 8 },
  ];

  it('leaves the columns as they are while every text fits in the tallest row', () => {
    const fits = '字'.repeat(20 * MAX_ROW_LINES); // 20 characters a line at width 40
    expect(widenForText(columns, [[1, fits, '长'.repeat(1000)]])).toEqual(columns);
  });

  it('widens a long-text column just enough for its longest text, at most to its maxWidth', () => {
    const longer = '字'.repeat(25 * MAX_ROW_LINES);
    expect(widthToFit(longer, 40, 56)).toBe(50);
    expect(wrappedLines(longer, 50)).toBe(MAX_ROW_LINES);
    expect(widenForText(columns, [[1, '短'], [2, longer]]).map((c) => c.width)).toEqual([6, 50, 8]);
    expect(widenForText(columns, [[1, longer], [2, '字'.repeat(10_000)]]).map((c) => c.width)).toEqual([6, 56, 8]);
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
