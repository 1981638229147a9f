// What people write in returned forms: status words, sequence numbers, periods and dates in titles.
import { describe, expect, it } from 'vitest';
import { findDateInText, findPeriodInText, periodForFillDate, yearNearDate } from '../../../electron/core/progress/periodText';
import { periodEndingIn } from '../../../electron/shared/periods';
import { bigrams, similarity } from '../../../electron/core/progress/similarity';
import { readStatus } from '../../../electron/core/progress/statusWords';
import { normalizeSeq, seqListOf } from '../../../electron/core/progress/text';

describe('status words', () => {
  it.each([
    ['已完成', 'completed'],
    ['完成。', 'completed'],
    ['已办结', 'completed'],
    ['提前完成', 'completed'],
    ['超额完成', 'completed'],
    ['长期推进', 'on_track'],
    ['按时序推进', 'on_track'],
    ['持续开展', 'on_track'],
    ['正常推进', 'on_track'],
    ['按序时推进', 'on_track'],
    ['正在推进', 'on_track'],
    ['推进中', 'on_track'],
    ['进行中', 'on_track'],
    ['按计划进行', 'on_track'],
    ['滞后', 'delayed'],
    ['进度滞后', 'delayed'],
    ['未按期完成', 'delayed'],
    ['拖延', 'delayed'],
    ['未启动', 'not_started'],
    ['尚未开展', 'not_started'],
    [' 已 完成 ', 'completed'],
    ['已完成（100%）', 'completed'],
    ['正常推进(完成70%)', 'on_track'],
    ['滞后【资金未到位】', 'delayed'],
  ])('%s → %s', (word, status) => {
    expect(readStatus(word)).toEqual({ status, text: word.trim(), recognised: true });
  });

  it.each(['基本完成', '部分完成', '大部分完成', '已完成80%', '完成约60％', '未完成', '尚未完成'])('%s says how far, not which status: on_track, to be checked', (word) => {
    expect(readStatus(word)).toEqual({ status: 'on_track', text: word, recognised: true, approximate: true });
  });

  it('keeps blank as no status and an unknown word verbatim', () => {
    expect(readStatus('  ')).toEqual({ status: null, text: '', recognised: true });
    expect(readStatus('见附件')).toEqual({ status: null, text: '见附件', recognised: false });
    expect(readStatus('未按期完成')).toEqual({ status: 'delayed', text: '未按期完成', recognised: true });
    expect(readStatus('（已完成）')).toEqual({ status: 'completed', text: '（已完成）', recognised: true });
  });

  it('reads a list of different words as two units’ statuses combine, for the official to check', () => {
    expect(readStatus('已完成、正在推进')).toEqual({ status: 'on_track', text: '已完成、正在推进', recognised: true, approximate: true });
    expect(readStatus('正在推进、滞后')).toEqual({ status: 'delayed', text: '正在推进、滞后', recognised: true, approximate: true });
    expect(readStatus('滞后、未按期完成')).toEqual({ status: 'delayed', text: '滞后、未按期完成', recognised: true });
    expect(readStatus('已完成、见附件')).toEqual({ status: null, text: '已完成、见附件', recognised: false });
  });

  it('reads the word before a remark', () => {
    expect(readStatus('已完成80%，预计年底完成')).toEqual({ status: 'on_track', text: '已完成80%，预计年底完成', recognised: true, approximate: true });
    expect(readStatus('正常推进；详见附件')).toEqual({ status: 'on_track', text: '正常推进；详见附件', recognised: true });
    expect(readStatus('已完成，待验收')).toEqual({ status: 'completed', text: '已完成，待验收', recognised: true });
    expect(readStatus('见附件，另报')).toEqual({ status: null, text: '见附件，另报', recognised: false });
  });
});

