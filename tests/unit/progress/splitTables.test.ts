// A Word table cut in two by a page break (or an empty paragraph pasted between its rows) is two
// tables in the document, the second without a header or with the first's again: both parts are
// one table's rows, in a .docx and a .doc alike (the .doc is ../../fixtures/doc/sources.ts's
// SPLIT_RETURN saved by LibreOffice: soffice --headless --convert-to doc:"MS Word 97" file.docx).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { docxWithTables } from '../../helpers/officeFiles';
import { createPlan } from '../../helpers/progressPlan';
import { SPLIT_RETURN } from '../../fixtures/doc/sources';

const doc = (name: string): FileInput => ({ name, bytes: new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../fixtures/doc/return-split-libreoffice.doc'))) });
const split = (name: string, tables = SPLIT_RETURN.tables, headings = SPLIT_RETURN.headings) => docxWithTables(name, SPLIT_RETURN.before, tables, [], headings);
const header = SPLIT_RETURN.tables[0]![0]!;

describe('a Word table split across pages', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });
  const preview = async (file: FileInput) => (await b.call('progress.import', { planId, period: '2023Q3', files: [file], dryRun: true })).files[0]!;

  it('reads the continuation without a header as rows of the table before it, .docx and .doc alike, and says so', async () => {
    for (const file of [await split('知识产权局跨页.docx'), doc('知识产权局跨页.doc')]) {
      const f = await preview(file);
      expect(f).toMatchObject({ errors: [], unit: '省知识产权局', sheet: '表格1', otherTables: [], unmatched: [] });
      expect(f.rows.map((r) => [r.row, r.seq, r.status, r.progress])).toEqual([
        [2, '1', 'on_track', '印发年度工作要点。'],
        [3, '2', 'on_track', '推进强市建设。'],
        [4, '3', 'on_track', '保护中心完成预审备案。'],
        [5, '4', 'completed', '已提交分中心申报材料。'],
        [6, '5', 'completed', '维权援助工作站覆盖各市。'],
      ]);
      expect(f.warnings).toContain(
        '文档中的表格2紧接在表格1之后（中间只有空行或分页符），列数相同、没有表头，看来是同一个表格被分开了，已接续表格1读入（即表格1第 5–6 行），请核对。',
      );
      expect(f.warnings.join('\n')).not.toMatch(/不在表中：序号 4/);
    }
  });

  it('joins a continuation that repeats the header, reading the header once', async () => {
    const [first, second] = SPLIT_RETURN.tables;
    const f = await preview(await split('知识产权局跨页重复表头.docx', [first!, [header, ...second!]]));
    expect(f).toMatchObject({ errors: [], sheet: '表格1', otherTables: [] });
    expect(f.rows.map((r) => [r.row, r.seq])).toEqual([
      [2, '1'],
      [3, '2'],
      [4, '3'],
      [5, '4'],
      [6, '5'],
    ]);
    expect(f.warnings).toContain(
      '文档中的表格2紧接在表格1之后（中间只有空行或分页符），列数相同、与表格1表头相同（重复的表头不读入），看来是同一个表格被分开了，已接续表格1读入（即表格1第 5–6 行），请核对。',
    );
  });

  it('keeps tables apart when text stands between them, or their columns differ', async () => {
    const [first, second] = SPLIT_RETURN.tables;
    // A line between the parts: two tables, as before; the second, headless, is no return table.
    const apart = await preview(await split('知识产权局两段.docx', [first!, [header, ...second!]], ['', '表二']));
    expect(apart).toMatchObject({ sheet: '表格1', otherTables: [{ sheet: '表格2', rows: 2 }] });
    expect(apart.warnings.join('\n')).not.toContain('接续');
    const narrower = second!.map((row) => row.slice(0, 3));
    const other = await preview(await split('知识产权局三列.docx', [first!, narrower]));
    expect(other.rows.map((r) => r.seq)).toEqual(['1', '2', '3']);
    expect(other.warnings.join('\n')).not.toContain('接续');
  });
});
