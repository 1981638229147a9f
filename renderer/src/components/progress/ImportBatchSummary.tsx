// The batch's line above its files: how many will be imported, refused, skipped; rows written, and
// what still waits for the official. A line of its own, wrapping in a narrow window.
import { Typography } from 'antd';
import type { ImportedFile } from '../../../../electron/shared/api/progress';
import type { Period } from '../../../../electron/shared/types';
import { countsTables, entriesLabel, fileEntries, inOtherPeriods, refusedEntries, refusedLabel, type BatchCounts } from './importDecisions';
import { otherPeriodsNote } from './periods';
import { batchRowWord } from './rowWord';

interface Props {
  files: ImportedFile[];
  counts: BatchCounts;
  /** The period chosen for the import, and the plan's periods (to name the others files go to). */
  period: string;
  periods: Period[];
}

/** “共 2 个文件”, or “共 1 个文件 4 张表” when a file is imported with all its tables. */
function batchSize(files: ImportedFile[]): string {
  const entries = fileEntries(files);
  const fileCount = new Set(entries.map((f) => f.file)).size;
  return fileCount === entries.length ? `共 ${fileCount} 个文件` : `共 ${fileCount} 个文件 ${entries.length} 张表`;
}

export function ImportBatchSummary({ files, counts, period, periods }: Props) {
  const inTables = countsTables(files);
  const otherPeriods = inOtherPeriods(files, period);
  const rows = batchRowWord(files);
  return (
    <Typography.Paragraph type="secondary" className="import-summary" data-testid="import-summary">
      {batchSize(files)}：将导入 {entriesLabel(counts.importable, inTables)}
      {counts.jointRecords}
      {counts.rejected > 0 && `，${refusedLabel(refusedEntries(fileEntries(files)), files)}不能导入`}
      {counts.skipped > 0 && `，跳过 ${entriesLabel(counts.skipped, inTables)}`}；写入 {counts.writes} {rows}
      {counts.unitConflicts > 0 && `，单位待确认 ${counts.unitConflicts} 个`}
      {counts.periodConflicts > 0 && `，期次待确认 ${counts.periodConflicts} 个`}
      {counts.pending > 0 && `，待确认 ${counts.pending} ${rows}`}
      {counts.unmatched > 0 && (
        <Typography.Text type="danger" data-testid="import-unmatched-count">{`，未匹配到任务 ${counts.unmatched} ${rows}（不导入，可在文件详情里指定任务）`}</Typography.Text>
      )}
      {otherPeriods.length > 0 && (
        <Typography.Text type="warning" data-testid="import-other-periods">
          {`；${otherPeriodsNote(otherPeriods, inTables ? '张' : '个', periods)}`}
        </Typography.Text>
      )}
    </Typography.Paragraph>
  );
}
