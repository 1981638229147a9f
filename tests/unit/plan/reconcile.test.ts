// Which stored task a re-imported task continues.
import { describe, expect, it } from 'vitest';
import { matchTasks } from '../../../electron/core/plan/reconcile';

const t = (seq: string, content: string) => ({ seq, content });

describe('matching a corrected plan to the stored one', () => {
  const old = [
    t('1', '建设知识产权保护中心，开展专利快速预审。'),
    t('2', '开展知识产权质押融资入园惠企行动。'),
    t('3', '推进地理标志产品保护示范区建设。'),
    t('4', '组织开展知识产权宣传周活动。'),
  ];

  it('matches by number and text, then by text alone, then by similar text', () => {
    const next = [
      t('1', '建设知识产权保护中心，开展专利快速预审。'), // unchanged
      t('2', '推进地理标志产品保护示范区建设。'), // old 3, renumbered
      t('3', '开展知识产权质押融资“入园惠企”专项行动。'), // old 2, renumbered and edited
      t('4', '组织开展知识产权宣传周系列活动。'), // old 4, edited under its number
      t('5', '制定数据知识产权登记办法。'), // new
    ];
    expect(matchTasks(old, next)).toEqual([0, 2, 1, 3, null]);
  });

  it('ignores punctuation and spacing differences', () => {
    expect(matchTasks([t('1', '建设保护中心,开展快速预审。')], [t('7', '建设保护中心， 开展快速预审')])).toEqual([0]);
  });

  it('does not pair unrelated tasks just because they share a number', () => {
    expect(matchTasks(old, [t('1', '制定数据知识产权登记管理办法。')])).toEqual([null]);
  });

  it('matches 2,000 renumbered, lightly edited tasks', () => {
    const many = Array.from({ length: 2000 }, (_, i) => t(String(i + 1), `第${i + 1}项：推进专项工作${(i * 7919) % 2003}号，完善机制${i}，加强督促检查。`));
    const next = many.map((x, i) => t(String(i + 2), `${x.content}确保落实。`));
    const matched = matchTasks(many, next);
    expect(matched.every((m, i) => m === i)).toBe(true);
  });
});
