// 计划设置: the plan's title, reporting cycle, 报送时限 and 联系人, and description, as plans.update changes them.
import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { PERIOD_KIND_LABELS, type Period, type PeriodKind, type PlanSummary } from '../../../../electron/shared/types';
import { isoDateInWords, yearSpan } from '../../../../electron/shared/format';
import { parsePeriod, periodCodeOf, reportDueDate } from '../../../../electron/shared/periods';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';

const CYCLES = Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => ({ value: value as PeriodKind, label }));

type DueMode = 'none' | 'after' | 'before' | 'lastDay';

interface Values {
  title: string;
  periodKind: PeriodKind;
  dueMode: DueMode;
  dueDays: number;
  reportContact: string;
  description: string;
}

const DUE_MODES: { value: DueMode; label: string }[] = [
  { value: 'none', label: '不设' },
  { value: 'after', label: '每期结束后' },
  { value: 'before', label: '每期结束前' },
  { value: 'lastDay', label: '每期最后一天' },
];

/**
 * The stored days (−5, 10, 0, null) as the form shows them, and back. 0 is stored without a direction,
 * so it shows as what it is, 每期最后一天, however it was chosen (结束前 0 天 reopened as 结束后 0 天).
 */
const dueForm = (days: number | null): Pick<Values, 'dueMode' | 'dueDays'> =>
  days === null ? { dueMode: 'none', dueDays: 10 } : days === 0 ? { dueMode: 'lastDay', dueDays: 10 } : { dueMode: days < 0 ? 'before' : 'after', dueDays: Math.abs(days) };
const dueDaysOf = ({ dueMode, dueDays }: Pick<Values, 'dueMode' | 'dueDays'>): number | null =>
  dueMode === 'none' ? null : dueMode === 'lastDay' ? 0 : dueMode === 'before' ? -dueDays : dueDays;

/** "2023年第一季度的报送时限为2023年4月10日", for the plan's first period of the kind chosen. */
function dueExample(plan: PlanSummary, kind: PeriodKind, days: number | null): string | null {
  if (days === null) return null;
  const code = periodCodeOf(kind, plan.startYear ?? new Date().getFullYear(), 1);
  const due = reportDueDate(code, days);
  return due && `例如：${parsePeriod(code)!.label}的报送时限为${isoDateInWords(due)}。`;
}

/** "2023年第一季度、2023年第二季度等5期": the periods already reported on, named so the official sees what a switch hides. */
function periodsNamed(periods: readonly Period[]): string {
  const shown = periods.slice(0, 3).map((p) => p.label).join('、');
  return periods.length > 3 ? `${shown}等${periods.length}期` : shown;
}

/** What switching the reporting cycle does to the periods already reported on in the current one. */
function cycleSwitchNote(plan: PlanSummary, kind: PeriodKind, reported: readonly Period[]): string {
  const [from, to] = [PERIOD_KIND_LABELS[plan.periodKind], PERIOD_KIND_LABELS[kind]];
  if (!reported.length) return `改为${to}报送后，期次按新的周期列出；目前还没有${from}填报的进展。`;
  return `改为${to}报送后，期次按新的周期列出。已${from}填报的${periodsNamed(reported)}的进展照样保存，但不在新的期次中列出，改回${from}报送即可再看到。`;
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
  const dueMode = Form.useWatch('dueMode', form) ?? dueForm(plan.reportDueDays).dueMode;
  const dueDays = Form.useWatch('dueDays', form) ?? dueForm(plan.reportDueDays).dueDays;
  const example = dueExample(plan, periodKind, dueDaysOf({ dueMode, dueDays: dueDays ?? 0 }));
  // The periods of the current cycle with reports: a switch leaves them out of the lists.
  const periods = useQuery('periods.list', { planId: plan.id });
  const reported = (periods.data ?? []).filter((p) => p.reported);

  async function save() {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const saved = await api('plans.update', {
        planId: plan.id,
        title: values.title.trim(),
        periodKind: values.periodKind,
        reportDueDays: dueDaysOf(values),
        reportContact: values.reportContact.trim(),
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
        initialValues={{
          title: plan.title,
          periodKind: plan.periodKind,
          ...dueForm(plan.reportDueDays),
          reportContact: plan.reportContact,
          description: plan.description,
        }}
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
          <Alert type={reported.length ? 'warning' : 'info'} showIcon style={{ marginBottom: 16 }} title={cycleSwitchNote(plan, periodKind, reported)} />
        )}
        <Form.Item
          label="报送时限"
          extra={example ?? '设定后，填报表写明报送时限，报送台账标出逾期未报、逾期报送的单位，催报通知写明时限。'}
        >
          <Space>
            <Form.Item name="dueMode" noStyle>
              <Select aria-label="报送时限" options={DUE_MODES} style={{ width: 120 }} />
            </Form.Item>
            {(dueMode === 'after' || dueMode === 'before') && (
              <>
                <Form.Item name="dueDays" noStyle rules={[{ required: true, message: '请填写天数' }]}>
                  <InputNumber aria-label="天数" min={0} max={60} precision={0} style={{ width: 80 }} />
                </Form.Item>
                <span>天</span>
              </>
            )}
          </Space>
        </Form.Item>
        <Form.Item label="报送联系人" name="reportContact" extra="写在下发的填报表上，如“省知识产权局办公室 张三 0351-1234567”。">
          <Input maxLength={200} placeholder="处室、联系人、电话、邮箱" />
        </Form.Item>
        <Form.Item label="说明" name="description">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
