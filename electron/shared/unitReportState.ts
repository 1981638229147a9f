import type { UnitSummary } from './api/reports';

/**
 * How a unit stands in a period's reporting: reported; nothing due (its tasks were all completed
 * before, 销号); missing; or a collective name (各有关市县政府), which neither reports nor is missing.
 */
export type UnitReportState = 'reported' | 'nothingDue' | 'missing' | 'collective';

export function unitReportState(u: Pick<UnitSummary, 'collective' | 'reported' | 'openTasks'>): UnitReportState {
  if (u.collective) return 'collective';
  if (u.reported) return 'reported';
  return u.openTasks > 0 ? 'missing' : 'nothingDue';
}

export const UNIT_REPORT_STATE_LABELS: Record<UnitReportState, string> = {
  reported: '已报送',
  nothingDue: '无需报送',
  missing: '未报送',
  collective: '统称',
};
