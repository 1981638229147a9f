// Sections as stored, one flat list: which part a sub-section belongs to, read from order and numbering.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import { qualifiedNumerals, removedTaskLine, sectionAndSubsections, topLevelParts } from '../../../electron/shared/sections';

describe('sections of a plan', () => {
  const { sections } = parsePlanText(fs.readFileSync('tests/fixtures/plans/ip-2024-notice.txt', 'utf8'));

  it('names a sub-section with its part, so that the （一） of each part are told apart', () => {
    expect(qualifiedNumerals(sections)).toEqual(['一', '一（一）', '一（二）', '二', '二（一）', '二（二）', '三']);
  });

  it('finds the top-level part of each section', () => {
    expect(topLevelParts(sections)).toEqual([0, 0, 0, 3, 3, 3, 6]);
    expect(topLevelParts([{ numeral: '第一部分' }, { numeral: '一' }, { numeral: '（一）' }, { numeral: '第二部分' }, { numeral: '1' }])).toEqual([0, 0, 0, 3, 3]);
  });

  it('takes in a part’s sub-sections, and only its own', () => {
    const withIds = sections.map((s, i) => ({ ...s, id: 100 + i }));
    expect([...sectionAndSubsections(withIds, 100)]).toEqual([100, 101, 102]);
    expect([...sectionAndSubsections(withIds, 104)]).toEqual([104]);
    expect([...sectionAndSubsections(withIds, 106)]).toEqual([106]);
  });

  it('names a removed task of a plan table by its 具体措施, not the 重点任务 heading its neighbours share', () => {
    const removed = (content: string) => removedTaskLine({ seq: '2', content, progressRecords: 1 });
    expect(removed('深化“高效办成一件事”改革\n推动“一件事”线上办理入口统一归集至政务服务平台，网办率达到85%以上。')).toBe(
      '2. 推动“一件事”线上办理入口统一归集至政务服务平台，网办率达到…（1 条进展记录）',
    );
    // A first line ending a sentence is the task's own text, not a heading.
    expect(removed('完成机构改革。\n同步调整职责。')).toBe('2. 完成机构改革。\n同步调整职责。（1 条进展记录）');
  });
});
