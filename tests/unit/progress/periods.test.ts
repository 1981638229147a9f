// Period codes and their calendar (shared/periods.ts): the one grammar both the code parser and the
// reader of periods in titles and file names (periodText.ts) use.
import { describe, expect, it } from 'vitest';
import { findPeriodInText } from '../../../electron/core/progress/periodText';
import {
  isoDate,
  lastMonthOf,
  nextPeriod,
  parsePeriod,
  periodAxisLabels,
  periodCodeOf,
  periodEndingIn,
  periodsOfYears,
  quarterNumber,
} from '../../../electron/shared/periods';
import type { PeriodKind } from '../../../electron/shared/types';

const KINDS: PeriodKind[] = ['quarter', 'month', 'half'];

describe('period codes', () => {
  it('reads quarters, months and halves with their dates and labels', () => {
    expect(parsePeriod('2023Q3')).toEqual({
      code: '2023Q3', kind: 'quarter', year: 2023, index: 3, startDate: '2023-07-01', endDate: '2023-09-30', label: '2023年第三季度',
    });
    expect(parsePeriod('2024M02')).toMatchObject({ kind: 'month', index: 2, startDate: '2024-02-01', endDate: '2024-02-29', label: '2024年2月' });
    expect(parsePeriod('2023H1')).toMatchObject({ kind: 'half', index: 1, startDate: '2023-01-01', endDate: '2023-06-30', label: '2023年上半年' });
    expect(parsePeriod('2023H2')).toMatchObject({ startDate: '2023-07-01', endDate: '2023-12-31', label: '2023年下半年' });
  });

  it('refuses what is not a code', () => {
    for (const code of ['2023Q5', '2023Q0', '2023M7', '2023M13', '2023H3', '2023q3', 'Q3', '2023', ' 2023Q3', '2023Q3 ']) {
      expect(parsePeriod(code), code).toBeNull();
    }
  });

  it('writes the codes it reads, and steps from one period to the next across years', () => {
    for (const kind of KINDS) {
      const year = periodsOfYears(kind, 2023, 2023);
      expect(year).toHaveLength({ quarter: 4, month: 12, half: 2 }[kind]);
      for (const p of year) expect(parsePeriod(periodCodeOf(kind, p.year, p.index))).toEqual(p);
      const last = year.at(-1)!;
      expect(nextPeriod(last).code).toBe(periodCodeOf(kind, 2024, 1));
      expect(year.slice(1).map((p) => p.code)).toEqual(year.slice(0, -1).map((p) => nextPeriod(p).code));
    }
  });

  it('finds the period a month falls in, for every kind and month', () => {
    for (const kind of KINDS) {
      for (let month = 1; month <= 12; month++) {
        const p = periodEndingIn(kind, 2023, month);
        expect(p.startDate <= isoDate(2023, month, 1) && isoDate(2023, month) <= p.endDate, `${kind} ${month}`).toBe(true);
        expect(lastMonthOf(kind, p.index)).toBe(Number(p.endDate.slice(5, 7)));
      }
    }
  });

  it('finds every code written into a file name or title, in either case', () => {
    for (const kind of KINDS) {
      for (const p of periodsOfYears(kind, 2023, 2023)) {
        const endMonth = Number(p.endDate.slice(5, 7));
        expect(findPeriodInText(`${p.code}-省财政厅.xlsx`)).toMatchObject({ year: 2023, endMonth, text: p.code });
        expect(findPeriodInText(`报送 ${p.code.toLowerCase()}`)).toMatchObject({ year: 2023, endMonth });
      }
    }
  });

  it('reads a year’s 半年 as its first half, but not 半年来 nor 每半年', () => {
    expect(findPeriodInText('2026年半年工作推进情况')).toEqual({ year: 2026, endMonth: 6, text: '2026年半年' });
    for (const text of ['半年来工作推进情况', '每半年报送一次', '2026年半年来推进情况']) expect(findPeriodInText(text), text).toBeNull();
  });

  it('reads a month written without its year, but not a day or a word that only holds 一月', () => {
    expect(findPeriodInText('市发改委5月份推进情况')).toEqual({ year: null, endMonth: 5, text: '5月份', monthOnly: true });
    expect(findPeriodInText('附件2：市市场监管局五月份进展')).toEqual({ year: null, endMonth: 5, text: '五月份', monthOnly: true });
    expect(findPeriodInText('十二月进展情况')).toEqual({ year: null, endMonth: 12, text: '十二月', monthOnly: true });
    expect(findPeriodInText('截至10月底推进情况')).toEqual({ year: null, endMonth: 10, text: '10月', monthOnly: true });
    const notMonths = ['填报日期：5月20日', '建立统一月度调度机制', '3个月内完成', '12345热线', '3月份以来推进情况', '7月起实施', '五月一日报送', '一月一调度', '附件2月度推进情况表', '11月5日报送'];
    for (const text of notMonths) expect(findPeriodInText(text), text).toBeNull();
  });
});

describe('chart labels of a run of periods', () => {
  const labels = (kind: PeriodKind, first: number, last: number) => periodsOfYears(kind, first, last).map((p) => p.label);

  it('writes each in two lines while they fit side by side', () => {
    expect(periodAxisLabels(labels('quarter', 2022, 2023)).slice(0, 2)).toEqual(['2022年\n第一季度', '2022年\n第二季度']);
  });

  it('writes the year only where it changes when there are more (months)', () => {
    const months = periodAxisLabels(labels('month', 2022, 2023));
    expect(months).toHaveLength(24);
    expect(months.slice(0, 3)).toEqual(['2022年\n1月', '\n2月', '\n3月']);
    expect(months.slice(11, 13)).toEqual(['\n12月', '2023年\n1月']);
  });
});

describe('calendar helpers', () => {
  it('writes dates, defaulting to the last day of the month', () => {
    expect(isoDate(2023, 7, 1)).toBe('2023-07-01');
    expect(isoDate(2023, 2)).toBe('2023-02-28');
    expect(isoDate(2024, 2)).toBe('2024-02-29');
    expect(isoDate(2023, 12)).toBe('2023-12-31');
  });

  it('reads a quarter written in Chinese or Arabic numerals', () => {
    expect(['一', '二', '三', '四', '1', '4'].map(quarterNumber)).toEqual([1, 2, 3, 4, 1, 4]);
    expect(['五', '0', '5', '', '三四'].map(quarterNumber)).toEqual([null, null, null, null, null]);
  });
});
