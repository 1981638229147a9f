// The progress commands run as a user runs them: a real process on a real database file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../helpers/backend';
import { runCli, runCliWith } from '../../helpers/cli';
import { createPlan } from '../../helpers/progressPlan';
import { fillTemplate } from '../../helpers/returns';

let dbPath: string;
let dir: string;
let planId: number;

const cli = (...args: string[]) => runCli(dbPath, ...args);

beforeAll(async () => {
  const b = await testBackend();
  planId = await createPlan(b);
  dbPath = b.dbPath;
  dir = b.dir;
  b.close();
});

describe('progress commands', () => {
  // Ten processes, each compiling the CLI with tsx: slow on a busy machine.
  it('exports templates, imports returns, shows records, lists and undoes imports', { timeout: 300_000 }, async () => {
    const out = path.join(dir, 'templates');
    const exported = await cli('template', 'export', String(planId), '--period', '2023Q3', '--out', out, '--json');
    expect(exported.code, exported.stderr).toBe(0);
    // Every unit expected to report: the plan's two collective names (各有关市县政府, …各成员单位) are not.
    expect(JSON.parse(exported.stdout).files).toHaveLength(21);
    const names = fs.readdirSync(out);
    expect(names).toHaveLength(21);
    expect(names).toContain('2023Q3-省财政厅-推进情况统计表.xlsx');
    const forwarded = await cli('template', 'export', String(planId), '--period', '2023Q3', '--out', out, '--unit', '各有关市县政府', '--json');
    expect(JSON.parse(forwarded.stdout).files.map((f: { fileName: string }) => f.fileName)).toEqual(['2023Q3-各有关市县政府-推进情况统计表.xlsx']);

    const templateFile = path.join(out, '2023Q3-省财政厅-推进情况统计表.xlsx');
    const filled = await fillTemplate(
      { fileName: path.basename(templateFile), mime: '', bytes: new Uint8Array(fs.readFileSync(templateFile)) },
      (seq) => ({ progress: `财政厅第${seq}项进展`, status: seq === '9' ? '滞后' : '正常推进', nextSteps: '继续推进' }),
    );
    const good = path.join(dir, '财政厅.xlsx');
    const bad = path.join(dir, '坏文件.xlsx');
    fs.writeFileSync(good, filled.bytes);
    fs.writeFileSync(bad, '这不是表格');

    const preview = await cli('progress', 'import', String(planId), good, '--dry-run', '--json');
    expect(preview.code, preview.stderr).toBe(0);
    const previewFile = JSON.parse(preview.stdout).files[0];
    expect(previewFile).toMatchObject({ file: '财政厅.xlsx', unit: '省财政厅', period: '2023Q3', status: 'dry-run', unmatched: [], errors: [] });
    expect(previewFile.rows[2]).toMatchObject({ seq: '9', status: 'delayed', progress: '财政厅第9项进展', match: 'id', score: 1 });

    const imported = await cli('progress', 'import', String(planId), good, bad, '--json');
    expect(imported.code).not.toBe(0);
    const files = JSON.parse(imported.stdout).files;
    expect(files.map((f: { status: string }) => f.status)).toEqual(['imported', 'rejected']);
    expect(files[1].errors[0]).toContain('坏文件.xlsx');

    const shown = await cli('progress', 'show', String(planId), '--period', '2023Q3', '--json');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).records.map((r: Record<string, unknown>) => [r.seq, r.unit, r.status, r.progress, r.problems, r.nextSteps])).toEqual([
      ['7', '省财政厅', 'on_track', '财政厅第7项进展', '', '继续推进'],
      ['8', '省财政厅', 'on_track', '财政厅第8项进展', '', '继续推进'],
      ['9', '省财政厅', 'delayed', '财政厅第9项进展', '', '继续推进'],
    ]);

    // The progress matrix as a workbook, the statuses just imported in the 2023年第三季度 column.
    const matrixFile = path.join(dir, '一览表.xlsx');
    expect(await cli('matrix', String(planId), '--out', matrixFile, '--json')).toMatchObject({ code: 0, json: { file: matrixFile } });
    const matrix = new ExcelJS.Workbook();
    await matrix.xlsx.readFile(matrixFile);
    const sheet = matrix.worksheets[0]!;
    const q3 = (sheet.getRow(3).values as unknown[]).indexOf('2023年\n第三季度');
    const statusOf = (seq: string) => sheet.getColumn(q3).values[(sheet.getColumn(1).values as unknown[]).indexOf(seq)];
    expect(['7', '8', '9'].map(statusOf)).toEqual(['正常推进', '正常推进', '滞后']);
    // Another extension is refused before anything is written, naming the one it should be.
    for (const name of ['一览表.csv', '一览表']) {
      const wrong = path.join(dir, name);
      expect(await cli('matrix', String(planId), '--out', wrong, '--json')).toMatchObject({
        code: 1,
        json: { error: { code: 'INVALID_INPUT', message: `输出文件“${name}”的扩展名不符：各期推进情况一览表是 .xlsx 文件，请用以 .xlsx 结尾的文件名` } },
      });
      expect(fs.existsSync(wrong)).toBe(false);
    }

    const listed = await cli('imports', 'list', '--json');
    const [entry] = JSON.parse(listed.stdout).imports;
    expect(entry).toMatchObject({ fileName: '财政厅.xlsx', unit: '省财政厅', period: '2023Q3', outcome: 'imported', rows: 3 });

    // An option undo does not take (it has no preview) is refused, not ignored: the import stays.
    const previewUndo = await cli('imports', 'undo', String(entry.id), '--dry-run', '--json');
    expect(previewUndo.code).toBe(1);
    expect(previewUndo.json).toEqual({ error: { code: 'INVALID_INPUT', message: '未知选项：--dry-run' } });
    expect(JSON.parse((await cli('imports', 'list', '--json')).stdout).imports[0]).toMatchObject({ id: entry.id, outcome: 'imported' });
    expect(JSON.parse((await cli('progress', 'show', String(planId), '--period', '2023Q3', '--json')).stdout).records).toHaveLength(3);

    const undone = await cli('imports', 'undo', String(entry.id), '--json');
    expect(undone.code, undone.stderr).toBe(0);
    expect(JSON.parse(undone.stdout)).toMatchObject({ id: entry.id, outcome: 'undone' });
    expect(JSON.parse((await cli('progress', 'show', String(planId), '--period', '2023Q3', '--json')).stdout).records).toEqual([]);

    const again = await cli('imports', 'undo', String(entry.id), '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).error).toMatchObject({ code: 'CONFLICT' });
  });

  it('imports another table of a workbook with --decisions, says how in its text and in the import list, and refuses a decisions file that is not JSON', { timeout: 120_000 }, async () => {
    const wb = new ExcelJS.Workbook();
    for (const [unit, rows] of [
      ['省财政厅', [['7', '', '拨付资金。', '正常推进'], ['8', '', '下达资金。', '已完成']]],
      ['省法院', [['5', '', '审结案件。', '正常推进']]],
    ] as const) {
      const ws = wb.addWorksheet(unit);
      ws.addRow(['2023年第一季度工作要点推进情况汇总']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      for (const r of rows) ws.addRow([...r]);
    }
    const compiled = path.join(dir, '各单位汇总.xlsx');
    fs.writeFileSync(compiled, new Uint8Array(await wb.xlsx.writeBuffer()));
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(compiled)).digest('hex');

    const text = await cli('progress', 'import', String(planId), compiled, '--period', '2023Q1', '--dry-run');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`用 --decisions 给出一个 JSON 文件，写明导入哪一张，例如 {"${sha256}":{"sheet":"省法院"}}`);

    const decisions = path.join(dir, 'decisions.json');
    fs.writeFileSync(decisions, JSON.stringify({ [sha256]: { sheet: '省法院' } }));
    const chosen = await cli('progress', 'import', String(planId), compiled, '--period', '2023Q1', '--decisions', decisions, '--dry-run', '--json');
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(JSON.parse(chosen.stdout).files[0]).toMatchObject({ sheet: '省法院', unit: '省法院', otherTables: [{ sheet: '省财政厅', rows: 2 }] });

    // Imported with its fuller table: the list says which is left.
    const imported = await cli('progress', 'import', String(planId), compiled, '--period', '2023Q1');
    expect(imported.code, imported.stderr).toBe(0);
    const listed = await cli('imports', 'list');
    expect(listed.stdout).toMatch(/各单位汇总\.xlsx 省财政厅 2023Q1 2 项（另有 1 表未导入：省法院 1 行）\n/);
    // Times are the machine's: in Beijing, eight hours after the stored UTC time.
    const [newest] = (JSON.parse((await cli('imports', 'list', '--json')).stdout) as { imports: { id: number; importedAt: string }[] }).imports;
    const beijing = new Date(new Date(newest!.importedAt).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    const inBeijing = await runCliWith({ TZ: 'Asia/Shanghai' }, dbPath, 'imports', 'list');
    expect(inBeijing.stdout).toContain(`#${newest!.id} ${beijing} `);

    // --all-tables takes the table left: each entry names its table; the first one was in already.
    const rest = await cli('progress', 'import', String(planId), compiled, '--period', '2023Q1', '--all-tables');
    expect(rest.code, rest.stderr).toBe(0);
    expect(rest.stdout).toMatch(/^各单位汇总\.xlsx（省财政厅）：跳过（不写入），省财政厅 2023Q1，2 行\n/);
    expect(rest.stdout).toMatch(/\n\n各单位汇总\.xlsx（省法院）：已导入，省法院 2023Q1，1 行\n/);
    const listedAll = await cli('imports', 'list', '--json');
    const ofFile = JSON.parse(listedAll.stdout).imports.filter((i: { fileName: string }) => i.fileName === '各单位汇总.xlsx');
    expect(ofFile.map((i: { unit: string; outcome: string; tablesNotImported: unknown[] }) => [i.unit, i.outcome, i.tablesNotImported])).toEqual([
      ['省法院', 'imported', []],
      ['省财政厅', 'imported', []],
    ]);

    // A workbook of one sheet per quarter: the other quarters are taken by their period, not --all-tables.
    const byQuarter = new ExcelJS.Workbook();
    for (const q of ['一季度', '二季度']) {
      const ws = byQuarter.addWorksheet(q);
      ws.addRow([`省财政厅2023年${q}推进情况`]);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      ws.addRow(['7', '', `${q}拨付资金。`, '正常推进']);
    }
    const quarters = path.join(dir, '财政厅分季度.xlsx');
    fs.writeFileSync(quarters, new Uint8Array(await byQuarter.xlsx.writeBuffer()));
    const latest = await cli('progress', 'import', String(planId), quarters, '--all-tables', '--dry-run');
    expect(latest.stdout).toContain('财政厅分季度.xlsx：预览（未写入），省财政厅 2023Q2，1 行');
    expect(latest.stdout).toContain('如需导入该表，导入时选定它的期次即可。');
    expect(latest.stdout).not.toContain('--all-tables 一并导入');

    fs.writeFileSync(decisions, `{"${sha256}": {sheet: 省法院}}`);
    const refused = await cli('progress', 'import', String(planId), compiled, '--decisions', decisions, '--json');
    expect(refused).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message: `--decisions 给出的文件 ${decisions} 不是有效的 JSON（第 71 个字符附近有误）` } } });
  });
  it('records a joint return for each unit it names with --joint, and says so without it', { timeout: 120_000 }, async () => {
    const out = path.join(dir, 'joint');
    const exported = await cli('template', 'export', String(planId), '--period', '2023Q4', '--out', out, '--unit', '省财政厅');
    expect(exported.code, exported.stderr).toBe(0);
    const [name] = fs.readdirSync(out);
    const filled = await fillTemplate(
      { fileName: name!, mime: '', bytes: new Uint8Array(fs.readFileSync(path.join(out, name!))) },
      (seq) => ({ progress: `联合报送第${seq}项`, status: '正常推进' }),
      { unitLine: '填报单位：省财政厅、省地方金融监管局（联合报送）' },
    );
    const joint = path.join(dir, '联合报送.xlsx');
    fs.writeFileSync(joint, filled.bytes);

    const alone = await cli('progress', 'import', String(planId), joint, '--dry-run');
    expect(alone.stdout).toContain('提示：在命令行同时记为省地方金融监管局的报送，加 --joint');
    const both = await cli('progress', 'import', String(planId), joint, '--joint', '--json');
    expect(both.code, both.stderr).toBe(0);
    const files = JSON.parse(both.stdout).files as { unit: string; status: string; jointOf?: string; rows: { seq: string }[] }[];
    // Task 9 is both units'; the others on 省财政厅's form (7, and 8 unless closed by an earlier test) its own.
    expect(files.map((f) => [f.unit, f.status, f.jointOf ?? null])).toEqual([
      ['省财政厅', 'imported', null],
      ['省地方金融监管局', 'imported', '省财政厅'],
    ]);
    expect(files[0]!.rows.map((r) => r.seq)).toContain('7');
    expect(files[1]!.rows.map((r) => r.seq)).toEqual(['9']);
    // Recorded for both: there is no one left to record it for.
    const again = await cli('progress', 'import', String(planId), joint, '--joint', '--dry-run');
    expect(again.stdout).toMatch(/^联合报送\.xlsx：跳过（不写入），省财政厅 2023Q4，\d 行\n/);
    expect(again.stdout).not.toContain('省地方金融监管局');
  });
  it('says which rows wait for confirmation and were not imported, and how to confirm them', { timeout: 120_000 }, async () => {
    // One task on two rows (a long text split in two): merged, but only the official can say it is one report.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('省财政厅');
    ws.addRow(['2023年第二季度工作要点推进情况']);
    ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
    ws.addRow(['7', '', '拨付资金。', '正常推进']);
    ws.addRow(['7', '', '下达第二批资金。', '正常推进']);
    const split = path.join(dir, '财政厅分两行.xlsx');
    fs.writeFileSync(split, new Uint8Array(await wb.xlsx.writeBuffer()));
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(split)).digest('hex');

    const held = await cli('progress', 'import', String(planId), split, '--period', '2023Q2');
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toContain('财政厅分两行.xlsx：已导入，省财政厅 2023Q2，1 行（其中 1 行待确认，未导入）');
    expect(held.stdout).toContain('第 3 行匹配可信度较低，确认其任务前不导入；确认后再次导入本文件即可。');
    // The row's own notes, as the preview shows them beside the row.
    expect(held.stdout).toContain('\n      · 第4行与第3行是同一任务（序号7），已合并，请确认\n');
    const hint = new RegExp(`例如 \\{"${sha256}":\\{"rows":\\{"3":(\\d+)\\}\\}\\}`).exec(held.stdout);
    expect(hint, held.stdout).not.toBeNull();

    // Nothing of it was stored: the same file again is not “unchanged”.
    const again = await cli('progress', 'import', String(planId), split, '--period', '2023Q2', '--dry-run');
    expect(again.stdout).toContain('确认其任务前不导入');
    expect(again.stdout).not.toContain('无需再次导入');

    const decisions = path.join(dir, 'confirm.json');
    fs.writeFileSync(decisions, JSON.stringify({ [sha256]: { rows: { '3': Number(hint![1]) } } }));
    const confirmed = await cli('progress', 'import', String(planId), split, '--period', '2023Q2', '--decisions', decisions);
    expect(confirmed.stdout).toContain('，1 行\n');
    const shown = JSON.parse((await cli('progress', 'show', String(planId), '--period', '2023Q2', '--json')).stdout);
    expect(shown.records.map((r: { seq: string; progress: string }) => [r.seq, r.progress])).toEqual([['7', '拨付资金。\n下达第二批资金。']]);
  });

  it('imports the returns inside a zip, each named with the zip it came from', { timeout: 120_000 }, async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('进展');
    ws.addRow(['省法院2023年第一季度工作要点落实情况']);
    ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
    ws.addRow(['5', '', '审结案件。', '正常推进']);
    const bundle = path.join(dir, '一季度报送.zip');
    fs.writeFileSync(bundle, zipSync({ '法院/报送.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()), '法院/说明.txt': new TextEncoder().encode('见表') }));

    const result = await cli('progress', 'import', String(planId), bundle, '--period', '2023Q1', '--json');
    const files = JSON.parse(result.stdout).files as { file: string; archive?: string; status: string; unit: string | null }[];
    expect(files.map((f) => [f.file, f.archive, f.status, f.unit])).toEqual([
      ['一季度报送.zip/法院/报送.xlsx', '一季度报送.zip', 'imported', '省法院'],
      ['一季度报送.zip/法院/说明.txt', '一季度报送.zip', 'rejected', null],
    ]);
    expect(result.code).not.toBe(0); // a file was refused
  });

  it('stores the 收到日期 given with --received, lists it, and corrects or clears it with imports received', { timeout: 120_000 }, async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('进展');
    ws.addRow(['省法院2023年第二季度工作要点落实情况']);
    ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
    ws.addRow(['5', '', '审结案件。', '正常推进']);
    const file = path.join(dir, '法院二季度.xlsx');
    fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));

    const imported = await cli('progress', 'import', String(planId), file, '--period', '2023Q2', '--received', '2023-07-08', '--json');
    expect(imported.code, imported.stdout).toBe(0);
    const importId = JSON.parse(imported.stdout).files[0].importId as number;
    expect((await cli('imports', 'list')).stdout).toMatch(new RegExp(`^#${importId} .* 法院二季度\\.xlsx 省法院 2023Q2 1 项（2023年7月8日收到）$`, 'm'));

    const cleared = await cli('imports', 'received', String(importId), 'none', '--json');
    expect(cleared).toMatchObject({ code: 0, json: { id: importId, receivedOn: null, filledOn: null } });
    const text = await cli('imports', 'received', String(importId), '2023-07-09');
    expect(text.stdout.trim()).toBe(`导入记录 #${importId}（法院二季度.xlsx）的收到日期：2023年7月9日`);
    const wrong = await cli('imports', 'received', String(importId), '2023-13-01', '--json');
    expect(wrong).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message: expect.stringContaining('应为实际存在的日期，写作 2023-10-08') } } });
    expect((JSON.parse((await cli('imports', 'list', '--json')).stdout).imports as { id: number; receivedOn: string }[]).find((i) => i.id === importId)?.receivedOn).toBe('2023-07-09');
  });

  it('records today’s 催报 with submissions --remind and lists the days', { timeout: 120_000 }, async () => {
    const reminded = await cli('submissions', String(planId), '--period', '2023Q4', '--remind', '--json');
    expect(reminded.code, reminded.stdout).toBe(0);
    const units = (reminded.json as { units: { unit: string; state: string; remindedOn: string[] }[] }).units;
    const today = new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD in this machine's calendar
    expect(units.find((u) => u.unit === '省法院')).toMatchObject({ state: 'missing', remindedOn: [today] });
    const text = await cli('submissions', String(planId), '--period', '2023Q4');
    expect(text.stdout).toMatch(/^省法院：未报送 0\/1，缺序号5，已催报1次（最近\d{4}年\d{1,2}月\d{1,2}日）$/m);

    const withdrawn = await cli('submissions', String(planId), '--period', '2023Q4', '--withdraw-reminder', today, '--json');
    expect(withdrawn.code, withdrawn.stdout).toBe(0);
    expect((withdrawn.json as { units: { unit: string; remindedOn: string[] }[] }).units.find((u) => u.unit === '省法院')?.remindedOn).toEqual([]);
    const again = await cli('submissions', String(planId), '--period', '2023Q4', '--withdraw-reminder', today, '--json');
    expect(again).toMatchObject({ code: 1, json: { error: { code: 'NOT_FOUND' } } });
  });

  it('names under a unit in submissions its return imported for the period but recorded in the one written in the file', { timeout: 120_000 }, async () => {
    const out = path.join(dir, 'templates-q1');
    const exported = await cli('template', 'export', String(planId), '--period', '2023Q1', '--out', out, '--unit', '省法院', '--json');
    expect(exported.code, exported.stderr).toBe(0);
    const template = path.join(out, '2023Q1-省法院-推进情况统计表.xlsx');
    const reused = await fillTemplate({ fileName: '', mime: '', bytes: new Uint8Array(fs.readFileSync(template)) }, () => ({ progress: '沿用一季度的表' }));
    const file = path.join(dir, '法院二季度.xlsx');
    fs.writeFileSync(file, reused.bytes);
    const imported = await cli('progress', 'import', String(planId), file, '--period', '2023Q2', '--json');
    expect(imported.code, imported.stdout).toBe(0);
    expect(JSON.parse(imported.stdout).files[0]).toMatchObject({ status: 'imported', period: '2023Q1' });

    const listed = await cli('submissions', String(planId), '--period', '2023Q2', '--json');
    const court = (listed.json as { units: { unit: string; filedElsewhere: unknown[] }[] }).units.find((u) => u.unit === '省法院');
    expect(court?.filedElsewhere).toEqual([{ importId: expect.any(Number), fileName: '法院二季度.xlsx', importedAt: expect.any(String), period: '2023Q1' }]);
    const text = await cli('submissions', String(planId), '--period', '2023Q2');
    expect(text.stdout).toMatch(/^省法院：.*，法院二季度\.xlsx按2023年第一季度导入$/m);
  });
});
