// 导入报送表: drop the returned spreadsheets, review the whole batch, then commit it.
import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Spin, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ImportedFile, ProgressImportResult } from '../../../../electron/shared/api/progress';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import type { Period, Task } from '../../../../electron/shared/types';
import { ImportBatchList } from './ImportBatchList';
import { ImportBatchSummary } from './ImportBatchSummary';
import {
  batchCounts,
  countsTables,
  fileEntries,
  decisionOf,
  entriesLabel,
  entryKey,
  earlierOfOwner,
  pendingRows,
  waitsForChoice,
  withSheet,
  type BatchCounts,
  type ImportDecisions,
} from './importDecisions';
import { ImportDoneAlert } from './ImportDoneAlert';
import { ImportDropZone } from './ImportDropZone';
import { ImportFilePanel } from './ImportFilePanel';
import { ReceivedDatePicker } from './ReceivedDatePicker';
import { useImportHandoff } from './importHandoff';
import { useImportBatch } from './useImportBatch';

interface Props {
  planId: number;
  period: Period;
  periods: Period[];
  units: UnitWithStats[];
  tasks: Task[];
  onShowLedger(): void;
}

/** Why the batch cannot be committed yet, or null when it can. */
function commitBlocker(counts: BatchCounts, previewing: boolean): string | null {
  if (counts.unitConflicts > 0) return `还有 ${counts.unitConflicts} 个文件的报送单位待确认`;
  if (counts.periodConflicts > 0) return `还有 ${counts.periodConflicts} 个文件的期次待确认`;
  if (counts.importable === 0) return '没有可导入的文件';
  if (counts.pending > 0) return `还有 ${counts.pending} 行低置信度匹配未确认`;
  if (previewing) return '正在重新识别';
  return null;
}

/** The file to open first: one that needs the official's attention, else the first. */
function firstToReview(files: ImportedFile[], decisions: ImportDecisions): ImportedFile | undefined {
  return (
    files.find(waitsForChoice) ??
    files.find((f) => f.status !== 'rejected' && pendingRows(f, decisionOf(decisions, f)).length > 0) ??
    files.find((f) => f.status === 'rejected') ??
    files[0]
  );
}

export function ImportTab({ planId, period, periods, units, tasks, onShowLedger }: Props) {
  const { message } = App.useApp();
  const batch = useImportBatch(planId, period.code);
  const [selected, setSelected] = useState<string | null>(null);
  const [done, setDone] = useState<ProgressImportResult | null>(null);
  // Stated once for the batch: returns that came in together are usually imported together.
  const { receivedOn, setReceivedOn } = batch;

  // Another table of an imported file, sent from 导入记录: into the batch with that table chosen.
  const { addFiles, decide } = batch;
  useEffect(() => {
    const receive = () => {
      const handed = useImportHandoff.getState().take();
      if (!handed) return;
      setDone(null);
      addFiles([handed.file]);
      decide((d) => withSheet(d, handed.sha256, handed.sheet));
      setSelected(entryKey({ file: handed.file.name, decisionKey: handed.sha256 }));
    };
    queueMicrotask(receive); // handed over before this tab was first shown
    return useImportHandoff.subscribe(receive);
  }, [addFiles, decide]);

  const files = batch.result ?? [];
  const counts = batchCounts(files, batch.decisions);
  const shown = files.find((f) => entryKey(f) === selected) ?? firstToReview(files, batch.decisions);

  async function commit() {
    try {
      const result = await batch.commit();
      const imported = fileEntries(result.files).filter((f) => f.status === 'imported' && !f.skipped);
      setDone(result);
      setSelected(null);
      message.success(`已导入 ${entriesLabel(imported.length, countsTables(result.files))}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  const blocked = commitBlocker(counts, batch.previewing);
  const inTables = countsTables(files);

  return (
    <div data-testid="import-tab">
      {period.locked && (
        <Alert
          type="warning"
          showIcon
          icon={<LockOutlined />}
          style={{ marginBottom: 12 }}
          title={`${period.label}已锁定，不能导入报送表。如需补报或更正，请先点“解锁本期”。`}
        />
      )}
      <ImportDropZone
        compact={batch.files.length > 0}
        disabled={period.locked || batch.committing}
        onFiles={(added) => {
          setDone(null);
          batch.addFiles(added);
        }}
      />
      <div className="import-hints">
        <Typography.Text type="secondary">
          文件中未注明期次的，按{period.label}导入；单位、期次识别有误时可在下方逐个文件更正。
        </Typography.Text>
        <Tooltip title="判断是否逾期报送时，以这里写明的收到日期为准；不写明的，按报送表上的填报日期，表上也没写的按导入日期。导入后可在“导入记录”中更正。">
          <Space size={6}>
            <Typography.Text type="secondary">收到日期</Typography.Text>
            <ReceivedDatePicker value={receivedOn} onChange={setReceivedOn} placeholder="不写明" data-testid="import-received-on" />
          </Space>
        </Tooltip>
      </div>

      {done && <ImportDoneAlert planId={planId} result={done} period={period.code} periods={periods} onShowLedger={onShowLedger} />}
      {batch.error && <Alert type="error" showIcon title={batch.error} style={{ marginBottom: 12 }} />}
      {batch.files.length > 0 && !batch.result && !batch.error && (
        <div style={{ padding: 24, textAlign: 'center' }}>
          <Spin size="small" /> 正在识别 {batch.files.length} 个文件…
        </div>
      )}

      {batch.result && (
        <Card
          size="small"
          data-testid="import-preview"
          title={
            <Space size={12}>
              <span>导入预览</span>
              {batch.previewing && <Spin size="small" />}
            </Space>
          }
          extra={
            <Space>
              {/* Why the button is off, in view: a hover is easy to miss. */}
              {blocked && !batch.previewing && (
                <Typography.Text type="warning" data-testid="import-blocked">
                  {blocked}
                </Typography.Text>
              )}
              <Button onClick={batch.clear} disabled={batch.committing}>
                清空
              </Button>
              <Tooltip title={blocked}>
                <Button
                  type="primary"
                  disabled={blocked !== null || period.locked}
                  loading={batch.committing}
                  onClick={commit}
                >
                  确认导入（{entriesLabel(counts.importable, inTables)}）
                </Button>
              </Tooltip>
            </Space>
          }
        >
          <ImportBatchSummary files={files} counts={counts} period={period.code} periods={periods} />
          <ImportBatchList
            files={files}
            decisions={batch.decisions}
            periods={periods}
            chosenPeriod={period.code}
            selected={shown ? entryKey(shown) : null}
            onSelect={setSelected}
            onRemove={batch.removeFile}
          />
          {shown && (
            <div style={{ marginTop: 12 }}>
              <ImportFilePanel
                key={entryKey(shown)}
                planId={planId}
                file={shown}
                earlierOfOwner={earlierOfOwner(files, shown)}
                decisions={batch.decisions}
                batchReceivedOn={receivedOn}
                periods={periods}
                units={units}
                tasks={tasks}
                onDecide={(update) => {
                  // Stay on this file even when deciding makes another one the first to review.
                  setSelected(entryKey(shown));
                  batch.decide(update);
                }}
              />
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
