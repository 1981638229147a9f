// A bureau that answers with a report in words (文字报告) instead of the table: numbered items, each
// naming its task, a closing 存在问题 and 下步打算, a signature and a date — read as a return; and the
// same written in a plain text file.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { docxOfParagraphs, docxWithTable } from '../../helpers/officeFiles';
import { createPlan } from '../../helpers/progressPlan';
import { SEED_PLAN } from '../../helpers/seedPlan';

const content = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!.content;
const firstClause = (seq: string) => content(seq).split(/[。，,]/)[0]!;

let planId = 0;
const b = backendPerSuite(async (backend) => {
  planId = await createPlan(backend);
});

/** 省财政厅's report on tasks 7, 8 and 9, its unit in the signature only. */
const financeReport = (name = '三季度报告.docx') =>
  docxOfParagraphs(name, [
    '关于2023年第三季度工作要点落实情况的报告',
    '省知识产权局：',
    '现将我厅三季度承担任务落实情况报告如下：',
    '一、实施专利转化专项计划（第7项）。拨付专利转化资金2000万元，支持高校院所转化专利86件。目前进度：正常推进。',
    '二、太原知识产权运营服务体系建设（第8项）。运营服务体系建设资金已全部下达。已完成。',
    `三、${firstClause('9')}。风险补偿资金池规模达到5亿元。`,
    '存在问题：部分银行参与积极性不高。',
    '下步打算：扩大风险补偿覆盖面。',
    '省财政厅（盖章）',
    '2023年10月9日',
  ]);

