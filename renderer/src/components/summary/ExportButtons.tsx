// 导出汇总表 (.xlsx), 导出通报 (.docx) and the way to printing. The 通报 exports the saved text, so
// unsaved edits are saved first (with the official's consent).
import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { api } from '../../api/client';
import { useFileExport } from '../../api/useFileExport';

interface Props {
  planId: number;
  period: string;
  /** The 通报 editor has unsaved changes. */
  narrativeDirty: boolean;
  saveNarrative(): Promise<boolean>;
  onPrint(): void;
}

type Format = 'xlsx' | 'docx';

export function ExportButtons({ planId, period, narrativeDirty, saveNarrative, onPrint }: Props) {
  const { modal } = App.useApp();
  const { busy, run } = useFileExport<Format>();
  const exportFile = (format: Format) => run(format, () => api('reports.export', { planId, period, format }));

  function exportNarrative() {
    if (!narrativeDirty) return void exportFile('docx');
    modal.confirm({
      title: '通报有未保存的修改',
      content: '导出的通报使用已保存的文字。先保存修改再导出？',
      okText: '保存并导出',
      cancelText: '取消',
      onOk: async () => {
        if (await saveNarrative()) await exportFile('docx');
      },
    });
  }

  return (
    <Space size={8} className="no-print">
      <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => exportFile('xlsx')}>
        导出汇总表
      </Button>
      <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={exportNarrative}>
        导出通报
      </Button>
      <Button icon={<PrinterOutlined />} onClick={onPrint}>
        打印/保存PDF
      </Button>
    </Space>
  );
}
