import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile, type InputFormat } from '../../../electron/core/files/inspect';
import { readWorkbook } from '../../../electron/core/progress/workbook/readWorkbook';
import iconv from 'iconv-lite';
import { checkZip, countRowElements, unsafeName } from '../../../electron/core/files/zipGuard';
import { MAX_FILE_BYTES } from '../../../electron/core/limits';
import { AppError } from '../../../electron/shared/result';
import { BAD_CASES } from '../../fixtures/bad/cases';
import { SMALL_DIR } from '../../fixtures/bad/generate';
import { sheetXml, xlsxParts } from '../../fixtures/bad/ooxml';
import { zip } from '../../fixtures/bad/zipWriter';

const ALL: InputFormat[] = ['xlsx', 'xls', 'docx', 'text'];

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('inspectFile on the committed hostile corpus', () => {
  const small = BAD_CASES.filter((c) => !c.runtime);

  it('has every small file on disk', () => {
    for (const c of small) expect(fs.existsSync(path.join(SMALL_DIR, c.file)), c.file).toBe(true);
  });

  // Files a library would still have to open (and fail on) are the readers' to refuse; these the inspection refuses itself.
  const refusedHere: Record<string, RegExp> = {
    'empty.xlsx': /空文件/,
    'garbage.xlsx': /格式无法识别/,
    'exe-renamed.xlsx': /可执行程序/,
    'pdf-renamed.xlsx': /是 PDF 文件/,
    'plain-zip.xlsx': /普通压缩包/,
    'truncated.xlsx': /压缩结构不完整/,
    'corrupt-deflate.xlsx': /压缩结构不完整/,
    'corrupt-directory.xlsx': /压缩结构不完整/,
    'corrupt-fat.xls': /已损坏/,
    'truncated.docx': /压缩结构不完整/,
    'legacy-doc.docx': /的内容是Word 97-2003 文档（\.doc）/,
    'encrypted.xlsx': /已加密/,
    'encrypted.docx': /已加密/,
    'encrypted.xls': /已加密/,
    'zip-encrypted-entry.xlsx': /已加密/,
    'xxe.xlsx': /DOCTYPE\/ENTITY/,
    'billion-laughs.xlsx': /DOCTYPE\/ENTITY/,
    'xxe.docx': /DOCTYPE\/ENTITY/,
    'billion-laughs.docx': /DOCTYPE\/ENTITY/,
    'traversal.xlsx': /异常的路径“\.\.\/\.\.\/evil\.txt”（指向上级目录）/,
    'traversal-backslash.xlsx': /指向上级目录/,
    'traversal-absolute.docx': /绝对路径/,
  };

  it.each(Object.entries(refusedHere))('refuses %s with a Chinese reason', (file, reason) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SMALL_DIR, file)));
    const err = refusal(() => inspectFile({ name: file, bytes }, ALL));
    expect(err.code).toBe('BAD_FILE');
    expect(err.message).toContain(`文件“${file}”`);
    expect(err.message).toMatch(reason);
  });

  it('identifies files by content, not by their extension', () => {
    const read = (f: string) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(SMALL_DIR, f))) });
    expect(inspectFile(read('text-renamed.xlsx'), ALL).format).toBe('text');
    expect(inspectFile(read('wrong-content.xlsx'), ALL).format).toBe('docx');
    expect(refusal(() => inspectFile(read('wrong-content.xlsx'), ['xlsx', 'xls'])).message).toMatch(/内容是Word 文档（\.docx），此处需要：Excel 工作簿/);
    expect(inspectFile(read('control-chars.txt'), ALL).format).toBe('text');
  });
});

