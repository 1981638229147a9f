// 报告预览: the print view exactly as it prints, in an isolated frame. srcdoc frames inherit the
// page's CSP (inline styles allowed, scripts not); the empty sandbox also keeps the frame from
// running scripts or navigating, whatever the HTML holds.
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useHeightToWindowBottom } from '../useHeightToWindowBottom';
import { openPrintView, setShownInPreview } from './printing';
import { useReportHtml } from './useReportHtml';

interface Props {
  planId: number;
  period: string;
  /** The 通报's save counter: the preview reloads after a save. */
  revision: number;
  /** The 通报 has unsaved changes (not in the preview until saved). */
  unsaved: boolean;
  /** Why the saved 通报 may no longer agree with the figures, or null. */
  outdated: string | null;
  onSaveNarrative(): void;
  onReviewNarrative(): void;
}

export function ReportPreview({ planId, period, revision, unsaved, outdated, onSaveNarrative, onReviewNarrative }: Props) {
  const { report, error } = useReportHtml(planId, period, revision);
  const [frameRef, frameHeight] = useHeightToWindowBottom<HTMLIFrameElement>(480);
  // 打印 and Ctrl+P here print what the frame shows.
  useEffect(() => {
    setShownInPreview(report ? { planId, period, report } : null);
    return () => setShownInPreview(null);
  }, [planId, period, report]);
  return (
    <div className="summary-preview" data-testid="summary-preview">
      <div className="summary-preview-bar no-print">
        <Typography.Text type="secondary">
          下方为打印效果（A4，通报正文纵向、汇总表横向）。打印和另存为PDF都使用这份内容。
        </Typography.Text>
        <Space size={8}>
          <Button icon={<PrinterOutlined />} disabled={!report} onClick={() => openPrintView(planId, period, 'print')}>
            打印
          </Button>
          <Button icon={<FilePdfOutlined />} disabled={!report} onClick={() => openPrintView(planId, period, 'pdf')}>
            另存为PDF
          </Button>
        </Space>
      </div>
      {unsaved && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title="通报有未保存的修改，预览和打印使用的是已保存的文字。"
          action={
            <Button size="small" type="primary" onClick={onSaveNarrative}>
              保存修改
            </Button>
          }
        />
      )}
      {outdated && !unsaved && (
        <Alert
          type="warning"
          showIcon
          data-testid="preview-narrative-outdated"
          style={{ marginBottom: 8 }}
          title={`${outdated}预览和打印使用的是已保存的正文。`}
          action={
            <Button size="small" onClick={onReviewNarrative}>
              去核对通报
            </Button>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} />}
      {!report && !error && <Skeleton active paragraph={{ rows: 12 }} />}
      {report && <iframe ref={frameRef} className="summary-preview-frame" style={{ height: frameHeight }} title="报告预览" sandbox="" srcDoc={report.html} />}
    </div>
  );
}
