// Manual entry or correction of one unit's report on one task for the selected period.
import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { ProgressRow } from '../../../../electron/shared/api/progress';
import type { Period, ProgressStatus } from '../../../../electron/shared/types';
import { PROGRESS_TEXT_LABELS, ROLE_LABELS } from '../../../../electron/shared/types';
import { api, isStaleEdit } from '../../api/client';
import { useDataVersion } from './dataVersion';
import type { TaskUnit } from './reportingUnits';
import { STATUS_OPTIONS } from './status';

interface Props {
  planId: number;
  taskId: number;
  period: Period;
  units: TaskUnit[];
  /** Every stored report on the task, to prefill the form with the current one. */
  records: ProgressRow[];
  unitId: number | null;
  onUnitChange(unitId: number): void;
}

interface Values {
  status: ProgressStatus | null;
  progress: string;
  problems: string;
  nextSteps: string;
  remarks: string;
}

const EMPTY: Values = { status: null, progress: '', problems: '', nextSteps: '', remarks: '' };

export function ProgressEntryForm({ planId, taskId, period, units, records, unitId, onUnitChange }: Props) {
  const { message } = App.useApp();
  const bump = useDataVersion((s) => s.bump);
  const [saving, setSaving] = useState(false);
  const existing = records.find((r) => r.unitId === unitId && r.period === period.code);

  async function save(values: Values) {
    if (unitId === null) return;
    setSaving(true);
    try {
      // What another window or program (an import) wrote meanwhile is kept, or, where it was changed here too, refused.
      const shown = existing ?? EMPTY;
      await api('progress.save', {
        planId,
        period: period.code,
        taskId,
        unitId,
        ...values,
        status: values.status ?? null,
        shown: { status: shown.status, progress: shown.progress, problems: shown.problems, nextSteps: shown.nextSteps, remarks: shown.remarks },
      });
      message.success('进展已保存');
      bump();
    } catch (e) {
      message.error((e as Error).message, isStaleEdit(e) ? 8 : undefined);
      // Read the records again: the form then shows the report as it now is.
      if (isStaleEdit(e)) bump();
    } finally {
      setSaving(false);
    }
  }

  if (period.locked) {
    return (
      <Alert
        type="warning"
        showIcon
        icon={<LockOutlined />}
        title={`${period.label}已锁定，不能录入或修改。需要更正时，请先在页面上方解锁本期。`}
      />
    );
  }

  return (
    <Form<Values>
      // Remount per unit and stored record so the fields show that unit's current report.
      key={`${unitId}-${existing?.updatedAt ?? 'new'}`}
      layout="vertical"
      initialValues={existing ?? EMPTY}
      onFinish={save}
      data-testid="progress-entry-form"
      className="progress-entry-form"
    >
      <div className="progress-form-line">
        <Form.Item label="单位" style={{ flex: 1 }} required>
          <Select<number>
            aria-label="录入单位"
            placeholder="选择单位"
            value={unitId ?? undefined}
            onChange={onUnitChange}
            options={units.map((u) => ({ value: u.unitId, label: `${u.name}（${ROLE_LABELS[u.role]}）` }))}
          />
        </Form.Item>
        <Form.Item label="完成状态" name="status" style={{ width: 140 }}>
          <Select<ProgressStatus> allowClear placeholder="未填写" options={STATUS_OPTIONS} aria-label="完成状态" />
        </Form.Item>
      </div>
      <Form.Item label={PROGRESS_TEXT_LABELS.progress} name="progress" rules={[{ required: true, whitespace: true, message: '请填写进展情况' }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <div className="progress-form-line">
        <Form.Item label={PROGRESS_TEXT_LABELS.problems} name="problems" style={{ flex: 1 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={PROGRESS_TEXT_LABELS.nextSteps} name="nextSteps" style={{ flex: 1 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </div>
      <div className="progress-form-line" style={{ alignItems: 'flex-end' }}>
        <Form.Item label={PROGRESS_TEXT_LABELS.remarks} name="remarks" style={{ flex: 1 }}>
          <Input />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} disabled={unitId === null}>
            {existing ? '保存修改' : '保存录入'}
          </Button>
        </Form.Item>
      </div>
    </Form>
  );
}