describe('office files of other families', () => {
  const odf = (kind: string) =>
    new Uint8Array(zip([{ name: 'mimetype', data: `application/vnd.oasis.opendocument.${kind}`, method: 0 }, { name: 'content.xml', data: '<office:document-content/>' }]));

  it('reads an OpenDocument spreadsheet as one, where a spreadsheet is wanted', () => {
    expect(inspectFile({ name: '财政厅.xlsx', bytes: odf('spreadsheet') }, ['xlsx', 'xls', 'ods']).format).toBe('ods');
    expect(refusal(() => inspectFile({ name: '要点.ods', bytes: odf('spreadsheet') }, ['docx', 'text'])).message).toBe(
      '文件“要点.ods”的内容是OpenDocument 表格（.ods），此处需要：Word 文档（.docx）、纯文本（.txt）。',
    );
  });

  it('names OpenDocument text and OFD files and says what to ask for instead', () => {
    expect(refusal(() => inspectFile({ name: '要点.odt', bytes: odf('text') }, ['docx', 'text'])).message).toBe(
      '文件“要点.odt”是 OpenDocument 文档（.odt），无法直接读取。请在 WPS、Word 或 LibreOffice 中另存为 .docx 后再导入。',
    );
    const ofd = new Uint8Array(zip([{ name: 'OFD.xml', data: '<ofd:OFD/>' }, { name: 'Doc_0/Document.xml', data: '<ofd:Document/>' }]));
    expect(refusal(() => inspectFile({ name: '通知.ofd', bytes: ofd }, ['docx', 'text'])).message).toMatch(/^文件“通知\.ofd”是 OFD 版式文件/);
    // Any other zip is still just a zip.
    const plain = new Uint8Array(zip([{ name: 'readme.txt', data: 'hi' }]));
    expect(refusal(() => inspectFile({ name: 'a.xlsx', bytes: plain }, ['xlsx'])).message).toMatch(/是普通压缩包/);
  });

  it('says what a zip of returns holds, names a picture, and asks for a return in every form it may take', () => {
    const returns = new Uint8Array(zip([
      { name: '三季度/财政厅.xlsx', data: 'x' },
      { name: '三季度/法院.docx', data: 'x' },
      { name: '说明.txt', data: 'x' },
    ]));
    expect(refusal(() => inspectFile({ name: '各单位报送.zip', bytes: returns }, ['xlsx'])).message).toBe(
      '文件“各单位报送.zip”是压缩包，里面有 2 个表格或文档文件（财政厅.xlsx、法院.docx），压缩包本身不能导入。请先解压，再把其中的文件拖入（可一次选多个）。',
    );
    // Names without the UTF-8 flag: GBK (Chinese Windows, WinRAR) or UTF-8 (Linux zip), read either way.
    const unflagged = new Uint8Array(zip([
      { name: '', nameBytes: iconv.encode('知识产权局.xlsx', 'gbk'), data: 'x' },
      { name: '', nameBytes: Buffer.from('财政厅.xlsx', 'utf8'), data: 'x' },
    ]));
    expect(refusal(() => inspectFile({ name: '报送.zip', bytes: unflagged }, ['xlsx'])).message).toContain('（知识产权局.xlsx、财政厅.xlsx）');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const scan = refusal(() => readWorkbook({ name: '扫描件.xlsx', bytes: png })).message;
    expect(scan).toBe(
      '文件“扫描件.xlsx”是图片（PNG），不是可导入的文件。请提供：' +
        'Excel 工作簿（.xlsx、.xls）、WPS 表格（.et）、OpenDocument 表格（.ods）、CSV 表格（.csv）或表格在其中的 Word 文档（.docx、.doc）。',
    );
  });
});

