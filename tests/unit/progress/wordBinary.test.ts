// Word 97–2003 .doc files (WPS still saves them): a plan and a returned form, read as their .docx
// counterparts are. The fixtures are .docx files our helpers build (docxOfParagraphs with the seed
// plan's first lines; docxWithNumbering; docxWithTable with 省财政厅's return, and the documents in
// ../../fixtures/doc/sources.ts), saved as .doc by LibreOffice:
//   soffice --headless --convert-to doc:"MS Word 97" file.docx
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { docxWithNumbering, docxWithTable } from '../../helpers/officeFiles';
import { createPlan } from '../../helpers/progressPlan';
import { COMMENTED_RETURN, HIDDEN_RETURN, MERGED_PLAN, MERGED_RETURN, NUMBERED_PLAN, WIDE_RETURN } from '../../fixtures/doc/sources';
import { seededRandom } from '../../helpers/random';
import { dumpDb } from '../../helpers/returns';
import { readWordBinary } from '../../../electron/core/files/wordBinary';
import { AppError } from '../../../electron/shared/result';

const FIXTURES = path.resolve(__dirname, '../../fixtures/doc');
const fixture = (file: string, name = file): FileInput => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, file))) });

/** The fixture with one of its streams (by default the WordDocument stream) changed, written back as a .doc. */
function withWordStream(file: string, name: string, change: (stream: Uint8Array) => void, stream = 'WordDocument'): FileInput {
  const cfb = XLSX.CFB as { read(d: Buffer, o: object): unknown; find(c: unknown, p: string): { content: Uint8Array }; write(c: unknown, o: object): Buffer };
  const container = cfb.read(fs.readFileSync(path.join(FIXTURES, file)), { type: 'buffer' });
  change(cfb.find(container, stream).content);
  return { name, bytes: new Uint8Array(cfb.write(container, { type: 'buffer' })) };
}

