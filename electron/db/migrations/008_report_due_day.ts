// Schema v8: reports due on a day of each period's last month ("每月25日前报送": the 25th whatever the
// month's length), which days counted from the period's end cannot say. A plan sets this or
// report_due_days, never both (core/plan/managePlan clears the other).
export const up = /* sql */ `
ALTER TABLE plans ADD COLUMN report_due_day INTEGER CHECK (report_due_day BETWEEN 1 AND 31);
`;
