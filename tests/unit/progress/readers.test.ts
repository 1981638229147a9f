// The spreadsheet readers: our own .xlsx reader agrees with SheetJS on files from several writers
// (exceljs, LibreOffice, SheetJS itself, our templates) and copes with what other writers do
// (namespace prefixes, cells without references, inline and phonetic strings, 1904 dates).
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../../electron/core/progress/workbook/grid';
import { readCsv } from '../../../electron/core/progress/workbook/readCsv';
import { readDocx } from '../../../electron/core/progress/workbook/readDocx';
import { readOds } from '../../../electron/core/progress/workbook/readOds';
import { readXls } from '../../../electron/core/progress/workbook/readXls';
import { isXlsxPart, readXlsx } from '../../../electron/core/progress/workbook/readXlsx';
import { checkZip } from '../../../electron/core/files/zipGuard';
import type { AppError } from '../../../electron/shared/result';
import { readWorkbook } from '../../../electron/core/progress/workbook/readWorkbook';
import { testBackend } from '../../helpers/backend';
import { createPlan } from '../../helpers/progressPlan';
import { rawZip } from '../../helpers/zipBuilder';
import { zip, type ZipEntry } from '../../fixtures/bad/zipWriter';

/** A minimal .docx around `body` (word/document.xml's w:body). */
function docxFile(body: string): { name: string; bytes: Uint8Array<ArrayBuffer> } {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return { name: 't.docx', bytes: new Uint8Array(zip([{ name: 'word/document.xml', data: document }])) };
}

const FIXTURES = path.resolve(__dirname, '../../fixtures/returns');
const fixture = (name: string) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))) });

/** Grids compared without trailing empty cells (readers differ on padding rows to the sheet's width). */
const trimmed = (sheets: SheetGrid[]) =>
  sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice(0, r.findLastIndex((t) => t !== '') + 1)) }));

/** A minimal OpenDocument spreadsheet around `tables` (content.xml's office:spreadsheet). */
function odsFile(tables: string): { name: string; bytes: Uint8Array<ArrayBuffer> } {
  const ns = ['office', 'table', 'text', 'style'].map((p) => `xmlns:${p}="urn:oasis:names:tc:opendocument:xmlns:${p}:1.0"`).join(' ');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  const entries: ZipEntry[] = [
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
    { name: 'content.xml', data: content },
  ];
  return { name: 't.ods', bytes: new Uint8Array(zip(entries)) };
}

async function exceljsWorkbook(): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRows([['填报说明'], ['请按季度填写。']]);
  const ws = wb.addWorksheet('三季度');
  ws.addRow(['2023年第三季度推进情况']);
  ws.mergeCells('A1:F1');
  ws.addRow(['填报单位：省财政厅', '', '', '填报日期：', new Date(Date.UTC(2023, 9, 8))]);
  ws.getCell('E2').numFmt = 'yyyy"年"m"月"d"日"';
  ws.addRow(['序号', '工作任务', '进展情况', '完成状态', '存在问题', '下步计划']);
  ws.addRow([7, '专项计划 & <高价值> "专利"', { richText: [{ text: '拨付资金' }, { text: '2000万元', font: { bold: true } }] }, '正常推进']);
  ws.addRow([8, '运营服务体系', '第一行\n第二行', '已完成', { formula: '1+1', result: 2 }, 0.25]);
  ws.mergeCells('B4:B5');
  wb.addWorksheet('隐藏', { state: 'veryHidden' }).addRow(['id', 42]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheetjsWorkbook(): Uint8Array<ArrayBuffer> {
  const ws = XLSX.utils.aoa_to_sheet([['序号', '进展情况', '日期'], ['1', '完成了 <一半>', new Date(Date.UTC(2023, 8, 30))]], { cellDates: true });
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '表1');
  return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array', cellDates: true }) as ArrayBuffer);
}

