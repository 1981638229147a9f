// The .docx package around a document body: content types, relationships, styles, settings, the
// font table with fallbacks, one page-number footer and the document properties, zipped. Only the
// parts a WordprocessingML document needs (no theme, numbering or notes), so every part is ours.
import { zip } from '../sheets/zip';
import { fontTableXml } from './docxFonts';
import { paragraphProperties, runProperties, xmlText, type ParagraphFormat, type RunFormat } from './wordml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Relationship id of the footer, for the sections' footer references. */
export const FOOTER_ID = 'rId4';
/** Relationship id of the even pages' footer, when the document has one (DocxContent.evenFooter). */
export const EVEN_FOOTER_ID = 'rId5';

export interface ParagraphStyle {
  /** What paragraphs refer to (ParagraphFormat.style). */
  id: string;
  /** What Word shows in its style list. */
  name: string;
  paragraph: ParagraphFormat;
  run: RunFormat;
}

export interface DocxContent {
  /** The body: paragraphs and tables, ending with the last section's properties. */
  body: string;
  /** Paragraphs of the footer every section shows (FOOTER_ID); on odd pages only when there is an even one. */
  footer: string;
  /** Paragraphs of the even pages' footer (EVEN_FOOTER_ID), for page numbers that alternate sides. */
  evenFooter?: string;
  /** The run format of text that sets none (docDefaults). */
  defaults: RunFormat;
  styles: readonly ParagraphStyle[];
  title: string;
  creator: string;
}

const CONTENT_TYPES =
  `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>';
const EVEN_FOOTER_TYPE =
  '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>';
const contentTypes = (evenFooter: boolean) => `${CONTENT_TYPES}${evenFooter ? EVEN_FOOTER_TYPE : ''}</Types>`;

const relationships = (list: [id: string, type: string, target: string][]) =>
  `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') +
  '</Relationships>';

const PACKAGE_RELS = relationships([
  ['rId1', `${R}/officeDocument`, 'word/document.xml'],
  ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
]);

const documentRels = (evenFooter: boolean) =>
  relationships([
    ['rId1', `${R}/styles`, 'styles.xml'],
    ['rId2', `${R}/settings`, 'settings.xml'],
    ['rId3', `${R}/fontTable`, 'fontTable.xml'],
    [FOOTER_ID, `${R}/footer`, 'footer1.xml'],
    ...(evenFooter ? [[EVEN_FOOTER_ID, `${R}/footer`, 'footer2.xml'] as [string, string, string]] : []),
  ]);

/** Word 2013+ layout (no compatibility mode); odd and even pages' own footers when there are two. */
const settingsXml = (evenFooter: boolean) =>
  `${DECLARATION}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="420"/>${evenFooter ? '<w:evenAndOddHeaders/>' : ''}` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const footerXml = (paragraphs: string) => `${DECLARATION}<w:ftr xmlns:w="${W}" xmlns:r="${R}">${paragraphs}</w:ftr>`;

function stylesXml(defaults: RunFormat, styles: readonly ParagraphStyle[]): string {
  const own = styles
    .map(
      (s) =>
        `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${xmlText(s.id)}"><w:name w:val="${xmlText(s.name)}"/>` +
        `<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${paragraphProperties(s.paragraph)}</w:pPr><w:rPr>${runProperties(s.run)}</w:rPr></w:style>`,
    )
    .join('');
  return (
    `${DECLARATION}<w:styles xmlns:w="${W}">` +
    // zh-CN for East Asian text: Chinese punctuation and line breaking rules.
    `<w:docDefaults><w:rPrDefault><w:rPr>${runProperties(defaults)}<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    `${own}</w:styles>`
  );
}

function corePropertiesXml(title: string, creator: string, now: Date): string {
  const time = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The .docx bytes (zipped by Node's zlib, as the .xlsx exports are). */
export async function packDocx(c: DocxContent, now = new Date()): Promise<Uint8Array> {
  const even = c.evenFooter !== undefined;
  const parts: [name: string, xml: string][] = [
    ['[Content_Types].xml', contentTypes(even)],
    ['_rels/.rels', PACKAGE_RELS],
    ['docProps/core.xml', corePropertiesXml(c.title, c.creator, now)],
    ['word/_rels/document.xml.rels', documentRels(even)],
    ['word/document.xml', `${DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${c.body}</w:body></w:document>`],
    ['word/styles.xml', stylesXml(c.defaults, c.styles)],
    ['word/settings.xml', settingsXml(even)],
    ['word/fontTable.xml', fontTableXml()],
    ['word/footer1.xml', footerXml(c.footer)],
    ...(even ? [['word/footer2.xml', footerXml(c.evenFooter!)] as [string, string]] : []),
  ];
  const encoder = new TextEncoder();
  return zip(parts.map(([name, xml]) => ({ name, data: encoder.encode(xml) })), now);
}
