import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Space, Switch, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { PlanImportResult } from '../../../../electron/shared/api/plans';
import type { ParsedPlan } from '../../../../electron/shared/types';
import { api } from '../../api/client';
import { useElementSize } from '../useElementSize';
import type { PendingImport } from './ImportSourceModal';
import { unitNamesOf } from './ledgerFilter';
import { PreviewTable, type PreviewEdit, type PreviewItem } from './PreviewTable';
import { sectionLabel } from '../../../../electron/shared/sections';
import { withSectionRows } from './sectionRows';
import { SimilarPlanChoice, type SaveMode } from './SimilarPlanChoice';

interface Props {
  pending: PendingImport;
  onCancel(): void;
  onSaved(result: PlanImportResult): void;
}

/** Step two of 导入计划: check and correct the parsed ledger, then store it. */
export function ImportPreview({ pending, onCancel, onSaved }: Props) {
  const { message, modal } = App.useApp();
  const { parsed, original } = pending;
  const [plan, setPlan] = useState<ParsedPlan>(parsed.plan);
  const [onlyWarned, setOnlyWarned] = useState(false);
  const [mode, setMode] = useState<SaveMode>('update');
  const [saving, setSaving] = useState(false);
  const [boxRef, size] = useElementSize();

  const onEdit = useCallback((index: number, edit: PreviewEdit) => {
    setPlan((p) => ({
      ...p,
      // A corrected 完成时限 is read into a date again when the plan is stored.
      tasks: p.tasks.map((t, i) => (i === index ? { ...t, ...edit } : t)),
    }));
  }, []);

  const warned = plan.tasks.filter((t) => t.warnings.length > 0).length;
  const unitOptions = useMemo(() => unitNamesOf(plan.tasks), [plan.tasks]);
  const rows = useMemo(() => {
    const items: PreviewItem[] = plan.tasks.map((task, index) => ({ task, index })).filter((it) => !onlyWarned || it.task.warnings.length > 0);
    return withSectionRows(
      items,
      ({ task }) => {
        const s = task.sectionIndex !== null ? plan.sections[task.sectionIndex] : undefined;
        return s ? { key: String(task.sectionIndex), label: sectionLabel(s) } : null;
      },
      ({ index }) => `task:${index}`,
    );
  }, [plan, onlyWarned]);

  const store = async () => {
    const replacePlanId = parsed.similarPlanId !== null && mode === 'update' ? parsed.similarPlanId : undefined;
    const input = { plan: { ...plan, title: plan.title.trim() }, original, replacePlanId };
    if (replacePlanId !== undefined) {
      const dry = await api('plans.import', { ...input, dryRun: true });
      if (dry.tasksRemoved > 0) {
        const go = await modal.confirm({
          title: `更新后将删除 ${dry.tasksRemoved} 项任务`,
          content: `新文件中已没有这些任务，它们和已填报的进展记录将一并删除。另有新增 ${dry.tasksAdded} 项、更新 ${dry.tasksUpdated} 项。确定更新吗？`,
          okText: '确定更新',
          okButtonProps: { danger: true },
        });
        if (!go) return;
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
          <Input aria-label="计划标题" value={plan.title} onChange={(e) => setPlan({ ...plan, title: e.target.value })} />
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
        {parsed.similarPlanId !== null && <SimilarPlanChoice planId={parsed.similarPlanId} value={mode} onChange={setMode} />}
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