describe('a report in words as a return', () => {
  it('reads each numbered item as a row: task number, status, the closing sections, unit, period and date', async () => {
    const [file] = (await b.call('progress.import', { planId, files: [await financeReport()], dryRun: true })).files;
    expect(file).toMatchObject({ status: 'dry-run', errors: [], unit: '省财政厅', period: '2023Q3', periodSource: 'title', sheet: '文字报告', readAs: 'report' });
    expect(file!.rows.map((r) => [r.row, r.seq, r.match, r.status, r.statusText, r.lowConfidence])).toEqual([
      [4, '7', 'seq', 'on_track', '正常推进', false],
      [5, '8', 'seq', 'completed', '已完成', false],
      // No number written: matched by its words, for the official to confirm.
      [6, '9', 'content', 'on_track', '', true],
    ]);
    expect(file!.rows[0]).toMatchObject({
      progress: '拨付专利转化资金2000万元，支持高校院所转化专利86件。目前进度：正常推进。',
      problems: '部分银行参与积极性不高。',
      nextSteps: '扩大风险补偿覆盖面。',
    });
    expect(file!.rows[2]!.warnings[0]).toMatch(/^这一项没有写明任务序号，按标题文字匹配为序号9的任务（相似度\d+%），请确认$/);
    expect(file!.warnings).toContain(
      '按文字报告读入：文件中没有推进情况表，已把编号的 3 段（第 4、5、6 段）逐项读作 3 行，“段”为文档中的段落序号（空行不计）；写了“第N项”的按序号对应任务，没写的按标题文字对应、须逐项确认，请核对。',
    );
    expect(file!.warnings).toContain('文末的“存在问题”（第 7 段）、“下步打算”（第 8 段）不专属某一项，已记入每一项的存在问题、下步计划（该项自己写了的除外），请核对。');
  });

  it('takes a report’s own numbering (1．2．) for its own, and matches those items by their words', async () => {
    const report = await docxOfParagraphs('财政厅报告.docx', [
      '省财政厅2023年第三季度工作要点落实情况',
      '一、牵头和配合任务',
      `1．${firstClause('9')}。风险补偿资金池规模达到5亿元。`,
      `2．${firstClause('7')}。拨付专利转化资金2000万元。存在问题：资金到位较慢。下步打算：督促拨付。`,
    ]);
    const [file] = (await b.call('progress.import', { planId, files: [report], dryRun: true })).files;
    expect(file).toMatchObject({ errors: [], unit: '省财政厅', unitSource: 'title' });
    expect(file!.rows.map((r) => [r.row, r.seq, r.match, r.lowConfidence])).toEqual([
      [3, '9', 'content', true],
      [4, '7', 'content', true],
    ]);
    // The item's own 存在问题 and 下步打算 are its own fields, not its progress.
    expect(file!.rows[1]).toMatchObject({ progress: '拨付专利转化资金2000万元。', problems: '资金到位较慢。', nextSteps: '督促拨付。' });
  });

  it('keeps an item’s own 存在问题 for it, and gives several closing sections to no item, saying so', async () => {
    const ownProblems = await docxOfParagraphs('财政厅三季度报告.docx', [
      '省财政厅关于2023年第三季度落实情况的报告',
      '一、实施专利转化专项计划（第7项）。拨付资金2000万元。',
      '存在问题：资金到位较慢。',
      '二、加快运营服务体系建设（第8项）。资金已下达。',
      '存在问题：配套不足。',
    ]);
    const twoClosings = await docxOfParagraphs('财政厅三季度报告（二）.docx', [
      '省财政厅关于2023年第三季度落实情况的报告',
      '一、实施专利转化专项计划（第7项）。拨付资金2000万元。',
      '二、存在问题',
      '资金到位较慢。',
      '三、下步打算',
      '督促拨付。',
      '四、存在的困难',
      '配套不足。',
    ]);
    const [own, two] = (await b.call('progress.import', { planId, files: [ownProblems, twoClosings], dryRun: true })).files;
    // The one after the last item is the report's: given to the item without its own.
    expect(own!.rows.map((r) => [r.row, r.seq, r.progress, r.problems])).toEqual([
      [2, '7', '拨付资金2000万元。', '资金到位较慢。'],
      [4, '8', '资金已下达。', '配套不足。'],
    ]);
    expect(own!.warnings).toContain('文末的“存在问题”（第 5 段）不专属某一项，已记入每一项的存在问题、下步计划（该项自己写了的除外），请核对。');
    expect(two!.rows.map((r) => [r.seq, r.problems, r.nextSteps])).toEqual([['7', '', '']]);
    expect(two!.warnings).toContain(
      '文中的“存在问题”（第 3–4 段）、“下步打算”（第 5–6 段）、“存在问题”（第 7–8 段）不止一处，分不清各属哪一项，未导入，请核对后在台账中录入。',
    );
  });

  it('imports it, keeps the original, and undoes it', async () => {
    const report = await financeReport('财政厅报告（导入）.docx');
    const preview = (await b.call('progress.import', { planId, files: [report], dryRun: true })).files[0]!;
    const task9 = preview.rows.find((r) => r.row === 6)!.taskId!;
    const decisions = { [preview.sha256]: { rows: { '6': task9 } } };
    const [done] = (await b.call('progress.import', { planId, files: [report], dryRun: false, decisions })).files;
    expect(done).toMatchObject({ status: 'imported', errors: [] });
    const records = (await b.call('progress.list', { planId, period: '2023Q3' })).records.filter((r) => r.unit === '省财政厅');
    expect(records.map((r) => [r.seq, r.status, r.nextSteps]).sort()).toEqual([
      ['7', 'on_track', '扩大风险补偿覆盖面。'],
      ['8', 'completed', '扩大风险补偿覆盖面。'],
      ['9', 'on_track', '扩大风险补偿覆盖面。'],
    ]);
    const [listed] = await b.call('imports.list', { planId });
    expect(listed).toMatchObject({ fileName: '财政厅报告（导入）.docx', unit: '省财政厅', filledOn: '2023-10-09' });
    const original = await b.call('imports.file', { importId: done!.importId! });
    expect(Buffer.from(original.bytes).equals(Buffer.from(report.bytes))).toBe(true);
    await b.call('imports.undo', { importId: done!.importId! });
    expect((await b.call('progress.list', { planId, period: '2023Q3' })).records.filter((r) => r.unit === '省财政厅')).toEqual([]);
  });

  it('refuses the plan itself dropped among the returns, even with its unit chosen, but reads a report quoting its tasks’ brackets', async () => {
    const planText = [SEED_PLAN.title, ...SEED_PLAN.tasks.map((t) => `${t.seq}. ${t.content}（${t.responsibilityText}）`)];
    const plan = await docxOfParagraphs('关于印发2022-2023年工作要点的通知.docx', planText);
    const [refused] = (await b.call('progress.import', { planId, files: [plan], unit: '省知识产权局', period: '2023Q3' })).files;
    const tasks = SEED_PLAN.tasks.length;
    expect(refused).toMatchObject({ status: 'rejected', rows: [] });
    expect(refused!.errors).toEqual([
      `文件“关于印发2022-2023年工作要点的通知.docx”看来是计划文本，不是单位报送的推进情况：其中 ${tasks} 项（共 ${tasks} 项）以括号中的责任单位（“……牵头……”）结尾，后面没有写进展，未导入。` +
        '如要导入这份计划，请用“导入计划”；如是文字报告，请在各项后写明进展。',
    ]);
    expect((await b.call('progress.list', { planId, period: '2023Q3' })).records).toEqual([]);

    const task = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!;
    const quoting = await docxOfParagraphs('财政厅报告（引用任务）.docx', [
      '省财政厅关于2023年第三季度工作要点落实情况的报告',
      `一、${task('7').content}（${task('7').responsibilityText}）`,
      '拨付专利转化资金2000万元。目前进度：正常推进。',
      `二、${task('8').content}（${task('8').responsibilityText}）`,
      '运营服务体系建设资金已全部下达。已完成。',
    ]);
    const [read] = (await b.call('progress.import', { planId, files: [quoting], period: '2023Q3', dryRun: true })).files;
    expect(read).toMatchObject({ status: 'dry-run', errors: [], unit: '省财政厅', readAs: 'report' });
    expect(read!.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'on_track'],
      [4, 'completed'],
    ]);
  });

  it('reads a Word document with a progress table by its table, whatever numbered paragraphs stand around it', async () => {
    const withTable = await docxWithTable(
      '省财政厅三季度推进情况.docx',
      ['2023年第三季度推进情况', '填报单位：省财政厅', '一、总体情况', '1．拨付专利转化资金2000万元（第7项）。', '2．运营服务体系建设资金已下达（第8项）。'],
      [['序号', '工作任务', '进展情况', '完成状态'], ['9', firstClause('9'), '风险补偿资金池规模达到5亿元。', '正常推进']],
      ['二、存在问题', '1．部分银行参与积极性不高。'],
    );
    const [file] = (await b.call('progress.import', { planId, files: [withTable], period: '2023Q3', dryRun: true })).files;
    expect(file).toMatchObject({ status: 'dry-run', errors: [], unit: '省财政厅', sheet: '表格1' });
    expect(file!.readAs).toBeUndefined();
    expect(file!.rows.map((r) => [r.seq, r.match, r.progress])).toEqual([['9', 'seq', '风险补偿资金池规模达到5亿元。']]);
  });

  it('still refuses a Word document with neither a table nor numbered items, saying a report can be read', async () => {
    const memo = await docxOfParagraphs('说明.docx', ['三季度工作总结', '今年以来，我厅认真落实各项任务。', '省财政厅']);
    const headings = await docxOfParagraphs('提纲.docx', ['三季度工作总结', '一、主要工作', '二、下步打算']);
    const notes = await docxWithTable('会议记录.docx', ['会议记录'], [['时间', '地点'], ['9月1日', '三楼会议室']]);
    const files = (await b.call('progress.import', { planId, files: [memo, headings, notes], dryRun: true })).files;
    const noItems = (name: string) =>
      `文件“${name}”是 Word 文档，其中没有表格，也没有逐项编号的进展：推进情况表应是文档中的一个表格，表头有“序号”或“工作任务”列，以及“进展情况”“完成状态”“存在问题”等列中的至少一列；` +
      '文字报告应逐项编号写明各项任务的进展（如“一、……（第3项）。……”），可按文字报告读入。';
    expect(files.map((f) => [f.status, f.errors])).toEqual([
      ['rejected', [noItems('说明.docx')]],
      ['rejected', [noItems('提纲.docx')]],
      [
        'rejected',
        [
          '文件“会议记录.docx”中没有找到推进情况表的表头（已查看文档中的“表格1”）：表头应有“序号”或“工作任务”列，以及“进展情况”“完成状态”“存在问题”等列中的至少一列；' +
            '文字报告应逐项编号写明各项任务的进展（如“一、……（第3项）。……”），可按文字报告读入。',
        ],
      ],
    ]);
  });
});

