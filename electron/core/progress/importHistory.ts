// The import log: listing imports, fetching an original file, and undoing an import by restoring
// every record it changed. Undo is refused when a record was changed again afterwards (a later
// import or a manual edit) — restoring would silently discard that later change.
import type { Ctx } from '../context';
import type { Db } from '../../db/db';
import {
  getImport,
  getImportBytes,
  listChanges,
  listImports,
  markImportUndone,
  setImportReceivedOn,
  type ChangeRow,
  type ImportRow,
} from '../../db/repos/imports';
import { getPeriodById } from '../../db/repos/periods';
import { deleteRecord, listRecordsOfUnit, listTaskSeqs, upsertRecord, type RecordRow } from '../../db/repos/progress';
import type { ImportSummary, TableInFile } from '../../shared/api/progress';
import type { FileOutput } from '../../shared/api/method';
import { periodLabel } from '../../shared/periods';
import { AppError } from '../../shared/result';
import { mimeOfFileName } from '../files/mime';
import { isoDateInWords } from '../../shared/format';
import { assertUnlocked } from './planPeriods';
import { assertReceivedBy } from './receivedOn';

/** The tables an import's summary records, as commitFile wrote it (older imports lack the others). */
function tablesOf(r: ImportRow): { sheet: string | null; others: TableInFile[] } {
  const summary = JSON.parse(r.summary || '{}') as { sheet?: string; otherTables?: TableInFile[] };
  return { sheet: summary.sheet ?? null, others: summary.otherTables ?? [] };
}

/** A plan import's rows: the tasks it added or changed (its summary, as plans.import wrote it). */
function planTasksChanged(r: ImportRow): number {
  const summary = JSON.parse(r.summary || '{}') as { tasksAdded?: number; tasksUpdated?: number };
  return (summary.tasksAdded ?? 0) + (summary.tasksUpdated ?? 0);
}

export function toImportSummary(r: ImportRow, tablesNotImported: ImportSummary['tablesNotImported'] = []): ImportSummary {
  return {
    id: r.id,
    planId: r.planId,
    kind: r.kind,
    fileName: r.fileName,
    sha256: r.sha256,
    size: r.size,
    unit: r.unit,
    period: r.period,
    importedAt: r.importedAt,
    importedBy: r.importedBy,
    outcome: r.outcome,
    receivedOn: r.receivedOn,
    filledOn: r.filledOn,
    rows: r.kind === 'plan' ? planTasksChanged(r) : r.changes,
    tablesNotImported,
  };
}

/** The imports, each saying which other filled tables of its file no standing import has taken. */
export function listImportSummaries(db: Db, planId: number | undefined): ImportSummary[] {
  const rows = listImports(db, planId ?? null).map((row) => ({ row, tables: tablesOf(row), standing: row.outcome === 'imported' }));
  const taken = new Set(rows.filter((r) => r.standing).map(({ row, tables }) => `${row.sha256}\0${tables.sheet}`));
  return rows.map(({ row, tables, standing }) =>
    toImportSummary(row, standing ? tables.others.filter((t) => !taken.has(`${row.sha256}\0${t.sheet}`)) : []),
  );
}

function requireImport(db: Db, importId: number): ImportRow {
  const row = getImport(db, importId);
  if (!row) throw new AppError('NOT_FOUND', `找不到导入记录 #${importId}。`);
  return row;
}

export function importedFile(db: Db, importId: number): FileOutput {
  const row = requireImport(db, importId);
  const bytes = getImportBytes(db, importId)!;
  // A file taken out of a zip is recorded as “包名.zip/内部路径”; it is saved under its own name.
  const fileName = row.fileName.split('/').pop()!;
  return { fileName, mime: mimeOfFileName(fileName), bytes };
}

/** Whether a record is still as the import wrote it: any later write (an import, a manual edit) gives it another id or time. */
const unchangedSince = (record: RecordRow | undefined, imp: ImportRow) => record?.importId === imp.id && record.updatedAt === imp.importedAt;

/**
 * The import to undo and its changes, or the refusal: not a return's import, undone already, its
 * period locked, or records it wrote changed since. Checked again by undoImport, inside its
 * transaction; asked first so that a refused undo takes no safety copy.
 */