describe('limits', () => {
  it('refuses an oversized file before looking inside, stating the limit', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    bytes.set([0x50, 0x4b, 3, 4]);
    const err = refusal(() => inspectFile({ name: '大文件.xlsx', bytes }, ALL));
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.message).toContain('超过上限 30 MB');
  });

  it('counts rows while inflating and stops past the row limit', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i), 'x']);
    const bytes = zip(xlsxParts(sheetXml(rows)));
    expect(checkZip(bytes, 'a.xlsx').entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.rows).toBe(120);
    const err = refusal(() => checkZip(bytes, 'a.xlsx', { maxRows: 100 }));
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.message).toMatch(/工作表“sheet1”超过 100 行，超过上限/);
  });

  it('counts the rows of a very large sheet step by step, across the steps, and stops past the limit', () => {
    // Over 16 MB inflated: the guard inflates it in steps and counts as it goes.
    const rows = Array.from({ length: 40_000 }, (_, i) => [String(i + 1), `第${i + 1}项：${'已按计划完成阶段性工作。'.repeat(12)}`]);
    const sheet = sheetXml(rows);
    expect(Buffer.byteLength(sheet)).toBeGreaterThan(16 * 1024 * 1024);
    const bytes = zip(xlsxParts(sheet));
    const report = checkZip(bytes, 'big.xlsx', {}, (name) => name.endsWith('sheet1.xml'));
    expect(report.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.rows).toBe(40_000);
    expect(Buffer.from(report.parts.get('xl/worksheets/sheet1.xml')!).equals(Buffer.from(sheet))).toBe(true);
    const err = refusal(() => checkZip(bytes, 'big.xlsx', { maxRows: 39_999 }));
    expect(err.message).toMatch(/工作表“sheet1”超过 39,999 行，超过上限/);
    const lying = zip(xlsxParts(sheet).map((e) => (e.name.endsWith('sheet1.xml') ? { ...e, declaredSize: 17 * 1024 * 1024 } : e)));
    expect(refusal(() => checkZip(lying, 'bomb.xlsx')).message).toMatch(/实际大小与声明不符/);
  });

  it('refuses a part that inflates beyond its declared size (a lying zip bomb)', () => {
    const honest = zip(xlsxParts(sheetXml([['1', ' '.repeat(100_000)]])));
    expect(checkZip(honest, 'ok.xlsx').inflatedBytes).toBeGreaterThan(100_000);
    const lying = zip(xlsxParts(sheetXml([['1', ' '.repeat(100_000)]])).map((e) => (e.name.endsWith('sheet1.xml') ? { ...e, declaredSize: 1000 } : e)));
    expect(refusal(() => checkZip(lying, 'bomb.xlsx')).message).toMatch(/实际大小与声明不符/);
    expect(refusal(() => checkZip(honest, 'big.xlsx', { maxInflatedBytes: 50_000 })).message).toMatch(/解压后的内容超过上限/);
  });

  it('refuses too many parts', () => {
    const many = zip([...xlsxParts(sheetXml([['1']])), ...Array.from({ length: 30 }, (_, i) => ({ name: `x/${i}`, data: 'x' }))]);
    expect(refusal(() => checkZip(many, 'many.xlsx', { maxEntries: 20 })).message).toMatch(/超过上限 20 个/);
  });

  it('finds a DOCTYPE split across the chunks it scans', () => {
    // A stored part is scanned in 1 MB slices: put the declaration across the first boundary.
    const head = '<?xml version="1.0"?>';
    const padded = `${head}${' '.repeat(1024 * 1024 - head.length - 4)}<!DOCTYPE x><worksheet/>`;
    const parts = xlsxParts(padded).map((e) => (e.name.endsWith('sheet1.xml') ? { ...e, method: 0 as const } : e));
    expect(refusal(() => checkZip(zip(parts), 'split.xlsx')).message).toMatch(/DOCTYPE/);
  });
});

describe('what the zip guard hands on', () => {
  it('counts row elements as the pattern <(prefix:)?row followed by space, > or / does', () => {
    const samples = [
      '<row r="1"><c/></row><row/><row\tr="3">',
      '<x:row r="1"></x:row><ns.a-b:row><_p:row/>',
      '<rowBreaks/><rows/><arrow r="1"/></row>growth row <1:row ><:row ><p.:row >',
      '<row\u00a0r="1"><row\u000br="2"><row\fr="3"><row>',
      'row<row',
    ];
    const pattern = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
    for (const xml of samples) {
      const latin1 = Buffer.from(xml, 'latin1');
      expect(countRowElements(latin1), xml).toBe(latin1.toString('latin1').match(pattern)?.length ?? 0);
    }
  });

  it('hands back the parts asked for, inflated, and only those', () => {
    const sheet = sheetXml([['1', '进展']]);
    const bytes = zip(xlsxParts(sheet));
    const { parts, entries } = checkZip(bytes, 'a.xlsx', {}, (name) => name.startsWith('xl/'));
    expect(Buffer.from(parts.get('xl/worksheets/sheet1.xml')!).toString('utf8')).toBe(sheet);
    expect([...parts.keys()].every((name) => name.startsWith('xl/'))).toBe(true);
    expect(parts.size).toBe(entries.filter((e) => e.name.startsWith('xl/')).length);
    expect(checkZip(bytes, 'a.xlsx').parts.size).toBe(0);
  });
});

describe('unsafeName', () => {
  it.each([
    ['xl/worksheets/sheet1.xml', null],
    ['xl/media/image..png', null],
    ['../evil', '指向上级目录'],
    ['xl/../../evil', '指向上级目录'],
    ['..\\evil.bat', '指向上级目录'],
    ['/etc/passwd', '绝对路径'],
    ['\\\\server\\share', '绝对路径'],
    ['C:/Windows/evil', '含盘符'],
    ['a\0b', '含空字符'],
  ])('%s → %s', (name, why) => {
    expect(unsafeName(name)).toBe(why);
  });
});
