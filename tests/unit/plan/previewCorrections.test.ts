// Corrections made in the import preview settle the warnings they answer: stored with the task and
// listed in the save summary are only the warnings the task as corrected still bears out.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import type { ParsedTask } from '../../../electron/shared/types';
import { NO_PARENTHESIS, withoutStaleWarnings } from '../../../electron/shared/taskWarnings';
import { testBackend } from '../../helpers/backend';

const PLAN = `2025年全省知识产权工作要点
一、强化保护
1. 开展执法行动。（省市场监管局牵头）
2. 推进裁决规范化建设。（省知识产权局牵头，另行研究，2025年6月底前完成）
3. 建设公共服务平台。（2025年9月底前完成）
4. 完善审判机制。
5. 建立检察办案机制。（省检察院负责）
6. 推动维权援助。（省知识产权局牵头，另行研究，2025年6月底前完成）
`;

describe('plans.import after corrections in the preview', () => {
  it('drops the warnings the corrected units and 完成时限 answer, keeps those still true', async () => {
    const b = await testBackend();
    try {
      const plan = parsePlanText(PLAN);
      const edit = (seq: string, change: Partial<ParsedTask>) => {
        const i = plan.tasks.findIndex((t) => t.seq === seq);
        plan.tasks[i] = { ...plan.tasks[i]!, ...change };
      };
      expect(plan.tasks.map((t) => t.warnings.length > 0)).toEqual([true, true, true, true, true, true]);
      const units = plan.tasks[1]!.units;
      edit('1', { deadlineText: '2025年12月底前完成' }); // was 未写明完成时限
      edit('2', { units: { ...units, joint: ['省财政厅'] } }); // “另行研究” replaced
      edit('3', { units: { ...units, lead: ['省科技厅'], joint: [] } }); // was 未识别出牵头单位或责任单位
      edit('4', { deadlineText: '2025年底前' }); // no parenthesis: the units are still missing
      edit('5', { deadlineText: '汛期前' }); // a 完成时限 that reads as no date
      // Task 6 is left as parsed: its warnings stay.

      const result = await b.call('plans.import', { plan, dryRun: false });
      expect(result.warnings.filter((w) => w.seq)).toEqual([
        { seq: '4', message: '未识别出牵头单位或责任单位' },
        { seq: '5', message: '无法识别完成时限“汛期前”，请填写日期' },
        { seq: '6', message: '“另行研究”未写明牵头、负责还是配合，已按责任单位处理' },
        { seq: '6', message: '“另行研究”不像一个单位名称，可能含有未识别的分工用语或未拆开的多个单位，请核对' },
      ]);
      const stored = await b.call('plans.get', { planId: result.planId! });
      expect(stored.tasks.map((t) => [t.seq, t.deadline, t.warnings.length])).toEqual([
        ['1', '2025-12-31', 0],
        ['2', '2025-06-30', 0],
        ['3', '2025-09-30', 0],
        ['4', '2025-12-31', 1],
        ['5', null, 1],
        ['6', '2025-06-30', 2],
      ]);
    } finally {
      b.close();
    }
  });
});

describe('withoutStaleWarnings (the preview’s check as a cell is edited)', () => {
  const units = { lead: ['省知识产权局'], joint: ['另行研究'], cooperating: [], national: [] };
  const warnings = ['“另行研究”未写明牵头、负责还是配合，已按责任单位处理', '“另行研究”不像一个单位名称，可能含有未识别的分工用语或未拆开的多个单位，请核对'];

  it('keeps a name’s warnings while it is on the task; an assumed role goes once the official sets another', () => {
    expect(withoutStaleWarnings({ warnings, deadlineText: '', units })).toEqual(warnings);
    expect(withoutStaleWarnings({ warnings, deadlineText: '', units: { ...units, joint: [], cooperating: ['另行研究'] } })).toEqual([warnings[1]]);
  });

  it('narrows a missing parenthesis to the half still missing', () => {
    const none = { lead: [], joint: [], cooperating: [], national: [] };
    expect(withoutStaleWarnings({ warnings: [NO_PARENTHESIS], deadlineText: '', units: { ...none, lead: ['省法院'] } })).toEqual(['未写明完成时限']);
    expect(withoutStaleWarnings({ warnings: [NO_PARENTHESIS], deadlineText: '2025年底前', units: { ...none, lead: ['省法院'] } })).toEqual([]);
  });
});