describe('readXlsx agrees with SheetJS', () => {
  it.each([
    ['exceljs', async () => ({ name: 'a.xlsx', bytes: await exceljsWorkbook() })],
    ['LibreOffice', async () => fixture('libreoffice-saved.xlsx')],
    ['SheetJS', async () => ({ name: 'b.xlsx', bytes: sheetjsWorkbook() })],
    [
      'our template',
      async () => {
        const b = await testBackend();
        const planId = await createPlan(b);
        const [file] = (await b.call('templates.export', { planId, period: '2023Q3' })).files;
        b.close();
        return { name: file!.fileName, bytes: new Uint8Array(file!.bytes) };
      },
    ],
  ])('on a workbook written by %s', async (_, make) => {
    const file = await make();
    const ours = readXlsx(file);
    expect(trimmed(ours)).toEqual(trimmed(readXls(file)));
    expect(ours.flatMap((s) => s.rows).flat().filter(Boolean).length).toBeGreaterThan(5);
  });

  it('reads dates, entities, rich text, formula results and hidden sheets as text', async () => {
    const [notes, sheet, hidden] = readXlsx({ name: 'a.xlsx', bytes: await exceljsWorkbook() });
    expect(notes!.state).toBe('visible');
    expect(sheet!.rows[1]![4]).toBe('2023-10-08');
    expect(sheet!.rows[3]!.slice(0, 3)).toEqual(['7', '专项计划 & <高价值> "专利"', '拨付资金2000万元']);
    expect(sheet!.rows[4]!.slice(2, 6)).toEqual(['第一行\n第二行', '已完成', '2', '0.25']);
    expect(sheet!.merges).toContainEqual({ top: 3, left: 1, bottom: 4, right: 1 });
    expect(hidden).toMatchObject({ name: '隐藏', state: 'veryHidden', rows: [['id', '42']] });
  });
});

