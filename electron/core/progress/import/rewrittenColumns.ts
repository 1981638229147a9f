// A unit that rewrote a column of the plan's in its return — the 完成时限 ("申请延期至2024年6月"), the
// 责任单位 ("省财政厅配合" where the plan says 按职责分工负责, a unit the plan does not name) — asks for
// a change the import does not make: the ledger keeps the plan's, and the official is told, row by
// row, to follow it up.
import { parseDeadline } from '../../plan/deadline';
import { formatResponsibility, parseResponsibility } from '../../plan/responsibility';
import { ROLES, type Role, type TaskUnits } from '../../../shared/types';
import type { PlanBasics } from '../../../db/repos/progress';
import type { LedgerTask } from '../ledger';
import type { ReturnedTable } from '../returns/readReturn';
import { tableName } from '../returns/readReturn';
import { comparableText } from '../text';
import type { RowMatch } from './matchRows';

/** At most this many rows are quoted; the rest are counted. */
const MAX_QUOTED = 8;

/** "第5行（序号8）写作“…”，台账为“…”", one per differing row. */
const differingRow = (row: number, seq: string, written: string, planned: string) =>
  `第${row}行（序号${seq}）写作“${written}”，台账为“${planned || '未定'}”`;

/** The file's notice: what differs (quoted up to MAX_QUOTED rows), and that the ledger keeps the plan's. */
function differenceNote(table: ReturnedTable, column: string, differing: readonly string[], kept: string): string | null {
  if (!differing.length) return null;
  const quoted = differing.slice(0, MAX_QUOTED).join('；');
  const more = differing.length > MAX_QUOTED ? `等 ${differing.length} 行` : '';
  return `${tableName(table)}中的${column}与台账不同：${quoted}${more}。导入不改动台账的${kept}；如需调整，请核实后在台账中修改。`;
}

export function rewrittenDeadlineNote(table: ReturnedTable, matches: readonly RowMatch[], plan: Pick<PlanBasics, 'endYear'>): string | null {
  const differing: string[] = [];
  table.rows.forEach((row, i) => {
    const task = matches[i]!.task;
    const written = row.deadlineCell;
    if (!task || !written) return;
    const planned = task.deadlineText || task.deadline || '';
    if (comparableText(written) === comparableText(planned)) return;
    // The same date written another way (a date cell, "2022.12.31" for "2022年12月底前完成") is no change.
    const read = parseDeadline(written, plan.endYear);
    if (task.deadline ? read.deadline === task.deadline : read.continuous && !read.deadline) return;
    differing.push(differingRow(row.row, task.seq, written, planned));
  });
  return differenceNote(table, '完成时限', differing, '完成时限');
}

/** A unit naming itself in its own form: “本单位”, “我厅”. */
const SELF = /^(本单位|本部门|我(单位|部门|厅|局|委|办|院|会))$/u;

/** A unit's name as written → its id in the unit directory (names, aliases), or null when unknown. */
export type UnitResolver = (name: string) => number | null;

export function rewrittenUnitsNote(table: ReturnedTable, matches: readonly RowMatch[], resolve: UnitResolver, reporter: number | null): string | null {
  // A 填报单位 column names who reports, not the division.
  if (table.unitColumn === null || /填报|报送/u.test(table.unitColumn)) return null;
  // A column headed 牵头单位 (配合单位) gives the units in it that role, unless a unit's own words say another.
  const implied: Role | null = /牵头/u.test(table.unitColumn) ? 'lead' : /配合|协办|协助/u.test(table.unitColumn) ? 'cooperating' : null;
  const differing: string[] = [];
  table.rows.forEach((row, i) => {
    const task = matches[i]!.task;
    const written = row.unitCell;
    if (!task || !written) return;
    const planned = formatResponsibility(unitsOf(task), '');
    if (comparableText(written) === comparableText(planned)) return;
    if (!differs(task, written, implied, resolve, reporter)) return;
    differing.push(differingRow(row.row, task.seq, written.replace(/\s*\n\s*/g, ' '), planned));
  });
  return differenceNote(table, `“${table.unitColumn}”`, differing, '分工');
}

/**
 * Whether the written units change the task's division: a unit the task does not have, or a role other
 * than the plan's where the text (or the column) says one. Units left out are not: a unit naming only
 * itself, or only the lead, is a form's way of writing.
 */
function differs(task: LedgerTask, written: string, implied: Role | null, resolve: UnitResolver, reporter: number | null): boolean {
  const reading = parseResponsibility(written);
  // Names the parser gave a role by their place only (“未写明牵头、负责还是配合”).
  const placed = new Set(reading.warnings.flatMap((w) => /^“(.+)”未写明/u.exec(w)?.[1] ?? []));
  const planRole = new Map(task.units.map((u) => [u.unitId, u.role]));
  for (const role of ROLES) {
    for (const name of reading.units[role]) {
      const unitId = SELF.test(name) ? reporter : resolve(name);
      if (unitId === null && SELF.test(name)) continue;
      if (unitId === null || !planRole.has(unitId)) return true;
      const said = placed.has(name) ? implied : role;
      if (said !== null && planRole.get(unitId) !== said) return true;
    }
  }
  return false;
}

/** The task's units by role, as the plan has them. */
function unitsOf(task: LedgerTask): TaskUnits {
  const units: TaskUnits = { lead: [], joint: [], cooperating: [], national: [] };
  for (const u of task.units) units[u.role].push(u.unit);
  return units;
}
