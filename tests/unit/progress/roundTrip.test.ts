// Done-when: export the sample (seed) plan's 2023Q3 templates, fill them as bureaus would (one re-saved without
// the hidden sheet, one with rows reordered, one with a row deleted), import, and find exactly what was written.
import { describe, expect, it } from 'vitest';
import type { FileInput, FileOutput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { fillTemplate, type Fill } from '../../helpers/returns';

const STATUSES = ['已完成', '正常推进', '滞后', '未启动'];
const STATUS_CODES: Record<string, string> = { 已完成: 'completed', 正常推进: 'on_track', 滞后: 'delayed', 未启动: 'not_started' };

/** A distinct report per unit and task, so a row landing on the wrong task is noticed. */
const report = (unit: string, seq: string): Fill => ({
  progress: `${unit}第${seq}项：本季度完成调研${seq}次，印发文件${Number(seq) + 1}件。\n下一阶段继续推进。`,
  status: STATUSES[Number(seq) % 4],
  problems: Number(seq) % 3 === 0 ? `经费不足（${unit}）` : '',
  nextSteps: `继续落实第${seq}项`,
  remarks: Number(seq) % 5 === 0 ? '=SUM(A1)' : '',
});

describe('template round trip', () => {
  let planId: number;
  let files: FileOutput[];
  const b = backendPerSuite(async (b) => {
    planId = (await b.call('plans.importSample', {})).planId!;
    files = (await b.call('templates.export', { planId, period: '2023Q3' })).files;
  });

  it('exports one workbook per reporting unit, named by period and unit', () => {
    const names = files.map((f) => f.fileName);
    expect(names).toContain('2023Q3-省知识产权局-推进情况统计表.xlsx');
    expect(names).toContain('2023Q3-省财政厅-推进情况统计表.xlsx');
    expect(names.some((n) => n.includes('国家知识产权局'))).toBe(false);
    // Collective names are no single unit: they report nothing, so they get no workbook unasked.
    expect(names.some((n) => n.includes('各有关市县政府') || n.includes('各成员单位'))).toBe(false);
  });

  it('imports filled, re-saved, reordered and shortened returns exactly', async () => {
    const unitOf = (f: FileOutput) => f.fileName.split('-')[1]!;
    const returned: FileInput[] = [];
    const expected = new Map<string, Fill>(); // "seq|unit"
    for (const file of files) {
      const unit = unitOf(file);
      const options =
        unit === '省财政厅'
          ? { resave: true }
          : unit === '省知识产权局'
            ? { reverse: true }
            : unit === '省人社厅'
              ? { deleteSeq: '17' }
              : {};
      returned.push(
        await fillTemplate(
          file,
          (seq) => {
            const fill = report(unit, seq);
            if (!(unit === '省人社厅' && seq === '17')) expected.set(`${seq}|${unit}`, fill);
            return fill;
          },
          options,
        ),
      );
    }

    const result = await b.call('progress.import', { planId, files: returned, dryRun: false });
    for (const f of result.files) {
      expect(f.errors, f.file).toEqual([]);
      expect(f.status, f.file).toBe('imported');
      expect(f.period).toBe('2023Q3');
      expect(f.unmatched).toEqual([]);
      expect(f.rows.every((r) => !r.lowConfidence)).toBe(true);
    }
    const byUnit = new Map(result.files.map((f) => [f.unit, f]));
    expect(byUnit.get('省财政厅')!.unitSource).toBe('cell');
    expect(byUnit.get('省财政厅')!.periodSource).toBe('title');
    expect(byUnit.get('省财政厅')!.rows.map((r) => r.match)).toEqual(['seq', 'seq', 'seq']);
    expect(byUnit.get('省知识产权局')!.rows.every((r) => r.match === 'id')).toBe(true);
    expect(byUnit.get('省知识产权局')!.rows.map((r) => r.seq)[0]).toBe('18');
    expect(byUnit.get('省人社厅')!.rows.map((r) => r.seq)).toEqual(['18']);

    const { records } = await b.call('progress.list', { planId, period: '2023Q3' });
    expect(records).toHaveLength(expected.size);
    for (const r of records) {
      const want = expected.get(`${r.seq}|${r.unit}`);
      expect(want, `${r.seq} ${r.unit}`).toBeDefined();
      expect(r.progress).toBe(want!.progress);
      expect(r.status).toBe(STATUS_CODES[want!.status!]);
      expect(r.statusText).toBe(want!.status);
      expect(r.problems).toBe(want!.problems);
      expect(r.nextSteps).toBe(want!.nextSteps);
      expect(r.remarks).toBe(want!.remarks);
    }
  });
});
