import { DownOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { api } from '../../api/client';
import { useFileExport } from '../../api/useFileExport';

type LedgerFormat = 'xlsx' | 'docx';

/** 导出台账: the plan's 任务分工台账 as .xlsx, or the 任务分工表 as .docx, saved where the user chooses. */
export function ExportLedgerButton({ planId }: { planId: number }) {
  const { busy, run } = useFileExport<LedgerFormat>();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', icon: <FileExcelOutlined />, label: 'Excel 台账（.xlsx）' },
          { key: 'docx', icon: <FileWordOutlined />, label: 'Word 分工表（.docx）' },
        ],
        onClick: ({ key }) => {
          const format = key as LedgerFormat;
          void run(format, () => api('plans.exportLedger', { planId, format }));
        },
      }}
    >
      <Button loading={busy !== null}>
        导出台账 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
