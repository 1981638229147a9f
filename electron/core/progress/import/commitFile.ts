// Writes one previewed file: its original bytes, the changed records, and each record's state before
// (so `imports.undo` can restore exactly what was there), then the audit entry.
import type { Ctx } from '../../context';
import type { FileInput } from '../../../shared/api/method';
import type { TableInFile } from '../../../shared/api/progress';
import type { PeriodRow } from '../../../db/repos/periods';
import { upsertRecord, type RecordRow } from '../../../db/repos/progress';
import { insertChange, insertProgressImport } from '../../../db/repos/imports';
import { parsePeriod } from '../../../shared/periods';
import type { Ledger } from '../ledger';
import type { BuiltRows } from './buildRows';

export interface CommitInput {
  ledger: Ledger;
  file: FileInput;
  sha256: string;
  unitId: number;
  unit: string;
  period: PeriodRow;
  /** Where the table was found in the file. */
  sheet: string;
  headerRow: number;
  /** The file's other filled tables, not imported by this import (see ImportSummary.tablesNotImported). */
  otherTables: TableInFile[];
  /** The 填报日期 written on the form (YYYY-MM-DD), or null: when the unit says it reported. */
  filledOn: string | null;
  /** The 收到日期 the official stated for the batch, or null. */
  receivedOn: string | null;
  /** The period the import was for, when the file went into the one written in it instead (FileAnalysis.chosenInstead). */
  chosenPeriod: string | null;
  built: BuiltRows;
  stored: ReadonlyMap<number, RecordRow>;
}

/** Returns the new import's id. Runs inside the import call's transaction, and refuses nothing: the checks come first. */
export function commitFile(ctx: Ctx, c: CommitInput): number {
  const at = ctx.now().toISOString();
  const user = ctx.user; // read once: it is a query of the settings
  const added = c.built.writes.filter((w) => !c.stored.has(w.task.id)).length;
  const summary = {
    sheet: c.sheet,
    headerRow: c.headerRow,
    otherTables: c.otherTables,
    filledOn: c.filledOn,
    rows: c.built.rows.length,
    added,
    updated: c.built.writes.length - added,
    unmatched: c.built.unmatched.length,
    ...(c.chosenPeriod ? { chosenPeriod: c.chosenPeriod } : {}),
  };
  const importId = insertProgressImport(ctx.db, {
    planId: c.ledger.plan.id,
    fileName: c.file.name,
    sha256: c.sha256,
    bytes: c.file.bytes,
    unitId: c.unitId,
    periodId: c.period.id,
    importedAt: at,
    importedBy: user,
    receivedOn: c.receivedOn,
    summary,
  });
  for (const w of c.built.writes) {
    const before = c.stored.get(w.task.id) ?? null;
    const after: RecordRow = {
      taskId: w.task.id,
      unitId: c.unitId,
      periodId: c.period.id,
      ...w.fields,
      importId,
      updatedAt: at,
      updatedBy: user,
    };
    upsertRecord(ctx.db, after);
    insertChange(ctx.db, {
      importId,
      taskId: w.task.id,
      unitId: c.unitId,
      periodId: c.period.id,
      before: before ? JSON.stringify(before) : null,
    });
  }
  ctx.audit({
    action: 'progress.import',
    objectType: 'import',
    objectId: importId,
    summary: `导入${c.unit}${parsePeriod(c.period.code)!.label}推进情况（${c.file.name}）：新增 ${added} 项，更新 ${summary.updated} 项`,
    after: { file: c.file.name, sha256: c.sha256, ...summary, ...(c.receivedOn ? { receivedOn: c.receivedOn } : {}) },
  });
  return importId;
}
