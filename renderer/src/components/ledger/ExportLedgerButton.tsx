import { DownOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { saveFile } from '../../api/files';

type LedgerFormat = 'xlsx' | 'docx';

/** 导出台账: the plan's 任务分工台账 as .xlsx, or the 任务分工表 as .docx, saved where the user chooses. */
export function ExportLedgerButton({ planId }: { planId: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (format: LedgerFormat) => {
    setBusy(true);
    try {
      const saved = await saveFile(await api('plans.exportLedger', { planId, format }));
      if (saved) message.success(`已导出：${saved}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', icon: <FileExcelOutlined />, label: 'Excel 台账（.xlsx）' },
          { key: 'docx', icon: <FileWordOutlined />, label: 'Word 分工表（.docx）' },
        ],
        onClick: ({ key }) => void run(key as LedgerFormat),
      }}
    >
      <Button loading={busy}>
        导出台账 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