describe('sequence numbers', () => {
  it.each([
    ['3', '3'],
    ['３', '3'],
    ['3、', '3'],
    ['（3）', '3'],
    ['(3)', '3'],
    ['3.', '3'],
    ['第3项', '3'],
    [' 12 ', '12'],
    ['2.1', '2.1'],
  ])('%s → %s', (raw, seq) => expect(normalizeSeq(raw)).toBe(seq));

  it.each(['', '一', '1. 请在进展情况列填写', '合计'])('%s is not a number', (raw) => expect(normalizeSeq(raw)).toBeNull());

  it.each([
    ['12-13', ['12', '13']],
    ['12－14', ['12', '13', '14']],
    ['12～13', ['12', '13']],
    ['12至13', ['12', '13']],
    ['12、13', ['12', '13']],
    ['12,13', ['12', '13']],
    ['12，13', ['12', '13']],
    ['12-13、15', ['12', '13', '15']],
    ['（12）、（13）', ['12', '13']],
  ])('%s names several tasks: %j', (raw, seqs) => expect(seqListOf(raw)).toEqual(seqs));

  it.each(['12', '2.1', '13-12', '1-100', '0351-1234567', '12、', '12、一', '2023-06-30', ''])('%s names no list of tasks', (raw) =>
    expect(seqListOf(raw)).toBeNull(),
  );
});

describe('content similarity', () => {
  const task = '积极申报海外知识产权纠纷应对指导中心分中心。';
  it('scores the same text 1 and an excerpt high', () => {
    expect(similarity(bigrams(task), bigrams(task))).toBe(1);
    expect(similarity(bigrams('积极申报海外知识产权纠纷应对指导中心'), bigrams(task))).toBeGreaterThan(0.85);
  });
  it('scores unrelated text low', () => {
    expect(similarity(bigrams('建设地理标志展示推广中心'), bigrams(task))).toBeLessThan(0.35);
  });
});

describe('periods in text', () => {
  it.each([
    ['《工作要点》推进情况统计表（2023年第三季度）', 2023, 9],
    ['2023年三季度工作进展', 2023, 9],
    ['三季度进展情况', null, 9],
    ['2023年1-9月推进情况', 2023, 9],
    ['1—6月工作进展', null, 6],
    ['2023年上半年', 2023, 6],
    ['2023Q4-省财政厅-推进情况统计表', 2023, 12],
    ['2023年9月份工作进展', 2023, 9],
    ['2023年前三季度工作总结', 2023, 9],
    ['二〇二三年第三季度推进情况', 2023, 9],
  ])('%s', (text, year, endMonth) => {
    expect(findPeriodInText(text)).toMatchObject({ year, endMonth });
  });

  it('does not read a full date or a plan’s years as a period', () => {
    expect(findPeriodInText('填报日期：2023年10月8日')).toBeNull();
    expect(findPeriodInText('2022-2023年工作要点')).toBeNull();
  });

  it('maps a month to the plan’s kind of period', () => {
    expect(periodEndingIn('quarter', 2023, 9).code).toBe('2023Q3');
    expect(periodEndingIn('half', 2023, 9).code).toBe('2023H2');
    expect(periodEndingIn('month', 2023, 9).code).toBe('2023M09');
  });

  it('reads dates and the period a fill-in date belongs to', () => {
    expect(findDateInText('填报日期：2023年10月8日')).toBe('2023-10-08');
    expect(findDateInText('2023.9.28')).toBe('2023-09-28');
    expect(findDateInText('填报日期：二〇二三年十月八日')).toBe('2023-10-08');
    expect(findDateInText('二〇二三年十二月三十一日')).toBe('2023-12-31');
    expect(findDateInText('二〇二四年二月三十日')).toBeNull();
    expect(findDateInText('2023年2月30日')).toBeNull();
    expect(periodForFillDate('quarter', '2023-10-08').code).toBe('2023Q3');
    expect(periodForFillDate('quarter', '2023-09-25').code).toBe('2023Q3');
    expect(yearNearDate(12, '2024-01-20')).toBe(2023);
    expect(yearNearDate(9, '2023-10-08')).toBe(2023);
  });
});
