// 计划设置: the plan's title, reporting cycle and description, as plans.update changes them.
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { PERIOD_KIND_LABELS, type PeriodKind, type PlanSummary } from '../../../../electron/shared/types';
import { yearSpan } from '../../../../electron/shared/format';
import { api } from '../../api/client';

const CYCLES = Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => ({ value: value as PeriodKind, label }));

interface Values {
  title: string;
  periodKind: PeriodKind;
  description: string;
}

interface Props {
  plan: PlanSummary;
  onClose(): void;
  /** After a save, with the plan as stored. */
  onSaved(plan: PlanSummary): void;
}

export function PlanSettingsModal({ plan, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const periodKind = Form.useWatch('periodKind', form) ?? plan.periodKind;

  async function save() {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const saved = await api('plans.update', {
        planId: plan.id,
        title: values.title.trim(),
        periodKind: values.periodKind,
        description: values.description,
      });
      message.success('计划设置已保存');
      onSaved(saved);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title="计划设置"
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '84px' }}
        colon={false}
        initialValues={{ title: plan.title, periodKind: plan.periodKind, description: plan.description }}
      >
        <Form.Item
          label="计划名称"
          name="title"
          rules={[{ required: true, whitespace: true, message: '请填写计划名称' }]}
          extra={`名称写明年份（如“2024年工作要点”）时，按它定计划年度和报送期次；现为${yearSpan(plan) ?? '未定'}。`}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label="报送周期" name="periodKind" extra="各单位多久报送一次推进情况：进展填报和汇总按此列出期次。">
          <Radio.Group options={CYCLES} optionType="button" />
        </Form.Item>
        {periodKind !== plan.periodKind && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`改为${PERIOD_KIND_LABELS[periodKind]}报送后，期次按新的周期列出；已经${PERIOD_KIND_LABELS[plan.periodKind]}填报的进展照样保存，改回原来的周期即可再看到。`}
          />
        )}
        <Form.Item label="说明" name="description">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
