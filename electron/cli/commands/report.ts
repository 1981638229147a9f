import path from 'node:path';
import { printHtmlToPdf } from '../../core/report/pdf';
import { percent } from '../../core/report/wording';
import type { PeriodFigures } from '../../shared/api/reports';
import { AppError } from '../../shared/result';
import { listCommand, requireId, requirePeriod, writeOutputFile, type CliCommand } from '../command';

const FORMATS = ['xlsx', 'docx', 'html', 'pdf'] as const;
type OutFormat = (typeof FORMATS)[number];

function outFormat(file: string): OutFormat {
  const ext = path.extname(file).slice(1).toLowerCase();
  if ((FORMATS as readonly string[]).includes(ext)) return ext as OutFormat;
  throw new AppError('INVALID_INPUT', `无法识别输出文件类型“${path.basename(file)}”：请使用 .xlsx（汇总表）、.docx（通报）、.html（打印版）或 .pdf`);
}

function summaryText(s: PeriodFigures): string {
  const t = s.totals;
  const seqs = (list: string[]) => (list.length ? `第${list.join('、')}项` : '无');
  return [
    `工作要点：${s.planTitle}`,
    `期次：${s.periodLabel}（截至 ${s.periodEnd}）`,
    `任务 ${t.tasks} 项：已完成 ${t.completed}，正常推进 ${t.on_track}，滞后 ${t.delayed}，未启动 ${t.not_started}，未报送 ${t.unreported}；完成率 ${percent(s.completionRate)}`,
    `逾期未完成：${seqs(s.overdue)}`,
    `下期到期：${seqs(s.dueSoon)}`,
    `未报送单位：${s.missingUnits.length ? s.missingUnits.join('、') : '无'}`,
  ].join('\n');
}

const OUTDATED_NOTE = '提示：其中的通报正文是保存过的修改稿，保存之后本期又有填报导入、撤销或修改，请核对正文中的数字和单位，或在程序的通报编辑中重新生成。';

export const reportCommands: CliCommand[] = [
  {
    name: 'report',
    summary: '期次汇总；--out 导出汇总表 .xlsx、通报 .docx、打印版 .html 或 .pdf',
    usage: 'report PLAN_ID --period 2023Q3 [--out FILE.xlsx|.docx|.html|.pdf] [--json]',
    positionals: 1,
    options: { valued: ['period', 'out'] },
    async run({ positional, value }, env) {
      const period = requirePeriod(value('period'));
      const planId = requireId(positional[0], '计划编号');
      const out = value('out');
      if (!out) {
        const summary = await env.call('reports.summary', { planId, period });
        env.print(summary, () => summaryText(summary));
        return 0;
      }
      const format = outFormat(out);
      const file = await env.call('reports.export', { planId, period, format: format === 'pdf' ? 'html' : format });
      let written: string;
      if (format === 'pdf') {
        written = path.resolve(out);
        await printHtmlToPdf(new TextDecoder().decode(file.bytes), written);
      } else {
        written = writeOutputFile(out, file);
      }
      // The 通报 in it may be a text saved before the latest returns came in: said, as the app says it.
      const narrativeOutdated = format !== 'xlsx' && (await env.call('reports.narrative', { planId, period })).outdated;
      env.print({ file: written, format, narrativeOutdated }, () =>
        [`已导出：${written}`, ...(narrativeOutdated ? [OUTDATED_NOTE] : [])].join('\n'),
      );
      return 0;
    },
  },
  listCommand({
    name: 'report trend',
    summary: '各期完成情况趋势',
    usage: 'report trend PLAN_ID [--json]',
    positionals: 1,
    method: 'reports.trend',
    input: ({ positional }) => ({ planId: requireId(positional[0], '计划编号') }),
    items: (trend) => trend,
    line: (p) => `${p.periodLabel}：已完成 ${p.completed}，正常推进 ${p.on_track}，滞后 ${p.delayed}，未启动 ${p.not_started}，未报送 ${p.unreported}`,
    empty: '尚无期次数据',
  }),
];
