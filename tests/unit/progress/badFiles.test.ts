// Files that must be refused — each with a Chinese reason naming it — while the database stays
// byte-for-byte as it was, and the good files of the same batch still go in.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import type { ParsedPlan } from '../../../electron/shared/types';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan } from '../../helpers/progressPlan';
import { dumpDb, fillTemplate } from '../../helpers/returns';
import { SEED_PLAN } from '../../helpers/seedPlan';
import { rawZip, workbookZip } from '../../helpers/zipBuilder';

const MB = 1024 * 1024;

function encryptedWorkbook(): Uint8Array<ArrayBuffer> {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.alloc(1024, 4));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(8192, 7));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

async function headerless(): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('人员').addRows([
    ['姓名', '年龄', '电话'],
    ['张三', 40, '123'],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A legacy .xls of a few hundred rows, as SheetJS writes it (BIFF8). */
function legacyXls(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([['序号', '进展情况'], ...Array.from({ length: 300 }, (_, i) => [String(i + 1), '推进情况'.repeat(20)])]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '推进情况');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}

const rows = (n: number) => Buffer.from(`<worksheet><sheetData>${'<row r="1"/>'.repeat(n)}</sheetData></worksheet>`);

describe('rejected files', () => {
  let planId: number;
  let good: FileInput;
  const bad: { file: FileInput; reason: RegExp }[] = [];

  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
    const otherPlan: ParsedPlan = { ...SEED_PLAN, title: '2024年知识产权工作要点', tasks: SEED_PLAN.tasks.slice(0, 5) };
    const otherId = await createPlan(b, otherPlan);

    const [template] = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitIdOf('省法院')] })).files;
    good = await fillTemplate(template!, () => ({ progress: '审结案件100件', status: '正常推进' }));
    const [foreign] = (await b.call('templates.export', { planId: otherId, period: '2024Q3', unitIds: [unitIdOf('省法院')] })).files;
    const foreignFilled = await fillTemplate(foreign!, () => ({ progress: '别的计划', status: '已完成' }));

    bad.push(
      { file: { name: '截断.xlsx', bytes: good.bytes.slice(0, Math.floor(good.bytes.length / 2)) }, reason: /已损坏/ },
      { file: { name: '截断.xls', bytes: legacyXls().slice(0, 4096) }, reason: /不完整或已损坏/ },
      { file: { name: '其实是文本.xlsx', bytes: new TextEncoder().encode('序号,进展情况\n1,已完成\n') }, reason: /纯文本/ },
      { file: { name: '加密.xlsx', bytes: encryptedWorkbook() }, reason: /已加密/ },
      { file: { name: '空文件.xlsx', bytes: new Uint8Array(0) }, reason: /空文件/ },
      { file: { name: '另一计划.xlsx', bytes: foreignFilled.bytes }, reason: /《2024年知识产权工作要点》的填报表，不属于当前的《2022-2023年工作要点》/ },
      { file: { name: '无表头.xlsx', bytes: await headerless() }, reason: /没有找到推进情况表的表头/ },
      { file: { name: '巨大.xlsx', bytes: workbookZip(Buffer.alloc(50 * MB, 0x20), { stored: true }) }, reason: /超过上限 30 MB/ },
      { file: { name: '炸弹.xlsx', bytes: workbookZip(Buffer.alloc(210 * MB, 0x20)) }, reason: /解压后的内容超过上限 200 MB/ },
      { file: { name: '谎报大小.xlsx', bytes: workbookZip(Buffer.alloc(20 * MB, 0x20), { declaredSize: 1000 }) }, reason: /实际大小与声明不符/ },
      { file: { name: '行数过多.xlsx', bytes: workbookZip(rows(200_001)) }, reason: /超过上限 200,000 行/ },
      { file: { name: '图片.xlsx', bytes: rawZip([{ name: 'a.png', data: Buffer.alloc(10) }]) }, reason: /不是可导入的文件/ },
    );
  });

  const unitIdOf = (name: string) => b.db.get<{ id: number }>('SELECT id FROM units WHERE name = ?', [name])!.id;

  it('refuses each bad file with its reason and leaves the database untouched', async () => {
    for (const { file, reason } of bad) {
      const before = dumpDb(b.db);
      const result = await b.call('progress.import', { planId, files: [file], dryRun: false, unit: '省法院', period: '2023Q3' });
      const f = result.files[0]!;
      expect(f.status, file.name).toBe('rejected');
      expect(f.errors.join(), file.name).toMatch(reason);
      expect(f.errors.join(), file.name).toContain(file.name);
      // Chinese throughout: no message of a library's own leaks through.
      expect(f.errors.join(), file.name).not.toMatch(/undefined|Cannot|Error\b|[a-z]+ [a-z]+ [a-z]+/);
      expect(f.importId).toBeNull();
      // Only another plan's form is refused whatever is chosen for it: the preview offers no choice.
      expect(f.otherPlan, file.name).toBe(file.name === '另一计划.xlsx' ? '2024年知识产权工作要点' : undefined);
      expect(dumpDb(b.db), file.name).toBe(before);
    }
  });

  it('still imports the good file of a batch full of bad ones', async () => {
    const result = await b.call('progress.import', { planId, files: [...bad.map((x) => x.file), good], dryRun: false });
    expect(result.files.map((f) => f.status)).toEqual([...bad.map(() => 'rejected'), 'imported']);
    const { records } = await b.call('progress.list', { planId, period: '2023Q3' });
    expect(records.map((r) => [r.seq, r.unit, r.progress])).toEqual([['5', '省法院', '审结案件100件']]);
  });
});
