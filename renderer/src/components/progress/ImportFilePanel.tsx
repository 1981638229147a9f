// One file of the batch in detail: where its unit and period came from (editable), why it would
// be rejected, and its rows.
import { Alert, Button, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import type { ImportedFile } from '../../../../electron/shared/api/progress';
import type { Period, Task } from '../../../../electron/shared/types';
import { useQuery } from '../../api/useQuery';
import { FileSources } from './FileSources';
import { ImportRowTable } from './ImportRowTable';
import { storedLabel } from './RowComparison';
import { ImportStatusTag } from './ImportStatusTag';
import { RowWarnings } from './RowWarnings';
import {
  decisionOf,
  pendingRows,
  refusedWhateverChosen,
  withAllGuessesConfirmed,
  withKeep,
  withPeriod,
  withRowTask,
  withUnit,
  type ImportDecisions,
} from './importDecisions';
import { UnmatchedRowsTable } from './UnmatchedRowsTable';
import { rowWordOf } from './rowWord';

interface Props {
  planId: number;
  file: ImportedFile;
  /** The batch's files before this one of the same unit and period: imported first, they are part of what its rows change. */
  earlierOfOwner: string[];
  decisions: ImportDecisions;
  /** The 收到日期 stated for the whole batch (YYYY-MM-DD), or null. */
  batchReceivedOn: string | null;
  periods: Period[];
  units: UnitWithStats[];
  tasks: Task[];
  onDecide(update: (d: ImportDecisions) => ImportDecisions): void;
}

export function ImportFilePanel({ planId, file, earlierOfOwner, decisions, batchReceivedOn, periods, units, tasks, onDecide }: Props) {
  const key = file.decisionKey;
  const decision = decisionOf(decisions, file);
  const unitTasks = useQuery('units.tasks', file.unitId ? { unitId: file.unitId, planId } : null);
  const unitTaskIds = useMemo(() => new Set((unitTasks.data?.tasks ?? []).map((t) => t.task.id)), [unitTasks.data]);
  const taskById = useMemo(() => new Map(tasks.map((t) => [t.id, t])), [tasks]);
  const pending = pendingRows(file, decision).length;
  const [focus, setFocus] = useState<{ row: number; n: number } | null>(null);
  const rowsHinted = file.rows.some((r) => r.warnings.length > (r.lowConfidence ? 1 : 0));
  // Only its name and the reason are shown: there is no unit, period or row to choose or check.
  const unreadable = refusedWhateverChosen(file);
  const title = (
    <Space>
      <span>{file.file}</span>
      <ImportStatusTag file={file} />
    </Space>
  );

  return (
    <div data-testid="import-file-panel">
      {unreadable ? (
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      ) : (
        <FileSources
          file={file}
          title={title}
          decision={decision}
          batchReceivedOn={batchReceivedOn}
          periods={periods}
          units={units}
          onDecide={onDecide}
        />
      )}
      <Space orientation="vertical" size={6} style={{ width: '100%', margin: '8px 0' }}>
        {file.errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="file-errors"
            title={
              file.unitConflict ? '请确认报送单位，否则此文件不会导入' : file.periodConflict ? '请确认期次，否则此文件不会导入' : '此文件将被拒绝'
            }
            description={<AlertList items={file.errors} />}
            action={
              file.unitConflict ? (
                <UnitChoices conflict={file.unitConflict} onPick={(unit) => onDecide((d) => withUnit(d, key, unit))} />
              ) : (
                file.periodConflict && <PeriodChoices conflict={file.periodConflict} periods={periods} onPick={(p) => onDecide((d) => withPeriod(d, key, p))} />
              )
            }
          />
        )}
        {file.duplicateOf !== null && (
          <Alert
            type="warning"
            showIcon
            title={`此文件与第 ${file.duplicateOf} 号导入记录的文件完全相同，可能是重复报送`}
          />
        )}
        {(file.warnings.length > 0 || rowsHinted) && (
          <Alert
            type="warning"
            showIcon
            title="提示"
            data-testid="file-warnings"
            description={
              <>
                <AlertList items={file.warnings} />
                <RowWarnings rows={file.rows} rowWord={rowWordOf(file)} onShowRow={(row) => setFocus((f) => ({ row, n: (f?.n ?? 0) + 1 }))} />
              </>
            }
          />
        )}
        {pending > 0 && (
          <Alert
            type="info"
            showIcon
            data-testid="pending-alert"
            title={`有 ${pending} 行只能按内容相似度推测对应的任务（黄色标出），请逐行确认或改派`}
            action={
              <Button size="small" onClick={() => onDecide((d) => withAllGuessesConfirmed(d, file))}>
                全部按推测确认
              </Button>
            }
          />
        )}
      </Space>
      {!unreadable && (
        <>
          <ImportRowTable
            file={file}
            stored={storedLabel(earlierOfOwner)}
            decision={decision}
            tasks={tasks}
            taskById={taskById}
            unitTaskIds={unitTaskIds}
            readOnly={file.status === 'rejected'}
            onRowTask={(row, taskId) => onDecide((d) => withRowTask(d, key, row, taskId))}
            onKeep={(taskId, keep) => onDecide((d) => withKeep(d, key, taskId, keep))}
            focus={focus}
          />
          <UnmatchedRowsTable
            rows={file.unmatched}
            rowWord={rowWordOf(file)}
            tasks={tasks}
            unitTaskIds={unitTaskIds}
            onAssign={(row, taskId) => onDecide((d) => withRowTask(d, key, row, taskId))}
          />
        </>
      )}
    </div>
  );
}

/** The two units a form names: the one it was made for, and the one written on it. */
function UnitChoices({ conflict, onPick }: { conflict: NonNullable<ImportedFile['unitConflict']>; onPick(unit: string): void }) {
  return (
    <Space orientation="vertical" size={4}>
      <Button size="small" type="primary" onClick={() => onPick(conflict.written)}>
        按表中填写：{conflict.written}
      </Button>
      <Button size="small" onClick={() => onPick(conflict.identified)}>
        按识别信息：{conflict.identified}
      </Button>
    </Space>
  );
}

/** The two readings of a file that names another period than the import's: this period, or a correction of that one. */
function PeriodChoices({
  conflict,
  periods,
  onPick,
}: {
  conflict: NonNullable<ImportedFile['periodConflict']>;
  periods: Period[];
  onPick(period: string): void;
}) {
  const label = (code: string) => periods.find((p) => p.code === code)?.label ?? code;
  return (
    <Space orientation="vertical" size={4}>
      <Button size="small" type="primary" onClick={() => onPick(conflict.chosen)}>
        按{label(conflict.chosen)}导入
      </Button>
      <Button size="small" onClick={() => onPick(conflict.written)}>
        更正{label(conflict.written)}
      </Button>
    </Space>
  );
}

function AlertList({ items }: { items: string[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}
