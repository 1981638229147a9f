// What an import did: files imported, every file not imported (refused in the preview or by the
// commit) with why, and tables the imported files still hold.
import { Alert, Button } from 'antd';
import type { ProgressImportResult } from '../../../../electron/shared/api/progress';
import type { Period } from '../../../../electron/shared/types';
import { isWordFileName } from '../../api/files';
import { useQuery } from '../../api/useQuery';
import { countsTables, entriesLabel, entryKey, fileEntries, inOtherPeriods, jointRecordsNote, refusedLabel } from './importDecisions';
import { otherPeriodsNote } from './periods';
import { tableLabel, useImportOtherTable } from './importHandoff';
import { batchRowWord } from './rowWord';

interface Props {
  planId: number;
  result: ProgressImportResult;
  /** The period chosen for the import, and the plan's periods (to name the others files went to). */
  period: string;
  periods: Period[];
  onShowLedger(): void;
}

export function ImportDoneAlert({ planId, result, period, periods, onShowLedger }: Props) {
  const imported = result.files.filter((f) => f.status === 'imported' && !f.skipped);
  const skipped = fileEntries(result.files).filter((f) => f.skipped);
  const rejected = fileEntries(result.files).filter((f) => f.status === 'rejected');
  const inTables = countsTables(result.files);
  const elsewhere = otherPeriodsNote(inOtherPeriods(imported, period), inTables ? '张' : '个', periods);
  return (
    <Alert
      type={rejected.length ? 'warning' : 'success'}
      showIcon
      data-testid="import-done"
      style={{ marginBottom: 12 }}
      title={`已导入 ${entriesLabel(fileEntries(imported).length, inTables)}${jointRecordsNote(imported)}，共 ${imported.reduce((n, f) => n + f.rows.length, 0)} ${batchRowWord(imported)}${elsewhere ? `（${elsewhere}）` : ''}${
        skipped.length ? `；${entriesLabel(skipped.length, inTables)}无需写入，已跳过` : ''
      }${rejected.length ? `；${refusedLabel(rejected, result.files)}未导入` : ''}`}
      description={
        <>
          {rejected.map((f) => (
            <div key={entryKey(f)} data-testid="import-done-refused">
              {inTables && f.sheet ? `${f.file}（${f.sheet}）` : f.file}：{f.errors.join('；')}
            </div>
          ))}
          <TablesLeft planId={planId} importIds={imported.map((f) => f.importId)} />
        </>
      }
      action={
        <Button size="small" onClick={onShowLedger}>
          查看报送台账
        </Button>
      }
    />
  );
}

/** The imported files' filled tables that no import has taken yet, each a link to import it next. */
function TablesLeft({ planId, importIds }: { planId: number; importIds: (number | null)[] }) {
  const imports = useQuery('imports.list', { planId });
  const importTable = useImportOtherTable();
  const left = (imports.data ?? []).filter((i) => importIds.includes(i.id) && i.tablesNotImported.length > 0);
  return left.map((i) => (
    <div key={i.id} data-testid="import-done-tables-left">
      {i.fileName} 中另有 {i.tablesNotImported.length} 表未导入，点表名接着导入：
      {i.tablesNotImported.map((t) => (
        <Button key={t.sheet} type="link" size="small" onClick={() => importTable(i, t.sheet)}>
          {tableLabel(t, isWordFileName(i.fileName))}
        </Button>
      ))}
    </div>
  ));
}
