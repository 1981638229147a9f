import { DeleteOutlined, DownOutlined, SettingOutlined, StarOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { PlanSummary } from '../../../../electron/shared/types';
import { api } from '../../api/client';
import { usePlans } from '../usePlans';
import { PlanSettingsModal } from './PlanSettingsModal';
import { destructive } from '../destructive';

/** 更多 menu of the shown plan: its settings (name, reporting cycle), make it the default plan, delete it. */
export function PlanActions({ plan }: { plan: PlanSummary }) {
  const { message, modal } = App.useApp();
  const reloadPlans = usePlans((s) => s.reload);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      message.success(done);
      await reloadPlans();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const remove = () =>
    modal.confirm(
      destructive({
        title: `删除计划“${plan.title}”？`,
        content: `将删除该计划的 ${plan.taskCount} 项任务以及各单位已填报的全部进展记录。删除前程序会自动备份数据库，需要时可在“数据与备份”中恢复。`,
        okText: '删除',
        onOk: () => run(() => api('plans.delete', { planId: plan.id }), '已删除计划'),
      }),
    );

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'settings', icon: <SettingOutlined />, label: '计划设置…' },
            { key: 'current', icon: <StarOutlined />, label: plan.isCurrent ? '已是默认计划' : '设为默认计划', disabled: plan.isCurrent },
            { type: 'divider' },
            { key: 'delete', icon: <DeleteOutlined />, label: '删除计划…', danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'settings') setEditing(true);
            if (key === 'current') void run(() => api('plans.update', { planId: plan.id, isCurrent: true }), '已设为默认计划');
            if (key === 'delete') remove();
          },
        }}
      >
        <Button loading={busy}>
          更多 <DownOutlined />
        </Button>
      </Dropdown>
      {editing && (
        <PlanSettingsModal
          plan={plan}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void reloadPlans();
          }}
          onStale={() => {
            setEditing(false);
            void reloadPlans();
          }}
        />
      )}
    </>
  );
}
