// A quarterly plan's returns that name a month alone: "9月份" is the third quarter, but "截至10月底"
// or "3月份以来" says nothing of the quarter reported, which the file name, the fill date or the
// chosen period tells.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan } from '../../helpers/progressPlan';
import { SEED_PLAN } from '../../helpers/seedPlan';

const content = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!.content;

async function financeReturn(name: string, title: string, filledOn: string | null): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  const rows = [[title], ['填报单位：省财政厅'], ['序号', '工作任务', '进展情况', '完成状态'], ['7', content('7'), `${title}：拨付资金。`, '正常推进']];
  wb.addWorksheet('Sheet1').addRows(filledOn ? [...rows, [`填报日期：${filledOn}`]] : rows);
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

let planId = 0;
const b = backendPerSuite(async (backend) => {
  planId = await createPlan(backend);
});

describe('a month alone in a quarterly plan’s return', () => {
  it('names the quarter it ends, and no other', async () => {
    const files = await Promise.all([
      financeReturn('a.xlsx', '截至10月底推进情况', '2023年10月9日'),
      financeReturn('b.xlsx', '3月份以来推进情况', '2023年10月9日'),
      financeReturn('c.xlsx', '截至11月推进情况', null),
      financeReturn('d.xlsx', '9月份推进情况', '2023年10月9日'),
    ]);
    const read = (await b.call('progress.import', { planId, files, period: '2023Q3', dryRun: true })).files;
    expect(read.map((f) => [f.errors, f.period, f.periodSource])).toEqual([
      [[], '2023Q3', 'date'],
      [[], '2023Q3', 'date'],
      [[], '2023Q3', 'given'],
      [[], '2023Q3', 'title'],
    ]);
    expect(read.flatMap((f) => f.warnings).filter((w) => w.includes('期次'))).toEqual([]);
  });

  it('left unread in the title, gives way to the period the file name names', async () => {
    const files = [await financeReturn('省财政厅2023年第三季度推进情况.xlsx', '截至8月底推进情况', null)];
    const [read] = (await b.call('progress.import', { planId, files, period: '2023Q4', dryRun: true })).files;
    expect([read!.errors, read!.period, read!.periodSource]).toEqual([[], '2023Q3', 'filename']);
  });
});
