import { describe, expect, it } from 'vitest';
import { MATRIX_PERIODS_AT_ONCE, matrixYears, periodsOfYear } from '../../../renderer/src/components/progress/matrixFilter';

const months = (year: number) => Array.from({ length: 12 }, (_, i) => ({ code: `${year}M${String(i + 1).padStart(2, '0')}` }));
const quarters = (year: number) => [1, 2, 3, 4].map((q) => ({ code: `${year}Q${q}` }));

describe('the progress matrix, a year at a time', () => {
  it('offers the years of a monthly plan over two years', () => {
    const periods = [...months(2022), ...months(2023)];
    expect(periods.length).toBeGreaterThan(MATRIX_PERIODS_AT_ONCE);
    expect(matrixYears(periods)).toEqual([2022, 2023]);
    expect(periodsOfYear(periods, 2023).map((p) => p.code)).toEqual(months(2023).map((p) => p.code));
    expect(periodsOfYear(periods, null)).toHaveLength(24);
  });

  it('shows every period at once where they fit', () => {
    expect(matrixYears([...quarters(2022), ...quarters(2023)])).toEqual([]);
    expect(matrixYears(months(2024))).toEqual([]);
  });
});