export function undoableImport(db: Db, importId: number): { imp: ImportRow; changes: ChangeRow[] } {
  const imp = requireImport(db, importId);
  if (imp.kind !== 'progress') throw new AppError('CONFLICT', '这是工作要点的导入记录，不能在这里撤销。');
  if (imp.outcome === 'undone') throw new AppError('CONFLICT', `导入记录 #${importId}（${imp.fileName}）已经撤销过了。`);
  const period = imp.periodId === null ? undefined : getPeriodById(db, imp.periodId);
  if (period) assertUnlocked(period);

  const changes = listChanges(db, importId);
  const current = new Map<string, RecordRow>();
  for (const key of new Set(changes.map((c) => `${c.periodId}:${c.unitId}`))) {
    const [periodId, unitId] = key.split(':').map(Number) as [number, number];
    for (const r of listRecordsOfUnit(db, periodId, unitId)) current.set(`${r.periodId}:${r.unitId}:${r.taskId}`, r);
  }
  const seqOf = new Map(listTaskSeqs(db, imp.planId ?? 0).map((t) => [t.id, t.seq]));
  const changedSince = changes.filter((c) => !unchangedSince(current.get(`${c.periodId}:${c.unitId}:${c.taskId}`), imp));
  if (changedSince.length) {
    const seqs = changedSince.map((c) => seqOf.get(c.taskId) ?? String(c.taskId)).join('、');
    throw new AppError(
      'CONFLICT',
      `导入记录 #${importId}（${imp.fileName}）之后，序号 ${seqs} 的进展又被修改过（之后的导入或手工修改），` +
        '撤销会覆盖这些修改，因此没有撤销。请先撤销之后的导入。',
      { taskIds: changedSince.map((c) => c.taskId) },
    );
  }
  return { imp, changes };
}

/** “删除新增的 3 项记录、恢复被改写的 2 项记录”: what undoing did to the records, as it did it. */
export function undoneChanges(changes: readonly ChangeRow[]): string {
  const added = changes.filter((c) => c.before === null).length;
  const rewritten = changes.length - added;
  return [added ? `删除新增的 ${added} 项记录` : '', rewritten ? `恢复被改写的 ${rewritten} 项记录` : ''].filter(Boolean).join('、') || '没有改动记录';
}

export function undoImport(ctx: Ctx, importId: number): ImportSummary {
  const { imp, changes } = undoableImport(ctx.db, importId);
  for (const c of changes) {
    if (c.before === null) deleteRecord(ctx.db, c.periodId, c.taskId, c.unitId);
    else upsertRecord(ctx.db, JSON.parse(c.before) as RecordRow);
  }
  markImportUndone(ctx.db, importId);
  const label = imp.period ? periodLabel(imp.period) : '';
  ctx.audit({
    action: 'import.undo',
    objectType: 'import',
    objectId: importId,
    summary: `撤销导入 #${importId}：${imp.unit ?? ''}${label}（${imp.fileName}），${undoneChanges(changes)}`,
    before: { outcome: 'imported' },
    after: { outcome: 'undone', restored: changes.length },
  });
  return toImportSummary(requireImport(ctx.db, importId));
}

/**
 * States the day the office received an imported return (null: not stated), by which the unit's
 * lateness is judged. A standing return's only: a plan's import has no 报送 to judge, and an undone
 * one no longer counts. Its period must be open, as for any change to what the period reports.
 */
export function setReceivedOn(ctx: Ctx, importId: number, receivedOn: string | null): ImportSummary {
  const imp = requireImport(ctx.db, importId);
  if (imp.kind !== 'progress') throw new AppError('CONFLICT', '这是工作要点的导入记录，没有收到日期。');
  if (imp.outcome === 'undone') throw new AppError('CONFLICT', `导入记录 #${importId}（${imp.fileName}）已撤销，不再计入报送。`);
  const period = imp.periodId === null ? undefined : getPeriodById(ctx.db, imp.periodId);
  if (period) assertUnlocked(period);
  if (receivedOn) assertReceivedBy(receivedOn, ctx.now());
  if (receivedOn === imp.receivedOn) return toImportSummary(imp);
  setImportReceivedOn(ctx.db, importId, receivedOn);
  const words = (day: string | null) => (day ? isoDateInWords(day) : '未注明');
  ctx.audit({
    action: 'import.setReceivedOn',
    objectType: 'import',
    objectId: importId,
    summary: `导入记录 #${importId}（${imp.unit ?? ''}，${imp.fileName}）的收到日期由${words(imp.receivedOn)}改为${words(receivedOn)}`,
    before: { receivedOn: imp.receivedOn },
    after: { receivedOn },
  });
  return toImportSummary(requireImport(ctx.db, importId));
}
