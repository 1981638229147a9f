// A re-typed return whose title or file name cites a plan: refused when it is clearly another plan's,
// but never a unit's real return because of how it worded or headed the title.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { docxOfParagraphs } from '../../helpers/officeFiles';
import { createPlan } from '../../helpers/progressPlan';
import { SEED_PLAN } from '../../helpers/seedPlan';

const PLAN_TITLE = '2022-2023年知识产权工作要点';
const content = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!.content;

/** 省财政厅's return on its tasks 7–9, their words copied from the plan, under `title`. */
async function financeReturn(name: string, title: string, rows = ['7', '8', '9'].map((seq) => [seq, content(seq), '按计划推进。', '正常推进'])): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRows([[title], ['填报单位：省财政厅'], ['序号', '工作任务', '进展情况', '完成状态'], ...rows]);
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

let planId = 0;
const b = backendPerSuite(async (backend) => {
  planId = await createPlan(backend, { ...SEED_PLAN, title: PLAN_TITLE });
});

describe('a return citing a plan in its title', () => {
  it('takes a title naming the document this plan was drawn up under besides this plan', async () => {
    const file = await financeReturn('财政厅三季度.xlsx', '贯彻落实《省政府和国家知识产权局共建高质量转型发展知识产权强省实施方案》2022-2023年工作要点推进情况（2023年第三季度）');
    const [preview] = (await b.call('progress.import', { planId, files: [file], period: '2023Q3', dryRun: true })).files;
    expect(preview).toMatchObject({ status: 'dry-run', errors: [], unit: '省财政厅' });
    expect(preview!.otherPlan).toBeUndefined();
    expect(preview!.warnings.filter((w) => w.includes('《'))).toEqual([]);
  });

  it('reads a return whose rows are this plan’s tasks under another title, with a warning instead of a refusal', async () => {
    const titles = ['知识产权强国建设纲要实施推进计划落实情况', '商标品牌建设重点任务推进情况（第三季度）'];
    const files = await Promise.all(titles.map((title, i) => financeReturn(`财政厅${i}.xlsx`, title)));
    const previews = (await b.call('progress.import', { planId, files, period: '2023Q3', dryRun: true })).files;
    expect(previews.map((f) => [f.status, f.errors, f.rows.map((r) => r.seq)])).toEqual(titles.map(() => ['dry-run', [], ['7', '8', '9']]));
    expect(previews[0]!.warnings).toContain(
      `文件“财政厅0.xlsx”的表格标题写的是《知识产权强国建设纲要实施推进计划》，不是当前的《${PLAN_TITLE}》；但其中 3 行（共 3 行）与本计划的任务相符，已按本计划读入。请核对这确是本计划的报送。`,
    );
  });

  it('says “报告标题” and counts 段 for a Word report written in words', async () => {
    const report = await docxOfParagraphs('财政厅报告.docx', [
      '省财政厅关于知识产权强国建设纲要实施推进计划落实情况的报告',
      ...['7', '8'].map((seq, i) => `${'一二'[i]}、${content(seq)}（第${seq}项）。已按计划推进。目前进度：正常推进。`),
      '省财政厅',
      '2023年10月9日',
    ]);
    const [preview] = (await b.call('progress.import', { planId, files: [report], period: '2023Q3', dryRun: true })).files;
    expect(preview!.warnings).toContain(
      `文件“财政厅报告.docx”的报告标题写的是《知识产权强国建设纲要实施推进计划》，不是当前的《${PLAN_TITLE}》；但其中 2 段（共 2 段）与本计划的任务相符，已按本计划读入。请核对这确是本计划的报送。`,
    );
  });

  it('still refuses another plan’s return, whose rows are not this plan’s tasks', async () => {
    const rows = [
      ['1', '深化国资国企改革，推进国有企业专业化整合', '完成整合3户。', '正常推进'],
      ['2', '推进农村集体产权制度改革', '已完成清产核资。', '已完成'],
    ];
    const file = await financeReturn('财政厅深改.xlsx', '省委全面深化改革委员会2023年工作要点推进情况', rows);
    const [refused] = (await b.call('progress.import', { planId, files: [file], period: '2023Q3' })).files;
    expect(refused).toMatchObject({ status: 'rejected', otherPlan: '省委全面深化改革委员会2023年工作要点', rows: [] });
    expect((await b.call('progress.list', { planId, period: '2023Q3' })).records).toEqual([]);
  });
});
