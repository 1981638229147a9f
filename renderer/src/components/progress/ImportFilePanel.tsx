// One file of the batch in detail: where its unit and period came from (editable), why it would
// be rejected, and its rows.
import { Alert, Button, Descriptions, Select, Space, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import type { ImportedFile } from '../../../../electron/shared/api/progress';
import type { Period, Task } from '../../../../electron/shared/types';
import { isWordFileName } from '../../api/files';
import { useQuery } from '../../api/useQuery';
import { ImportRowTable } from './ImportRowTable';
import { storedLabel } from './RowComparison';
import { ImportStatusTag } from './ImportStatusTag';
import {
  decisionOf,
  pendingRows,
  tablesToAdd,
  withAllGuessesConfirmed,
  withAllTables,
  withKeep,
  withPeriod,
  withRowTask,
  withSheet,
  withUnit,
  type FileDecision,
  type ImportDecisions,
} from './importDecisions';
import { UnmatchedRowsTable } from './UnmatchedRowsTable';

const SOURCE_LABELS: Record<string, string> = {
  hidden: '填报表识别信息',
  cell: '表内填写',
  sheet: '工作表名',
  title: '表格标题',
  filename: '文件名',
  given: '手工指定',
};

interface Props {
  planId: number;
  file: ImportedFile;
  /** The batch's files before this one of the same unit and period: imported first, they are part of what its rows change. */
  earlierOfOwner: string[];
  decisions: ImportDecisions;
  periods: Period[];
  units: UnitWithStats[];
  tasks: Task[];
  onDecide(update: (d: ImportDecisions) => ImportDecisions): void;
}

/** Where the unit or period was read; a Word file's title is the document's, not a sheet's. */
const source = (s: string | null, word: boolean) => (s ? `（${word && s === 'title' ? '文档标题' : (SOURCE_LABELS[s] ?? s)}）` : '');

export function ImportFilePanel({ planId, file, earlierOfOwner, decisions, periods, units, tasks, onDecide }: Props) {
  const key = file.decisionKey;
  const decision = decisionOf(decisions, file);
  const unitTasks = useQuery('units.tasks', file.unitId ? { unitId: file.unitId, planId } : null);
  const unitTaskIds = useMemo(() => new Set((unitTasks.data?.tasks ?? []).map((t) => t.task.id)), [unitTasks.data]);
  const taskById = useMemo(() => new Map(tasks.map((t) => [t.id, t])), [tasks]);
  const pending = pendingRows(file, decision).length;
  // A file that could not be read (not a spreadsheet, damaged, no table in it) has no unit, period
  // or rows to choose or check: only its name and the reason are shown.
  const unreadable = file.status === 'rejected' && file.sheet === null;
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
        <FileSources file={file} title={title} decision={decision} periods={periods} units={units} onDecide={onDecide} />
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
        {file.warnings.length > 0 && (
          <Alert type="warning" showIcon title="提示" description={<AlertList items={file.warnings} />} />
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
          />
          <UnmatchedRowsTable
            rows={file.unmatched}
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

/** Where the file's unit and period came from, each open to correction, and the sheet read. */
function FileSources({
  file,
  title,
  decision,
  periods,
  units,
  onDecide,
}: Pick<Props, 'file' | 'periods' | 'units' | 'onDecide'> & { title: ReactNode; decision: FileDecision | undefined }) {
  const key = file.decisionKey;
  const word = isWordFileName(file.file);
  const toAdd = tablesToAdd(file);
  return (
    <Descriptions
      size="small"
      bordered
      // Three pairs side by side from 1200 px; two in the narrowest windows.
      column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 3, xxl: 3 }}
      title={title}
      items={[
        {
          label: '报送单位',
          children: (
            <Space size={4}>
              <Select<string>
                aria-label="报送单位"
                showSearch={{ optionFilterProp: 'label' }}
                status={file.unit ? undefined : 'error'}
                placeholder="未识别，请选择"
                value={decision?.unit ?? file.unit ?? undefined}
                onChange={(unit) => onDecide((d) => withUnit(d, key, unit))}
                options={units.map((u) => ({ value: u.name, label: u.name }))}
                popupMatchSelectWidth={false}
                style={{ width: 200 }}
              />
              <Typography.Text type="secondary">{source(file.unitSource, word)}</Typography.Text>
            </Space>
          ),
        },
        {
          label: '期次',
          children: (
            <Space size={4}>
              <Select<string>
                aria-label="期次"
                status={file.period ? undefined : 'error'}
                placeholder="未识别，请选择"
                value={decision?.period ?? file.period ?? undefined}
                onChange={(period) => onDecide((d) => withPeriod(d, key, period))}
                options={periods.map((p) => ({ value: p.code, label: p.locked ? `${p.label}（已锁定）` : p.label }))}
                style={{ width: 170 }}
              />
              <Typography.Text type="secondary">{source(file.periodSource, word)}</Typography.Text>
            </Space>
          ),
        },
        {
          // A Word return's tables are named 表格1, 表格2…, and their rows counted in the table.
          label: word ? '表格' : '工作表',
          children: file.sheet ? (
            <>
              {/* Another table of a file imported with all its tables is that table, not a choice. */}
              {file.otherTables.length > 0 && key === file.sha256 ? (
                <Select<string>
                  aria-label={word ? '导入的表格' : '导入的工作表'}
                  value={file.sheet}
                  onChange={(sheet) => onDecide((d) => withSheet(d, file.sha256, sheet))}
                  options={[{ sheet: file.sheet, rows: file.rows.length }, ...file.otherTables].map((t) => ({
                    value: t.sheet,
                    label: `${t.sheet}（${t.rows} 行${'imported' in t && t.imported ? '，已导入' : ''}）`,
                  }))}
                  popupMatchSelectWidth={false}
                  style={{ minWidth: 140 }}
                />
              ) : (
                file.sheet
              )}
              ，表头在第 {file.headerRow ?? '?'} 行
              {toAdd.length > 0 && key === file.sha256 && (
                <Button type="link" size="small" data-testid="import-all-tables" onClick={() => onDecide((d) => withAllTables(d, file.sha256))}>
                  一并导入其他表（{toAdd.length} 张）
                </Button>
              )}
            </>
          ) : (
            '—'
          ),
        },
      ]}
    />
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