describe('Word 97–2003 documents', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('reads a plan from a .doc: its parts, numbered tasks, units and time limits', async () => {
    const { plan } = await b.call('plans.parse', { source: { kind: 'file', file: fixture('plan-libreoffice.doc', '2022-2023年工作要点.doc') } });
    // The fixture stops at the heading of part 四, which lists no task: the preview says so.
    expect(plan.sections.map((s) => s.numeral)).toEqual(['一', '二', '三']);
    expect(plan.warnings.join('\n')).toContain('“四、全力打造知识产权助力乡村振兴样板”下没有识别出编号任务');
    expect(plan.tasks.map((t) => t.seq)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const task4 = plan.tasks[3]!;
    expect(task4.content).toBe('积极申报海外知识产权纠纷应对指导中心分中心。');
    expect(task4.units).toMatchObject({ lead: ['省知识产权局'], cooperating: ['省贸促会'], national: ['国家知识产权局保护司'] });
    expect(task4.deadline).toBe('2023-12-31');
  });

  it('numbers a .doc plan’s paragraphs as Word does, from the document’s lists, as its .docx reads them', async () => {
    const parse = async (file: FileInput) => (await b.call('plans.parse', { source: { kind: 'file', file } })).plan;
    const doc = await parse(fixture('plan-numbered-libreoffice.doc', '自动编号.doc'));
    const docx = await parse(await docxWithNumbering('自动编号.docx', NUMBERED_PLAN.levels, NUMBERED_PLAN.paragraphs));
    const sections = (plan: typeof doc) => plan.sections.map((s) => `${s.numeral}、${s.title}`);
    const tasks = (plan: typeof doc) => plan.tasks.map((t) => [t.sectionIndex, t.seq, t.content, t.units.lead, t.deadline]);
    expect(sections(doc)).toEqual(['一、夯实数字基础设施', '二、提升数字政务服务能力']);
    expect(tasks(doc)).toEqual([
      [0, '1.1', '推进政务云扩容。', ['省数据局'], '2025-06-30'],
      [0, '1.2', '建设一体化数据平台。', ['省数据局'], '2025-12-31'],
      [1, '2.1', '推行高效办成一件事。', ['省政务服务局'], '2025-09-30'],
    ]);
    expect([sections(doc), tasks(doc), doc.warnings]).toEqual([sections(docx), tasks(docx), docx.warnings]);
  });

  it('says when a .doc plan’s tasks are numbered by Word from lists it cannot read', async () => {
    // docxWithNumbering: a title, a typed section heading, two tasks numbered by Word (“%1．”); the
    // FIB's pointer to the list definitions (PlfLst) cleared.
    const unreadable = withWordStream('auto-numbered-libreoffice.doc', '自动编号.doc', (s) => {
      const fib = new DataView(s.buffer, s.byteOffset);
      const rgLw = 34 + fib.getUint16(32, true) * 2;
      const rgFcLcb = rgLw + 2 + fib.getUint16(rgLw, true) * 4 + 2;
      fib.setUint32(rgFcLcb + 73 * 8 + 4, 0, true);
    });
    const { plan } = await b.call('plans.parse', { source: { kind: 'file', file: unreadable } });
    expect(plan.warnings[0]).toBe('文件“自动编号.doc”中有 2 段使用了 Word 自动编号，但文件中编号的定义读不出来，以自动编号的任务可能未列入台账。请用 WPS 或 Word 另存为 .docx 后再导入。');
  });

  it('imports a returned form typed as a table in a .doc, a cell of two paragraphs kept as two lines', async () => {
    const file = fixture('return-libreoffice.doc', '省财政厅三季度报送.doc');
    const preview = (await b.call('progress.import', { planId, files: [file], dryRun: true })).files[0]!;
    expect(preview).toMatchObject({ unit: '省财政厅', period: '2023Q3', errors: [] });
    expect(preview.rows.map((r) => [r.row, r.seq, r.status, r.progress])).toEqual([
      [2, '7', 'on_track', '拨付专利转化资金2000万元。\n支持42家企业开展专利产业化。'],
      [3, '8', 'delayed', '资金到位较慢'],
      [4, '9', 'completed', '资金池已设立，首期规模1亿元。'],
    ]);
    const done = (await b.call('progress.import', { planId, files: [file], dryRun: false })).files[0]!;
    expect(done.status).toBe('imported');
    const stored = await b.call('progress.list', { planId, period: '2023Q3' });
    expect(stored.records.filter((r) => r.unit === '省财政厅').map((r) => r.seq).sort()).toEqual(['7', '8', '9']);
  });

  it('reads a .doc plan table’s merged cells as its .docx reads them: a 牵头单位 or 完成时限 for two tasks, a section row across', async () => {
    const parse = async (file: FileInput) => (await b.call('plans.parse', { source: { kind: 'file', file } })).plan;
    const doc = await parse(fixture('plan-merged-libreoffice.doc', '分工表.doc'));
    const docx = await parse(await docxWithTable('分工表.docx', MERGED_PLAN.before, MERGED_PLAN.rows));
    const tasks = (plan: typeof doc) => plan.tasks.map((t) => [t.sectionIndex, t.seq, t.content, t.units.lead, t.units.joint, t.deadline]);
    expect(tasks(doc)).toEqual([
      [0, '1', '推进政务服务事项全程网办。', ['省政务服务局'], ['各市人民政府'], '2023-12-31'],
      [0, '2', '推行惠企政策免申即享。', ['省政务服务局'], ['省财政厅'], '2023-12-31'],
      [1, '3', '加快重大项目建设。', ['省发展改革委'], ['省自然资源厅'], '2023-09-30'],
    ]);
    expect(tasks(doc)).toEqual(tasks(docx));
    expect(doc.sections.map((s) => s.title)).toEqual(docx.sections.map((s) => s.title));
  });

  it('reads a .doc return’s merged cells as its .docx reads them: a two-row header, one 完成状态 for two tasks', async () => {
    const preview = async (file: FileInput) => (await b.call('progress.import', { planId, period: '2023Q3', files: [file], dryRun: true })).files[0]!;
    const doc = await preview(fixture('return-merged-libreoffice.doc', '财政厅三季度.doc'));
    const docx = await preview(await docxWithTable('财政厅三季度.docx', MERGED_RETURN.before, MERGED_RETURN.rows));
    const rows = (f: typeof doc) => f.rows.map((r) => [r.seq, r.status, r.progress, r.problems]);
    expect(doc).toMatchObject({ unit: '省财政厅', errors: [] });
    expect(rows(doc)).toEqual([
      ['7', 'completed', '拨付专利转化资金2000万元。', ''],
      ['8', 'completed', '重点城市建设方案已印发。', '无'],
      ['9', 'on_track', '资金池已设立，首期规模1亿元。', ''],
    ]);
    expect(rows(doc)).toEqual(rows(docx));
    expect(doc.warnings).toEqual(docx.warnings);
  });

  it('reads a .doc return of many columns, whose rows keep their properties in the Data stream, as its .docx', async () => {
    const preview = async (file: FileInput) => (await b.call('progress.import', { planId, period: '2023Q3', files: [file], dryRun: true })).files[0]!;
    const doc = await preview(fixture('return-wide-libreoffice.doc', '财政厅统计表.doc'));
    const docx = await preview(await docxWithTable('财政厅统计表.docx', WIDE_RETURN.before, WIDE_RETURN.rows));
    const rows = (f: typeof doc) => f.rows.map((r) => [r.seq, r.status, r.progress, r.problems, r.nextSteps, r.remarks]);
    expect(doc).toMatchObject({ unit: '省财政厅', errors: [] });
    expect(rows(doc)).toEqual([
      ['7', 'on_track', '拨付专利转化资金2000万元。', '', '继续拨付。', ''],
      ['8', 'completed', '重点城市建设方案已印发。', '', '', '已报省政府'],
      ['9', 'delayed', '资金池已设立，首期规模1亿元。', '合作银行未确定', '年底前确定合作银行。', ''],
    ]);
    expect(rows(doc)).toEqual(rows(docx));
  });

  it('puts a .doc return’s comments (批注) on a task’s cells in its 备注, as its .docx', async () => {
    const preview = async (file: FileInput) => (await b.call('progress.import', { planId, period: '2023Q3', files: [file], dryRun: true })).files[0]!;
    const doc = await preview(fixture('return-comments-libreoffice.doc', '财政厅批注.doc'));
    const docx = await preview(await docxWithTable('财政厅批注.docx', COMMENTED_RETURN.before, COMMENTED_RETURN.rows));
    const rows = (f: typeof doc) => f.rows.map((r) => [r.seq, r.progress, r.remarks]);
    expect(rows(doc)).toEqual([
      ['7', '拨付专利转化资金2000万元。', '批注：资金已于9月底前全部拨付'],
      ['8', '平台建设推进中。', '详见附件\n批注：平台已于10月上线'],
      ['9', '资金池已设立。', ''],
    ]);
    expect(rows(doc)).toEqual(rows(docx));
    expect(doc.warnings).toContain('表格1第2、3行单元格中的批注已记入该行的备注（“批注：……”），请核对。');
  });

  it('reads a .doc return’s hidden text (隐藏文字) and says which row has it, as its .docx', async () => {
    const preview = async (file: FileInput) => (await b.call('progress.import', { planId, period: '2023Q3', files: [file], dryRun: true })).files[0]!;
    const doc = await preview(fixture('return-hidden-libreoffice.doc', '财政厅隐藏文字.doc'));
    const docx = await preview(await docxWithTable('财政厅隐藏文字.docx', HIDDEN_RETURN.before, HIDDEN_RETURN.rows));
    expect(doc.rows.map((r) => [r.seq, r.progress])).toEqual([
      ['7', '拨付专利转化资金2000万元。'],
      ['8', '资金已下达。另有500万元尚未拨付。'],
    ]);
    expect(doc.warnings).toContain('表格1第3行有设为隐藏的文字（Word 中不显示、不打印），已一并读入，请核对。');
    expect(doc.warnings).toEqual(docx.warnings);
  });

  it('refuses a damaged or password-protected .doc, naming the file, and stores nothing', async () => {
    const before = dumpDb(b.db);
    const whole = fixture('return-libreoffice.doc');
    const cases: [FileInput, RegExp][] = [
      [{ name: '半截.doc', bytes: whole.bytes.slice(0, 3000) }, /文件“半截\.doc”.*已损坏/],
      [withWordStream('return-libreoffice.doc', '乱码.doc', (s) => s.fill(0x5a, 0, 1024)), /文件“乱码\.doc”是 Word 97-2003 文档（\.doc），但文件已损坏/],
      // The FIB's fEncrypted flag.
      [withWordStream('return-libreoffice.doc', '加密.doc', (s) => void (s[0x0b] = s[0x0b]! | 0x01)), /文件“加密\.doc”已加密（设置了打开密码）/],
      [withWordStream('return-libreoffice.doc', 'Word95.doc', (s) => new DataView(s.buffer, s.byteOffset).setUint16(2, 0x0065, true)), /文件“Word95\.doc”是 Word 6\.0\/95 或更早版本的文档/],
      // The piece table pointed past the end of its stream.
      [withWordStream('return-libreoffice.doc', '错位.doc', (s) => new DataView(s.buffer, s.byteOffset).setUint32(0x1a2, 0x7ffffff0, true)), /文件“错位\.doc”.*已损坏/],
    ];
    for (const [file, message] of cases) {
      const env = await b.invoke('progress.import', { planId, files: [file], dryRun: false });
      const errors = env.ok ? env.value.files.flatMap((f) => f.errors) : [env.error.message];
      expect(errors.join('\n'), file.name).toMatch(message);
      const plan = await b.invoke('plans.parse', { source: { kind: 'file', file } });
      expect(plan.ok ? '' : plan.error.message, file.name).toMatch(message);
    }
    expect(dumpDb(b.db)).toEqual(before);
  });

  it('reads a .wps of WPS 文字, stored as a Word 97–2003 document, by its content: a plan and a return', async () => {
    const { plan } = await b.call('plans.parse', { source: { kind: 'file', file: fixture('plan-merged-libreoffice.doc', '分工表.wps') } });
    expect(plan.tasks.map((t) => [t.seq, t.units.lead])).toEqual([
      ['1', ['省政务服务局']],
      ['2', ['省政务服务局']],
      ['3', ['省发展改革委']],
    ]);
    const [file] = (await b.call('progress.import', { planId, period: '2023Q3', files: [fixture('return-wide-libreoffice.doc', '财政厅统计表.wps')], dryRun: true })).files;
    expect(file).toMatchObject({ unit: '省财政厅', errors: [] });
    expect(file!.rows.map((r) => r.seq)).toEqual(['7', '8', '9']);
  });

  it('reads a .doc whose streams were damaged at random, or refuses it in Chinese naming it: never another error', () => {
    // The structures this reader follows (piece table, FKP pages, table rows, lists, comments) live in
    // the WordDocument and table streams: bytes of each changed at random, the same each run.
    const random = seededRandom(20261129);
    const failures: string[] = [];
    for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.doc'))) {
      for (const stream of ['WordDocument', '1Table']) {
        for (let round = 0; round < 40; round++) {
          // Every other round within the stream's first 1 KB: the FIB and its pointers, the piece table.
          const span = (bytes: Uint8Array) => (round % 2 ? Math.min(bytes.length, 1024) : bytes.length);
          const damaged = withWordStream(file, '损坏.doc', (bytes) => {
            for (let i = 0; i < 24; i++) bytes[Math.floor(random() * span(bytes))] = Math.floor(random() * 256);
          }, stream);
          try {
            readWordBinary(damaged.name, damaged.bytes);
          } catch (err) {
            if (!(err instanceof AppError) || !err.message.includes('损坏.doc')) failures.push(`${file} ${stream} #${round}: ${String(err)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
