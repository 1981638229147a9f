import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Space, Switch, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { PlanImportResult } from '../../../../electron/shared/api/plans';
import { withoutStaleWarnings } from '../../../../electron/shared/taskWarnings';
import type { ParsedTask } from '../../../../electron/shared/types';
import { planUnitNames } from '../../../../electron/shared/unitOrder';
import { api } from '../../api/client';
import { useElementSize } from '../useElementSize';
import type { PendingImport } from './ImportSourceModal';
import { PreviewTable, type PreviewEdit, type PreviewItem } from './PreviewTable';
import { removedTaskLine } from '../../../../electron/shared/sections';
import { sectionHeads, withSectionRows } from './sectionRows';
import { usePlanImportDraft } from './planImportDraft';
import { SimilarPlanChoice } from './SimilarPlanChoice';
import { destructive } from '../destructive';

interface Props {
  pending: PendingImport;
  onCancel(): void;
  onSaved(result: PlanImportResult): void;
}

const withEdit = (task: ParsedTask, edit: PreviewEdit): ParsedTask => {
  const edited = { ...task, ...edit };
  return edit.deadlineText === undefined && edit.units === undefined ? edited : { ...edited, warnings: withoutStaleWarnings(edited) };
};

/** Step two of 导入计划: check and correct the parsed ledger, then store it. */
export function ImportPreview({ pending, onCancel, onSaved }: Props) {
  const { message, modal } = App.useApp();
  const { parsed, original } = pending;
  // Kept outside the page: a look at another page and back finds the corrections as they were.
  const plan = usePlanImportDraft((s) => s.plan) ?? parsed.plan;
  const setPlan = usePlanImportDraft((s) => s.edit);
  const mode = usePlanImportDraft((s) => s.mode);
  const setMode = usePlanImportDraft((s) => s.setMode);
  const [onlyWarned, setOnlyWarned] = useState(false);
  const [saving, setSaving] = useState(false);
  const [boxRef, size] = useElementSize();

  const onEdit = useCallback(
    (index: number, edit: PreviewEdit) =>
      setPlan((p) => ({
        ...p,
        // A corrected 完成时限 is read into a date again when the plan is stored; the warnings about
        // the text or the units it replaced go now.
        tasks: p.tasks.map((t, i) => (i === index ? withEdit(t, edit) : t)),
      })),
    [setPlan],
  );

  const warned = plan.tasks.filter((t) => t.warnings.length > 0).length;
  const unitOptions = useMemo(() => planUnitNames(plan.tasks), [plan.tasks]);
  const heads = useMemo(() => sectionHeads(plan.sections), [plan.sections]);
  const rows = useMemo(() => {
    const items: PreviewItem[] = plan.tasks.map((task, index) => ({ task, index })).filter((it) => !onlyWarned || it.task.warnings.length > 0);
    return withSectionRows(
      items,
      ({ task }) => (task.sectionIndex !== null ? (heads[task.sectionIndex] ?? []) : []),
      ({ index }) => `task:${index}`,
    );
  }, [plan.tasks, heads, onlyWarned]);

  const store = async () => {
    const replacePlanId = parsed.similarPlanId !== null && mode === 'update' ? parsed.similarPlanId : undefined;
    const input = { plan: { ...plan, title: plan.title.trim() }, original, replacePlanId, allowDuplicate: false, allowUnrelated: false };
    // The same file as a second plan splits the bureaus' returns between two ledgers: only when asked for.
    if (replacePlanId === undefined && parsed.sameFilePlan) {
      const { planId, title } = parsed.sameFilePlan;
      const go = await modal.confirm({
        title: '这份文件已经导入过',
        width: 520,
        content: `它已导入为计划 ${planId}《${title}》。另存为新计划后，两份计划各自下发填报表、各自收取填报，互不相通。确定另存为新计划吗？`,
        okText: '另存为新计划',
      });
      if (!go) return;
      input.allowDuplicate = true;
    }
    if (replacePlanId !== undefined) {
      const dry = await api('plans.import', { ...input, dryRun: true });
      if (dry.tasksRemoved > 0) {
        const go = await modal.confirm(
          destructive({
            title: `更新后将删除 ${dry.tasksRemoved} 项任务`,
            width: 560,
            content: <RemovedTasks result={dry} />,
            okText: '确定更新',
          }),
        );
        if (!go) return;
        input.allowUnrelated = dry.unrelated !== null; // confirmed with the warning in view
      }
    }
    onSaved(await api('plans.import', input));
  };

  const save = async () => {
    if (!plan.title.trim()) return void message.error('请填写计划标题');
    const blank = plan.tasks.find((t) => !t.seq.trim() || !t.content.trim());
    if (blank) return void message.error(`第 ${blank.seq || '?'} 项任务的序号或内容为空，请补全`);
    setSaving(true);
    try {
      await store();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page-fill">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Space size={12}>
          <h2 className="page-title" style={{ margin: 0 }}>
            导入预览
          </h2>
          <Tag>{parsed.sourceName}</Tag>
          <Typography.Text type="secondary">
            {plan.sections.length} 个部分，{plan.tasks.length} 项任务{warned > 0 && `，${warned} 项需核对`}
          </Typography.Text>
        </Space>
        <Space>
          <Button onClick={onCancel}>放弃导入</Button>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
            保存
          </Button>
        </Space>
      </Flex>
      <Flex vertical gap={8} style={{ marginBottom: 8 }}>
        <Space.Compact block>
          <Space.Addon>计划标题</Space.Addon>
          <Input aria-label="计划标题" value={plan.title} onChange={(e) => setPlan((p) => ({ ...p, title: e.target.value }))} />
        </Space.Compact>
        {plan.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title="解析提示"
            description={
              <ul className="plan-warnings">
                {plan.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            }
          />
        )}
        {parsed.similarPlanId !== null && (
          <SimilarPlanChoice planId={parsed.similarPlanId} sameFile={parsed.sameFilePlan !== null} value={mode} onChange={setMode} />
        )}
        <Space size={16}>
          <Typography.Text type="secondary">单击单元格即可修改；单位之间用“、”分隔；改过的单元格以黄色标出。</Typography.Text>
          <Space size={4}>
            <Switch size="small" checked={onlyWarned} onChange={setOnlyWarned} aria-label="只看需核对的任务" />
            只看需核对的任务
          </Space>
        </Space>
      </Flex>
      <div ref={boxRef} className="page-fill-rest">
        {/* Row heights depend on the column widths: size the rows once the box is measured, not twice. */}
        {size.width > 0 && (
          <PreviewTable rows={rows} original={parsed.plan} width={size.width} height={size.height} unitOptions={unitOptions} onEdit={onEdit} />
        )}
      </div>
    </div>
  );
}

/** Listed before an update removes tasks: which, and how much progress goes with them. */
function RemovedTasks({ result }: { result: PlanImportResult }) {
  const shown = result.removedTasks.slice(0, MAX_REMOVED_SHOWN);
  return (
    <div data-testid="removed-tasks">
      {result.unrelated && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={`《${result.unrelated.newTitle}》看来与《${result.unrelated.oldTitle}》不是同一份计划`}
          description={`原有 ${result.unrelated.oldTasks} 项任务，新文件里只找到 ${result.unrelated.keptTasks} 项；更新将删除 ${result.unrelated.progressRecords} 条已填报的进展记录。如果选错了计划，请取消，改为“作为新计划保存”。`}
        />
      )}
      <Typography.Paragraph>新文件中已没有以下任务，它们和已填报的进展记录将一并删除：</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20, margin: '0 0 8px' }}>
        {shown.map((t) => (
          <li key={t.seq + t.content}>{removedTaskLine(t)}</li>
        ))}
        {result.removedTasks.length > shown.length && <li>……另有 {result.removedTasks.length - shown.length} 项</li>}
      </ul>
      <Typography.Paragraph>
        另有新增 {result.tasksAdded} 项、更新 {result.tasksUpdated} 项。文字改动很大的任务会被当作删除一项、新增一项：如果上面有这样的任务，请取消，先在台账里把它的内容改成新的文字，再更新计划，进展记录就会保留。确定更新吗？
      </Typography.Paragraph>
    </div>
  );
}

const MAX_REMOVED_SHOWN = 10;
