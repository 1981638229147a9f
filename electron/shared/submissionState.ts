// How a unit's reporting for a period is named, the same in the 报送台账, its print and the CLI.
import type { SubmissionUnit } from './api/progress';

const LABELS: Record<SubmissionUnit['state'], { onTime: string; late: string }> = {
  submitted: { onTime: '已报送', late: '逾期报送' },
  partial: { onTime: '部分报送', late: '部分报送（已逾期）' },
  missing: { onTime: '未报送', late: '逾期未报' },
};

/** "已报送", "逾期未报"…: late only against the plan's due date (see SubmissionUnit.late). */
export const submissionStateLabel = (u: Pick<SubmissionUnit, 'state' | 'late'>): string => LABELS[u.state][u.late ? 'late' : 'onTime'];

const DAY_BASIS: Record<NonNullable<SubmissionUnit['reportedOnBasis']>, string> = {
  received: '收到日期',
  filled: '填报日期',
  imported: '导入日期',
  entered: '录入日期',
};

/** What a unit's report day rests on, in words: "收到日期", "填报日期"… */
export const reportDayBasisLabel = (basis: NonNullable<SubmissionUnit['reportedOnBasis']>): string => DAY_BASIS[basis];
