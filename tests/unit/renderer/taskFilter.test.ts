// The summary's click-through filter: each figure's filter selects exactly the tasks the backend
// counted for it, and survives the trip through the URL.
import { describe, expect, it } from 'vitest';
import type { TaskStatusRow } from '../../../electron/shared/api/reports';
import {
  applyFilter,
  describeFilter,
  filterFromParams,
  filterToParams,
  isEmptyFilter,
  type TaskFilter,
} from '../../../renderer/src/components/summary/taskFilter';

function task(seq: string, patch: Partial<TaskStatusRow>): TaskStatusRow {
  return {
    taskId: Number(seq),
    seq,
    section: '推进保护体系建设',
    content: `任务${seq}`,
    deadline: null,
    deadlineText: '',
    continuous: false,
    status: 'on_track',
    completedIn: null,
    overdue: false,
    dueSoon: false,
    light: 'green',
    leadUnits: [],
    units: { lead: [], joint: [], cooperating: [], national: [] },
    reports: [],
    ...patch,
  };
}

// The figures carry who reported with which status, no texts: the filter needs nothing more.
const report = (unit: string, status: TaskStatusRow['status']) => ({ unit, role: 'lead' as const, status });

const TASKS = [
  task('1', { units: { lead: ['甲局'], joint: ['乙厅'], cooperating: [], national: [] }, reports: [report('甲局', 'delayed')], status: 'delayed', light: 'red' }),
  task('2', { units: { lead: ['甲局'], joint: [], cooperating: ['丙委'], national: [] }, reports: [report('甲局', 'completed')], status: 'completed' }),
  task('3', { units: { lead: [], joint: ['乙厅', '甲局'], cooperating: [], national: [] }, overdue: true, light: 'red', section: null }),
  task('4', { units: { lead: ['丙委'], joint: [], cooperating: ['甲局'], national: [] }, reports: [report('乙厅', 'on_track')], dueSoon: true, light: 'yellow' }),
];

const seqs = (f: TaskFilter) => applyFilter(TASKS, f).map((t) => t.seq);

describe('task filter', () => {
  it('selects by task status, light, deadline warning and section', () => {
    expect(seqs({})).toEqual(['1', '2', '3', '4']);
    expect(seqs({ status: 'delayed' })).toEqual(['1']);
    expect(seqs({ light: 'red' })).toEqual(['1', '3']);
    expect(seqs({ due: 'overdue' })).toEqual(['3']);
    expect(seqs({ due: 'dueSoon' })).toEqual(['4']);
    expect(seqs({ section: '推进保护体系建设' })).toEqual(['1', '2', '4']);
    expect(seqs({ section: '' })).toEqual(['3']); // outside any section
    expect(seqs({ section: '推进保护体系建设', light: 'red' })).toEqual(['1']);
  });

  it('selects a unit’s tasks the way the unit figures count them', () => {
    expect(seqs({ unit: '甲局', unitScope: 'lead' })).toEqual(['1', '2']);
    expect(seqs({ unit: '甲局', unitScope: 'joint' })).toEqual(['3']);
    expect(seqs({ unit: '甲局', unitScope: 'cooperating' })).toEqual(['4']);
    expect(seqs({ unit: '甲局', unitScope: 'responsible', due: 'overdue' })).toEqual(['3']);
    expect(seqs({ unit: '乙厅', unitScope: 'reported' })).toEqual(['4']); // reported on a task it is not assigned
    expect(seqs({ unit: '乙厅', unitScope: 'assigned' })).toEqual(['1', '3']);
    expect(seqs({ unit: '乙厅' })).toEqual(['1', '3', '4']); // assigned or reported
    expect(seqs({ unit: '甲局', unitStatus: 'completed' })).toEqual(['2']); // the unit's own report
  });

  it('round-trips through route parameters', () => {
    const f: TaskFilter = { unit: '甲局', unitScope: 'responsible', due: 'overdue', section: '' };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filterToParams(f))) if (v !== undefined) params.set(k, v);
    expect(filterFromParams(params)).toEqual(f);
    expect(isEmptyFilter(filterFromParams(new URLSearchParams('tab=tasks')))).toBe(true);
  });

  it('describes itself in Chinese', () => {
    expect(describeFilter({})).toBe('全部任务');
    expect(describeFilter({ status: 'delayed' })).toBe('滞后');
    expect(describeFilter({ unit: '甲局', unitScope: 'lead', status: 'delayed' })).toBe('甲局 · 牵头任务 · 滞后');
    expect(describeFilter({ unit: '甲局', unitStatus: 'completed' })).toBe('甲局 · 本单位报“已完成”');
    expect(describeFilter({ section: '', light: 'red' })).toBe('未分部分的任务 · 红灯');
  });
});
