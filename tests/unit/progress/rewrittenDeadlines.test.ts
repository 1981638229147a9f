// A unit that rewrote a task's 完成时限 or 责任单位 in its return: the ledger keeps the plan's, and the
// preview says which rows differ, so the official can follow the request up.
import { describe, expect, it } from 'vitest';
import { formatResponsibility } from '../../../electron/core/plan/responsibility';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan } from '../../helpers/progressPlan';
import { financeReturn } from '../../helpers/returns';
import { SEED_PLAN } from '../../helpers/seedPlan';

const task = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!;
/** A task's division as the notices write it. */
const planned = (seq: string) => formatResponsibility(task(seq).units, '');

/** 省财政厅's form (its tasks are 7, 8 and 9) with a 完成时限 column, or another of the plan's columns. */
const formWithDeadlines = (rows: (string | Date)[][], column = '完成时限'): Promise<FileInput> =>
  financeReturn('财政厅改了时限.xlsx', ['序号', '工作任务', column, '进展情况', '完成状态'], rows);

describe('a return whose 完成时限 column was rewritten', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('names the rows whose deadline differs from the ledger and leaves the ledger as it was', async () => {
    const file = await formWithDeadlines([
      ['7', task('7').content, task('7').deadlineText ?? '', '资金已拨付。', '正常推进'],
      ['8', task('8').content, '申请延期至2024年6月底', '平台建设滞后。', '滞后'],
      // The same date as the plan's, as a date cell: no change.
      ['9', task('9').content, new Date(Date.UTC(2023, 11, 31)), '资金池已设立。', '已完成'],
    ]);
    const before = await b.call('plans.get', { planId });
    const result = await b.call('progress.import', { planId, files: [file] });
    const f = result.files[0]!;
    expect(f.rows.map((r) => r.seq)).toEqual(['7', '8', '9']);
    const notes = f.warnings.filter((w) => w.includes('完成时限与台账不同'));
    expect(notes).toEqual([
      `工作表“Sheet1”中的完成时限与台账不同：第5行（序号8）写作“申请延期至2024年6月底”，台账为“${task('8').deadlineText}”。导入不改动台账的完成时限；如需调整，请核实后在台账中修改。`,
    ]);
    const after = await b.call('plans.get', { planId });
    expect(after.tasks.map((t) => [t.seq, t.deadline, t.deadlineText])).toEqual(before.tasks.map((t) => [t.seq, t.deadline, t.deadlineText]));
  });

  it('names the rows whose 责任单位 differs from the ledger and leaves the units as they were', async () => {
    // Task 7: 省知识产权局牵头，省财政厅、省小企业局等按职责分工负责；国家知识产权局运用促进司负责.
    const file = await formWithDeadlines(
      [
        // The plan's division as written, and the unit naming only itself (or 本单位): no change.
        ['7', task('7').content, '省知识产权局牵头，省财政厅、省小企业局按职责分工负责；国家知识产权局运用促进司负责', '资金已拨付。', '正常推进'],
        ['8', task('8').content, '本单位', '平台建设推进中。', '正常推进'],
        ['9', task('9').content, '省财政厅', '资金池已设立。', '已完成'],
      ],
      '责任单位',
    );
    const same = (await b.call('progress.import', { planId, files: [file], dryRun: true })).files[0]!;
    expect(same.warnings.filter((w) => w.includes('责任单位'))).toEqual([]);

    const changed = await formWithDeadlines(
      [
        // 配合 where the plan says 按职责分工负责; a unit the plan does not name for the task; 牵头 claimed.
        ['7', task('7').content, '省知识产权局牵头，省财政厅配合', '资金已拨付。', '正常推进'],
        ['8', task('8').content, '省财政厅、省科技厅', '平台建设推进中。', '正常推进'],
        ['9', task('9').content, '省财政厅牵头', '资金池已设立。', '已完成'],
      ],
      '责任单位',
    );
    const before = await b.call('plans.get', { planId });
    const f = (await b.call('progress.import', { planId, files: [changed], dryRun: false })).files[0]!;
    expect(f.status).toBe('imported');
    expect(f.warnings.filter((w) => w.includes('责任单位'))).toEqual([
      '工作表“Sheet1”中的“责任单位”与台账不同：' +
        '第4行（序号7）写作“省知识产权局牵头，省财政厅配合”，台账为“省知识产权局牵头，省财政厅、省小企业局按职责分工负责；国家知识产权局运用促进司负责”；' +
        `第5行（序号8）写作“省财政厅、省科技厅”，台账为“${planned('8')}”；` +
        `第6行（序号9）写作“省财政厅牵头”，台账为“${planned('9')}”。` +
        '导入不改动台账的分工；如需调整，请核实后在台账中修改。',
    ]);
    const after = await b.call('plans.get', { planId });
    expect(after.tasks.map((t) => [t.seq, t.units])).toEqual(before.tasks.map((t) => [t.seq, t.units]));
  });
});
