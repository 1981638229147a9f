// 导出汇总表 (.xlsx), 导出通报 (.docx) and the way to printing. The 通报 exports the saved text, so
// unsaved edits are saved first (with the official's consent), and a saved text older than the
// period's records is exported only once the official knows.
import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { api } from '../../api/client';
import { useFileExport } from '../../api/useFileExport';
import { outdatedNotice } from './NarrativeBar';

interface Props {
  planId: number;
  period: string;
  periodLabel: string;
  /** The 通报 editor has unsaved changes. */
  narrativeDirty: boolean;
  /** The saved 通报 predates the period's latest records (see NarrativeState.outdated). */
  narrativeOutdated: boolean;
  saveNarrative(): Promise<boolean>;
  onPrint(): void;
}

type Format = 'xlsx' | 'docx';

export function ExportButtons({ planId, period, periodLabel, narrativeDirty, narrativeOutdated, saveNarrative, onPrint }: Props) {
  const { modal } = App.useApp();
  const { busy, run } = useFileExport<Format>();
  const exportFile = (format: Format) => run(format, () => api('reports.export', { planId, period, format }));

  function exportNarrative() {
    if (!narrativeDirty && !narrativeOutdated) return void exportFile('docx');
    if (!narrativeDirty) {
      return void modal.confirm({
        title: '通报正文可能已过时',
        content: `${outdatedNotice(periodLabel)}仍按已保存的正文导出？（附件汇总表按最新数据生成；要更新正文，请到“通报”页修改或“重新生成”。）`,
        okText: '仍然导出',
        cancelText: '取消',
        onOk: () => exportFile('docx'),
      });
    }
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
        打印/另存为PDF
      </Button>
    </Space>
  );
}
