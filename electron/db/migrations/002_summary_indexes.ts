// Schema v2: covering indexes for the period summary and the trend. They read a period's report
// statuses and the tasks' units from the index alone, never visiting the progress rows (whose texts
// fill most of the file) or the task_units rows. Pinned by tests/unit/db/summaryIndexes.test.ts.
export const up = /* sql */ `
CREATE INDEX progress_period_status ON progress(period_id, task_id, unit_id, status);
CREATE INDEX task_units_task_order ON task_units(task_id, role, ord, unit_id);
`;
