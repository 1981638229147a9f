// Period lookups for the progress page.
import { localDate } from '../../../../electron/shared/format';
import { periodLabel as labelOfCode } from '../../../../electron/shared/periods';
import type { Period } from '../../../../electron/shared/types';

/** 2023年第三季度 for a code, whether or not the plan has the period. */
export function periodLabel(code: string | null | undefined, periods: Period[] = []): string {
  if (!code) return '未识别';
  return periods.find((p) => p.code === code)?.label ?? labelOfCode(code);
}

/** “其中 1 个按2024年第二季度导入”: how many entries go to periods other than the chosen one, and which. */
export function otherPeriodsNote(entries: readonly { period: string | null }[], noun: string, periods: Period[]): string {
  if (!entries.length) return '';
  const labels = [...new Set(entries.map((e) => periodLabel(e.period, periods)))].join('、');
  return `其中 ${entries.length} ${noun}按${labels}导入`;
}

/** The period to open by default: the one containing today, else the latest that has begun, else the first. */
export function defaultPeriod(periods: Period[], today = localDate()): Period | null {
  return (
    periods.find((p) => p.startDate <= today && today <= p.endDate) ??
    [...periods].reverse().find((p) => p.startDate <= today) ??
    periods[0] ??
    null
  );
}
