// 使用说明: a period's work in the order the office does it, each step linked to where it is done.
// Offline machines have no help site to look things up on, so the guide ships inside the app.
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { navigate, type PageKey } from '../router';
import { useSummaryPageName } from './summaryPageName';

interface Step {
  title: string;
  page: PageKey;
  tab?: string;
  text: ReactNode;
}

const STEPS: Step[] = [
  {
    title: '计划台账 → 导入计划',
    page: 'ledger',
    text: '导入上级印发的工作要点（Word、Excel、文本文件，或粘贴全文），在预览中逐项核对程序拿不准的提示（单位、分工、完成时限），保存后即成任务分工台账。计划有修订版时再次导入，已填的进展保留。',
  },
  {
    title: '进展填报 → 下发填报表',
    page: 'progress',
    tab: 'templates',
    text: '选定期次，为每个单位导出只含本单位任务的填报表（.xlsx），发给各单位填写。可在“计划设置”中设定报送时限，填报表和催报通知都会写明。',
  },
  {
    title: '进展填报 → 导入报送表',
    page: 'progress',
    tab: 'import',
    text: '把各单位交回的表格一次拖入（.xlsx、.xls、.et、.csv、.docx、.doc，或装着它们的 .zip），在预览中核对报送单位、期次和拿不准的行，再确认导入。原件随数据库保存；导错了可在“导入记录”中撤销。',
  },
  {
    title: '进展填报 → 报送台账',
    page: 'progress',
    tab: 'submissions',
    text: '查看哪些单位已报送、未报送、逾期报送，为未报送的单位生成催报通知；“进展矩阵”列出每项任务各期的状态。',
  },
  {
    title: '季度汇总',
    page: 'summary',
    text: '数据看板（可点击下钻到任务）、任务清单、通报正文（可修改），导出汇总表（.xlsx）、通报（.docx），或打印、另存为 PDF。定稿后“锁定本期”，以免再被导入改动。',
  },
  {
    title: '数据与备份',
    page: 'data',
    text: '每次导入、撤销、更新计划之前自动备份，可随时恢复到备份时的状态；“操作日志”记下每一项改动由谁、在何时做出。',
  },
];

export function WorkflowGuide() {
  const summaryName = useSummaryPageName();
  return (
    <Card size="small" title="使用说明：每期的工作" style={{ maxWidth: 760, marginTop: 16 }} data-testid="workflow-guide">
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {STEPS.map((s) => (
          <li key={s.title} style={{ marginBottom: 6 }}>
            <Typography.Link onClick={() => navigate(s.page, s.tab ? { tab: s.tab } : {})}>{s.page === 'summary' ? summaryName : s.title}</Typography.Link>
            <div>{s.text}</div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
