// The import preview's decisions (what the official confirmed, reassigned, skipped or kept) and the
// counts the commit button is gated on; the matrix filters; the default period.
import { describe, expect, it, vi } from 'vitest';
import type { ImportedFile, ImportedRow } from '../../../electron/shared/api/progress';
import type { Period } from '../../../electron/shared/types';
import {
  batchCounts,
  countsTables,
  unassignedRows,
  entryKey,
  earlierOfOwner,
  inOtherPeriods,
  pendingRows,
  refusedEntries,
  refusedLabel,
  tablesToAdd,
  withAllGuessesConfirmed,
  withAllTables,
  withJointUnits,
  withKeep,
  withRowTask,
  withSheet,
  withUnit,
  type ImportDecisions,
} from '../../../renderer/src/components/progress/importDecisions';
import { filterMatrixRows, NO_FILTER, type MatrixRow } from '../../../renderer/src/components/progress/matrixFilter';
import { defaultPeriod, periodLabel } from '../../../renderer/src/components/progress/periods';
import { defaultSummaryPeriod } from '../../../renderer/src/components/summary/summaryPeriod';

const fields = { status: null, statusText: '', progress: '有进展', problems: '', nextSteps: '', remarks: '' };

function row(n: number, patch: Partial<ImportedRow> = {}): ImportedRow {
  return { ...fields, row: n, seq: String(n), taskId: 100 + n, match: 'seq', score: 1, lowConfidence: false, diff: 'new', previous: null, warnings: [], ...patch };
}

function file(sha: string, rows: ImportedRow[], patch: Partial<ImportedFile> = {}): ImportedFile {
  return {
    file: `${sha}.xlsx`,
    sha256: sha,
    decisionKey: sha,
    skipped: false,
    unit: '省财政厅',
    unitId: 1,
    period: '2023Q3',
    status: 'dry-run',
    sheet: 'Sheet1',
    headerRow: 3,
    unitSource: 'hidden',
    periodSource: 'hidden',
    importId: null,
    duplicateOf: null,
    rows,
    unmatched: [],
    errors: [],
    warnings: [],
    periodConflict: null,
    unitConflict: null,
    receivedOnBefore: null,
    otherTables: [],
    ...patch,
  };
}

