// progress.exportMatrix: the progress matrix as a workbook to print or send on — 各期推进情况一览表,
// one row per task (under its section's row) with its lead (else responsible) units and its status
// in every period, coloured as on screen; a blank cell is a period nobody reported on. Given the
// task ids the official's filters leave, only those tasks, with the filters named under the title.
import type { Ctx } from '../context';
import type { FileOutput } from '../../shared/api/method';
import { periodLabelInTwoLines } from '../../shared/periods';
import { sectionLabel, sectionPaths } from '../../shared/sections';
import { TASK_STATUS_LABELS, type Role, type TaskPeriodStatus } from '../../shared/types';
import { safeFileName } from '../files/fileName';
import { MIME } from '../files/mime';
import { dataRow, headerRow, housePrintSetup, noteRow, sectionRow, titleRow } from '../sheets/layout';
import { LOOK, STATUS_FILLS, widenForText, type ColumnSpec } from '../sheets/style';
import type { CellStyle } from '../sheets/styleTable';
import { WorkbookWriter } from '../sheets/workbookWriter';
import { loadLedger, type LedgerTask } from './ledger';
import { matrixOf } from './matrix';

export interface MatrixExportRequest {
  planId: number;
  /** The tasks to list, as the filters on screen leave them; every task when absent. */
  taskIds?: readonly number[];
  /** What the filters are, to print under the title ("单位：省财政厅"). */
  filterText?: string;
}

export const MATRIX_SHEET = '各期推进情况';
const TASK_COLUMNS: ColumnSpec[] = [
  { header: '序号', width: 6, align: 'center' },
  // Widens for a task too long for the tallest row, within a page.
  { header: '工作任务', width: 50, maxWidth: 64 },
  { header: '牵头（责任）单位', width: 14, align: 'center' },
];
const PERIOD_WIDTH = 9;

/** A period cell's style: filled with its status's colour, none when unreported. */
const periodStyle = (status: TaskPeriodStatus): CellStyle => LOOK.data('center', status === 'unreported' ? undefined : STATUS_FILLS[status]);

/** The lead units, or the jointly responsible ones where no unit leads (as the 汇总表 names them). */
function responsibleUnits(task: LedgerTask): string {
  const named = (role: Role) => task.units.filter((u) => u.role === role).map((u) => u.unit);
  const lead = named('lead');
  return (lead.length ? lead : named('joint')).join('、');
}

export async function exportMatrix(ctx: Ctx, req: MatrixExportRequest): Promise<FileOutput> {
  const ledger = loadLedger(ctx.db, req.planId);
  const { periods, rows } = matrixOf(ctx, ledger);
  const wanted = req.taskIds ? new Set(req.taskIds) : null;
  const listed = rows.filter((r) => !wanted || wanted.has(r.taskId));

  const title = `${ledger.plan.title}各期推进情况一览表`;
  const wb = new WorkbookWriter({ creator: '工作要点台账', title });
  const sheet = wb.addSheet(MATRIX_SHEET);
  const taskColumns = widenForText(
    TASK_COLUMNS,
    listed.map((r) => [null, r.content]),
  );
  const columns: ColumnSpec[] = [...taskColumns, ...periods.map((p) => ({ header: periodLabelInTwoLines(p.label), width: PERIOD_WIDTH, align: 'center' as const }))];
  titleRow(sheet, title, columns.length, 18);
  const filters = req.filterText?.trim();
  noteRow(sheet, `共 ${listed.length} 项任务${filters ? `（${filters}）` : ''}；各期状态按各单位的报送汇总，已完成的任务此后无人报送的仍记为已完成，空白为该期无人报送。`, columns.length);
  housePrintSetup(sheet, { headerRow: headerRow(sheet, columns), landscape: true });

  const taskStyles = taskColumns.map((c) => LOOK.data(c.align));
  // A task's headings from its part ("一、") down to its own section ("（一）"), as in the ledger:
  // each heading row is written once, where the first task under it is listed.
  const paths = sectionPaths(ledger.sections);
  const indexOf = new Map(ledger.sections.map((s, i) => [s.id, i]));
  let open: number[] = [];
  for (const row of listed) {
    const task = ledger.taskById.get(row.taskId)!;
    const at = task.sectionId === null ? undefined : indexOf.get(task.sectionId);
    const path = at === undefined ? [] : paths[at]!;
    for (const [depth, i] of path.entries()) {
      if (open[depth] === i) continue;
      // Printed, a heading goes on the page of the row after it (the next heading joins on).
      const heading = sectionRow(sheet, sectionLabel(ledger.sections[i]!), columns.length);
      sheet.keepTogether(heading, heading + 1);
    }
    open = path;
    const statuses = periods.map((p) => row.cells[p.code] ?? 'unreported');
    dataRow(
      sheet,
      [row.seq, row.content, responsibleUnits(task), ...statuses.map((s) => (s === 'unreported' ? '' : TASK_STATUS_LABELS[s]))],
      columns,
      [...taskStyles, ...statuses.map(periodStyle)],
    );
  }
  return { fileName: `${safeFileName(title)}.xlsx`, mime: MIME.xlsx, bytes: await wb.toBytes(ctx.now()) };
}