describe('a plain text file among the returns', () => {
  const textFile = (name: string, lines: string[], encoding: 'utf-8' | 'gbk' = 'utf-8') => ({
    name,
    bytes: encoding === 'utf-8' ? new TextEncoder().encode(lines.join('\r\n')) : new Uint8Array(iconv.encode(lines.join('\r\n'), 'gbk')),
  });

  it('is the plan itself when it reads as one, and is refused pointing to 导入计划', async () => {
    const plan = textFile('2022-2023年工作要点.txt', [SEED_PLAN.title, ...SEED_PLAN.tasks.map((t) => `${t.seq}. ${t.content}（${t.responsibilityText}）`)]);
    const [refused] = (await b.call('progress.import', { planId, files: [plan], period: '2023Q3', dryRun: true })).files;
    expect(refused).toMatchObject({ status: 'rejected', rows: [] });
    expect(refused!.errors[0]).toContain('文件“2022-2023年工作要点.txt”看来是计划文本');
    expect(refused!.errors[0]).toContain('如要导入这份计划，请用“导入计划”');
  });

  it('is read item by item when it is a numbered report, whatever its encoding', async () => {
    const report = textFile(
      '财政厅三季度报告.txt',
      ['关于2023年第三季度工作要点落实情况的报告', '一、实施专利转化专项计划（第7项）。拨付专利转化资金2000万元。目前进度：正常推进。', '二、太原知识产权运营服务体系建设（第8项）。资金已全部下达。已完成。', '省财政厅', '2023年10月9日'],
      'gbk',
    );
    const [file] = (await b.call('progress.import', { planId, files: [report], dryRun: true })).files;
    expect(file).toMatchObject({ status: 'dry-run', errors: [], unit: '省财政厅', period: '2023Q3', readAs: 'report' });
    expect(file!.rows.map((r) => [r.seq, r.status])).toEqual([
      ['7', 'on_track'],
      ['8', 'completed'],
    ]);
  });

  it('is refused as plain text otherwise, saying a numbered report can be read', async () => {
    const [file] = (await b.call('progress.import', { planId, files: [textFile('说明.txt', ['见表'])], dryRun: true })).files;
    expect(file!.errors).toEqual([
      '文件“说明.txt”的内容是纯文本（.txt），此处需要：Excel 工作簿（.xlsx、.xls）、WPS 表格（.et）、OpenDocument 表格（.ods）、CSV 表格（.csv）或表格在其中的 Word 文档（.docx、.doc）；逐项编号写明各项任务进展的文字报告也可读入。',
    ]);
  });
});
