import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { saveFile } from '../../api/files';

/** 导出台账: the plan's 任务分工台账 as .xlsx, saved where the user chooses. */
export function ExportLedgerButton({ planId }: { planId: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const saved = await saveFile(await api('plans.exportLedger', { planId }));
      if (saved) message.success(`已导出：${saved}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      导出台账
    </Button>
  );
}
