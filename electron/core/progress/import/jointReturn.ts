// A joint return (联合报送): one table whose 填报单位 line names several units of the plan. By default
// it is recorded for the unit it was read as, and the others are named. With the official's
// decision (jointUnits) it is recorded for each of them too, one entry per unit: each gets the rows
// of its own tasks (a task several of them share goes to each), and rows of nobody's task, or of no
// task found, stay with the unit the table was read as, so that the official deals with them once.
import type { EarlierImport } from '../../../db/repos/imports';
import type { LedgerTask } from '../ledger';
import type { SourceRow } from '../returns/tableRows';
import type { RowMatch, TaskMatcher } from './matchRows';
import type { FoundUnit, UnitFinder } from './unitFinder';

/** The other units of the plan a joint return names beside `unitId`; empty when it is no joint return of that unit's. */
function jointPartners(unitText: string, unitId: number, units: UnitFinder): FoundUnit[] {
  const named = units.allIn(unitText);
  return named.some((u) => u.unitId === unitId) ? named.filter((u) => u.unitId !== unitId) : [];
}

/** A table read as a joint return: its entry, whether it is recorded for each unit named, and the unit it was read as. */
export interface JointReading {
  entry: JointEntry;
  recordedForEach: boolean;
  primaryName: string;
}

/**
 * Whether the table, read as `unit`'s, is a joint return, and how it is recorded. For the entry read
 * that way, the units named that the table is already recorded for (an import of it that stands) are
 * left out; the entry recording it for another unit (`jointPrimary`) names every other unit.
 */
export function readJoint(
  unitText: string | null,
  unit: FoundUnit,
  decision: { jointUnits?: boolean; jointPrimary?: number } | undefined,
  recordedFor: readonly EarlierImport[],
  units: UnitFinder,
): JointReading | null {
  if (!unitText) return null;
  const named = jointPartners(unitText, unit.unitId, units);
  const primary = decision?.jointPrimary;
  const recorded = new Set(recordedFor.map((e) => e.unitId));
  const partners = primary === undefined ? named.filter((p) => !recorded.has(p.unitId)) : named;
  if (!partners.length) return null;
  return {
    entry: { unit, partners, primaryUnitId: primary ?? unit.unitId },
    recordedForEach: !!decision?.jointUnits,
    primaryName: primary === undefined ? unit.unit : (units.byId(primary)?.unit ?? ''),
  };
}

/** A joint return's entry: the unit it records the table for, the others named, and the unit the table was read as. */
export interface JointEntry {
  unit: FoundUnit;
  partners: readonly FoundUnit[];
  /** The unit the table was read as (the entry the table's loose rows stay with). */
  primaryUnitId: number;
}

/** The rows (and their matches) an entry records, and the rows it leaves to the other units' entries. */
export interface JointRows {
  rows: SourceRow[];
  matches: RowMatch[];
  /** Rows of other units' tasks: each left to those units' entries. */
  theirs: { row: number; units: string[] }[];
  /** Rows of no unit's task, or of no task found, left to the entry of the unit the table was read as. */
  loose: number[];
}

export function rowsOfJointEntry(
  entry: JointEntry,
  rows: readonly SourceRow[],
  matches: readonly RowMatch[],
  matcher: TaskMatcher,
  /** Rows the official has given a task (or none) in this entry: recorded as decided. */
  decidedRows: ReadonlySet<number>,
): JointRows {
  const own = matcher.tasksOf(entry.unit.unitId);
  const primary = entry.unit.unitId === entry.primaryUnitId;
  const out: JointRows = { rows: [], matches: [], theirs: [], loose: [] };
  let previousKept = primary;
  rows.forEach((row, i) => {
    const match = matches[i]!;
    const tasks: readonly LedgerTask[] = match.tasks ?? (match.task ? [match.task] : []);
    let kept: RowMatch | null = null;
    if (decidedRows.has(row.row)) kept = match;
    else if (tasks.length) {
      const mine = tasks.filter((t) => own.has(t.id));
      if (mine.length) kept = mine.length === tasks.length ? match : { ...match, task: mine[0]!, tasks: mine.length > 1 ? mine : undefined };
      else {
        const owners = entry.partners.filter((p) => tasks.some((t) => matcher.tasksOf(p.unitId).has(t.id))).map((p) => p.unit);
        if (owners.length) out.theirs.push({ row: row.row, units: owners });
        else if (primary) kept = match;
        else out.loose.push(row.row);
      }
    } else {
      // A row going on with the report of the row above (no 序号, no task text) goes where that one went.
      const continuation = !row.seqText.trim() && !row.content.trim() && row.fields.progress.trim() !== '';
      if (continuation ? previousKept : primary) kept = match;
      else out.loose.push(row.row);
    }
    previousKept = kept !== null;
    if (kept) {
      out.rows.push(row);
      out.matches.push(kept);
    }
  });
  return out;
}

/** What a joint return's entry says about it: how it is recorded, and where the rows it leaves went. */
export function jointNotes(unitText: string, { entry, recordedForEach, primaryName }: JointReading, split: JointRows | null): string[] {
  const list = entry.partners.map((p) => p.unit).join('、');
  const named = `表中填写的填报单位是“${unitText}”，是几个单位联合报送的`;
  if (!recordedForEach) {
    return [
      `${named}；本次只记为${entry.unit.unit}的报送，${list}在报送台账中仍为未报送。` +
        `如需同时记为${list}的报送，请点“同时记为${list}的报送”，每个单位单列一行，各自导入、各自可撤销。`,
    ];
  }
  const notes =
    entry.unit.unitId === entry.primaryUnitId
      ? [`${named}，同时记为${list}的报送（各单列一行）。`]
      : [`${named}，在此记为${entry.unit.unit}的报送。`];
  if (split?.theirs.length) {
    const byUnits = new Map<string, number[]>();
    for (const { row, units } of split.theirs) byUnits.set(units.join('、'), [...(byUnits.get(units.join('、')) ?? []), row]);
    const parts = [...byUnits].map(([units, rows]) => `第 ${rows.join('、')} 行是${units}的任务`);
    notes.push(`${parts.join('，')}，不记入${entry.unit.unit}的报送。`);
  }
  if (split?.loose.length) notes.push(`第 ${split.loose.join('、')} 行不是${entry.unit.unit}的任务（或未匹配到任务），在${primaryName}一行中处理。`);
  return notes;
}
