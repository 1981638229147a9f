// 操作日志 .xlsx: every entry matching the filter, in the shared workbook style, values as text.
import ExcelJS from 'exceljs';
import type { Db } from '../../db/db';
import { listAudit } from '../../db/repos/audit';
import type { AuditFilter } from '../../shared/api/data';
import type { FileOutput } from '../../shared/api/method';
import { localTime } from '../../shared/format';
import { auditActionLabel, auditObjectLabel, auditValueText } from '../../shared/auditLabels';
import { MIME } from '../files/mime';
import { MAX_CELL_CHARS } from '../limits';
import { addDataRow, addHeaderRow, addNoteRow, addTitleRow, applyPrintSetup, fitRowHeight, type ColumnSpec } from '../sheets/style';
import { parseJson, toAuditQuery } from './query';

const COLUMNS: ColumnSpec[] = [
  { header: '序号', width: 7, align: 'center' },
  { header: '时间', width: 20, align: 'center' },
  { header: '经办人', width: 12, align: 'center' },
  { header: '操作', width: 16 },
  { header: '对象', width: 10, align: 'center' },
  { header: '对象编号', width: 10, align: 'center' },
  { header: '内容摘要', width: 44 },
  { header: '修改前', width: 36 },
  { header: '修改后', width: 36 },
];

/** At most this many entries per export; a longer log is exported by narrowing the time range. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

/** A before/after value as cell text, cut to Excel's cell limit. */
function valueText(json: string | null): string {
  const text = auditValueText(parseJson(json));
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 20)}…（内容过长，已截断）` : text;
}

export async function exportAudit(db: Db, filter: AuditFilter, now: Date): Promise<FileOutput> {
  const rows = listAudit(db, toAuditQuery(filter), 0, AUDIT_EXPORT_MAX_ROWS);
  const wb = new ExcelJS.Workbook();
  wb.creator = '工作要点台账';
  wb.created = now;
  const ws = wb.addWorksheet('操作日志');
  addTitleRow(ws, '操作日志', COLUMNS.length);
  addNoteRow(ws, `导出时间：${localTime(now.toISOString())}，共 ${rows.length} 条${filterNote(filter)}`, COLUMNS.length);
  const header = addHeaderRow(ws, COLUMNS);
  rows.forEach((r, i) => {
    const row = addDataRow(
      ws,
      [
        i + 1,
        localTime(r.at),
        r.os_user,
        auditActionLabel(r.action),
        auditObjectLabel(r.object_type),
        r.object_id ?? '',
        r.summary,
        valueText(r.before),
        valueText(r.after),
      ],
      COLUMNS,
    );
    fitRowHeight(row, COLUMNS);
    row.height = Math.min(row.height ?? 20, 160);
  });
  applyPrintSetup(ws, { headerRow: header.number, landscape: true, columns: COLUMNS.length });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const stamp = localTime(now.toISOString()).slice(0, 10);
  return {
    fileName: `操作日志-${stamp}.xlsx`,
    mime: MIME.xlsx,
    bytes,
  };
}

function filterNote(f: AuditFilter): string {
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`时间 ${f.from ? localTime(f.from) : '…'} 至 ${f.to ? localTime(f.to) : '…'}`);
  if (f.action) parts.push(`操作：${auditActionLabel(f.action)}`);
  if (f.objectType) parts.push(`对象：${auditObjectLabel(f.objectType)}`);
  if (f.user) parts.push(`经办人：${f.user}`);
  if (f.text) parts.push(`包含“${f.text}”`);
  return parts.length ? `（筛选条件：${parts.join('；')}）` : '';
}
