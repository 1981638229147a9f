// A zip of returns, as bureaus send them: taken apart, each file imported (and stored) as if dropped
// on its own; what is not a return is named, archivers' leftovers are not; a zip that cannot be
// opened is refused by name and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileInput, FileOutput } from '../../../electron/shared/api/method';
import { zip } from '../../fixtures/bad/zipWriter';
import type { TestBackend } from '../../helpers/backend';
import { financeReturnSetup, unitId } from '../../helpers/progressPlan';
import { dumpDb, fillTemplate } from '../../helpers/returns';

describe('progress.import of a zip of returns', () => {
  let b: TestBackend;
  let planId: number;
  let finance: FileInput;
  let court: FileInput;

  const fileOf = async (template: FileOutput, unit: string) =>
    fillTemplate(template, (seq) => ({ progress: `${unit}第${seq}项进展`, status: '正常推进' }));

  beforeEach(async () => {
    let template: FileOutput;
    ({ b, planId, template } = await financeReturnSetup());
    finance = await fileOf(template, '省财政厅');
    const courtTemplate = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '省法院')] })).files[0]!;
    court = await fileOf(courtTemplate, '省法院');
  });
  afterEach(() => b.close());

  const pdf = Buffer.from('%PDF-1.7\n盖章扫描件');
  const bundle = () => ({
    name: '三季度报送.zip',
    bytes: new Uint8Array(
      zip([
        { name: '三季度/', data: '' },
        { name: '三季度/省财政厅.xlsx', data: finance.bytes },
        { name: '三季度/省法院.xlsx', data: court.bytes },
        { name: '三季度/盖章件.pdf', data: pdf },
        { name: '三季度/~$省财政厅.xlsx', data: 'lock' },
        { name: '__MACOSX/三季度/._省财政厅.xlsx', data: 'fork' },
        { name: '三季度/Thumbs.db', data: 'x' },
        { name: '旧表.zip', data: zip([{ name: 'a.xlsx', data: 'x' }]) },
      ]),
    ),
  });

  it('imports each return in the zip as its own file, names what is not a return, skips what archivers add', async () => {
    const before = dumpDb(b.db);
    const preview = await b.call('progress.import', { planId, period: '2023Q3', files: [bundle()], dryRun: true });
    expect(dumpDb(b.db)).toBe(before);
    expect(preview.files.map((f) => [f.file, f.archive, f.status, f.unit])).toEqual([
      ['三季度报送.zip/三季度/省财政厅.xlsx', '三季度报送.zip', 'dry-run', '省财政厅'],
      ['三季度报送.zip/三季度/省法院.xlsx', '三季度报送.zip', 'dry-run', '省法院'],
      ['三季度报送.zip/三季度/盖章件.pdf', '三季度报送.zip', 'rejected', null],
      ['三季度报送.zip/旧表.zip', '三季度报送.zip', 'rejected', null],
    ]);
    expect(preview.files[2]!.errors[0]).toMatch(/^文件“三季度报送\.zip\/三季度\/盖章件\.pdf”是 PDF 文件，不是可导入的文件/);
    expect(preview.files[3]!.errors[0]).toMatch(/^文件“三季度报送\.zip\/旧表\.zip”是压缩包.*请先解压/);

    const commit = await b.call('progress.import', { planId, period: '2023Q3', files: [bundle()], dryRun: false });
    expect(commit.files.map((f) => [f.file, f.status])).toEqual(preview.files.map((f) => [f.file, f.status === 'dry-run' ? 'imported' : f.status]));
    const imports = await b.call('imports.list', { planId });
    expect(imports.map((i) => [i.fileName, i.unit, i.rows]).sort()).toEqual([
      ['三季度报送.zip/三季度/省法院.xlsx', '省法院', preview.files[1]!.rows.length],
      ['三季度报送.zip/三季度/省财政厅.xlsx', '省财政厅', preview.files[0]!.rows.length],
    ]);
    // The original kept is the return itself, saved under its own name.
    const financeImport = commit.files[0]!.importId!;
    const original = await b.call('imports.file', { importId: financeImport });
    expect(original.fileName).toBe('省财政厅.xlsx');
    expect(Buffer.from(original.bytes).equals(Buffer.from(finance.bytes))).toBe(true);
    const records = (await b.call('progress.list', { planId, period: '2023Q3' })).records;
    expect(records.filter((r) => r.progress.startsWith('省法院')).length).toBe(preview.files[1]!.rows.length);

    // Sent again, the zip writes nothing: each file is recognised as imported before.
    const again = await b.call('progress.import', { planId, period: '2023Q3', files: [bundle()], dryRun: true });
    expect(again.files.slice(0, 2).map((f) => f.duplicateOf)).toEqual(commit.files.slice(0, 2).map((f) => f.importId));

    // Each file's import is undone on its own.
    await b.call('imports.undo', { importId: financeImport });
    const left = (await b.call('progress.list', { planId, period: '2023Q3' })).records;
    expect(left.map((r) => r.progress.slice(0, 3))).toEqual(left.map(() => '省法院'));
  });

  it('refuses a zip with a password or a hostile entry by name, and stores nothing', async () => {
    const locked = { name: '加密.zip', bytes: new Uint8Array(zip([{ name: '省财政厅.xlsx', data: finance.bytes, encrypted: true }])) };
    const hostile = { name: '报送.zip', bytes: new Uint8Array(zip([{ name: '../省财政厅.xlsx', data: finance.bytes }])) };
    const result = await b.call('progress.import', { planId, period: '2023Q3', files: [locked, hostile, finance], dryRun: false });
    expect(result.files.map((f) => [f.file, f.status, f.archive])).toEqual([
      ['加密.zip', 'rejected', undefined],
      ['报送.zip', 'rejected', undefined],
      [finance.name, 'imported', undefined],
    ]);
    expect(result.files[0]!.errors).toEqual(['压缩包“加密.zip”设置了密码，无法解压。请用解压软件输入密码解压后，再把其中的文件拖入。']);
    expect(result.files[1]!.errors[0]).toMatch(/^文件“报送\.zip”内部包含异常的路径“\.\.\/省财政厅\.xlsx”（指向上级目录）/);
    const onlyFinance = await b.call('imports.list', { planId });
    expect(onlyFinance.map((i) => i.fileName)).toEqual([finance.name]);
    await b.call('imports.undo', { importId: result.files[2]!.importId! });
    expect((await b.call('progress.list', { planId, period: '2023Q3' })).records).toEqual([]);
  });

  it('leaves a zip without any return to the usual refusal', async () => {
    const scans = { name: '扫描件.zip', bytes: new Uint8Array(zip([{ name: '盖章件.pdf', data: pdf }])) };
    const [refused] = (await b.call('progress.import', { planId, period: '2023Q3', files: [scans], dryRun: true })).files;
    expect(refused!.status).toBe('rejected');
    expect(refused!.archive).toBeUndefined();
    expect(refused!.errors[0]).toMatch(/^文件“扫描件\.zip”是普通压缩包/);
  });
});
