// Schema v7: a unit holds one role on a task. Merging two units that had different roles on one task
// (牵头 and 配合) left both, listing the unit twice on the task and counting the task twice among its
// own; the more responsible role is kept (lead, joint, cooperating, national), and the unique index
// keeps it so: inserting a second role for the unit is then ignored (setTaskUnits inserts the roles in
// that order, with OR IGNORE).
export const up = /* sql */ `
DELETE FROM task_units
 WHERE EXISTS (
   SELECT 1 FROM task_units AS kept
    WHERE kept.task_id = task_units.task_id AND kept.unit_id = task_units.unit_id
      AND (CASE kept.role WHEN 'lead' THEN 0 WHEN 'joint' THEN 1 WHEN 'cooperating' THEN 2 ELSE 3 END)
        < (CASE task_units.role WHEN 'lead' THEN 0 WHEN 'joint' THEN 1 WHEN 'cooperating' THEN 2 ELSE 3 END));
CREATE UNIQUE INDEX task_units_one_role ON task_units(task_id, unit_id);
`;
