// The ledger's in-page filters, deadline buckets and section rows, on the real sample plan's shape;
// the progress matrix's filters in words.
import { describe, expect, it } from 'vitest';
import type { Section, Task } from '../../../electron/shared/types';
import {
  deadlineKeys,
  deadlineOptions,
  describeFilter,
  filterTasks,
  isFiltered,
  NO_FILTER,
} from '../../../renderer/src/components/ledger/ledgerFilter';
import { planUnitNames } from '../../../electron/shared/unitOrder';
import { sectionHeads, withSectionRows } from '../../../renderer/src/components/ledger/sectionRows';
import { describeMatrixFilter, NO_FILTER as MATRIX_NO_FILTER } from '../../../renderer/src/components/progress/matrixFilter';

let nextId = 1;
function task(seq: string, sectionId: number | null, patch: Partial<Task> = {}): Task {
  return {
    id: nextId++,
    planId: 1,
    sectionId,
    ord: Number(seq),
    seq,
    content: `第${seq}项任务`,
    responsibilityText: '',
    units: { lead: ['省知识产权局'], joint: [], cooperating: [], national: [] },
    deadline: null,
    deadlineText: '',
    continuous: false,
    warnings: [],
    ...patch,
  };
}

const tasks = [
  task('1', 1, { continuous: true, deadlineText: '持续推进', units: { lead: ['省知识产权局'], joint: [], cooperating: [], national: ['国家知识产权局联席办'] } }),
  task('2', 1, { deadline: '2022-12-31', deadlineText: '2022年12月底前完成' }),
  task('7', 3, { deadline: '2023-12-31', units: { lead: ['省知识产权局'], joint: ['省财政厅', '省小企业局'], cooperating: [], national: [] } }),
  task('8', 3, { deadline: '2023-12-31', content: '加快太原知识产权运营服务体系重点城市建设', units: { lead: ['省知识产权局'], joint: ['省财政厅'], cooperating: [], national: [] } }),
  task('4', 2, { deadline: '2023-06-30', units: { lead: ['省知识产权局'], joint: [], cooperating: ['省财政厅'], national: [] } }),
];
const seqs = (list: Task[]) => list.map((t) => t.seq);
// Section 3 is a sub-section of part 1: stored as one flat list, nested by its numbering.
const sections: Section[] = [
  { id: 1, ord: 1, numeral: '一', title: '集聚资源' },
  { id: 3, ord: 2, numeral: '（一）', title: '强化运用' },
  { id: 2, ord: 3, numeral: '二', title: '促进保护' },
];

describe('filterTasks', () => {
  it('keeps every task with no filter', () => {
    expect(seqs(filterTasks(tasks, NO_FILTER, sections))).toEqual(['1', '2', '7', '8', '4']);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('finds a unit in any role, or only in the chosen role', () => {
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, unit: '省财政厅' }, sections))).toEqual(['7', '8', '4']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, unit: '省财政厅', role: 'cooperating' }, sections))).toEqual(['4']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, role: 'national' }, sections))).toEqual(['1']);
  });

  it('filters by a part with the tasks of its sub-sections', () => {
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, sectionId: 1 }, sections))).toEqual(['1', '2', '7', '8']);
  });

  it('filters by section, deadline bucket and every search word', () => {
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, sectionId: 3 }, sections))).toEqual(['7', '8']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, sectionId: 2 }, sections))).toEqual(['4']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, deadline: 'y:2023' }, sections))).toEqual(['7', '8', '4']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, deadline: 'q:2023-2' }, sections))).toEqual(['4']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, deadline: 'continuous' }, sections))).toEqual(['1']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, search: '太原  运营' }, sections))).toEqual(['8']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, search: '小企业局' }, sections))).toEqual(['7']);
    expect(seqs(filterTasks(tasks, { ...NO_FILTER, search: '太原 小企业局' }, sections))).toEqual([]);
  });
});

describe('deadline buckets', () => {
  it('puts a dated task in its year and quarter, an ongoing one under 持续推进', () => {
    expect(deadlineKeys({ deadline: '2023-06-30', continuous: false })).toEqual(['y:2023', 'q:2023-2']);
    expect(deadlineKeys({ deadline: null, continuous: true })).toEqual(['continuous']);
    expect(deadlineKeys({ deadline: null, continuous: false })).toEqual(['none']);
  });

  it('offers years each followed by their quarters, undated buckets last', () => {
    expect(deadlineOptions(tasks).map((o) => o.label)).toEqual([
      '2022年内到期',
      '2022年第四季度',
      '2023年内到期',
      '2023年第二季度',
      '2023年第四季度',
      '持续推进',
    ]);
  });
});

it('lists units as the plan first names them, national counterparts last, and describes the active filter in words', () => {
  expect(planUnitNames(tasks)).toEqual(['省知识产权局', '省财政厅', '省小企业局', '国家知识产权局联席办']);
  expect(describeFilter({ ...NO_FILTER, unit: '省财政厅', role: 'joint', deadline: 'q:2023-4', search: '太原' }, () => '')).toBe(
    '单位：省财政厅（责任）；时限：2023年第四季度；含“太原”',
  );
});

it('opens a section row wherever the section changes, counting its tasks', () => {
  const rows = withSectionRows(
    tasks,
    (t) => (t.sectionId === null ? [] : [{ key: String(t.sectionId), label: `第${t.sectionId}部分` }]),
    (t) => t.seq,
  );
  expect(rows.map((r) => (r.kind === 'section' ? `${r.label}(${r.count})` : r.key))).toEqual([
    '第1部分(2)',
    '1',
    '2',
    '第3部分(2)',
    '7',
    '8',
    '第2部分(1)',
    '4',
  ]);
});

it('heads a sub-section’s tasks with its part too, once, counting every task under the part', () => {
  const heads = sectionHeads(sections);
  const headsOf = (t: Task) => (t.sectionId === null ? [] : heads[sections.findIndex((s) => s.id === t.sectionId)]!);
  const labels = (list: Task[]) =>
    withSectionRows(list, headsOf, (t) => t.seq).map((r) => (r.kind === 'section' ? `${r.label}(${r.count})` : r.key));
  expect(labels(tasks)).toEqual(['一、集聚资源(4)', '1', '2', '（一）强化运用(2)', '7', '8', '二、促进保护(1)', '4']);
  // Filtered down to the sub-section's tasks, the part still heads them.
  expect(labels(filterTasks(tasks, { ...NO_FILTER, sectionId: 3 }, sections))).toEqual(['一、集聚资源(2)', '（一）强化运用(2)', '7', '8']);
  // A part whose tasks all sit in its sub-sections.
  expect(labels(tasks.slice(2))).toEqual(['一、集聚资源(2)', '（一）强化运用(2)', '7', '8', '二、促进保护(1)', '4']);
});

describe('the progress matrix filters in words', () => {
  const names = { unitName: (id: number) => (id === 7 ? '省财政厅' : ''), sectionTitle: () => '二、促进运用', periodLabel: '2023年第三季度' };

  it('names every active filter, and nothing when none is set', () => {
    expect(describeMatrixFilter(MATRIX_NO_FILTER, names)).toBe('');
    expect(describeMatrixFilter({ unitId: 7, status: 'delayed', sectionId: 2, text: ' 专利 ' }, names)).toBe('单位：省财政厅；2023年第三季度：滞后；部分：二、促进运用；含“专利”');
    expect(describeMatrixFilter({ ...MATRIX_NO_FILTER, status: 'unreported' }, names)).toBe('2023年第三季度：未报送');
  });
});
