// Returned forms as bureaus really send them: their own layouts, merged titles and sections, headers
// in other words and orders, full-width numbers, no 序号 column, .xls and GB18030 .csv, "同上",
// footnotes and signatures, two-row headers, one task over two rows, LibreOffice's .ods.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import type { ImportedFile } from '../../../electron/shared/api/progress';
import { testBackend } from '../../helpers/backend';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { docxOfParagraphs, docxWithTable, docxWithTables } from '../../helpers/officeFiles';
import { addAlias, createPlan } from '../../helpers/progressPlan';
import { SEED_PLAN } from '../../helpers/seedPlan';

const RETURNS = path.resolve(__dirname, '../../fixtures/returns');
const content = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!.content;
const firstSentence = (seq: string) => content(seq).split(/[。，,]/)[0]!;

async function xlsx(build: (wb: ExcelJS.Workbook) => void, name: string): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

/** 财政厅: instructions sheet first, merged title without a year, alias in 填报单位, own column order. */
const financeReturn = () =>
  xlsx((wb) => {
    wb.addWorksheet('填报说明').addRows([['填报说明'], ['1. 请按季度填写。'], ['2. 完成情况填写已完成、正常推进、滞后或未启动。']]);
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['工作要点推进情况表（三季度）']);
    ws.mergeCells('A1:H1');
    ws.addRow(['填报单位：财政厅（盖章）', '', '', '', '填报日期：2023年10月8日']);
    ws.addRow(['序号', '重点任务', '完成情况', '工作进展', '下一步工作打算', '困难和问题', '责任处室', '备注']);
    ws.addRow(['三、聚力推动知识产权支撑产业转型发展']);
    ws.mergeCells('A4:H4');
    ws.addRow(['７', content('7'), '按序时推进', '1. 拨付专利转化资金2000万元；\n2. 支持高校院所转化专利86件。', '继续拨付第二批资金', '无', '产业处', '']);
    ws.addRow(['（8）', content('8'), '', '太原市运营服务体系建设资金已下达。', '同上', '', '', '']);
    ws.addRow(['9、', firstSentence('9'), '基本完成', '风险补偿资金池规模达到5亿元。', '扩大覆盖面', '部分银行积极性不高', '金融处', '见附件']);
    ws.addRow(['注：1. 完成情况请填写已完成、正常推进、滞后、未启动。']);
    ws.mergeCells('A8:H8');
    ws.addRow(['填报人：张三', '', '联系电话：0351-1234567']);
  }, '财政厅三季度.xlsx');

/** 人社厅: a legacy .xls without a 序号 column; unit written with the province name in full. */
function hrReturn(): FileInput {
  const ws = XLSX.utils.aoa_to_sheet([
    ['2023年1-9月工作要点落实情况'],
    ['报送单位：山西省人力资源和社会保障厅'],
    ['任务内容', '推进情况', '进度', '存在问题', '下步计划'],
    [firstSentence('18'), '支持3所高校建立知识产权研究院。', '正常推进', '', '继续支持'],
    [content('17'), '认定知识产权职称12人。', '已完成', '', ''],
    ['其他工作：开展知识产权宣传周活动', '组织宣传活动5场。', '已完成', '', ''],
  ]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '进展');
  return { name: '人社厅.xls', bytes: new Uint8Array(XLSX.write(wb, { bookType: 'xls', type: 'array' }) as ArrayBuffer) };
}

/** 省法院: a GB18030 .csv named with unit and period, a quoted field with a comma and a line break. */
function courtReturn(): FileInput {
  const csv = [
    '序号,工作任务,进展情况,完成状态,存在问题,下步计划',
    `5,${content('5').slice(0, 20)},"审结知识产权案件1200件,同比增长8%。\n设立巡回审判点3个。",进行中,,继续推进`,
  ].join('\r\n');
  return { name: '省法院-2023年第三季度进展.csv', bytes: new Uint8Array(iconv.encode(csv, 'gb18030')) };
}

