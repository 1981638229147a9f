// 计划设置: the plan's title, reporting cycle, 报送时限 and 联系人, and description, as plans.update changes them.
import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { PERIOD_KIND_LABELS, type Period, type PeriodKind, type PlanSummary } from '../../../../electron/shared/types';
import { isoDateInWords, yearSpan } from '../../../../electron/shared/format';
import { parsePeriod, periodCodeOf, reportDueDate } from '../../../../electron/shared/periods';
import { api, isStaleEdit } from '../../api/client';
import { useQuery } from '../../api/useQuery';

const CYCLES = Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => ({ value: value as PeriodKind, label }));

type DueMode = 'none' | 'after' | 'before' | 'lastDay' | 'dayOfMonth';

interface Values {
  title: string;
  periodKind: PeriodKind;
  dueMode: DueMode;
  dueDays: number;
  /** With 'dayOfMonth': the day of each period's last month (每月25日前). */
  dueDay: number;
  reportContact: string;
  description: string;
}

/** The choices of 报送时限; a day of the month is named by the cycle ("每月25日前", "每季度末月25日前"). */
const dueModes = (kind: PeriodKind): { value: DueMode; label: string }[] => [
  { value: 'none', label: '不设' },
  { value: 'dayOfMonth', label: DAY_OF_MONTH_LABELS[kind] },
  { value: 'after', label: '每期结束后' },
  { value: 'before', label: '每期结束前' },
  { value: 'lastDay', label: '每期最后一天' },
];
const DAY_OF_MONTH_LABELS: Record<PeriodKind, string> = { month: '每月', quarter: '每季度末月', half: '每半年末月' };

type Due = Pick<Values, 'dueMode' | 'dueDays' | 'dueDay'>;

/**
 * The stored days (−5, 10, 0, null) as the form shows them, and back. 0 is stored without a direction,
 * so it shows as what it is, 每期最后一天, however it was chosen (结束前 0 天 reopened as 结束后 0 天).
 */
const dueForm = ({ reportDueDays: days, reportDueDay: day }: Pick<PlanSummary, 'reportDueDays' | 'reportDueDay'>): Due => {
  const defaults = { dueDays: 10, dueDay: day ?? 25 };
  if (day !== null) return { dueMode: 'dayOfMonth', ...defaults };
  if (days === null) return { dueMode: 'none', ...defaults };
  return days === 0 ? { dueMode: 'lastDay', ...defaults } : { dueMode: days < 0 ? 'before' : 'after', ...defaults, dueDays: Math.abs(days) };
};
const dueDaysOf = ({ dueMode, dueDays }: Due): number | null =>
  dueMode === 'none' || dueMode === 'dayOfMonth' ? null : dueMode === 'lastDay' ? 0 : dueMode === 'before' ? -dueDays : dueDays;
const dueDayOf = ({ dueMode, dueDay }: Due): number | null => (dueMode === 'dayOfMonth' ? dueDay : null);

/**
 * "例如：2023年第一季度的报送时限为2023年4月10日", for the plan's first periods of the kind chosen: two of
 * them, so a day of the month shows it holds in a short month too ("2024年1月…1月25日，2月…2月25日").
 */
function dueExample(plan: PlanSummary, kind: PeriodKind, due: Due): string | null {
  const [days, day] = [dueDaysOf(due), dueDayOf(due)];
  if (days === null && day === null) return null;
  const year = plan.startYear ?? new Date().getFullYear();
  const said = [1, 2].map((index) => {
    const code = periodCodeOf(kind, year, index);
    return `${parsePeriod(code)!.label}的报送时限为${isoDateInWords(reportDueDate(code, days, day)!)}`;
  });
  return `例如：${said.join('，')}。`;
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
  /** The save was refused: the settings were changed meanwhile, the form shows them as they were. */
  onStale(): void;
}

export function PlanSettingsModal({ plan, onClose, onSaved, onStale }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const periodKind = Form.useWatch('periodKind', form) ?? plan.periodKind;
  const stored = dueForm(plan);
  const dueMode = Form.useWatch('dueMode', form) ?? stored.dueMode;
  const dueDays = Form.useWatch('dueDays', form) ?? stored.dueDays;
  const dueDay = Form.useWatch('dueDay', form) ?? stored.dueDay;
  const example = dueExample(plan, periodKind, { dueMode, dueDays: dueDays ?? 0, dueDay: dueDay ?? 1 });
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
        reportDueDay: dueDayOf(values),
        reportContact: values.reportContact.trim(),
        description: values.description,
        // What another window or program changed meanwhile is kept, or, where it was changed here too, refused.
        shown: {
          title: plan.title,
          description: plan.description,
          periodKind: plan.periodKind,
          reportDueDays: plan.reportDueDays,
          reportDueDay: plan.reportDueDay,
          reportContact: plan.reportContact,
        },
      });
      message.success('计划设置已保存');
      onSaved(saved);
    } catch (e) {
      message.error((e as Error).message, isStaleEdit(e) ? 8 : undefined);
      if (isStaleEdit(e)) onStale();
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
          ...stored,
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
          {/* Enter in a one-line box saves, as in the other dialogs; the name has the focus as the dialog opens. */}
          <Input maxLength={500} autoFocus onPressEnter={() => !saving && void save()} />
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
              <Select aria-label="报送时限" options={dueModes(periodKind)} style={{ width: 120 }} />
            </Form.Item>
            {dueMode === 'dayOfMonth' && (
              <>
                <Form.Item name="dueDay" noStyle rules={[{ required: true, message: '请填写日子' }]}>
                  <InputNumber aria-label="日" min={1} max={31} precision={0} style={{ width: 80 }} />
                </Form.Item>
                <span>日前</span>
              </>
            )}
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
        <Form.Item label="报送联系人" name="reportContact" extra="写在下发的填报表上，如“督查室 张三 12345678”。">
          <Input maxLength={200} placeholder="处室、联系人、电话、邮箱" onPressEnter={() => !saving && void save()} />
        </Form.Item>
        <Form.Item label="说明" name="description">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
