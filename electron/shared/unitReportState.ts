import type { UnitSummary } from './api/reports';

/**
 * How a unit stands in a period's reporting: reported; partly reported (some of its open tasks not,
 * as 报送台账 says it); nothing due (its tasks were all completed before, 销号); missing; or a
 * collective name (各有关市县政府), which neither reports nor is missing.
 */
export type UnitReportState = 'reported' | 'partial' | 'nothingDue' | 'missing' | 'collective';

export function unitReportState(u: Pick<UnitSummary, 'collective' | 'reported' | 'openTasks' | 'coveredTasks'>): UnitReportState {
  if (u.collective) return 'collective';
  if (u.reported) return u.coveredTasks < u.openTasks ? 'partial' : 'reported';
  return u.openTasks > 0 ? 'missing' : 'nothingDue';
}

export const UNIT_REPORT_STATE_LABELS: Record<UnitReportState, string> = {
  reported: '已报送',
  partial: '部分报送',
  nothingDue: '无需报送',
  missing: '未报送',
  collective: '不单独报送',
};

/** How a unit's reporting reads in a table: its state, and 已报送（逾期） when it reported after the period's 报送时限. */
export function unitReportLabel(u: Pick<UnitSummary, 'collective' | 'reported' | 'openTasks' | 'coveredTasks'>, late: boolean): string {
  return `${UNIT_REPORT_STATE_LABELS[unitReportState(u)]}${late ? '（逾期）' : ''}`;
}