/** 省知识产权局: a two-row merged header, a task spread over two rows, a wrong 序号, an unknown row. */
const ipReturn = () =>
  xlsx((wb) => {
    const ws = wb.addWorksheet('三季度');
    ws.addRow(['《2022-2023年工作要点》推进情况统计表（2023年第三季度）']);
    ws.mergeCells('A1:F1');
    ws.addRow(['填报单位：省知识产权局']);
    ws.addRow(['序号', '工作任务', '推进情况', '', '', '备注']);
    ws.addRow(['', '', '进展情况', '完成状态', '存在问题', '']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:E3');
    ws.mergeCells('F3:F4');
    ws.addRow(['1', content('1'), '印发强省建设年度工作要点。', '正常推进', '', '']);
    ws.addRow(['3', content('3'), '保护中心完成预审备案。', '已完成', '', '']);
    ws.addRow(['', '', '快速维权案件办结率95%。', '', '', '']);
    ws.mergeCells('A6:A7');
    ws.mergeCells('B6:B7');
    ws.addRow(['4', content('6'), '建设专利导航服务基地2个。', '正常推进', '', '']);
    ws.addRow(['', '其他工作：开展知识产权宣传周活动', '组织宣传活动5场。', '已完成', '', '']);
  }, '知识产权局.xlsx');

/** 省知识产权局: status ticked in one column per status, under a merged 完成情况 over two header rows. */
const tickedReturn = () =>
  xlsx((wb) => {
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['省知识产权局2023年第三季度工作要点推进情况表']);
    ws.mergeCells('A1:H1');
    ws.addRow(['序号', '工作任务', '完成情况', '', '', '工作进展', '存在问题', '下一步打算']);
    ws.addRow(['', '', '已完成', '正在推进', '未启动', '', '', '']);
    for (const range of ['A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'G2:G3', 'H2:H3']) ws.mergeCells(range);
    ws.addRow(['1', content('1'), '√', '', '', '印发强省建设年度工作要点。', '无', '抓好落实']);
    ws.addRow(['2', content('2'), '○', '✓', '○', '推进强市建设。', '资金不足', '继续推进']);
    ws.addRow(['3', content('3'), '√', '√', '', '保护中心完成预审备案。', '', '']);
    ws.addRow(['4', content('4'), '√（9月已验收）', '', '', '获批分中心。', '', '']);
  }, '知识产权局（勾选）.xlsx');

/** 省公安厅: a legacy .xls whose one header row names a status per column, ticked with 是. */
function tickedXls(): FileInput {
  const ws = XLSX.utils.aoa_to_sheet([
    ['填报单位：省公安厅'],
    ['序号', '工作任务', '已完成', '正常推进', '滞后', '未启动', '进展情况'],
    ['5', content('5'), '', '', '是', '', '专项行动进度滞后。'],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '三季度');
  return { name: '公安厅.xls', bytes: new Uint8Array(XLSX.write(wb, { bookType: 'xls', type: 'array' }) as ArrayBuffer) };
}

/**
 * 省知识产权局 in Word: a report whose table has a two-row merged header, 序号 numbered by Word,
 * one task over two rows, the unit and period in the paragraphs above and a signature below.
 */
const wordReturn = () =>
  docxWithTable(
    '知识产权局三季度报告.docx',
    ['省知识产权局关于2023年第三季度工作要点推进情况的报告', '填报单位：省知识产权局'],
    [
      [{ text: '序号', rowSpan: 2 }, { text: '工作任务', rowSpan: 2 }, { text: '推进情况', columnSpan: 2 }, { text: '存在问题', rowSpan: 2 }],
      ['进展情况', '完成状态'],
      [{ numbered: true }, content('1'), '印发强省建设年度工作要点。\n召开推进会。', '正常推进', ''],
      [{ numbered: true }, content('2'), '推进强市建设。', '已完成', '无'],
      [{ text: '3', rowSpan: 2 }, { text: content('3'), rowSpan: 2 }, '保护中心完成预审备案。', '正常推进', ''],
      ['快速维权案件办结率95%。', '', ''],
    ],
    ['填报人：张三    联系电话：0351-1234567'],
  );

/** 省知识产权局's cumulative 台账: one progress column per quarter, filled through the year. */
const cumulativeReturn = () =>
  xlsx((wb) => {
    const ws = wb.addWorksheet('台账');
    ws.addRow(['2023年工作要点推进情况台账（省知识产权局）']);
    ws.addRow(['序号', '工作任务', '一季度进展情况', '二季度进展情况', '三季度进展情况', '完成状态', '存在问题']);
    ws.addRow(['1', content('1'), '起草方案', '征求意见', '印发实施', '已完成', '']);
    ws.addRow(['2', content('2'), '开展调研', '同上', '', '正常推进', '']);
  }, '知识产权局台账.xlsx');

/** A workbook of sheets, each a line (title or 填报单位) above a four-column form and its rows. */
const formSheets = (fileName: string, sheets: [name: string, lineAbove: string, rows: string[][]][]) =>
  xlsx((wb) => {
    for (const [name, lineAbove, rows] of sheets) {
      const ws = wb.addWorksheet(name);
      ws.addRow([lineAbove]);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      for (const r of rows) ws.addRow(r);
    }
  }, fileName);

describe('messy returned forms', () => {
  let planId: number;
  let files: ImportedFile[];
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
    await addAlias(b, '省财政厅', '财政厅');
    const result = await b.call('progress.import', {
      planId,
      files: [await financeReturn(), hrReturn(), courtReturn(), await ipReturn()],
      dryRun: true,
    });
    files = result.files;
  });

  const file = (name: string) => files.find((f) => f.file === name)!;
  const row = (f: ImportedFile, seq: string) => f.rows.find((r) => r.seq === seq)!;

  it('reads a bureau’s own layout: instructions sheet, alias, own column order, full-width numbers, 同上', () => {
    const f = file('财政厅三季度.xlsx');
    expect(f.errors).toEqual([]);
    expect(f).toMatchObject({ status: 'dry-run', sheet: 'Sheet1', headerRow: 3, unit: '省财政厅', unitSource: 'cell', period: '2023Q3', periodSource: 'title' });
    expect(f.rows.map((r) => [r.seq, r.match, r.lowConfidence])).toEqual([
      ['7', 'seq', false],
      ['8', 'seq', false],
      ['9', 'seq', false],
    ]);
    expect(row(f, '7')).toMatchObject({
      status: 'on_track',
      statusText: '按序时推进',
      progress: '1. 拨付专利转化资金2000万元；\n2. 支持高校院所转化专利86件。',
      problems: '无',
      nextSteps: '继续拨付第二批资金',
      // The bureau's own column is kept, named, in the remarks.
      remarks: '责任处室：产业处',
      diff: 'new',
    });
    // Work reported without a status is not 未启动 either: on track, for the official to check.
    expect(row(f, '8')).toMatchObject({ status: 'on_track', statusText: '', nextSteps: '继续拨付第二批资金', remarks: '' });
    expect(row(f, '8').warnings).toContain('完成状态未填，按正常推进统计，请核对');
    // “基本完成” is not 未启动: it counts as on track until the official says it is done.
    expect(row(f, '9')).toMatchObject({ status: 'on_track', statusText: '基本完成', remarks: '见附件\n责任处室：金融处' });
    expect(row(f, '9').warnings).toContain('完成状态“基本完成”按正常推进统计，请核对');
    expect(f.warnings).toContain('“责任处室”列不是填报表的栏目，内容已记入备注（前面注明列名）。');
    expect(f.unmatched).toEqual([]);
  });

  it('matches an .xls without 序号 by task text, and keeps what matches nothing', () => {
    const f = file('人社厅.xls');
    expect(f.errors).toEqual([]);
    expect(f).toMatchObject({ unit: '省人社厅', unitSource: 'cell', period: '2023Q3', periodSource: 'title' });
    expect(f.rows.map((r) => [r.seq, r.match, r.lowConfidence])).toEqual([
      ['18', 'content', false],
      ['17', 'content', false],
    ]);
    expect(row(f, '18').score).toBeGreaterThanOrEqual(0.6);
    expect(row(f, '17')).toMatchObject({ status: 'completed', progress: '认定知识产权职称12人。' });
    // Everything the unit wrote in the row is shown, for the official to assign it or leave it.
    expect(f.unmatched).toEqual([
      { row: 6, seq: '', content: '其他工作：开展知识产权宣传周活动', progress: '组织宣传活动5场。', statusText: '已完成', problems: '', nextSteps: '', remarks: '' },
    ]);
  });

  it('reads a GB18030 .csv, taking unit and period from the file name', () => {
    const f = file('省法院-2023年第三季度进展.csv');
    expect(f.errors).toEqual([]);
    expect(f).toMatchObject({ unit: '省法院', unitSource: 'filename', period: '2023Q3', periodSource: 'filename' });
    expect(f.rows).toHaveLength(1);
    expect(row(f, '5')).toMatchObject({ match: 'seq', status: 'on_track', progress: '审结知识产权案件1200件,同比增长8%。\n设立巡回审判点3个。' });
  });

  it('imports a LibreOffice .ods return as the .xlsx it was saved from', async () => {
    const fixture = (name: string) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(RETURNS, name))) });
    const preview = async (name: string) => (await b.call('progress.import', { planId, files: [fixture(name)], dryRun: true })).files[0]!;
    const [ods, xlsx] = [await preview('libreoffice-saved.ods'), await preview('libreoffice-saved.xlsx')];
    expect(ods.errors).toEqual([]);
    expect(ods).toMatchObject({ unit: '省财政厅', period: '2023Q3', sheet: '三季度', headerRow: xlsx.headerRow, warnings: xlsx.warnings });
    const seen = (f: ImportedFile) => f.rows.map((r) => [r.seq, r.taskId, r.match, r.status, r.progress, r.nextSteps]);
    expect(seen(ods)).toEqual(seen(xlsx));
    expect(seen(ods)).toHaveLength(2);
  });

  it('reads a two-row header, joins a task spread over two rows, and flags a wrong 序号', () => {
    const f = file('知识产权局.xlsx');
    expect(f.errors).toEqual([]);
    expect(f).toMatchObject({ unit: '省知识产权局', headerRow: 4, period: '2023Q3' });
    expect(row(f, '1')).toMatchObject({ match: 'seq', status: 'on_track', lowConfidence: false });
    expect(row(f, '3')).toMatchObject({ status: 'completed', progress: '保护中心完成预审备案。\n快速维权案件办结率95%。', lowConfidence: false });
    // 序号 4 with the text of task 6: matched by text, but only after confirmation.
    expect(row(f, '6')).toMatchObject({ row: 8, match: 'content', lowConfidence: true });
    expect(row(f, '6').warnings.join()).toContain('序号4与任务内容不一致');
    expect(row(f, '6').warnings).toContain('匹配可信度较低，确认前不会导入此行');
    expect(f.unmatched.map((u) => u.content)).toEqual(['其他工作：开展知识产权宣传周活动']);
  });

  it('reads a status ticked in one column per status, whether under a group title or in one header row', async () => {
    const [ticked, xls] = (await b.call('progress.import', { planId, files: [await tickedReturn(), tickedXls()], period: '2023Q3', dryRun: true })).files;
    expect(ticked).toMatchObject({ errors: [], unit: '省知识产权局', headerRow: 3, unmatched: [] });
    expect(ticked!.warnings).toContain('“已完成”“正在推进”“未启动”列按所打的勾读作完成状态。');
    expect(ticked!.warnings.join()).not.toContain('不是填报表的栏目');
    expect(ticked!.rows.map((r) => [r.seq, r.status, r.statusText, r.remarks])).toEqual([
      ['1', 'completed', '已完成', ''],
      ['2', 'on_track', '正在推进', ''],
      // Two boxes ticked name no one status: read as two units' would be combined, kept as ticked, for the official to check.
      ['3', 'on_track', '已完成、正在推进', ''],
      // Words beside the tick are kept, under the column's name.
      ['4', 'completed', '已完成', '已完成：√（9月已验收）'],
    ]);
    expect(row(ticked!, '3').warnings).toContain('完成状态“已完成、正在推进”按正常推进统计，请核对');
    expect(row(ticked!, '2')).toMatchObject({ progress: '推进强市建设。', problems: '资金不足', nextSteps: '继续推进' });

    expect(xls).toMatchObject({ errors: [], unit: '省公安厅', headerRow: 2 });
    expect(xls!.rows.map((r) => [r.seq, r.status, r.statusText, r.progress])).toEqual([['5', 'delayed', '滞后', '专项行动进度滞后。']]);
  });

  it('reads a table in a Word report: merged header, numbered 序号, unit and period from the paragraphs', async () => {
    const [f] = (await b.call('progress.import', { planId, files: [await wordReturn()], dryRun: true })).files;
    expect(f).toMatchObject({ errors: [], sheet: '表格1', headerRow: 2, unit: '省知识产权局', period: '2023Q3', periodSource: 'title', unmatched: [] });
    // Rows are counted in the table, as the official sees it in Word.
    expect(f!.rows.map((r) => [r.row, r.seq, r.match, r.status, r.progress, r.problems, r.lowConfidence])).toEqual([
      [3, '1', 'seq', 'on_track', '印发强省建设年度工作要点。\n召开推进会。', '', false],
      [4, '2', 'seq', 'completed', '推进强市建设。', '无', false],
      [5, '3', 'seq', 'on_track', '保护中心完成预审备案。\n快速维权案件办结率95%。', '', false],
    ]);
  });

  it('imports the fuller of two filled tables in a Word file and names the other as a table', async () => {
    const header = ['序号', '工作任务', '进展情况', '完成状态'];
    const twoTables = await docxWithTables(
      '知识产权局两表.docx',
      ['2023年第三季度工作要点推进情况', '填报单位：省知识产权局'],
      [
        [header, ['1', content('1'), '印发年度要点。', '正常推进']],
        [header, ['2', content('2'), '推进强市建设。', '已完成'], ['3', content('3'), '完成预审备案。', '已完成']],
      ],
    );
    const [f] = (await b.call('progress.import', { planId, files: [twoTables], dryRun: true })).files;
    expect(f).toMatchObject({ errors: [], sheet: '表格2', unit: '省知识产权局' });
    expect(f!.rows.map((r) => r.seq)).toEqual(['2', '3']);
    expect(f!.warnings).toContain('文档中的表格1也是填写了的推进情况表（1 行），本次只导入表格2。如需导入，在预览中点“一并导入其他表”，或在“表格”一栏改选它（可再次导入本文件）。');
    expect(f!.otherTables).toEqual([{ sheet: '表格1', rows: 1 }]);
    // Chosen, the other table is read instead, and the first is the one named.
    const decisions = { [f!.sha256]: { sheet: '表格1' } };
    const [first] = (await b.call('progress.import', { planId, files: [twoTables], decisions, dryRun: true })).files;
    expect(first).toMatchObject({ errors: [], sheet: '表格1', unit: '省知识产权局', otherTables: [{ sheet: '表格2', rows: 2 }] });
    expect(first!.rows.map((r) => r.seq)).toEqual(['1']);
  });

  it('gives a Word table the unit named above it, not the one above the first table', async () => {
    const header = ['序号', '工作任务', '进展情况', '完成状态'];
    const compiled = await docxWithTables(
      '各单位一季度推进情况汇编.docx',
      ['2023年第一季度工作要点推进情况汇编'],
      [
        [header, ['1', content('1'), '印发年度要点。', '正常推进']],
        [header, ['7', content('7'), '已拨付资金。', '正常推进'], ['8', content('8'), '完成绩效评价。', '已完成']],
      ],
      [],
      ['填报单位：省知识产权局', '填报单位：省财政厅'],
    );
    const [f] = (await b.call('progress.import', { planId, files: [compiled], dryRun: true })).files;
    expect(f).toMatchObject({ errors: [], sheet: '表格2', unit: '省财政厅', period: '2023Q1' });
    // Each unit's table imported in turn, the same file twice: two imports, each its unit's.
    await b.call('progress.import', { planId, files: [compiled], dryRun: false });
    const ofFile = async () => (await b.call('imports.list', { planId })).filter((i) => i.fileName === compiled.name);
    expect((await ofFile()).map((i) => [i.unit, i.tablesNotImported])).toEqual([['省财政厅', [{ sheet: '表格1', rows: 1 }]]]);
    const decisions = { [f!.sha256]: { sheet: '表格1' } };
    const [again] = (await b.call('progress.import', { planId, files: [compiled], decisions, dryRun: false })).files;
    expect(again).toMatchObject({ status: 'imported', errors: [], sheet: '表格1', unit: '省知识产权局', duplicateOf: null });
    expect(again!.warnings).toContainEqual(expect.stringMatching(/^该文件中的“表格2”（导入记录 #\d+）已导入过，这次导入的是“表格1”。$/));
    expect(again!.warnings.filter((w) => w.includes('如需导入该表'))).toEqual([]); // 表格2 is in, no hint to import it
    // Both tables in: nothing left to import, said on neither.
    expect((await ofFile()).map((i) => [i.unit, i.tablesNotImported])).toEqual([
      ['省知识产权局', []],
      ['省财政厅', []],
    ]);
  });

  it('imports every unit\'s table of a compilation in one call with allTables, each under a decision key of its own', async () => {
    const header = ['序号', '工作任务', '进展情况', '完成状态'];
    const compiled = await docxWithTables(
      '各单位二季度推进情况汇编.docx',
      ['2023年第二季度工作要点推进情况汇编'],
      [
        [header, ['1', content('1'), '印发年度要点。', '正常推进']],
        [header, ['7', content('7'), '已拨付资金。', '正常推进'], ['8', content('8'), '完成绩效评价。', '正常推进']],
        [header, ['5', content('5'), '审结侵权案件。', '正常推进']],
      ],
      [],
      ['填报单位：省知识产权局', '填报单位：省财政厅', '填报单位：省法院'],
    );
    const sha = (await b.call('progress.import', { planId, files: [compiled], dryRun: true })).files[0]!.sha256;
    const preview = async (decisions: Record<string, object>) =>
      (await b.call('progress.import', { planId, files: [compiled], decisions, dryRun: true })).files;

    const all = await preview({ [sha]: { allTables: true } });
    expect(all.map((f) => [f.decisionKey, f.sheet, f.unit, f.status])).toEqual([
      [sha, '表格2', '省财政厅', 'dry-run'],
      [`${sha}:表格1`, '表格1', '省知识产权局', 'dry-run'],
      [`${sha}:表格3`, '表格3', '省法院', 'dry-run'],
    ]);
    // The tables are entries of the same call: none is offered as left over, nor hinted at.
    expect(all.map((f) => f.otherTables)).toEqual([[], [], []]);
    expect(all.flatMap((f) => f.warnings).filter((w) => w.includes('也是填写了的推进情况表'))).toEqual([]);

    // A table's choices go under its own key and touch no other table (the third is 省检察院's, say).
    const decisions = { [sha]: { allTables: true }, [`${sha}:表格3`]: { unit: '省检察院' } };
    expect((await preview(decisions)).map((f) => [f.sheet, f.unit, f.status, f.rows.map((r) => r.seq)])).toEqual([
      ['表格2', '省财政厅', 'dry-run', ['7', '8']],
      ['表格1', '省知识产权局', 'dry-run', ['1']],
      ['表格3', '省检察院', 'dry-run', ['5']],
    ]);
    const done = (await b.call('progress.import', { planId, files: [compiled], decisions, dryRun: false })).files;
    expect(done.map((f) => [f.sheet, f.status, f.importId !== null])).toEqual([
      ['表格2', 'imported', true],
      ['表格1', 'imported', true],
      ['表格3', 'imported', true],
    ]);
    const imports = (await b.call('imports.list', { planId })).filter((i) => i.fileName === compiled.name);
    expect(imports.map((i) => [i.unit, i.period, i.rows, i.tablesNotImported]).sort()).toEqual([
      ['省检察院', '2023Q2', 1, []],
      ['省知识产权局', '2023Q2', 1, []],
      ['省财政厅', '2023Q2', 2, []],
    ]);
    const stored = await b.call('progress.list', { planId, period: '2023Q2' });
    expect(stored.records.filter((r) => r.importId !== null && imports.some((i) => i.id === r.importId)).map((r) => [r.unit, r.seq, r.progress]).sort()).toEqual([
      ['省检察院', '5', '审结侵权案件。'],
      ['省知识产权局', '1', '印发年度要点。'],
      ['省财政厅', '7', '已拨付资金。'],
      ['省财政厅', '8', '完成绩效评价。'],
    ]);
    // Sent again: its other tables are marked as imported, so they are not offered again.
    expect((await preview({}))[0]!.otherTables).toEqual([
      { sheet: '表格1', rows: 1, imported: true },
      { sheet: '表格3', rows: 1, imported: true },
    ]);
    // Each table is its own import: undoing one leaves the others.
    const procuratorate = imports.find((i) => i.unit === '省检察院')!;
    await b.call('imports.undo', { importId: procuratorate.id });
    const left = (await b.call('imports.list', { planId })).filter((i) => i.fileName === compiled.name && i.outcome === 'imported');
    expect(left.map((i) => [i.unit, i.tablesNotImported])).toEqual(expect.arrayContaining([['省财政厅', [{ sheet: '表格3', rows: 1 }]]]));
  });

  it('leaves a compilation’s table without a 填报单位 line of its own to the official, in the document’s order', async () => {
    const header = ['序号', '工作任务', '进展情况', '完成状态'];
    const compiled = await docxWithTables(
      '各单位四季度推进情况汇编.docx',
      ['2023年第四季度工作要点推进情况汇编'],
      [
        [header, ['1', content('1'), '印发年度要点。', '正常推进']],
        [header, ['7', content('7'), '已拨付资金。', '正常推进'], ['8', content('8'), '完成绩效评价。', '正常推进']],
        [header, ['5', content('5'), '某单位进展未署名。', '正常推进']],
        [header, ['6', content('6'), '', ''], ['', content('6'), '推进导航基地建设。', '正常推进']],
      ],
      [],
      ['填报单位：省知识产权局', '填报单位：省财政厅', '三、其他单位', '填报单位：省科技厅'],
    );
    const sha = (await b.call('progress.import', { planId, files: [compiled], dryRun: true })).files[0]!.sha256;
    const { files } = await b.call('progress.import', { planId, files: [compiled], decisions: { [sha]: { allTables: true } }, dryRun: true });
    // The fullest first, then the others as the document has them.
    expect(files.map((f) => [f.sheet, f.unit, f.status])).toEqual([
      ['表格2', '省财政厅', 'dry-run'],
      ['表格1', '省知识产权局', 'dry-run'],
      ['表格3', null, 'rejected'],
      ['表格4', '省科技厅', 'dry-run'],
    ]);
    // Task 6 left blank on one row and reported on the next (matched by its text): not 未填写.
    expect(files[3]!.rows.map((r) => [r.seq, r.progress])).toEqual([['6', '推进导航基地建设。']]);
    expect(files[3]!.warnings.filter((w) => w.includes('未填写进展'))).toEqual([]);
  });

  it('commits a compilation’s tables straight away without telling one table the others were imported before', async () => {
    const header = ['序号', '工作任务', '进展情况', '完成状态'];
    const compiled = await docxWithTables(
      '各单位四季度补报汇编.docx',
      ['2023年第四季度工作要点推进情况汇编'],
      [[header, ['1', content('1'), '补报：印发要点。', '正常推进']], [header, ['7', content('7'), '补报：拨付资金。', '正常推进']]],
      [],
      ['填报单位：省知识产权局', '填报单位：省财政厅'],
    );
    const sha = createHash('sha256').update(compiled.bytes).digest('hex');
    const { files } = await b.call('progress.import', { planId, files: [compiled], decisions: { [sha]: { allTables: true } }, dryRun: false });
    expect(files.map((f) => [f.sheet, f.status, f.skipped])).toEqual([
      ['表格1', 'imported', false],
      ['表格2', 'imported', false],
    ]);
    expect(files.flatMap((f) => f.warnings).filter((w) => w.includes('已导入过'))).toEqual([]);
    // The same content again in a file of other bytes (re-saved): nothing to write, so skipped, not recorded.
    const resaved = await docxWithTables(
      '各单位四季度补报汇编（重存）.docx',
      ['2023年第四季度工作要点推进情况汇编', ''],
      [[header, ['1', content('1'), '补报：印发要点。', '正常推进']]],
      [],
      ['填报单位：省知识产权局'],
    );
    const before = (await b.call('imports.list', { planId })).length;
    const [again] = (await b.call('progress.import', { planId, files: [resaved], dryRun: false })).files;
    expect(again).toMatchObject({ status: 'imported', skipped: true, importId: null });
    expect(again!.warnings).toContain('各行与已存的记录相同，无需导入。');
    expect((await b.call('imports.list', { planId })).length).toBe(before);
  });

  it('takes the chosen period\'s table from a Word report of one table per quarter, each under its heading', async () => {
    const header = ['序号', '工作任务', '进展情况', '完成状态'];
    const quarters = await docxWithTables(
      '财政厅2023年各季度推进情况.docx',
      ['省财政厅2023年工作要点推进情况', '填报单位：省财政厅'],
      ['一', '二', '三'].map((word) => [header, ['7', content('7'), `${word}季度拨付资金`, '正常推进']]),
      [],
      ['一、第一季度', '二、第二季度', '三、第三季度'],
    );
    const tableFor = async (period?: string) => {
      const [f] = (await b.call('progress.import', { planId, files: [quarters], ...(period ? { period } : {}), dryRun: true })).files;
      return [f!.sheet, f!.period, f!.periodSource, f!.rows.map((r) => r.progress)];
    };
    expect(await tableFor('2023Q2')).toEqual(['表格2', '2023Q2', 'title', ['二季度拨付资金']]);
    expect(await tableFor('2023Q1')).toEqual(['表格1', '2023Q1', 'title', ['一季度拨付资金']]);
    // No period chosen: the latest, its year from the document's title.
    expect(await tableFor()).toEqual(['表格3', '2023Q3', 'title', ['三季度拨付资金']]);
    // The form sent with a table for each quarter, only the third filled in: that table and its quarter.
    const onlyThird = await docxWithTables(
      '财政厅2023年三季度.docx',
      ['省财政厅2023年工作要点推进情况', '填报单位：省财政厅'],
      ['一', '二', '三'].map((word) => [header, ['7', content('7'), word === '三' ? '三季度拨付资金' : '', word === '三' ? '正常推进' : '']]),
      [],
      ['一、第一季度', '二、第二季度', '三、第三季度'],
    );
    const [third] = (await b.call('progress.import', { planId, files: [onlyThird], dryRun: true })).files;
    expect([third!.sheet, third!.period, third!.rows.map((r) => r.progress)]).toEqual(['表格3', '2023Q3', ['三季度拨付资金']]);
    const [f] = (await b.call('progress.import', { planId, files: [quarters], period: '2023Q2', dryRun: true })).files;
    expect(f!.warnings.filter((w) => w.includes('表格'))).toEqual([
      '文档中的表格3也是填写了的推进情况表（1 行），本次只导入表格2。如需导入该表，导入时选定它的期次即可。',
      '文档中的表格1也是填写了的推进情况表（1 行），本次只导入表格2。如需导入该表，导入时选定它的期次即可。',
    ]);
  });

  it('takes the column headed 完成状态 for the status, not a 完成进度 of percentages before it', async () => {
    const form = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['2023年第三季度推进情况']);
      ws.addRow(['填报单位：省财政厅']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成进度', '完成状态']);
      ws.addRow(['7', content('7'), '已拨付资金。', 0.8, '正常推进']);
      ws.getCell('D4').numFmt = '0%';
    }, '财政厅进度.xlsx');
    const [f] = (await b.call('progress.import', { planId, files: [form], dryRun: true })).files;
    expect(f!.rows.map((r) => [r.status, r.statusText, r.remarks])).toEqual([['on_track', '正常推进', '完成进度：80%']]);
  });

  it('joins a row with progress but no 序号 or task text to the task above, for the official to check', async () => {
    const form = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['省财政厅2023年第三季度推进情况']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态', '下步计划']);
      ws.addRow(['7', content('7'), '拨付专利转化资金2000万元；', '正常推进', '']);
      ws.addRow(['', '', '支持高校专利转化项目15个。', '', '']);
      ws.addRow(['8', content('8'), '资金已下达。', '正常推进', '']);
      ws.addRow(['', '', '', '', '2023年10月8日']);
    }, '财政厅两行.xlsx');
    const [f] = (await b.call('progress.import', { planId, files: [form], dryRun: true })).files;
    expect(f!.rows.map((r) => [r.seq, r.progress, r.lowConfidence])).toEqual([
      ['7', '拨付专利转化资金2000万元；\n支持高校专利转化项目15个。', false],
      ['8', '资金已下达。', false],
    ]);
    expect(f!.rows[0]!.warnings).toContain('第4行没有序号和任务内容，已接在上一行（序号7）之后，请核对');
    // A date typed under the table, in another column than 进展情况, is no part of task 8's report,
    // nor a row to assign a task to.
    expect(f!.rows[1]!.nextSteps).toBe('');
    expect(f!.unmatched).toEqual([]);
    expect(f!.warnings.join('\n')).toContain('第6行“2023年10月8日”');
  });

  it('takes the 备注 column for the progress when 进展情况 is blank, never the words of columns gathered into 备注', async () => {
    const form = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['省财政厅2023年第三季度推进情况']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态', '责任人', '联系电话', '备注']);
      ws.addRow(['7', content('7'), '', '', '张三', '0351-1234567', '已拨付资金。']);
      ws.addRow(['8', content('8'), '', '', '李四', '0351-7654321', '']);
    }, '财政厅责任人.xlsx');
    const [f] = (await b.call('progress.import', { planId, files: [form], dryRun: true })).files;
    expect(f!.rows.map((r) => [r.seq, r.status, r.progress])).toEqual([
      ['7', 'on_track', '已拨付资金。'],
      // Only who answers for it, and how to reach them: no report, so no status either.
      ['8', null, ''],
    ]);
    expect(f!.warnings).toContain('以下任务未填写进展：序号 7、8');
  });

  it('takes a status column under a header of the unit’s own, by its header (目前进度) or by its words', async () => {
    const form = (statusHeader: string, name: string) =>
      xlsx((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(['省财政厅2023年第三季度推进情况']);
        ws.addRow(['序号', '工作任务', '工作进展及成效', statusHeader, '责任处室']);
        ws.addRow(['7', content('7'), '已拨付资金。', '滞后', '产业处']);
        ws.addRow(['8', content('8'), '资金已下达。', '按序时推进', '金融处']);
        ws.addRow(['9', content('9'), '资金池已设立。', '已完成', '金融处']);
      }, name);
    const { files: read } = await b.call('progress.import', { planId, files: [await form('目前进度', '目前进度.xlsx'), await form('推进程度', '推进程度.xlsx')], dryRun: true });
    for (const f of read) {
      expect(f.rows.map((r) => [r.seq, r.status, r.statusText, r.remarks]), f.file).toEqual([
        ['7', 'delayed', '滞后', '责任处室：产业处'],
        ['8', 'on_track', '按序时推进', '责任处室：金融处'],
        ['9', 'completed', '已完成', '责任处室：金融处'],
      ]);
    }
  });

  it('offers another unit’s table stacked below in the same sheet as a table of its own, read with its own unit', async () => {
    const form = await xlsx((wb) => {
      const ws = wb.addWorksheet('汇总');
      ws.addRow(['2023年第三季度工作要点推进情况']);
      ws.addRow(['填报单位：省财政厅']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      ws.addRow(['7', content('7'), '财政厅拨付资金。', '正常推进']);
      ws.addRow([]);
      ws.addRow(['填报单位：省法院']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      ws.addRow(['5', content('5'), '法院审结案件。', '已完成']);
    }, '一表两单位.xlsx');
    const preview = async (decisions: Record<string, object> = {}) => (await b.call('progress.import', { planId, files: [form], decisions, dryRun: true })).files;
    const [f] = await preview();
    expect(f).toMatchObject({ unit: '省财政厅', sheet: '汇总', errors: [], unmatched: [] });
    // 省法院's row is neither merged into nor imported as 省财政厅's: it is the sheet's second table, offered.
    expect(f!.rows.map((r) => [r.seq, r.progress])).toEqual([['7', '财政厅拨付资金。']]);
    expect(f!.otherTables).toEqual([{ sheet: '汇总（第6行起）', rows: 1 }]);
    expect(f!.warnings).toContain(
      '工作表“汇总（第6行起）”中也有填写了的推进情况表（1 行），本次只导入工作表“汇总”。如需导入，在预览中点“一并导入其他表”，或在“工作表”一栏改选它（可再次导入本文件）。',
    );
    expect(f!.warnings.join('\n')).not.toContain('另存为');
    // Chosen, the lower table is read with the unit named over it, its rows numbered as in the sheet.
    const [lower] = await preview({ [f!.sha256]: { sheet: '汇总（第6行起）' } });
    expect(lower).toMatchObject({ unit: '省法院', unitSource: 'cell', period: '2023Q3', sheet: '汇总（第6行起）', headerRow: 7, errors: [] });
    expect(lower!.rows.map((r) => [r.row, r.seq, r.status, r.progress])).toEqual([[8, '5', 'completed', '法院审结案件。']]);
    expect(lower!.otherTables).toEqual([{ sheet: '汇总', rows: 1 }]);
  });

  it('knows the unit without its 省, and takes no sheet of instructions for a table', async () => {
    const form = await xlsx((wb) => {
      const notes = wb.addWorksheet('填报说明');
      notes.addRow(['请各单位于10月10日前报送。']);
      notes.addRow(['序号', '说明']);
      notes.addRow(['1', '进展情况请写明量化指标']);
      const ws = wb.addWorksheet('三季度进展');
      ws.addRow(['填报单位：知识产权局']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      ws.addRow(['12', content('12'), '约谈代理机构10家。', '已完成']);
    }, '知识产权局报送.xlsx');
    const [f] = (await b.call('progress.import', { planId, files: [form], period: '2023Q3', dryRun: true })).files;
    expect(f).toMatchObject({ status: 'dry-run', unit: '省知识产权局', unitSource: 'cell', sheet: '三季度进展', otherTables: [], errors: [] });
  });

  it('reads a status word opening the progress text when the status is left blank or unreadable, and says so', async () => {
    const form = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['2023年第三季度推进情况']);
      ws.addRow(['填报单位：省财政厅']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      ws.addRow(['7', content('7'), '已完成。全年共拨付资金2000万元。', '']);
      ws.addRow(['8', content('8'), '正在推进，已完成方案编制。', '见附件']);
      // Not a status word before the first break: work reported, so on track, to check — not 未启动.
      ws.addRow(['9', content('9'), '完成风险补偿资金池组建。', '见附件']);
    }, '财政厅未填状态.xlsx');
    const [f] = (await b.call('progress.import', { planId, files: [form], dryRun: true })).files;
    expect(f!.rows.map((r) => [r.seq, r.status, r.statusText, r.warnings])).toEqual([
      ['7', 'completed', '', ['完成状态未填，按进展情况开头的“已完成”记为已完成，请核对']],
      ['8', 'on_track', '见附件', ['完成状态“见附件”无法识别，按进展情况开头的“正在推进”记为正常推进，请核对']],
      ['9', 'on_track', '见附件', ['完成状态“见附件”无法识别，按正常推进统计（原文照存），请核对']],
    ]);
  });

  it('says when one merged cell’s text went to several tasks, not when it spans one task’s rows', async () => {
    const form = await xlsx((wb) => {
      const ws = wb.addWorksheet('三季度');
      ws.addRow(['填报单位：省财政厅']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      ws.addRow(['7', content('7'), '统筹安排资金。', '正常推进']);
      ws.addRow(['8', content('8'), '', '正常推进']);
      ws.addRow(['9', content('9'), '组建资金池。', '正常推进']);
      ws.addRow(['', '', '', '正常推进']);
      ws.mergeCells('C3:C4'); // tasks 7 and 8
      ws.mergeCells('A5:A6'); // task 9 over two rows
      ws.mergeCells('C5:C6');
    }, '财政厅合并.xlsx');
    const [f] = (await b.call('progress.import', { planId, files: [form], period: '2023Q3', dryRun: true })).files;
    expect(f!.rows.map((r) => [r.seq, r.progress])).toEqual([
      ['7', '统筹安排资金。'],
      ['8', '统筹安排资金。'],
      ['9', '组建资金池。'],
    ]);
    expect(f!.warnings.filter((w) => w.includes('合并单元格'))).toEqual([
      '工作表“三季度”第 3–4 行的“进展情况”是一个合并单元格，同一段文字记入了序号 7、8 各项任务，请核对。',
    ]);
  });

  it('says when one merged cell’s text went to several tasks matched by their text, without a 序号 written', async () => {
    const form = await xlsx((wb) => {
      const ws = wb.addWorksheet('三季度');
      ws.addRow(['省知识产权局2023年第三季度重点工作推进情况']);
      ws.addRow(['工作任务', '进展情况', '完成状态']);
      ws.addRow([content('3'), '保护中心快速预审系统上线运行。', '正在推进']);
      ws.addRow([content('4'), '已向国家局提交申报材料。', '']);
      ws.addRow([content('12'), '查处代理机构7家。', '滞后']);
      ws.addRow(['强省建设顶层设计', '召开领导小组会议。', '']);
      ws.mergeCells('C3:C4'); // tasks 3 and 4
      ws.mergeCells('C5:C6'); // task 12 and a row matching no task
    }, '知识产权局自拟表.xlsx');
    const [f] = (await b.call('progress.import', { planId, files: [form], period: '2023Q3', dryRun: true })).files;
    expect(f!.rows.map((r) => [r.row, r.seq, r.match, r.statusText])).toEqual([
      [3, '3', 'content', '正在推进'],
      [4, '4', 'content', '正在推进'],
      [5, '12', 'content', '滞后'],
    ]);
    expect(f!.unmatched.map((u) => [u.row, u.statusText])).toEqual([[6, '滞后']]);
    expect(f!.warnings.filter((w) => w.includes('合并单元格'))).toEqual([
      '工作表“三季度”第 3–4 行的“完成状态”是一个合并单元格，同一段文字记入了序号 3、4 各项任务，请核对。',
      '工作表“三季度”第 5–6 行的“完成状态”是一个合并单元格，同一段文字记入了序号 12 的任务，以及尚未匹配到任务的第 6 行，请核对。',
    ]);
  });

  it('says which cells are formulas saved without a result, rather than taking them silently as empty', async () => {
    const form = await xlsx((wb) => {
      const ws = wb.addWorksheet('三季度');
      ws.addRow(['填报单位：省财政厅']);
      ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
      ws.addRow(['7', content('7'), '已拨付资金。', '正常推进']);
      ws.addRow(['9', content('9'), '', '正常推进']);
      // Written by a tool that never calculates: the formula, no stored result.
      ws.getCell('C4').value = { formula: '"风险"&"补偿"' } as ExcelJS.CellFormulaValue;
      ws.getCell('C3').value = { formula: '"已拨付"&"资金。"', result: '已拨付资金。' } as ExcelJS.CellFormulaValue;
    }, '财政厅公式.xlsx');
    const [f] = (await b.call('progress.import', { planId, files: [form], period: '2023Q3', dryRun: true })).files;
    expect(f!.rows.map((r) => [r.seq, r.progress])).toEqual([
      ['7', '已拨付资金。'],
      ['9', ''],
    ]);
    expect(f!.warnings).toContain(
      '工作表“三季度”中有 1 格是公式，文件里没有保存计算结果，读不出内容（第 4 行“进展情况”），已按空白处理。请在 Excel 或 WPS 中打开该文件、保存后再导入。',
    );
    // Its row waits for the official: a blank read from the formula must not overwrite what was there.
    expect(f!.rows.find((r) => r.seq === '9')).toMatchObject({ lowConfidence: true });
    expect(f!.rows.find((r) => r.seq === '9')!.warnings).toContain('本行有公式单元格读不出内容，确认前不导入此行，以免以空白覆盖原有内容');
  });

  it('never takes the addressee of a letter for the reporting unit, and says when the written unit is unknown', async () => {
    const header = ['序号', '工作任务', '进展情况', '完成状态'];
    const letter = (name: string, title: string, unitLine: string) =>
      docxWithTable(name, [title, '省知识产权局：', '现将三季度落实情况报送如下。', unitLine], [header, ['7', content('7'), '已拨付资金。', '正常推进']]);
    const [unknown, byTitle] = (
      await b.call('progress.import', {
        planId,
        files: [await letter('函.docx', '关于报送2023年第三季度工作要点落实情况的函', '填报单位：省直某厅'), await letter('省财政厅函.docx', '省财政厅关于报送2023年第三季度落实情况的函', '填报单位：综合处')],
        dryRun: true,
      })
    ).files;
    expect(unknown).toMatchObject({
      unit: null,
      errors: ['无法确定文件“函.docx”是哪个单位报送的：表中填写的填报单位“省直某厅”不在单位名录中。请指定填报单位，或在单位名录中为该单位添加别名。'],
    });
    expect(byTitle).toMatchObject({ errors: [], unit: '省财政厅', unitSource: 'title' });
    expect(byTitle!.warnings).toContain('表中填写的填报单位“综合处”不在单位名录中，已按标题中的“省财政厅”导入，请核对。');
  });

  it('says so when a Word file holds no table', async () => {
    const memo = await docxOfParagraphs('说明.docx', ['三季度工作总结', '一、主要工作']);
    const notes = await docxWithTable('会议记录.docx', ['会议记录'], [['时间', '地点'], ['9月1日', '三楼会议室']]);
    const [noTable, noForm] = (await b.call('progress.import', { planId, files: [memo, notes], dryRun: true })).files;
    expect(noTable).toMatchObject({
      status: 'rejected',
      errors: [
        '文件“说明.docx”是 Word 文档，其中没有表格，也没有逐项编号的进展：推进情况表应是文档中的一个表格，表头有“序号”或“工作任务”列，以及“进展情况”“完成状态”“存在问题”等列中的至少一列；' +
          '文字报告应逐项编号写明各项任务的进展（如“一、……（第3项）。……”），可按文字报告读入。',
      ],
    });
    expect(noForm!.errors).toEqual([
      '文件“会议记录.docx”中没有找到推进情况表的表头（已查看文档中的“表格1”）：表头应有“序号”或“工作任务”列，以及“进展情况”“完成状态”“存在问题”等列中的至少一列；' +
        '文字报告应逐项编号写明各项任务的进展（如“一、……（第3项）。……”），可按文字报告读入。',
    ]);
  });

  it('takes from a cumulative 台账 only the column of the period imported', async () => {
    const ledger = await cumulativeReturn();
    const preview = async (period: string) => (await b.call('progress.import', { planId, files: [ledger], period, dryRun: true })).files[0]!;
    const q3 = await preview('2023Q3');
    expect(q3.errors).toEqual([]);
    expect(q3.rows.map((r) => [r.seq, r.status, r.progress, r.remarks])).toEqual([
      ['1', 'completed', '印发实施', ''],
      // Task 2 has nothing in the third quarter's column, only its status.
      ['2', 'on_track', '', ''],
    ]);
    expect(q3.warnings).toContain(
      '表中的进展按期次分列：本次导入“三季度进展情况”列，“一季度进展情况”“二季度进展情况”列是其他期次的进展，不计入2023年第三季度（原件已保存）。如需导入其中一期，再次导入本文件时选定它的期次即可。',
    );
    // "同上" in a quarter's column is that column's text in the row above.
    expect((await preview('2023Q2')).rows.map((r) => [r.seq, r.progress])).toEqual([
      ['1', '征求意见'],
      ['2', '征求意见'],
    ]);
    const q1 = await preview('2023Q1');
    expect(q1.rows.map((r) => [r.seq, r.progress])).toEqual([
      ['1', '起草方案'],
      ['2', '开展调研'],
    ]);
    // A period without a column of its own: the latest column, and the official is asked to check.
    const q4 = await preview('2023Q4');
    expect(q4.rows.map((r) => [r.seq, r.progress])).toEqual([
      ['1', '印发实施'],
      ['2', ''],
    ]);
    expect(q4.warnings).toContain(
      '表中的进展按期次分列（“一季度进展情况”“二季度进展情况”“三季度进展情况”），其中没有2023年第四季度的一列，已按“三季度进展情况”导入，请核对期次。',
    );
  });

  it('imports the fullest of several filled-in sheets and names the others, never dropping them unsaid', async () => {
    const twoMonths = await formSheets('财政厅7-8月.xlsx', [
      ['7月', '填报单位：省财政厅', [['7', content('7'), '七月拨付资金', '正常推进']]],
      [
        '8月',
        '填报单位：省财政厅',
        [
          ['7', content('7'), '八月拨付资金', '正常推进'],
          ['8', content('8'), '八月下达资金', '已完成'],
        ],
      ],
      ['空表', '', [['9', content('9'), '', '']]],
    ]);
    const [f] = (await b.call('progress.import', { planId, files: [twoMonths], period: '2023Q3', dryRun: true })).files;
    expect(f).toMatchObject({ sheet: '8月', errors: [] });
    expect(f!.rows.map((r) => r.progress)).toEqual(['八月拨付资金', '八月下达资金']);
    // The other filled sheet is named; the one with nothing filled in is not.
    expect(f!.warnings.filter((w) => w.includes('工作表'))).toEqual([
      '工作表“7月”中也有填写了的推进情况表（1 行），本次只导入工作表“8月”。如需导入，在预览中点“一并导入其他表”，或在“工作表”一栏改选它（可再次导入本文件）。',
    ]);
  });

  it('takes a sheet named after a unit for that unit’s, in a workbook compiling several units’ tables', async () => {
    const title = '2023年第一季度工作要点推进情况汇总';
    const compiled = await formSheets('一季度各单位推进情况汇总.xlsx', [
      ['省法院', title, [['5', content('5'), '审结案件。', '正常推进']]],
      [
        '省财政厅',
        title,
        [
          ['7', content('7'), '拨付资金。', '正常推进'],
          ['8', content('8'), '下达资金。', '已完成'],
        ],
      ],
    ]);
    const [f] = (await b.call('progress.import', { planId, files: [compiled], dryRun: true })).files;
    expect(f).toMatchObject({ errors: [], sheet: '省财政厅', unit: '省财政厅', unitSource: 'sheet', period: '2023Q1', otherTables: [{ sheet: '省法院', rows: 1 }] });
    const decisions = { [f!.sha256]: { sheet: '省法院' } };
    const [court] = (await b.call('progress.import', { planId, files: [compiled], decisions, dryRun: true })).files;
    expect(court).toMatchObject({ errors: [], sheet: '省法院', unit: '省法院', unitSource: 'sheet' });
    expect(court!.rows.map((r) => r.seq)).toEqual(['5']);
    // A sheet the file does not have (a mistyped --decisions): refused, not another sheet read instead.
    const [wrong] = (await b.call('progress.import', { planId, files: [compiled], decisions: { [f!.sha256]: { sheet: '省检察院' } }, dryRun: true })).files;
    expect(wrong).toMatchObject({
      status: 'rejected',
      errors: ['文件“一季度各单位推进情况汇总.xlsx”中没有选定的工作表“省检察院”，或其中没有推进情况表（可选的有：“省财政厅”、“省法院”）。'],
    });
  });

  it('takes the chosen period\'s sheet from a workbook of one sheet per quarter, else the latest', async () => {
    const quarters = await xlsx((wb) => {
      for (const [sheet, word] of [['一季度', '一'], ['二季度', '二'], ['三季度', '三']] as const) {
        const ws = wb.addWorksheet(sheet);
        ws.addRow([`省财政厅2023年${sheet}推进情况`]);
        ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
        ws.addRow(['7', content('7'), `${word}季度拨付资金`, '正常推进']);
      }
    }, '财政厅2023年各季度.xlsx');
    const sheetFor = async (period?: string) => {
      const [f] = (await b.call('progress.import', { planId, files: [quarters], ...(period ? { period } : {}), dryRun: true })).files;
      return [f!.sheet, f!.period, f!.rows.map((r) => r.progress)];
    };
    expect(await sheetFor('2023Q3')).toEqual(['三季度', '2023Q3', ['三季度拨付资金']]);
    expect(await sheetFor('2023Q2')).toEqual(['二季度', '2023Q2', ['二季度拨付资金']]);
    expect(await sheetFor()).toEqual(['三季度', '2023Q3', ['三季度拨付资金']]);
    // The period chosen for the file in the preview picks its sheet too.
    const [q3] = (await b.call('progress.import', { planId, files: [quarters], period: '2023Q3', dryRun: true })).files;
    const decisions = { [q3!.sha256]: { period: '2023Q1' } };
    const [q1] = (await b.call('progress.import', { planId, files: [quarters], period: '2023Q3', decisions, dryRun: true })).files;
    expect([q1!.sheet, q1!.period, q1!.rows.map((r) => r.progress)]).toEqual(['一季度', '2023Q1', ['一季度拨付资金']]);
    const [f] = (await b.call('progress.import', { planId, files: [quarters], period: '2023Q2', dryRun: true })).files;
    expect(f!.warnings.filter((w) => w.includes('工作表'))).toEqual([
      '工作表“三季度”中也有填写了的推进情况表（1 行），本次只导入工作表“二季度”。如需导入该表，导入时选定它的期次即可。',
      '工作表“一季度”中也有填写了的推进情况表（1 行），本次只导入工作表“二季度”。如需导入该表，导入时选定它的期次即可。',
    ]);
  });

  it('does not count the other quarters of a workbook of one sheet per quarter as tables left to import', async () => {
    const own = await testBackend();
    try {
      const ownPlan = await createPlan(own);
      const quarters = await formSheets(
        '财政厅2023年各季度.xlsx',
        ['一季度', '二季度', '三季度'].map((q) => [q, `省财政厅2023年${q}推进情况`, [['7', content('7'), `${q}拨付资金`, '正常推进']]]),
      );
      await own.call('progress.import', { planId: ownPlan, files: [quarters], period: '2023Q3', dryRun: false });
      expect((await own.call('imports.list', { planId: ownPlan })).filter((i) => i.kind === 'progress').map((i) => [i.period, i.tablesNotImported])).toEqual([['2023Q3', []]]);
    } finally {
      own.close();
    }
  });

  it('takes only the chosen or latest quarter’s sheet with allTables, a period chosen or not', async () => {
    const quarters = await formSheets(
      '财政厅2023年各季度（全部）.xlsx',
      ['一季度', '二季度', '三季度'].map((q) => [q, `省财政厅2023年${q}推进情况`, [['7', content('7'), `${q}拨付资金`, '正常推进']]]),
    );
    const sha = (await b.call('progress.import', { planId, files: [quarters], dryRun: true })).files[0]!.sha256;
    for (const period of [undefined, '2023Q2']) {
      const { files } = await b.call('progress.import', { planId, files: [quarters], ...(period ? { period } : {}), decisions: { [sha]: { allTables: true } }, dryRun: true });
      expect(files.map((f) => f.sheet), period).toEqual([period ? '二季度' : '三季度']);
    }
  });

  it('writes confident rows only; a confirmed row follows on the next import', async () => {
    const ip = await ipReturn();
    const first = await b.call('progress.import', { planId, files: [ip], dryRun: false });
    expect(first.files[0]!.status).toBe('imported');
    expect(first.files[0]!.warnings).toContain('第 8 行匹配可信度较低，确认其任务前不导入；确认后再次导入本文件即可。');
    let records = (await b.call('progress.list', { planId, period: '2023Q3' })).records;
    expect(records.map((r) => r.seq).sort()).toEqual(['1', '3']);

    const sha = first.files[0]!.sha256;
    const task6 = b.db.get<{ id: number }>("SELECT id FROM tasks WHERE plan_id = ? AND seq = '6'", [planId])!.id;
    const second = await b.call('progress.import', { planId, files: [ip], dryRun: false, decisions: { [sha]: { rows: { '8': task6, '9': null } } } });
    const f = second.files[0]!;
    expect(f.duplicateOf).toBe(first.files[0]!.importId);
    expect(f.importId).not.toBeNull();
    expect(f.rows.find((r) => r.row === 8)).toMatchObject({ seq: '6', lowConfidence: false, diff: 'new' });
    expect(f.rows.find((r) => r.row === 9)).toMatchObject({ taskId: null, warnings: ['已选择不导入此行'] });
    expect(f.rows.filter((r) => r.taskId !== null && r.row !== 8).every((r) => r.diff === 'unchanged')).toBe(true);
    records = (await b.call('progress.list', { planId, period: '2023Q3' })).records;
    expect(records.map((r) => r.seq).sort()).toEqual(['1', '3', '6']);
  });
});