describe('readXlsx on unusual writers', () => {
  const xml = (s: string) => Buffer.from(s, 'utf8');
  const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const package_ = (sheetXml: string, extra: { date1904?: boolean; styles?: string; comments?: string } = {}) =>
    rawZip([
      { name: '[Content_Types].xml', data: xml('<Types/>') },
      {
        name: '_rels/.rels',
        data: xml('<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      },
      {
        name: 'xl/workbook.xml',
        data: xml(`<x:workbook ${NS}>${extra.date1904 ? '<x:workbookPr date1904="1"/>' : ''}<x:sheets><x:sheet name="甲&amp;乙" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: xml(
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        ),
      },
      {
        name: 'xl/sharedStrings.xml',
        data: xml(`<x:sst ${NS}><x:si><x:t>进展</x:t></x:si><x:si><x:r><x:t>按期</x:t></x:r><x:r><x:t xml:space="preserve"> 推进</x:t></x:r><x:rPh><x:t>アン</x:t></x:rPh></x:si><x:si><x:t>行一_x000D_
行二</x:t></x:si></x:sst>`),
      },
      { name: 'xl/styles.xml', data: xml(extra.styles ?? `<x:styleSheet ${NS}><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`) },
      { name: 'xl/worksheets/sheet1.xml', data: xml(`<x:worksheet ${NS}>${sheetXml}</x:worksheet>`) },
      ...(extra.comments
        ? [
            {
              name: 'xl/worksheets/_rels/sheet1.xml.rels',
              data: xml('<Relationships><Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>'),
            },
            { name: 'xl/comments1.xml', data: xml(`<x:comments ${NS}>${extra.comments}</x:comments>`) },
          ]
        : []),
    ]);

  it('handles prefixes, missing references, inline and phonetic strings, escapes and dates', () => {
    const sheetXml =
      '<x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>内联&lt;文本&gt;</x:t></x:is></x:c></x:row>' +
      '<x:row r="3"><x:c r="B3" s="1"><x:v>45207</x:v></x:c><x:c r="D3" t="s"><x:v>2</x:v></x:c><x:c r="E3" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData>' +
      '<x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells>';
    const [sheet] = readXlsx({ name: 'c.xlsx', bytes: package_(sheetXml) });
    expect(sheet).toEqual({
      name: '甲&乙',
      state: 'visible',
      rows: [['进展', '按期 推进', '内联<文本>'], [], ['', '2023-10-08', '', '行一\r\n行二']],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      dates: [{ r: 2, c: 1 }],
    });
  });

  it('counts 1904-based dates from 1904 and knows custom date formats', () => {
    const styles = `<x:styleSheet ${NS}><x:numFmts><x:numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><x:numFmt numFmtId="177" formatCode="0.00&quot;元&quot;"/></x:numFmts><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="176"/><x:xf numFmtId="177"/></x:cellXfs></x:styleSheet>`;
    const sheetXml = '<x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>43745</x:v></x:c><x:c r="B1" s="2"><x:v>12.5</x:v></x:c></x:row></x:sheetData>';
    const [sheet] = readXlsx({ name: 'd.xlsx', bytes: package_(sheetXml, { date1904: true, styles }) });
    expect(sheet!.rows).toEqual([['2023-10-08', '12.5']]);
  });
  it('reads a number shown as a percentage as the unit saw it, in .xlsx, .xls and .ods', () => {
    // Built-in 0% (9), custom 0.0%, and a custom format with a quoted % sign (the number itself).
    const styles = `<x:styleSheet ${NS}><x:numFmts><x:numFmt numFmtId="176" formatCode="0.0%"/><x:numFmt numFmtId="177" formatCode="0&quot;%&quot;"/></x:numFmts><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="9"/><x:xf numFmtId="176"/><x:xf numFmtId="177"/></x:cellXfs></x:styleSheet>`;
    // With the format's decimals, as shown: 0.123456789 in 0.0% is 12.3%, 0.8 in 0.00% is 80.00%.
    const styles2 = styles.replace('<x:xf numFmtId="177"/>', '<x:xf numFmtId="177"/><x:xf numFmtId="10"/>');
    const sheetXml =
      '<x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>0.8</x:v></x:c><x:c r="B1" s="2"><x:v>0.255</x:v></x:c><x:c r="C1" s="3"><x:v>95</x:v></x:c><x:c r="D1"><x:v>0.8</x:v></x:c>' +
      '<x:c r="E1" s="2"><x:v>0.123456789</x:v></x:c><x:c r="F1" s="4"><x:v>0.8</x:v></x:c><x:c r="G1" s="1"><x:v>0.996</x:v></x:c></x:row></x:sheetData>';
    expect(readXlsx({ name: 'p.xlsx', bytes: package_(sheetXml, { styles: styles2 }) })[0]!.rows).toEqual([['80%', '25.5%', '95', '0.8', '12.3%', '80.00%', '100%']]);

    const ws = XLSX.utils.aoa_to_sheet([[0.8, 0.255, 0.8, 0.123456789]]);
    ws['A1']!.z = '0%';
    ws['B1']!.z = '0.0%';
    ws['D1']!.z = '0.0%';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '进展');
    const xls = { name: 'p.xls', bytes: new Uint8Array(XLSX.write(wb, { bookType: 'xls', type: 'array' }) as ArrayBuffer) };
    expect(readXls(xls)[0]!.rows).toEqual([['80%', '25.5%', '0.8', '12.3%']]);

    const [ods] = readOds(
      odsFile(`<table:table table:name="表1"><table:table-row>
        <table:table-cell office:value-type="percentage" office:value="0.8"><text:p>80%</text:p></table:table-cell>
        <table:table-cell office:value-type="float" office:value="0.8"><text:p>0.8</text:p></table:table-cell>
      </table:table-row></table:table>`),
    );
    expect(ods!.rows).toEqual([['80%', '0.8']]);
  });

  it('refuses a row numbered past the row limit before making the rows above it', () => {
    const sheetXml = '<x:sheetData><x:row r="99999999"><x:c r="A99999999" t="inlineStr"><x:is><x:t>远处</x:t></x:is></x:c></x:row></x:sheetData>';
    const err = (() => {
      try {
        readXlsx({ name: 'far.xlsx', bytes: package_(sheetXml) });
      } catch (e) {
        return e as AppError;
      }
      throw new Error('expected a refusal');
    })();
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.message).toMatch(/工作表“甲&乙”超过 200,000 行/);
  });

  it('leaves out cells beyond the last column Excel has (XFD)', () => {
    const sheetXml = '<x:sheetData><x:row r="1"><x:c r="B1" t="s"><x:v>0</x:v></x:c><x:c r="ZZZZZZ1" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData>';
    expect(readXlsx({ name: 'wide.xlsx', bytes: package_(sheetXml) })[0]!.rows).toEqual([['', '进展']]);
  });

  it('reads a part that two sheets point to for both of them', () => {
    const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const bytes = rawZip([
      { name: '_rels/.rels', data: xml(`<Relationships>${rel('r1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`) },
      { name: 'xl/workbook.xml', data: xml(`<x:workbook ${NS}><x:sheets><x:sheet name="一" sheetId="1" r:id="rId1"/><x:sheet name="二" sheetId="2" r:id="rId1"/></x:sheets></x:workbook>`) },
      { name: 'xl/_rels/workbook.xml.rels', data: xml(`<Relationships>${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}</Relationships>`) },
      { name: 'xl/worksheets/sheet1.xml', data: xml(`<x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`) },
    ]);
    expect(readXlsx({ name: 'twice.xlsx', bytes }).map((s) => [s.name, s.rows])).toEqual([
      ['一', [['7']]],
      ['二', [['7']]],
    ]);
  });

  it('reads the parts the zip guard hands over as it reads them from the file', () => {
    const bytes = package_('<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>');
    const { parts } = checkZip(bytes, 'e.xlsx', {}, isXlsxPart);
    expect([...parts.keys()].sort()).toEqual(['_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(readXlsx({ name: 'e.xlsx', bytes: new Uint8Array(0) }, parts)).toEqual(readXlsx({ name: 'e.xlsx', bytes }));
  });

  it('reads a comment without the author’s name Excel writes on its first line', () => {
    const comments =
      '<x:authors><x:author>张三</x:author></x:authors><x:commentList><x:comment ref="B1" authorId="0"><x:text>' +
      '<x:r><x:rPr><x:b/></x:rPr><x:t>张三:</x:t></x:r><x:r><x:t xml:space="preserve">\n资金已于9月底前全部拨付</x:t></x:r></x:text></x:comment></x:commentList>';
    const [sheet] = readXlsx({ name: 'c.xlsx', bytes: package_('<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>', { comments }) });
    expect(sheet!.comments).toEqual([{ r: 0, c: 1, text: '资金已于9月底前全部拨付' }]);
  });

  it('keeps hidden rows and columns within the filled rows and width: “hide every column from G on” is not thousands', () => {
    const bytes = package_(
      '<x:cols><x:col min="2" max="2" hidden="1"/><x:col min="7" max="16384" hidden="true"/></x:cols>' +
        '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>进展</x:t></x:is></x:c></x:row>' +
        '<x:row r="3" hidden="1"><x:c r="A3" t="inlineStr"><x:is><x:t>1</x:t></x:is></x:c></x:row><x:row r="900" hidden="1"/></x:sheetData>',
    );
    const [sheet] = readXlsx({ name: 'c.xlsx', bytes });
    expect([sheet!.hiddenRows, sheet!.hiddenColumns]).toEqual([[2], [1]]);
  });
});

describe('hidden rows and columns', () => {
  /** The table LibreOffice saved as libreoffice-hidden-rows.xls and .ods: row 5 and columns E and F hidden. */
  async function hiddenXlsx(): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRows([
      ['省财政厅2023年第三季度推进情况'],
      ['填报单位：省财政厅'],
      ['序号', '工作任务', '进展情况', '完成状态', '备注', '佐证材料'],
      ['7', '实施专利转化专项计划', '拨付专利转化资金2000万元。', '正常推进', '', ''],
      ['8', '加快太原知识产权运营服务体系重点城市建设。', '资金已下达。', '正常推进', '已拨付', ''],
      ['9', '深入开展知识产权质押融资“入园惠企”行动', '资金池已设立。', '已完成', '', ''],
    ]);
    ws.getRow(5).hidden = true;
    ws.getColumn(5).hidden = true;
    ws.getColumn(6).hidden = true;
    return { name: 'h.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
  }

  it('are read, and named, alike from .xlsx, .xls and .ods', async () => {
    const sheets = [readXlsx(await hiddenXlsx())[0]!, readXls(fixture('libreoffice-hidden-rows.xls'))[0]!, readOds(fixture('libreoffice-hidden-rows.ods'))[0]!];
    for (const sheet of sheets) {
      expect(sheet.rows[4]!.slice(0, 5)).toEqual(['8', '加快太原知识产权运营服务体系重点城市建设。', '资金已下达。', '正常推进', '已拨付']);
      expect([sheet.hiddenRows, sheet.hiddenColumns]).toEqual([[4], [4, 5]]);
    }
  });

});

describe('cell comments', () => {
  it('are read alike from .xlsx, .xls and .ods', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRows([
      ['省财政厅2023年第三季度推进情况'],
      ['填报单位：省财政厅'],
      ['序号', '工作任务', '进展情况', '完成状态', '备注'],
      ['7', '实施专利转化专项计划', '拨付专利转化资金2000万元。', '正常推进', ''],
      ['8', '加快太原知识产权运营服务体系重点城市建设。', '资金已下达。', '正常推进', '已拨付'],
    ]);
    // As LibreOffice saved libreoffice-comments.xls and .ods from this table.
    ws.getCell('B3').note = '表头的批注不导入';
    ws.getCell('C4').note = '资金已于9月底前全部拨付';
    ws.getCell('E5').note = '详见附件2';
    const xlsx = { name: 'c.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const expected = [
      { r: 2, c: 1, text: '表头的批注不导入' },
      { r: 3, c: 2, text: '资金已于9月底前全部拨付' },
      { r: 4, c: 4, text: '详见附件2' },
    ];
    for (const sheet of [readXlsx(xlsx)[0]!, readXls(fixture('libreoffice-comments.xls'))[0]!, readOds(fixture('libreoffice-comments.ods'))[0]!]) {
      expect(sheet.comments).toEqual(expected);
      expect(sheet.rows[3]![2]).toBe('拨付专利转化资金2000万元。');
    }
  });
});

describe('other readers', () => {
  it('reads a LibreOffice .xls with its merges and hidden sheet', () => {
    const [notes, sheet, hidden] = readXls(fixture('libreoffice-saved.xls'));
    expect(notes!.rows[0]).toEqual(['填报说明']);
    expect(sheet!.rows[1]![4]).toBe('2023-10-08');
    expect(sheet!.rows[4]!.slice(0, 3)).toEqual(['7', '实施专利转化专项计划 & <高价值> "专利"', '拨付资金2000万元']);
    expect(sheet!.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    expect(hidden!.state).toBe('hidden');
  });

  it('reads a LibreOffice .ods as the .xlsx it was saved from: merges, hidden sheet, dates, line breaks', () => {
    const ods = readOds(fixture('libreoffice-saved.ods'));
    const xlsx = trimmed(readXlsx(fixture('libreoffice-saved.xlsx')));
    // LibreOffice keeps the formula =TRUE() as the number 1 in .ods (and as a boolean in .xlsx).
    const formulaRow = xlsx[1]!.rows.find((r) => r[0] === '9')!;
    expect(formulaRow[4]).toBe('TRUE');
    formulaRow[4] = '1';
    expect(trimmed(ods)).toEqual(xlsx);
    expect(ods.map((s) => s.state)).toEqual(['visible', 'visible', 'hidden']);
    expect(ods[1]!.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    expect(readWorkbook({ name: '改名了.xlsx', bytes: fixture('libreoffice-saved.ods').bytes }).format).toBe('ods');
  });

  it('reads .ods repeats, paragraphs, spaces and date-times; leaves out comments and the empty tail', () => {
    const [sheet] = readOds(
      odsFile(`
      <table:table table:name="表1">
        <table:table-row>
          <table:table-cell office:value-type="string"><text:p>序号</text:p></table:table-cell>
          <table:table-cell office:value-type="string"><text:p>进展情况</text:p></table:table-cell>
        </table:table-row>
        <table:table-row table:number-rows-repeated="2">
          <table:table-cell office:value-type="float" office:value="3"><text:p>3.00</text:p></table:table-cell>
          <table:table-cell office:value-type="string" table:number-columns-spanned="2">
            <text:p>同样<text:s text:c="2"/>两行&amp;</text:p>
            <text:p>第二段</text:p>
            <office:annotation><text:p>批注不是内容</text:p></office:annotation>
          </table:table-cell>
          <table:covered-table-cell/>
        </table:table-row>
        <table:table-row>
          <table:table-cell table:number-columns-repeated="2" office:value-type="date" office:date-value="2023-09-30T08:30:00"><text:p>x</text:p></table:table-cell>
        </table:table-row>
        <table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
      </table:table>`),
    );
    expect(sheet!.rows).toEqual([
      ['序号', '进展情况'],
      ['3', '同样  两行&\n第二段'],
      ['3', '同样  两行&\n第二段'],
      ['2023-09-30 08:30', '2023-09-30 08:30'],
    ]);
    expect(sheet!.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 2, left: 1, bottom: 2, right: 2 },
    ]);
  });

  it('refuses an .ods row repeated past the row limit, naming the sheet', () => {
    const file = odsFile(
      '<table:table table:name="明细"><table:table-row table:number-rows-repeated="2000000"><table:table-cell office:value-type="string"><text:p>一样</text:p></table:table-cell></table:table-row></table:table>',
    );
    expect(() => readOds(file)).toThrow(/“t\.ods”.*明细/);
  });

  it('reads CSV in UTF-8 with BOM, GB18030 and UTF-16, with quoted commas and line breaks', () => {
    const text = '序号,进展情况\r\n1,"完成,一半\n另起一行"\r\n2,"说""好的"""';
    const rows = [['序号', '进展情况'], ['1', '完成,一半\n另起一行'], ['2', '说"好的"']];
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
    expect(readCsv({ name: 'a.csv', bytes: utf8 }).rows).toEqual(rows);
    expect(readCsv({ name: 'b.csv', bytes: new Uint8Array(iconv.encode(text, 'gb18030')) }).rows).toEqual(rows);
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(text.replace(/,/g, '\t'), 'utf16le')]);
    expect(readCsv({ name: 'c.csv', bytes: utf16 }).rows).toEqual(rows.map((r) => r.map((t) => t.replace(',', '\t'))));
  });

  it('reads a file by its content, whatever its extension says', async () => {
    const book = readWorkbook({ name: '改名了.xls', bytes: await exceljsWorkbook() });
    expect(book.format).toBe('xlsx');
    expect(readWorkbook({ name: '旧格式.xlsx', bytes: fixture('libreoffice-saved.xls').bytes }).format).toBe('xls');
  });
});

describe('the Word table reader', () => {
  const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const tc = (inner: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;
  const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
  const tbl = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;

  it('reads each table as a sheet: merges, lines of a cell, nested tables, the paragraphs around it', () => {
    const body = [
      p('关于三季度推进情况的报告'),
      p('正文第一段。'),
      p('填报单位：省财政厅'),
      tbl(
        tr(tc(p('序号')), tc(p('工作任务')), tc(p('推进情况'), '<w:gridSpan w:val="2"/>')),
        tr(tc(p('1'), '<w:vMerge w:val="restart"/>'), tc(p('任务一')), tc(p('第一行') + p('第二行')), tc(p('正常推进'))),
        // A continued cell, a tracked change of the cell's old width, a table nested in a cell.
        tr(tc(p(''), '<w:vMerge/>'), tc(p('任务一续'), '<w:tcPrChange><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange>'), tc(p('说明') + tbl(tr(tc(p('内表'))))), tc(p(''))),
      ),
      p('填报人：张三'),
      tbl(tr(tc(p('附表')))),
    ].join('');
    const sheets = readDocx(docxFile(body));
    expect(sheets.map((s) => s.name)).toEqual(['表格1', '表格2']);
    expect(sheets[0]!.rows).toEqual([
      ['序号', '工作任务', '推进情况', ''],
      ['1', '任务一', '第一行\n第二行', '正常推进'],
      ['', '任务一续', '说明\n内表', ''],
    ]);
    expect(sheets[0]!.merges).toEqual([
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 2, right: 0 },
    ]);
    expect(sheets[0]!.around).toEqual({ above: ['关于三季度推进情况的报告', '正文第一段。', '填报单位：省财政厅'], below: ['填报人：张三'] });
    // A later table keeps what stood above the first (title, 填报单位 line), then the lines since the table before.
    expect(sheets[1]).toMatchObject({
      rows: [['附表']],
      around: { above: ['关于三季度推进情况的报告', '正文第一段。', '填报单位：省财政厅', '填报人：张三'], below: [] },
    });
  });

  it('keeps a row that skips grid columns (w:gridBefore) under its columns', () => {
    const body = tbl(
      tr(tc(p('序号')), tc(p('工作任务')), tc(p('推进情况'))),
      tr(tc(p('1'), '<w:vMerge w:val="restart"/>'), tc(p('任务一')), tc(p('进展一'))),
      // Word writes the skipped columns in the row's properties, before its cells; a merge above still continues.
      `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="600" w:type="dxa"/></w:trPr>${tc(p('任务一续'))}${tc(p('进展一续'))}</w:tr>`,
    );
    const [sheet] = readDocx(docxFile(body));
    expect(sheet!.rows).toEqual([
      ['序号', '工作任务', '推进情况'],
      ['1', '任务一', '进展一'],
      ['', '任务一续', '进展一续'],
    ]);
  });
});
