// Rows of returned forms that are not one task's report: a 序号 naming several tasks, totals and the
// lines typed under the table; and what the sheet hides or shows differently from its stored value.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { docxWithTable } from '../../helpers/officeFiles';
import { createPlan, taskIdOf } from '../../helpers/progressPlan';
import { financeReturn } from '../../helpers/returns';
import { SEED_PLAN } from '../../helpers/seedPlan';

const FIXTURES = path.resolve(__dirname, '../../fixtures/returns');
const fixture = (name: string): FileInput => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))) });
const content = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!.content;

/** 省财政厅's form (its tasks are 7, 8 and 9) with the given rows under a five-column header. */
const financeForm = (name: string, rows: (string | Date)[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<FileInput> =>
  financeReturn(name, ['序号', '工作任务', '进展情况', '完成状态', '备注'], rows, edit);

describe('awkward rows of returned forms', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  const preview = async (file: FileInput) => (await b.call('progress.import', { planId, files: [file], dryRun: true })).files[0]!;

  it('gives a row whose 序号 names several of the unit’s tasks to each of them, for the official to check', async () => {
    const f = await preview(
      await financeForm('财政厅合并序号.xlsx', [
        ['7-8', `${content('7')}${content('8')}`, '拨付专利转化资金2000万元。', '正常推进', ''],
        ['9', content('9'), '资金池已设立。', '已完成', ''],
      ]),
    );
    expect(f.rows.map((r) => [r.row, r.seq, r.progress, r.lowConfidence])).toEqual([
      [4, '7', '拨付专利转化资金2000万元。', false],
      [4, '8', '拨付专利转化资金2000万元。', false],
      [5, '9', '资金池已设立。', false],
    ]);
    expect(f.rows[1]!.warnings).toContain('第4行序号写作“7-8”，同一内容已分别记入序号7、8各项任务，请核对');
    expect(f.unmatched).toEqual([]);
    expect(f.warnings.join('\n')).not.toContain('不在表中');

    const listed = await preview(await financeForm('财政厅顿号序号.xlsx', [['8、9', '', '资金已下达。', '正常推进', '']]));
    expect(listed.rows.map((r) => r.seq)).toEqual(['8', '9']);
  });

  it('matches a row quoting a few words of one of the unit’s tasks, and checks a 序号 against the task it quotes', async () => {
    const f = await preview(
      await financeForm('财政厅摘录任务.xlsx', [
        ['', '促进专利转化实施', '高校转化资金已拨付。', '正常推进', ''],
        ['7', '风险补偿机制', '补偿机制已建立。', '已完成', ''],
        ['8', '重点城市建设', '太原运营体系建设推进中。', '正常推进', ''],
      ]),
    );
    expect(f.unmatched).toEqual([]);
    expect(f.rows.map((r) => [r.row, r.seq, r.lowConfidence])).toEqual([
      [4, '7', false],
      [5, '9', true],
      [6, '8', false],
    ]);
    expect(f.rows[0]!.warnings).toContain('本行任务内容摘自序号7的任务，已按此匹配');
    expect(f.rows[1]!.warnings).toContain('序号7与任务内容不一致，本行任务内容摘自序号9的任务，请确认');
    // Matched by the quote, whatever the likeness of the whole texts: said so, apart from content matches.
    expect(f.rows.map((r) => [r.match, r.quoted])).toEqual([
      ['content', true],
      ['content', true],
      ['seq', undefined],
    ]);
  });

  it('matches a short excerpt among the unit’s own tasks and proposes no task whose text has nothing in common', async () => {
    const f = await preview(
      await financeForm('财政厅简写任务.xlsx', [
        // Four characters, found in one of the unit's tasks only: proposed, for confirmation.
        ['', '质押融资', '质押贷款已发放。', '正常推进', ''],
        // The form's own numbering (5 is another unit's task), the text a loose excerpt of the unit's task 8.
        ['5', '太原运营服务体系', '运营中心已挂牌。', '正常推进', ''],
        // Numbered 1 (another unit's task) with a text sharing nothing with it, nor with the unit's tasks.
        ['1', '年度资金拨付到位', '已拨付。', '正常推进', ''],
      ]),
    );
    expect(f.rows.map((r) => [r.row, r.seq, r.match, r.quoted, r.lowConfidence])).toEqual([
      [4, '9', 'content', true, true],
      [5, '8', 'content', undefined, true],
    ]);
    expect(f.rows[0]!.warnings).toContain('本行任务内容“质押融资”只见于本单位序号9的任务，请确认');
    expect(f.rows[1]!.warnings[0]).toMatch(/^序号5的任务不在本单位的任务中，按内容匹配为本单位序号8的任务（相似度\d+%），请确认$/);
    expect(f.unmatched.map((u) => [u.row, u.seq])).toEqual([[6, '1']]);
    expect(f.warnings).toContain(
      '工作表“Sheet1”第6行序号1的任务不在本单位的任务中，任务内容也与之毫无相同之处，未导入此行；如确是本单位的进展，请在预览中为它指定任务。',
    );
  });

  it('merges a task reported under several district sub-headers, each part named by its district', async () => {
    const f = await preview(
      await financeForm('财政厅分地区.xlsx', [
        ['太原市', '', '', '', ''],
        ['7', content('7'), '拨付转化资金1000万元。', '正常推进', ''],
        ['8', content('8'), '运营服务体系建设推进中。', '正常推进', ''],
        ['大同市：', '', '', '', ''],
        ['7', content('7'), '拨付转化资金500万元。', '正常推进', '资金已到位'],
      ]),
    );
    expect(f.unmatched).toEqual([]);
    expect(f.rows.map((r) => [r.seq, r.progress, r.remarks, r.lowConfidence])).toEqual([
      ['7', '太原市：拨付转化资金1000万元。\n大同市：拨付转化资金500万元。', '大同市：资金已到位', false],
      ['8', '运营服务体系建设推进中。', '', false],
    ]);
    expect(f.rows[0]!.warnings).toContain('第8行（大同市）与第5行（太原市）是同一任务（序号7），已按地区合并');
  });

  it('leaves a row whose 序号 names another unit’s task unmatched, and says why', async () => {
    // One file for both calls: the decisions are keyed by its bytes (a workbook written a second later differs).
    const file = await financeForm('财政厅越界序号.xlsx', [['9-10', `${content('9')}${content('10')}`, '资金池已设立。', '正常推进', '']]);
    const f = await preview(file);
    expect(f.rows).toEqual([]);
    expect(f.unmatched.map((u) => [u.row, u.seq])).toEqual([[4, '9-10']]);
    expect(f.warnings).toContain('工作表“Sheet1”第4行序号写作“9-10”，其中序号10不是本单位的任务，未导入此行；如确是本单位的进展，请在预览中为它指定任务。');

    // The official's choice of a task for the row is taken as it is.
    const decisions = { [f.decisionKey]: { rows: { '4': taskIdOf(b, planId, '9') } } };
    const [chosen] = (await b.call('progress.import', { planId, files: [file], dryRun: true, decisions })).files;
    expect(chosen!.rows.map((r) => [r.seq, r.lowConfidence])).toEqual([['9', false]]);
    expect(chosen!.unmatched).toEqual([]);
  });

  it('keeps totals and the lines typed under the table out of the unmatched rows, naming them once', async () => {
    const f = await preview(
      await financeForm('财政厅落款.xlsx', [
        ['7', content('7'), '拨付专利转化资金2000万元。', '正常推进', ''],
        ['8', content('8'), '资金已下达。', '正常推进', ''],
        ['小 计', '', '2项', '', ''],
        ['合计', '', '', '', '共3项'],
        ['填报人：张三', '', '联系电话：0351-1234567', '', ''],
        ['审核人：李四'],
        ['', '', '', '单位（盖章）'],
        ['', '', '', '2023年10月8日'],
      ]),
    );
    expect(f.rows.map((r) => [r.seq, r.progress, r.remarks])).toEqual([
      ['7', '拨付专利转化资金2000万元。', ''],
      ['8', '资金已下达。', ''],
    ]);
    expect(f.unmatched).toEqual([]);
    expect(f.warnings).toContain(
      '工作表“Sheet1”中的合计行和表格下方的填报人、日期等落款不是任务的进展，未导入：' +
        '第6行“小 计  2项”；第7行“合计  共3项”；第8行“填报人：张三  联系电话：0351-1234567”；第9行“审核人：李四”；第10行“单位（盖章）”；第11行“2023年10月8日”。',
    );
  });

  it('says which rows and columns of the table were hidden, in .xlsx and in .xls alike, and hidden text in a Word table', async () => {
    const xlsx = await financeForm(
      '财政厅隐藏行列.xlsx',
      [
        ['7', content('7'), '拨付专利转化资金2000万元。', '正常推进', ''],
        ['8', content('8'), '资金已下达。', '正常推进', '已拨付'],
        ['9', content('9'), '资金池已设立。', '已完成', ''],
        ['', '', '', '', '2023年10月8日'],
      ],
      (ws) => {
        for (const n of [5, 6, 8]) ws.getRow(n).hidden = true;
        ws.getColumn(5).hidden = true;
        ws.getColumn(6).hidden = true; // nothing in it: no need to say
      },
    );
    const f = await preview(xlsx);
    expect(f.rows.map((r) => [r.seq, r.remarks])).toEqual([
      ['7', ''],
      ['8', '已拨付'],
      ['9', ''],
    ]);
    expect(f.warnings).toContain('工作表“Sheet1”第5、6行在原表中是隐藏的，已一并读入，请核对。');
    expect(f.warnings).toContain('工作表“Sheet1”第E列（“备注”）在原表中是隐藏的，已一并读入，请核对。');

    const xls = await preview(fixture('libreoffice-hidden-rows.xls'));
    expect(xls.rows.map((r) => [r.seq, r.remarks])).toEqual([
      ['7', ''],
      ['8', '已拨付'],
      ['9', ''],
    ]);
    expect(xls.warnings).toContain('工作表“Sheet1”第5行在原表中是隐藏的，已一并读入，请核对。');
    expect(xls.warnings).toContain('工作表“Sheet1”第E列（“备注”）在原表中是隐藏的，已一并读入，请核对。');
    const visible = await preview(await financeForm('财政厅.xlsx', [['7', content('7'), '拨付资金。', '正常推进', '']]));
    expect(visible.warnings.join('\n')).not.toContain('隐藏');

    // A Word table hides text, not rows: it is read, and said.
    const docx = await docxWithTable('财政厅隐藏文字.docx', ['省财政厅2023年第三季度推进情况', '填报单位：省财政厅'], [
      ['序号', '工作任务', '进展情况', '完成状态', '备注'],
      ['7', content('7'), '拨付专利转化资金2000万元。', '正常推进', ''],
      ['8', content('8'), { text: '资金已下达。', hidden: '另有500万元尚未拨付。' }, '正常推进', ''],
    ]);
    const word = await preview(docx);
    expect(word.rows.map((r) => [r.seq, r.progress])).toEqual([
      ['7', '拨付专利转化资金2000万元。'],
      ['8', '资金已下达。另有500万元尚未拨付。'],
    ]);
    expect(word.warnings).toContain('表格1第3行有设为隐藏的文字（Word 中不显示、不打印），已一并读入，请核对。');
  });

  it('reads a date in a text column as the unit saw it, in words, from .xlsx and .xls alike', async () => {
    const june30 = new Date(Date.UTC(2023, 5, 30));
    const rows = [
      ['7', content('7'), june30, '正常推进', new Date(Date.UTC(2023, 8, 1, 14, 30))],
      ['8', content('8'), '资金已下达。', '正常推进', '2023-06-30'],
    ];
    const xlsx = await financeForm('财政厅日期.xlsx', rows, (ws) => {
      ws.getCell('E4').numFmt = 'yyyy-mm-dd hh:mm';
    });
    const sheet = XLSX.utils.aoa_to_sheet([['省财政厅2023年第三季度推进情况'], ['填报单位：省财政厅'], ['序号', '工作任务', '进展情况', '完成状态', '备注'], ...rows], { cellDates: true });
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
    const xls = { name: '财政厅日期.xls', bytes: new Uint8Array(XLSX.write(book, { bookType: 'xls', type: 'array' }) as ArrayBuffer) };
    for (const file of [xlsx, xls]) {
      const f = await preview(file);
      expect(f.rows.map((r) => [r.seq, r.progress, r.remarks])).toEqual([
        ['7', '2023年6月30日', '2023年9月1日 14:30'],
        // Typed as text, it stays as typed.
        ['8', '资金已下达。', '2023-06-30'],
      ]);
    }
  });

  it('appends a data row’s cell comments (批注) to its 备注, from .xlsx, .xls and .docx alike, never as progress', async () => {
    const xlsx = await financeForm(
      '财政厅批注.xlsx',
      [
        ['7', content('7'), '拨付专利转化资金2000万元。', '正常推进', ''],
        ['8', content('8'), '', '', '已拨付'],
        ['9', content('9'), '', '', ''],
      ],
      (ws) => {
        ws.getCell('B3').note = '表头的批注不导入';
        ws.getCell('C4').note = '资金已于9月底前全部拨付';
        ws.getCell('E5').note = '详见附件2';
        ws.getCell('D6').note = '待审计后确认';
      },
    );
    const f = await preview(xlsx);
    expect(f.rows.map((r) => [r.seq, r.progress, r.remarks])).toEqual([
      ['7', '拨付专利转化资金2000万元。', '批注：资金已于9月底前全部拨付'],
      // 备注 taken for progress is the 备注 cell's own text, not the comment on it.
      ['8', '已拨付', '已拨付\n批注：详见附件2'],
      ['9', '', '批注：待审计后确认'],
    ]);
    expect(f.warnings).toContain('工作表“Sheet1”第4、5、6行单元格中的批注已记入该行的备注（“批注：……”），请核对。');

    const xls = await preview(fixture('libreoffice-comments.xls'));
    expect(xls.rows.map((r) => [r.seq, r.remarks])).toEqual([
      ['7', '批注：资金已于9月底前全部拨付'],
      ['8', '已拨付\n批注：详见附件2'],
      ['9', ''],
    ]);

    // A Word table: a comment on a cell of a task row goes to its 备注; one on the paragraphs around it does not.
    const docx = await docxWithTable('财政厅批注.docx', ['省财政厅2023年第三季度推进情况', '填报单位：省财政厅'], [
      ['序号', '工作任务', '进展情况', '完成状态', '备注'],
      ['7', content('7'), { text: '拨付专利转化资金2000万元。', comment: '资金已于9月底前全部拨付' }, '正常推进', ''],
      ['8', content('8'), '平台建设推进中。', '正常推进', ''],
    ]);
    const word = await preview(docx);
    expect(word.rows.map((r) => [r.seq, r.progress, r.remarks])).toEqual([
      ['7', '拨付专利转化资金2000万元。', '批注：资金已于9月底前全部拨付'],
      ['8', '平台建设推进中。', ''],
    ]);
    expect(word.warnings).toContain('表格1第2行单元格中的批注已记入该行的备注（“批注：……”），请核对。');

    // A comment whose selection runs from a cell to the 填报人 line below the table: Word puts its mark
    // below the table, where the selection ends; it still belongs to the row it begins in.
    const spanning = await docxWithTable('财政厅批注跨表.docx', ['省财政厅2023年第三季度推进情况', '填报单位：省财政厅'], [
      ['序号', '工作任务', '进展情况', '完成状态', '备注'],
      ['7', content('7'), '拨付专利转化资金2000万元。', '正常推进', ''],
      ['8', content('8'), { text: '平台建设推进中。', comment: '平台已于10月上线' }, '正常推进', ''],
    ], ['填报人：王五']);
    const moved = markBelowTable(spanning);
    expect(moved.bytes).not.toEqual(spanning.bytes);
    const across = await preview(moved);
    expect(across.rows.map((r) => [r.seq, r.remarks])).toEqual([
      ['7', ''],
      ['8', '批注：平台已于10月上线'],
    ]);
  });
});

/** The .docx with its comment's end and mark moved out of the table, into the paragraph after it. */
function markBelowTable(file: FileInput): FileInput {
  const parts = unzipSync(file.bytes);
  const xml = strFromU8(parts['word/document.xml']!);
  const mark = '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>';
  const below = '</w:tbl><w:p><w:r><w:t xml:space="preserve">填报人：王五</w:t></w:r>';
  if (!xml.includes(mark) || !xml.includes(below)) throw new Error('document.xml is not as the docx library wrote it');
  parts['word/document.xml'] = strToU8(xml.replace(mark, '').replace(below, below + mark));
  return { name: file.name, bytes: zipSync(parts) };
}
