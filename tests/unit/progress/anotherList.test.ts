// A return of another list (a unit's own project list, another plan's tasks) whose title names no plan:
// its rows' numbers fall on tasks of this plan, none of them the unit's, and there is no task text to
// check them by. The rows wait for confirmation as before; the file says what it looks like.
import { describe, expect, it } from 'vitest';
import { ANOTHER_LIST_WARNING as ANOTHER_LIST } from '../../../electron/core/progress/import/buildRows';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan } from '../../helpers/progressPlan';
import { financeReturn } from '../../helpers/returns';

describe('a return of another list, numbered 1, 2, 3…', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });
  const preview = async (rows: string[][], header = ['序号', '项目名称', '进展情况', '完成状态']) =>
    (await b.call('progress.import', { planId, files: [await financeReturn('财政厅项目进展.xlsx', header, rows)], dryRun: true })).files[0]!;

  it('is said to look like another list, its rows still waiting for confirmation', async () => {
    // 省财政厅's tasks are 7, 8 and 9.
    const f = await preview([
      ['1', '新能源汽车零部件产业园项目', '已签约，完成土地摘牌。', '正常推进'],
      ['2', '数字经济产业基地招商', '对接企业12家。', '正常推进'],
      ['3', '高端装备制造项目', '因企业资金问题暂缓。', '滞后'],
    ]);
    expect(f.errors).toEqual([]);
    expect(f.rows.map((r) => [r.seq, r.lowConfidence])).toEqual([
      ['1', true],
      ['2', true],
      ['3', true],
    ]);
    expect(f.warnings).toContain(ANOTHER_LIST);
  });

  it('is not said of a form whose rows include one of the unit’s own tasks', async () => {
    const f = await preview([
      ['1', '新能源汽车零部件产业园项目', '已签约。', '正常推进'],
      ['7', '专利转化', '资金已拨付。', '正常推进'],
    ]);
    expect(f.warnings).not.toContain(ANOTHER_LIST);
  });

  it('is not said of a single row, which may be a slip of the number', async () => {
    const f = await preview([['1', '新能源汽车零部件产业园项目', '已签约。', '正常推进']]);
    expect(f.warnings).not.toContain(ANOTHER_LIST);
  });
});
