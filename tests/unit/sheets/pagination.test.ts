// Where the writer breaks printed pages: blocks of rows kept on one page, a block taller than half a
// page broken where it must when it does not fit where it falls (never leaving its first row alone), the title rows and the print scale
// counted, Excel's limit on manual breaks kept; and the breaks as the sheet's XML carries them.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { largestPrintScale, MAX_ROW_BREAKS, rowBreaks } from '../../../electron/core/sheets/pagination';
import type { PageSetup } from '../../../electron/core/sheets/sheetWriter';
import { housePage, LOOK } from '../../../electron/core/sheets/style';
import { WorkbookWriter } from '../../../electron/core/sheets/workbookWriter';

/** A4 portrait without margins, at 100 %: 841.9 points, of which the writer counts on 97 %, about 816. */
const BARE: PageSetup = { paperSize: 9, landscape: false, margins: { left: 0, right: 0, top: 0, bottom: 0, header: 0, footer: 0 } };
/** Rows 1..n, each `height` points (index 0 unused). */
const rowsOf = (n: number, height = 100) => [0, ...Array<number>(n).fill(height)];

describe('rowBreaks', () => {
  it('fills each page and starts the next where a row would run past the foot', () => {
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [] })).toEqual([8, 16]);
  });

  it('moves a block that would cross the foot whole onto the next page', () => {
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [[7, 9]] })).toEqual([6, 14]);
    // One that fits where it falls stays there.
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [[2, 4]] })).toEqual([8, 16]);
  });

  it('moves only blocks of up to half a page: a taller one that does not fit starts where it falls, leaving no half page blank', () => {
    // Page 1 holds rows 1–8. Rows 7–10 (400 points, under half a page) move whole to page 2.
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [[7, 10]] })).toEqual([6, 14]);
    // Rows 7–11 (500 points) would leave rows 7 and 8's room blank: they start on page 1.
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [[7, 11]] })).toEqual([8, 16]);
    // Where it fits, such a block stays whole on its page.
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [[2, 7]] })).toEqual([8, 16]);
  });

  it('breaks a block taller than a page where the page is full, with two of its rows or more on its first page', () => {
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [[5, 16]] })).toEqual([8, 16]);
    // Only its first row would fit on page 1: it starts on page 2.
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [[8, 19]] })).toEqual([7, 15]);
  });

  it('counts the title rows repeated on every page and the print scale', () => {
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20), blocks: [], titleRows: { first: 1, last: 2 } })).toEqual([8, 14]);
    // At 50 % a page holds twice the rows.
    expect(rowBreaks(BARE, 50, { heights: rowsOf(20), blocks: [] })).toEqual([16]);
  });

  it('sets no more breaks than Excel keeps', () => {
    expect(rowBreaks(BARE, 100, { heights: rowsOf(20_000, 400), blocks: [] })).toHaveLength(MAX_ROW_BREAKS);
  });
});

describe('largestPrintScale', () => {
  it('is 100 % unless fit to pages, and for one page wide the scale at which the columns fill it', () => {
    expect(largestPrintScale(BARE, [10, 10], 2)).toBe(100);
    // A4 landscape less 1 inch of side margins: 769.9 points; 200 units of width are 1,050 points.
    const page = housePage({ headerRow: 3, landscape: true });
    expect(largestPrintScale(page, [100, 100], 2)).toBeCloseTo((100 * 769.9) / 1050, 1);
    expect(largestPrintScale(page, [10], 1)).toBe(100); // a narrow sheet is not enlarged
  });

  it('is unknown for another fit or paper', () => {
    expect(largestPrintScale({ ...BARE, fitTo: { width: 1, height: 1 } }, [10], 1)).toBeNull();
    expect(largestPrintScale({ ...BARE, paperSize: 8 }, [10], 1)).toBeNull();
  });
});

describe('a sheet keeping rows together', () => {
  async function sheetXml(build: (sheet: ReturnType<WorkbookWriter['addSheet']>) => void): Promise<string> {
    const wb = new WorkbookWriter();
    build(wb.addSheet('表'));
    return strFromU8(unzipSync(await wb.toBytes())['xl/worksheets/sheet1.xml']!);
  }
  const rows = (sheet: ReturnType<WorkbookWriter['addSheet']>, n: number) => {
    for (let i = 0; i < n; i++) sheet.addRow([`第${i + 1}行`], LOOK.data(), 100);
  };

  it('writes the breaks as manual row breaks after the page’s last row, joining overlapping ranges', async () => {
    const xml = await sheetXml((sheet) => {
      sheet.setPageSetup(BARE);
      rows(sheet, 20);
      sheet.keepTogether(7, 8);
      sheet.keepTogether(8, 9); // joins 7–8: rows 7–9 together
    });
    expect(xml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="6" max="16383" man="1"/><brk id="14" max="16383" man="1"/></rowBreaks>');
    expect(xml.indexOf('<rowBreaks')).toBeGreaterThan(xml.indexOf('<pageSetup')); // where the schema has them
  });

  it('leaves the pages to the reader when nothing is kept together or the scale is not known', async () => {
    expect(await sheetXml((sheet) => (sheet.setPageSetup(BARE), rows(sheet, 20)))).not.toContain('rowBreaks');
    const fitTwoWide = await sheetXml((sheet) => {
      sheet.setPageSetup({ ...BARE, fitTo: { width: 2, height: 0 } });
      rows(sheet, 20);
      sheet.keepTogether(7, 9);
    });
    expect(fitTwoWide).not.toContain('rowBreaks');
  });
});
