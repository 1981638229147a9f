// The head of a file in the import preview: the unit and period read (each open to correction, with
// where it was read), the table taken, and the day the file came in.
import { Button, Descriptions, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ImportedFile } from '../../../../electron/shared/api/progress';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import { isoDateInWords } from '../../../../electron/shared/format';
import type { Period } from '../../../../electron/shared/types';
import { isWordFileName } from '../../api/files';
import {
  tablesToAdd,
  withAllTables,
  withJointUnits,
  withPeriod,
  withReceivedOn,
  withSheet,
  withUnit,
  type FileDecision,
  type ImportDecisions,
} from './importDecisions';
import { ReceivedDatePicker } from './ReceivedDatePicker';

const SOURCE_LABELS: Record<string, string> = {
  hidden: '填报表识别信息',
  cell: '表内填写',
  sheet: '工作表名',
  title: '表格标题',
  filename: '文件名',
  given: '手工指定',
};

/** Where the unit or period was read; a Word file's title is the document's, not a sheet's, and a report's unit is written in its 落款. */
const source = (s: string | null, word: boolean, report = false) =>
  s ? `（${word && s === 'title' ? '文档标题' : report && s === 'cell' ? '落款' : (SOURCE_LABELS[s] ?? s)}）` : '';

interface FileSourcesProps {
  file: ImportedFile;
  title: ReactNode;
  decision: FileDecision | undefined;
  /** The 收到日期 stated for the whole batch (YYYY-MM-DD), or null. */
  batchReceivedOn: string | null;
  periods: Period[];
  units: UnitWithStats[];
  onDecide(update: (d: ImportDecisions) => ImportDecisions): void;
}

/** Where the file's unit and period came from, each open to correction, and the sheet read. */
export function FileSources({
  file,
  title,
  decision,
  batchReceivedOn,
  periods,
  units,
  onDecide,
}: FileSourcesProps) {
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
          children: file.jointOf !== undefined ? (
            // The joint return's entry for this unit: the unit is what the entry is.
            <Typography.Text data-testid="joint-entry-unit">
              {file.unit}
              <Typography.Text type="secondary">（联合报送，与{file.jointOf}同一份表）</Typography.Text>
            </Typography.Text>
          ) : (
            <Space size={4} wrap>
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
              <Typography.Text type="secondary">{source(file.unitSource, word, file.readAs === 'report')}</Typography.Text>
              <JointUnitsChoice file={file} decision={decision} onDecide={onDecide} />
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
          children: file.readAs === 'report' ? (
            // No table: the report's numbered paragraphs were read as its rows.
            <span data-testid="import-read-as-report">文字报告（没有表格，按编号段落逐项读入）</span>
          ) : file.sheet ? (
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
        {
          label: '收到日期',
          children: (
            <ReceivedDatePicker
              value={decision?.receivedOn ?? null}
              onChange={(day) => onDecide((d) => withReceivedOn(d, key, day ?? undefined))}
              placeholder={
                batchReceivedOn
                  ? `同本批：${isoDateInWords(batchReceivedOn)}`
                  : file.receivedOnBefore
                    ? `同撤销前：${isoDateInWords(file.receivedOnBefore)}`
                    : '同本批：不写明'
              }
              data-testid="file-received-on"
            />
          ),
        },
      ]}
    />
  );
}

/** A joint return: recorded for the other units it names too (each an entry below it), or back to the one it is read as. */
function JointUnitsChoice({ file, decision, onDecide }: Pick<FileSourcesProps, 'file' | 'decision' | 'onDecide'>) {
  const others = file.jointUnits?.join('、');
  if (!others) return null;
  const key = file.decisionKey;
  return decision?.jointUnits ? (
    <Button type="link" size="small" data-testid="joint-units-off" onClick={() => onDecide((d) => withJointUnits(d, key, false))}>
      只记为{file.unit}的报送
    </Button>
  ) : (
    <Button type="link" size="small" data-testid="joint-units-on" onClick={() => onDecide((d) => withJointUnits(d, key, true))}>
      同时记为{others}的报送
    </Button>
  );
}
