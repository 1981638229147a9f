// The reporting period the page works on, and locking it once its figures are final.
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { Period } from '../../../../electron/shared/types';
import { api } from '../../api/client';
import { useDataVersion } from './dataVersion';

interface Props {
  planId: number;
  periods: Period[];
  period: Period | null;
  onSelect(code: string): void;
  onLockChanged(period: Period): void;
}

export function PeriodBar({ planId, periods, period, onSelect, onLockChanged }: Props) {
  const { message } = App.useApp();
  const bump = useDataVersion((s) => s.bump);
  const [busy, setBusy] = useState(false);

  async function toggleLock() {
    if (!period) return;
    setBusy(true);
    try {
      const updated = await api('periods.setLocked', { planId, period: period.code, locked: !period.locked });
      onLockChanged(updated);
      bump();
      message.success(updated.locked ? `${updated.label}已锁定` : `${updated.label}已解锁`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space size={8}>
      <Select<string>
        aria-label="选择期次"
        prefix="期次"
        value={period?.code}
        onChange={onSelect}
        style={{ width: 210 }}
        options={periods.map((p) => ({
          value: p.code,
          label: (
            <Space size={4}>
              {p.label}
              {p.locked && <LockOutlined style={{ color: '#8c8c8c' }} />}
            </Space>
          ),
        }))}
      />
      {period?.locked && (
        <Tag icon={<LockOutlined />} color="default" data-testid="period-locked">
          已锁定
        </Tag>
      )}
      {period && (
        <Popconfirm
          title={period.locked ? `解锁${period.label}？` : `锁定${period.label}？`}
          description={
            period.locked
              ? '解锁后可以再次导入报送表或修改本期进展。'
              : '锁定后本期进展不能再导入或修改，汇总以当前数据为准。'
          }
          okText={period.locked ? '解锁' : '锁定'}
          cancelText="取消"
          onConfirm={toggleLock}
        >
          <Button icon={period.locked ? <UnlockOutlined /> : <LockOutlined />} loading={busy}>
            {period.locked ? '解锁本期' : '锁定本期'}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
