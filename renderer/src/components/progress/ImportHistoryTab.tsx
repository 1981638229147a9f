// 导入记录: every file imported for the plan, its original bytes, and undo.
import { App, Button, Dropdown, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import type { ImportSummary, TableInFile } from '../../../../electron/shared/api/progress';
import { isoDateInWords, localMinute } from '../../../../electron/shared/format';
import type { Period } from '../../../../electron/shared/types';
import { api } from '../../api/client';
import { isWordFileName, saveFile } from '../../api/files';
import { useQuery } from '../../api/useQuery';
import { MiddleEllipsis } from '../MiddleEllipsis';
import { differingCharacters } from '../middleEllipsisText';
import { useDataVersion, useReloadOnChange } from './dataVersion';
import { tableLabel, useImportOtherTable } from './importHandoff';
import { periodLabel } from './periods';
import { ReceivedDatePicker } from './ReceivedDatePicker';

/** A plan's import is not undone here: where the official goes instead. */
const PLAN_IMPORT_UNDO = '计划的导入不在这里撤销：新导入的计划可在“计划台账”右上角“更多”中删除；更新过的计划可在“数据与备份”中恢复“重新导入计划前”的自动备份。';
export function ImportHistoryTab({ planId, periods }: { planId: number; periods: Period[] }) {
  const { message } = App.useApp();
  const bump = useDataVersion((s) => s.bump);
  const imports = useQuery('imports.list', { planId });
  useReloadOnChange(imports.reload);
  const differsAt = useMemo(() => differingCharacters((imports.data ?? []).map((i) => i.fileName)), [imports.data]);

  async function download(importId: number) {
    try {
      await saveFile(await api('imports.file', { importId }));
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  const importTable = useImportOtherTable();

  async function undo(item: ImportSummary) {
    try {
      await api('imports.undo', { importId: item.id });
      message.success(`已撤销第 ${item.id} 号导入`);
      bump();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  async function setReceivedOn(item: ImportSummary, receivedOn: string | null) {
    try {
      await api('imports.setReceivedOn', { importId: item.id, receivedOn });
      message.success(receivedOn ? `第 ${item.id} 号导入的收到日期已改为${isoDateInWords(receivedOn)}` : `第 ${item.id} 号导入不再写明收到日期`);
      bump();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  /** Why an import cannot be undone, or null when it can. */
  function undoBlocked(item: ImportSummary): string | null {
    if (item.kind !== 'progress') return PLAN_IMPORT_UNDO;
    if (item.outcome === 'undone') return '已撤销';
    return periodLocked(item);
  }

  function periodLocked(item: ImportSummary): string | null {
    return periods.find((p) => p.code === item.period)?.locked ? `${periodLabel(item.period, periods)}已锁定，请先解锁` : null;
  }

  return (
    <Table<ImportSummary>
      data-testid="import-history"
      rowKey="id"
      size="small"
      bordered
      loading={imports.loading}
      dataSource={imports.data ?? []}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: imports.error ?? '尚无导入记录' }}
      rowClassName={(i) => (i.outcome === 'undone' ? 'progress-row-undone' : '')}
      // At the narrowest window the columns scroll sideways rather than squeeze the file name out;
      // in a wider one the file name, which tells the imports apart, takes the room the others do not need.
      scroll={{ x: 1150 }}
      columns={[
        { title: '编号', dataIndex: 'id', width: 56, align: 'right', fixed: 'left' },
        {
          title: '文件',
          dataIndex: 'fileName',
          ellipsis: { showTitle: false },
          fixed: 'left',
          // A plan's own document is tagged; every other row is a return (no column for the kind: room for the name).
          // Cut short in the middle: two files of one zip differ at the end (“包名.zip/内部路径”); names
          // alike but for a character further in (“二季度”, “三季度”) keep that character in view too.
          render: (name: string, i) => (
            <MiddleEllipsis text={name} differsAt={differsAt.get(name)} before={i.kind === 'plan' && <Tag style={{ marginInlineEnd: 4 }}>计划</Tag>} />
          ),
        },
        { title: '单位', dataIndex: 'unit', width: 120, render: (u: string | null) => u ?? '—' },
        { title: '期次', width: 120, render: (_, i) => (i.period ? periodLabel(i.period, periods) : '—') },
        { title: '行数', dataIndex: 'rows', width: 56, align: 'right' },
        // To the minute, so that the 收到日期 beside it leaves the table one line a row at 1366 px.
        { title: '导入时间', width: 136, render: (_, i) => localMinute(i.importedAt) },
        {
          title: (
            <Tooltip title="该文件是哪天收到的。判断是否逾期报送时以它为准；没写明的，按报送表上的填报日期，表上也没写的按导入日期。点日期处可写明或更正。">
              收到日期
            </Tooltip>
          ),
          width: 104,
          render: (_, i) =>
            i.kind !== 'progress' || i.outcome !== 'imported' ? (
              '—'
            ) : (
              <Tooltip title={periodLocked(i) ?? (i.filledOn && !i.receivedOn ? `未写明收到日期，表上的填报日期为${isoDateInWords(i.filledOn)}` : undefined)}>
                <div>
                  <ReceivedDatePicker
                    value={i.receivedOn}
                    disabled={periodLocked(i) !== null}
                    onChange={(day) => setReceivedOn(i, day)}
                    inTable
                    data-testid={`received-on-${i.id}`}
                  />
                </div>
              </Tooltip>
            ),
        },
        { title: '导入人', dataIndex: 'importedBy', width: 72, ellipsis: true },
        {
          title: '状态',
          width: 110,
          render: (_, i) =>
            i.outcome === 'undone' ? (
              <Tag>已撤销</Tag>
            ) : i.tablesNotImported.length > 0 ? (
              <TablesNotImported tables={i.tablesNotImported} word={isWordFileName(i.fileName)} />
            ) : (
              <Tag color="green">已导入</Tag>
            ),
        },
        {
          title: '操作',
          width: 215,
          // Stays in view while a narrow window scrolls the table sideways.
          fixed: 'right',
          render: (_, i) => {
            const blocked = undoBlocked(i);
            return (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => download(i.id)}>
                  下载原件
                </Button>
                {i.outcome !== 'undone' && i.tablesNotImported.length > 0 && (
                  <OtherTablesMenu item={i} locked={periodLocked(i)} onChoose={(sheet) => importTable(i, sheet)} />
                )}
                {blocked ? (
                  <Tooltip title={blocked}>
                    <Typography.Text type="secondary" style={{ padding: '0 7px' }}>
                      撤销
                    </Typography.Text>
                  </Tooltip>
                ) : (
                  <Popconfirm
                    title={`撤销第 ${i.id} 号导入？`}
                    description="本次导入改动的进展将恢复为导入前的内容。"
                    okText="撤销"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => undo(i)}
                  >
                    <Button type="link" size="small" danger>
                      撤销
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            );
          },
        },
      ]}
    />
  );
}

/** The file's tables left to import, one to choose: previewed in 导入报送表. */
function OtherTablesMenu({ item, locked, onChoose }: { item: ImportSummary; locked: string | null; onChoose(sheet: string): void }) {
  const word = isWordFileName(item.fileName);
  if (locked) {
    return (
      <Tooltip title={locked}>
        <Typography.Text type="secondary" style={{ padding: '0 7px' }}>
          导入其他表
        </Typography.Text>
      </Tooltip>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: item.tablesNotImported.map((t) => ({ key: t.sheet, label: tableLabel(t, word) })),
        onClick: ({ key }) => onChoose(key),
      }}
    >
      <Button type="link" size="small" data-testid="import-other-table">
        导入其他表
      </Button>
    </Dropdown>
  );
}

/** The file's other filled tables that no import has taken yet, and how to take one. */
function TablesNotImported({ tables, word }: { tables: TableInFile[]; word: boolean }) {
  const where = word ? '表格' : '工作表';
  const named = tables.map((t) => tableLabel(t, word)).join('、');
  return (
    <Tooltip title={`已导入。文件中的${named}也填写了，尚未导入：点本行的“导入其他表”选定它，或在“导入报送表”中再次导入本文件、在预览的“${where}”一栏改选它。`}>
      <Tag color="orange" data-testid="tables-not-imported">
        另有 {tables.length} 表未导入
      </Tag>
    </Tooltip>
  );
}
