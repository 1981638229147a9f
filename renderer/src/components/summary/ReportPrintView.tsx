// The print route's page: the print-view HTML rendered as the page itself (see printing.ts for
// why), its styles (including @page rules) installed in the document while the route is open.
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { dropActionFromAddress, dropHandedOverReport, handedOverReport, printCurrentPage, saveCurrentPageAsPdf, type PrintAction } from './printing';
import { useReportHtml } from './useReportHtml';

interface Props {
  planId: number;
  period: string;
  /** Run once the report is on the page, then go back to where the user came from. */
  action: PrintAction | null;
  onBack(): void;
}

/**
 * The HTML's styles and body. Its `body` rules go to the element standing in for its body, so they
 * reach the report and not the app around it. Our own backend escapes every value; scripts never
 * run (CSP, innerHTML).
 */
function splitHtml(html: string): { css: string; body: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const css = [...doc.querySelectorAll('style')]
    .map((s) => s.textContent ?? '')
    .join('\n')
    .replace(/(^|[\s,}])body(?=[\s{,.:[#])/g, '$1.report-print-body');
  doc.querySelectorAll('script, style, link').forEach((el) => el.remove());
  return { css, body: doc.body.innerHTML };
}

/** The report's stylesheet in <head> while mounted; the html class hides the app around it. */
function useReportStyles(css: string | null): void {
  useEffect(() => {
    if (css === null) return;
    const style = document.createElement('style');
    style.dataset.report = 'print-view';
    style.textContent = css;
    document.head.appendChild(style);
    document.documentElement.classList.add('report-print-mode');
    return () => {
      style.remove();
      document.documentElement.classList.remove('report-print-mode');
    };
  }, [css]);
}

export function ReportPrintView({ planId, period, action, onBack }: Props) {
  const { message, modal } = App.useApp();
  // Opened from the preview: print the report it showed; opened otherwise (reload, address): load it.
  const [handed] = useState(() => handedOverReport(planId, period));
  useEffect(() => dropHandedOverReport(), []);
  const loaded = useReportHtml(handed ? null : planId, handed ? null : period);
  const report = handed ?? loaded.report;
  const error = handed ? null : loaded.error;
  const parts = useMemo(() => (report ? splitHtml(report.html) : null), [report]);
  useReportStyles(parts?.css ?? null);

  async function print() {
    await printCurrentPage();
  }

  /**
   * Browser mode saves the PDF through the print dialog: say how before it opens (a toast shown with
   * it would wait behind the dialog, which holds the page). Resolves once the box is gone, so it is
   * not in the print.
   */
  const pdfByPrintDialog = () =>
    new Promise<boolean>((resolve) => {
      let go = false;
      modal.confirm({
        title: '另存为 PDF',
        content: '将打开浏览器的打印对话框，请在“目标打印机”中选择“另存为 PDF”，再点“保存”。',
        okText: '打开打印对话框',
        cancelText: '取消',
        onOk: () => void (go = true),
        afterClose: () => resolve(go),
      });
    });

  async function savePdf() {
    if (!report) return;
    if (!window.taizhang && !(await pdfByPrintDialog())) return;
    try {
      const saved = await saveCurrentPageAsPdf(report.fileName);
      if (saved && saved !== 'dialog') message.success(`已保存：${saved}`);
    } catch (e) {
      message.error((e as Error).message, 8);
    }
  }

  // The requested action runs once the report's styles and body are on the page. The action is
  // dropped from the address first, so going forward in history does not print again.
  useEffect(() => {
    if (!parts || !action) return;
    const timer = window.setTimeout(async () => {
      dropActionFromAddress();
      await (action === 'pdf' ? savePdf() : print());
      onBack();
    }, 50);
    return () => window.clearTimeout(timer);
    // Depends only on the report being ready: the handlers are recreated on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parts, action]);

  return (
    <div className="report-print" data-testid="report-print-view">
      <div className="report-print-bar no-print">
        <Space size={8}>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
            返回
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} disabled={!parts} onClick={print}>
            打印
          </Button>
          <Button icon={<FilePdfOutlined />} disabled={!parts} onClick={savePdf}>
            另存为PDF
          </Button>
        </Space>
        <Typography.Text type="secondary">打印预览：本页只打印下方报告内容。</Typography.Text>
      </div>
      {error && <Alert type="error" showIcon title={error} />}
      {!error && (!parts || action) && <Spin className="no-print" style={{ display: 'block', margin: 48 }} />}
      {/* Printing straight away, the report is laid out for paper only: laying out 2,000 tasks for
          the screen as well would take about as long again, for a page the user never looks at. */}
      {parts && (
        <div className={action ? 'report-print-body report-print-paper-only' : 'report-print-body'} dangerouslySetInnerHTML={{ __html: parts.body }} />
      )}
    </div>
  );
}
