// Schema v4: when each period's progress reports are due, and whom the bureaus send them to. A plan
// sets the due date as days from each period's end (−5: five days before the quarter ends; +10: ten
// days after) and a 报送联系人 line; neither set, nothing about the reports' timing changes.
export const up = /* sql */ `
ALTER TABLE plans ADD COLUMN report_due_days INTEGER CHECK (report_due_days BETWEEN -60 AND 60);
ALTER TABLE plans ADD COLUMN report_contact TEXT NOT NULL DEFAULT '';
`;