describe('import decisions', () => {
  const guess = row(5, { match: 'content', score: 0.53, lowConfidence: true });
  const a = file('aaa', [row(4), guess, row(6, { diff: 'changed' }), row(7, { diff: 'unchanged' })]);
  const rejected = file('bbb', [row(1)], { status: 'rejected', errors: ['无法确定单位'] });

  it('counts a joint return recorded for several units as one file, naming the units it is recorded for too', () => {
    const primary = file('ccc', [row(4)], { jointUnits: ['省商务厅'] });
    const partner = file('ccc', [row(5)], { decisionKey: 'ccc@7', unit: '省商务厅', unitId: 7, jointOf: '省财政厅', jointUnits: ['省财政厅'] });
    expect(batchCounts([primary, partner], {})).toMatchObject({ importable: 1, writes: 2, jointRecords: '（联合报送，另记为省商务厅的报送）' });
    expect(countsTables([primary, partner])).toBe(false);
    // Both go into another period than the one chosen: one file does.
    expect(inOtherPeriods([primary, partner], '2023Q4')).toEqual([primary]);
    expect(withJointUnits({}, 'ccc', true)).toEqual({ ccc: { jointUnits: true } });
    expect(withJointUnits({ ccc: { jointUnits: true, unit: '省财政厅' } }, 'ccc', false)).toEqual({ ccc: { unit: '省财政厅' } });
  });

  it('holds back the commit until every guess is settled, and counts only rows that change data', () => {
    expect(batchCounts([a, rejected], {})).toEqual({ importable: 1, skipped: 0, rejected: 1, pending: 1, unmatched: 0, periodConflicts: 0, unitConflicts: 0, jointRecords: '', writes: 2 });
    // The same file twice: the second is neither imported nor refused.
    const twin = file('aaa', [], { skipped: true, unit: null, unitId: null, warnings: ['与本批中的文件“aaa.xlsx”内容完全相同，已跳过。'] });
    expect(batchCounts([a, twin], {})).toMatchObject({ importable: 1, skipped: 1, rejected: 0 });
    // …and a row of its own in the list, though it shares the first's decision key.
    expect(entryKey({ ...twin, file: '副本.xlsx' })).not.toBe(entryKey(a));
    const confirmed = withRowTask({}, 'aaa', 5, 105);
    expect(pendingRows(a, confirmed['aaa'])).toEqual([]);
    expect(batchCounts([a, rejected], confirmed)).toMatchObject({ pending: 0, writes: 3 });
  });

  it('counts the rows that matched no task until the official assigns them one', () => {
    const other = { row: 9, seq: '', content: '其他工作', progress: '开展宣传。', statusText: '', problems: '', nextSteps: '', remarks: '' };
    const withOther = file('ddd', [row(4)], { unmatched: [other, { ...other, row: 10 }] });
    expect(batchCounts([withOther], {}).unmatched).toBe(2);
    expect(unassignedRows(withOther, withRowTask({}, 'ddd', 9, 104)['ddd'])).toEqual([{ ...other, row: 10 }]);
    // A refused file's rows are not counted: none of it is imported anyway.
    expect(batchCounts([{ ...withOther, status: 'rejected' }], {}).unmatched).toBe(0);
  });

  it('names the batch’s earlier files of a unit and period, which the later one’s rows are compared with', () => {
    const second = file('ccc', [row(4, { diff: 'changed' })]);
    const otherPeriod = file('ddd', [row(4)], { period: '2023Q2' });
    const batch = [a, rejected, otherPeriod, second];
    expect(earlierOfOwner(batch, second)).toEqual(['aaa.xlsx']);
    expect(earlierOfOwner(batch, a)).toEqual([]);
    expect(earlierOfOwner(batch, otherPeriod)).toEqual([]);
  });

  it('counts files waiting for their period or unit apart from the rejected ones', () => {
    const reused = file('ccc', [row(1, { diff: 'changed' })], {
      status: 'rejected',
      period: '2023Q2',
      errors: ['文件中写的期次是2023年第二季度……'],
      periodConflict: { written: '2023Q2', chosen: '2023Q3', changes: 1 },
    });
    const otherUnitsForm = file('ddd', [row(1)], {
      status: 'rejected',
      unit: null,
      unitId: null,
      errors: ['文件“ddd.xlsx”是发给省财政厅的填报表……'],
      unitConflict: { identified: '省财政厅', written: '省人社厅' },
    });
    expect(batchCounts([a, rejected, reused, otherUnitsForm], {})).toMatchObject({ importable: 1, rejected: 1, periodConflicts: 1, unitConflicts: 1 });
  });

  it('counts refused entries as files, or as tables where one of a file’s several tables is refused', () => {
    const empty = file('fff', [], { status: 'rejected', sheet: null, errors: ['文件“fff.xlsx”是空文件……'] });
    const compiled = file('eee', [row(4)]);
    const unitless = file('eee', [row(5)], { decisionKey: 'eee:表格2', sheet: '表格2', status: 'rejected', unit: null, errors: ['无法确定……'] });
    const batch = [a, rejected, empty, compiled, unitless];
    expect(refusedLabel(refusedEntries(batch), batch)).toBe('2 个文件、1 张表');
    expect(refusedLabel([rejected, empty], [a, rejected, empty])).toBe('2 个文件');
    expect(refusedLabel([unitless], batch)).toBe('1 张表');
  });

  it('skips a row with null, forgets a choice with undefined, and keeps stored values per task', () => {
    let d: ImportDecisions = withRowTask({}, 'aaa', 4, null);
    expect(d['aaa']!.rows).toEqual({ '4': null });
    expect(batchCounts([a], d).writes).toBe(1);
    d = withKeep(d, 'aaa', 106, true);
    expect(d['aaa']!.keep).toEqual([106]);
    expect(batchCounts([a], d).writes).toBe(0);
    d = withKeep(withRowTask(d, 'aaa', 4, undefined), 'aaa', 106, false);
    expect(d['aaa']).toEqual({ rows: {}, keep: [] });
  });

  it('confirms all guesses of one file without touching rows already decided or other files', () => {
    const other = withUnit({}, 'ccc', '省法院');
    const decided = withRowTask(other, 'aaa', 4, 110);
    const all = withAllGuessesConfirmed(decided, a);
    expect(all['aaa']!.rows).toEqual({ '4': 110, '5': 105 });
    expect(all['ccc']).toEqual({ unit: '省法院' });
    expect(decided['aaa']!.rows).toEqual({ '4': 110 }); // the previous object is left alone
  });

  it('starts a file afresh on another of its tables: its rows, unit and period were the other table’s', () => {
    const decided = withKeep(withRowTask(withUnit(withUnit({}, 'ccc', '省法院'), 'aaa', '省财政厅'), 'aaa', 4, 110), 'aaa', 105, true);
    const other = withSheet(decided, 'aaa', '表格1');
    expect(other['aaa']).toEqual({ sheet: '表格1' });
    expect(other['ccc']).toEqual({ unit: '省法院' });
  });

  it('keeps the choices for a table of a file imported with all its tables under that table’s key', () => {
    const compiled = file('eee', [row(4), guess], {
      otherTables: [{ sheet: '表格2', rows: 1 }, { sheet: '二季度', rows: 3, byPeriod: true }, { sheet: '表格3', rows: 1, imported: true }],
    });
    expect(tablesToAdd(compiled)).toEqual([{ sheet: '表格2', rows: 1 }]);
    const all = withAllTables(withUnit({}, 'eee', '省财政厅'), 'eee');
    expect(all['eee']).toEqual({ unit: '省财政厅', allTables: true });
    const second = file('eee', [guess], { decisionKey: 'eee:表格2', sheet: '表格2' });
    const decided = withRowTask(all, second.decisionKey, 5, 105);
    expect(decided['eee:表格2']).toEqual({ rows: { '5': 105 } });
    // The first table's guess is still pending; the second table's is settled.
    expect(batchCounts([compiled, second], decided)).toMatchObject({ importable: 2, pending: 1 });
    expect(withAllGuessesConfirmed(decided, compiled)['eee']).toEqual({ unit: '省财政厅', allTables: true, rows: { '5': 105 } });
  });
});

