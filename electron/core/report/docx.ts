// 通报 (.docx) laid out after GB/T 9704 (党政机关公文格式): A4, margins 37/35/28/26 mm, title in
// 小标宋 2号, body 仿宋 3号 at a fixed 28 pt line with a two-character indent, 一、 headings in 黑体,
// （一） sub-headings in 楷体, "— 1 —" page numbers; the 附件 推进情况汇总表 follows on landscape pages.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Narrative, PeriodSummary, TaskSummaryRow } from '../../shared/api/reports';
import { TASK_STATUS_LABELS } from '../../shared/types';
import { safeText, STATUS_FILLS } from '../sheets/style';
import { narrativeBlocks, titleLines, type Block } from './blocks';
import { withFontFallbacks } from './docxFonts';
import { combinedProgress, responsibleUnits, summaryNote } from './presentation';
import { sectionLabel } from '../../shared/sections';
import { tasksBySection } from './summary';

/** Official document fonts; docxFonts.ts gives each a fallback installed on every Chinese Windows. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Half-points, as Word stores sizes: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 24, tableTitle: 36 } as const;

export const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** A4 in twips. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
/** Fixed 28 pt lines: 22 lines to the page, as the standard asks. */
export const LINE = 560;

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const run = (text: string, name: string, size: number, extra: { bold?: boolean } = {}) =>
  new TextRun({ text: safeText(text), font: font(name), size, ...extra });

const fixedLine = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Two characters of 3号 type. */
const indent2 = { firstLine: 640, firstLineChars: 200 };

function titleParagraph(title: string): Paragraph {
  const lines = titleLines(title);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: fixedLine,
    children: lines.map((line, i) => new TextRun({ text: safeText(line), font: font(FONTS.title), size: SIZES.title, bold: true, break: i ? 1 : 0 })),
  });
}

const blank = () => new Paragraph({ spacing: fixedLine, children: [run('', FONTS.body, SIZES.body)] });

function blockParagraph(block: Block): Paragraph {
  if (block.kind === 'heading') {
    return new Paragraph({ spacing: fixedLine, indent: indent2, children: [run(block.text, FONTS.heading, SIZES.body)] });
  }
  const children = [];
  if (block.lead) children.push(run(block.lead, FONTS.subheading, SIZES.body));
  if (block.text) children.push(run(block.text, FONTS.body, SIZES.body));
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: fixedLine, indent: indent2, children });
}

function pageNumberFooter(): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.pageNumber), size: SIZES.pageNumber }),
          ],
        }),
      ],
    }),
  };
}

function noticeSection(s: PeriodSummary, n: Narrative): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: { ...MARGINS, header: mm(15), footer: mm(23) },
      },
    },
    footers: pageNumberFooter(),
    children: [
      titleParagraph(n.title),
      blank(),
      ...narrativeBlocks(n).map(blockParagraph),
      blank(),
      new Paragraph({ spacing: fixedLine, indent: indent2, children: [run('附件：推进情况汇总表', FONTS.body, SIZES.body)] }),
    ],
  };
}

// ---- 附件: the summary table on landscape pages -------------------------------------------------

const LANDSCAPE_MARGINS = { top: mm(26), bottom: mm(24), left: mm(30), right: mm(30) };
const TABLE_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
const TABLE_COLUMNS = [
  { header: '序号', share: 0.06 },
  { header: '工作任务', share: 0.3 },
  { header: '牵头单位', share: 0.14 },
  { header: '完成状态', share: 0.1 },
  { header: '进展情况', share: 0.4 },
];
const columnWidths = TABLE_COLUMNS.map((c) => Math.floor(TABLE_WIDTH * c.share));
const tableLine = { line: 300, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

function cell(text: string, width: number, options: { fontName?: string; center?: boolean; fill?: string; span?: number } = {}) {
  const paragraphs = (text || '').split('\n').map(
    (line) =>
      new Paragraph({
        alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: tableLine,
        children: [run(line, options.fontName ?? FONTS.body, SIZES.table)],
      }),
  );
  return new TableCell({
    children: paragraphs,
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    verticalAlign: VerticalAlignTable.CENTER,
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill.slice(2) } : undefined,
  });
}

function taskRow(task: TaskSummaryRow): TableRow {
  return new TableRow({
    cantSplit: false,
    children: [
      cell(task.seq, columnWidths[0]!, { center: true }),
      cell(task.content, columnWidths[1]!),
      cell(responsibleUnits(task).join('、'), columnWidths[2]!, { center: true }),
      cell(TASK_STATUS_LABELS[task.status], columnWidths[3]!, { center: true, fill: STATUS_FILLS[task.status] }),
      cell(combinedProgress(task), columnWidths[4]!),
    ],
  });
}

function summaryTable(s: PeriodSummary): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: TABLE_COLUMNS.map((c, i) => cell(c.header, columnWidths[i]!, { fontName: FONTS.heading, center: true, fill: 'FFF2F2F2' })),
  });
  const rows = [header];
  const groups = tasksBySection(s);
  for (const { section, tasks } of groups) {
    if (groups.length > 1 || section.numeral) {
      const title = sectionLabel(section);
      rows.push(new TableRow({ cantSplit: true, children: [cell(title, TABLE_WIDTH, { fontName: FONTS.heading, span: TABLE_COLUMNS.length })] }));
    }
    rows.push(...tasks.map(taskRow));
  }
  return new Table({
    rows,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
  });
}

function attachmentSection(s: PeriodSummary): ISectionOptions {
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: { ...LANDSCAPE_MARGINS, header: mm(15), footer: mm(15) },
      },
    },
    footers: pageNumberFooter(),
    children: [
      new Paragraph({ spacing: fixedLine, children: [run('附件', FONTS.heading, SIZES.body)] }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 720, lineRule: LineRuleType.EXACT },
        children: [run('推进情况汇总表', FONTS.title, SIZES.tableTitle, { bold: true })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 400, lineRule: LineRuleType.EXACT, after: 120 },
        children: [run(summaryNote(s), FONTS.body, SIZES.table)],
      }),
      summaryTable(s),
    ],
  };
}

export async function buildNoticeDocx(s: PeriodSummary, n: Narrative): Promise<Uint8Array> {
  const doc = new Document({
    creator: '工作要点台账',
    title: titleLines(n.title).join(''),
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZES.body } } } },
    sections: [noticeSection(s, n), attachmentSection(s)],
  });
  return withFontFallbacks(new Uint8Array(await Packer.toBuffer(doc)));
}
