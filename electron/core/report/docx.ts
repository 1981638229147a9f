// 通报 (.docx) laid out after GB/T 9704 (党政机关公文格式): A4, margins 37/35/28/26 mm, title in
// 小标宋 2号, body 仿宋 3号 at a fixed 28 pt line with a two-character indent, 一、 headings in 黑体,
// （一） sub-headings in 楷体, "— 1 —" page numbers right on odd pages and left on even ones; the 附件 推进情况汇总表 follows on landscape pages
// (docxAnnex.ts). Written as WordprocessingML directly (wordml.ts, docxPackage.ts): the docx
// library took seconds to serialise the 附件 of a large plan.
import type { Narrative, PeriodSummary } from '../../shared/api/reports';
import { addresseeLines, narrativeBlocks, signatureLines, titleLines, type Block } from './blocks';
import { annexXml } from './docxAnnex';
import { summaryTableTitle } from './presentation';
import { A4, ATTACHMENT_INDENT, BODY, FIXED_LINE, FONTS, HEADING, INDENT_2, MARGINS, PAGE_NUMBER_FOOTERS, SIZES, TABLE_STYLES } from './docxLayout';
import { EVEN_FOOTER_ID, FOOTER_ID, packDocx } from './docxPackage';
import { mm, paragraphXml, runXml, sectionXml, type ParagraphFormat } from './wordml';

/** The 通报's page numbers alternate sides (GB/T 9704): odd pages' footer, even pages' footer. */
const NOTICE_FOOTERS = { footer: FOOTER_ID, evenFooter: EVEN_FOOTER_ID };

function titleXml(title: string): string {
  const format = { font: FONTS.title, size: SIZES.title, bold: true };
  const runs = titleLines(title).map((line, i) => runXml(line, format, i > 0));
  return paragraphXml(runs.join(''), { spacing: FIXED_LINE, align: 'center' });
}

const BLANK_LINE = paragraphXml('', { spacing: FIXED_LINE });

/** The 主送机关 under the title's blank line, flush left. */
const addresseeXml = (n: Narrative) => addresseeLines(n).map((line) => paragraphXml(runXml(line, BODY), { spacing: FIXED_LINE })).join('');

function blockXml(block: Block): string {
  if (block.kind === 'heading') return paragraphXml(runXml(block.text, HEADING), { spacing: FIXED_LINE, firstLine: INDENT_2 });
  const lead = block.lead ? runXml(block.lead, { font: FONTS.subheading, size: SIZES.body }) : '';
  const text = block.text ? runXml(block.text, BODY) : '';
  return paragraphXml(lead + text, { spacing: FIXED_LINE, firstLine: INDENT_2, align: 'both' });
}

/**
 * The 通报 itself on portrait pages: the title, a blank line, the 主送机关, the body, ending with the line that names the 附件 and the 落款: as GB/T
 * 9704 sets a notice without a seal, a blank line, then the issuing body and the 成文日期 on the right,
 * two characters in.
 */
function noticeXml(n: Narrative, annexTitle: string): string {
  const section = sectionXml({ ...NOTICE_FOOTERS, page: A4, margins: { ...MARGINS, header: mm(15), footer: mm(23) } });
  const signed = signatureLines(n);
  const closing: { text: string; format: ParagraphFormat }[] = [
    { text: `附件：${annexTitle}`, format: { spacing: FIXED_LINE, hangingIndent: ATTACHMENT_INDENT } },
    ...(signed.length ? [{ text: '', format: { spacing: FIXED_LINE } }] : []),
    ...signed.map((text) => ({ text, format: { spacing: FIXED_LINE, align: 'right' as const, rightIndent: INDENT_2 } })),
  ];
  // One block on one page, so that no 成文日期 stands alone on the last page; the last paragraph ends the portrait section.
  const closingXml = closing.map(({ text, format }, i) =>
    paragraphXml(text ? runXml(text, BODY) : '', i === closing.length - 1 ? { ...format, section } : { ...format, keepNext: true }),
  );
  return titleXml(n.title) + BLANK_LINE + addresseeXml(n) + narrativeBlocks(n).map(blockXml).join('') + BLANK_LINE + closingXml.join('');
}

export function buildNoticeDocx(s: PeriodSummary, n: Narrative): Promise<Uint8Array> {
  return packDocx({
    body: noticeXml(n, summaryTableTitle(s)) + annexXml(s, NOTICE_FOOTERS),
    footer: PAGE_NUMBER_FOOTERS.odd,
    evenFooter: PAGE_NUMBER_FOOTERS.even,
    defaults: BODY,
    styles: TABLE_STYLES,
    title: titleLines(n.title).join(''),
    creator: '工作要点台账',
  });
}