describe('matrix filters', () => {
  const rows: MatrixRow[] = [
    { taskId: 1, seq: '1', content: '知识产权强省建设', cells: { '2023Q3': 'completed' } },
    { taskId: 2, seq: '2', content: '专利导航服务基地', cells: { '2023Q3': 'delayed' } },
    { taskId: 3, seq: '3', content: '维权援助体系', cells: {} },
  ];
  const sections = [
    { id: 10, ord: 1, numeral: '一', title: '集聚资源' },
    { id: 20, ord: 2, numeral: '（一）', title: '强化运用' },
  ];
  const lookups = { period: '2023Q3', unitTaskIds: null, sectionOf: new Map([[1, 10], [2, 20], [3, 20]]), sections };
  const seqs = (r: MatrixRow[]) => r.map((x) => x.seq);

  it('filters by status in the period (no cell means unreported), section, unit and text', () => {
    expect(seqs(filterMatrixRows(rows, NO_FILTER, lookups))).toEqual(['1', '2', '3']);
    expect(seqs(filterMatrixRows(rows, { ...NO_FILTER, status: 'unreported' }, lookups))).toEqual(['3']);
    expect(seqs(filterMatrixRows(rows, { ...NO_FILTER, sectionId: 20 }, lookups))).toEqual(['2', '3']);
    // A part takes in the tasks of its sub-sections.
    expect(seqs(filterMatrixRows(rows, { ...NO_FILTER, sectionId: 10 }, lookups))).toEqual(['1', '2', '3']);
    expect(seqs(filterMatrixRows(rows, { ...NO_FILTER, unitId: 7 }, { ...lookups, unitTaskIds: new Set([1, 3]) }))).toEqual(['1', '3']);
    expect(seqs(filterMatrixRows(rows, { ...NO_FILTER, text: '专利' }, lookups))).toEqual(['2']);
    expect(seqs(filterMatrixRows(rows, { ...NO_FILTER, text: '3' }, lookups))).toEqual(['3']);
  });
});

describe('periods', () => {
  const period = (code: string, startDate: string, endDate: string, reported = false): Period => ({
    id: 1,
    planId: 1,
    code,
    label: code,
    startDate,
    endDate,
    locked: false,
    reported,
  });
  const periods = [period('2023Q1', '2023-01-01', '2023-03-31'), period('2023Q2', '2023-04-01', '2023-06-30')];

  it('opens on the period under way, else the latest begun, else the first', () => {
    expect(defaultPeriod(periods, '2023-05-02')?.code).toBe('2023Q2');
    expect(defaultPeriod(periods, '2026-11-26')?.code).toBe('2023Q2');
    expect(defaultPeriod(periods, '2020-01-01')?.code).toBe('2023Q1');
    expect(defaultPeriod([], '2023-05-02')).toBeNull();
  });

  it('takes today as the machine\'s local date, not the UTC one', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    vi.useFakeTimers({ now: new Date('2023-03-31T23:30:00Z') }); // 07:30 on 1 April in Beijing
    try {
      expect(defaultPeriod(periods)?.code).toBe('2023Q2');
    } finally {
      vi.useRealTimers();
      process.env.TZ = zone;
    }
  });

  it('opens the summary on the latest period with reports, else where the progress page opens', () => {
    const reportedFirst = [period('2023Q1', '2023-01-01', '2023-03-31', true), period('2023Q2', '2023-04-01', '2023-06-30'), period('2023Q3', '2023-07-01', '2023-09-30')];
    expect(defaultSummaryPeriod(reportedFirst)?.code).toBe('2023Q1');
    expect(defaultSummaryPeriod(periods)?.code).toBe(defaultPeriod(periods)?.code);
  });

  it('labels codes the plan does not have yet', () => {
    expect(periodLabel('2023Q3')).toBe('2023年第三季度');
    expect(periodLabel(null)).toBe('未识别');
  });
});
