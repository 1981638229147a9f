// A small .xlsx writer for the workbooks we produce: styled text and number cells, merges, column
// widths, row heights, a frozen header and the print setup (A4, fit to width, repeated title rows,
// page-number footer). It writes SpreadsheetML directly: exceljs builds an object per cell and
// re-serialises every cell's style to deduplicate it, which took over 6 s for a 汇总表 of 17,000 rows
// (see README, 性能). Anything beyond this (formulas, images, charts) is deliberately not supported.
import { SharedStrings } from './sharedStrings';
import { SheetWriter } from './sheetWriter';
import { StyleTable } from './styleTable';
import { escapeXml, safeText, XML_HEADER } from './xml';
import { zip } from './zip';

export interface WorkbookProps {
  creator?: string;
  title?: string;
}

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rels: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const TYPE = {
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  rel: `${NS.rels}/`,
};

export class WorkbookWriter {
  private readonly styles = new StyleTable();
  private readonly strings = new SharedStrings();
  private readonly sheets: SheetWriter[] = [];

  constructor(private readonly props: WorkbookProps = {}) {}

  addSheet(name: string): SheetWriter {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`工作表名称重复：${name}`);
    const sheet = new SheetWriter(name, this.styles, this.strings);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The .xlsx file. `now` stamps the document properties and the zip entries. */
  async toBytes(now = new Date()): Promise<Uint8Array<ArrayBuffer>> {
    if (!this.sheets.length) throw new Error('工作簿至少需要一个工作表');
    const encoder = new TextEncoder();
    const parts = [
      { name: '[Content_Types].xml', xml: this.contentTypes() },
      { name: '_rels/.rels', xml: rootRels() },
      { name: 'docProps/core.xml', xml: this.coreProps(now) },
      { name: 'xl/workbook.xml', xml: this.workbookXml() },
      { name: 'xl/_rels/workbook.xml.rels', xml: this.workbookRels() },
      { name: 'xl/styles.xml', xml: this.styles.toXml() },
      { name: 'xl/sharedStrings.xml', xml: this.strings.toXml() },
    ].map((p) => ({ name: p.name, data: encoder.encode(p.xml) }));
    const sheets = this.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.toBytes() }));
    return zip([...parts, ...sheets], now);
  }

  private contentTypes(): string {
    const sheets = this.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE.sheet}"/>`);
    const ooxml = 'application/vnd.openxmlformats-officedocument';
    return (
      `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${ooxml}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${ooxml}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ooxml}.spreadsheetml.sharedStrings+xml"/>` +
      sheets.join('') +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `</Types>`
    );
  }

  private coreProps(now: Date): string {
    const text = (tag: string, value: string | undefined) => (value ? `<${tag}>${escapeXml(safeText(value))}</${tag}>` : '');
    const stamp = `${now.toISOString().slice(0, 19)}Z`;
    return (
      `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      text('dc:title', this.props.title) +
      text('dc:creator', this.props.creator) +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
      `</cp:coreProperties>`
    );
  }

  private workbookXml(): string {
    const sheets = this.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
    const titles = this.sheets.flatMap((s, i) => {
      const ref = s.printTitles();
      return ref ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(ref)}</definedName>`] : [];
    });
    return (
      `${XML_HEADER}<workbook xmlns="${NS.main}" xmlns:r="${NS.rels}">` +
      `<bookViews><workbookView activeTab="0"/></bookViews>` +
      `<sheets>${sheets.join('')}</sheets>` +
      (titles.length ? `<definedNames>${titles.join('')}</definedNames>` : '') +
      `</workbook>`
    );
  }

  private workbookRels(): string {
    const n = this.sheets.length;
    const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${TYPE.rel}${type}" Target="${target}"/>`;
    return (
      `${XML_HEADER}<Relationships xmlns="${NS.pkgRels}">` +
      this.sheets.map((_, i) => rel(i + 1, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('') +
      rel(n + 1, 'styles', 'styles.xml') +
      rel(n + 2, 'sharedStrings', 'sharedStrings.xml') +
      `</Relationships>`
    );
  }
}

function rootRels(): string {
  return (
    `${XML_HEADER}<Relationships xmlns="${NS.pkgRels}">` +
    `<Relationship Id="rId1" Type="${NS.rels}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `</Relationships>`
  );
}
