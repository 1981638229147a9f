// The body of a .docx read by hand: its paragraphs in document order, each with the number Word or
// WPS writes in front of it (自动编号), and the tables they stand in. The numbers live in
// word/numbering.xml, not in the text, so a plain text extraction turns "1．推进政务云扩容……" into
// "推进政务云扩容……": a plan loses its tasks, a table its 序号.
import { attributesOf, decodeXmlEntities } from './xmlScan';
import { ListCounter, type Level, type ListDefinitions, type ListInstance } from './listNumbering';

/** The package parts read here, for the zip guard to hand over inflated. */
export const DOCX_BODY_PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/comments.xml']);

export interface DocxParts {
  document: string;
  numbering: string | null;
  styles: string | null;
}

interface Numbering extends ListDefinitions {
  /** Paragraph styles that carry numbering (e.g. a numbered heading style). */
  styles: Map<string, { numId: string | null; ilvl: number }>;
}

/**
 * The document's paragraphs, numbers in front, separated by blank lines as mammoth's raw text is;
 * null when no paragraph carries a number (the plain text extraction is then the same).
 */
export function numberedText(parts: DocxParts): string | null {
  if (!parts.numbering || !/<w:numPr\b|<w:pStyle\b/.test(parts.document)) return null;
  const labelOf = paragraphLabeller(parts);
  const lines: string[] = [];
  let numbered = 0;
  for (const event of bodyEvents(parts.document)) {
    if (event.kind !== 'paragraph') continue;
    const label = labelOf(event.paragraph);
    if (label) numbered++;
    lines.push(label + event.paragraph.text);
  }
  return numbered ? lines.map((line) => `${line}\n\n`).join('') : null;
}

/**
 * The number in front of each paragraph, asked in document order (the counting runs on from one
 * paragraph to the next); '' for paragraphs without one.
 */
export function paragraphLabeller(parts: DocxParts): (p: Paragraph) => string {
  if (!parts.numbering) return () => '';
  const numbering = readNumbering(parts.numbering, parts.styles);
  const counter = new ListCounter(numbering);
  return (p) => {
    const style = p.styleId === null ? undefined : numbering.styles.get(p.styleId);
    const numId = p.numId ?? style?.numId ?? null;
    return numId === null ? '' : counter.next(numId, p.ilvl ?? style?.ilvl ?? 0);
  };
}

function readNumbering(numberingXml: string, stylesXml: string | null): Numbering {
  const levels = new Map<string, Map<number, Level>>();
  for (const [attrs, body] of blocks(numberingXml, 'w:abstractNum')) {
    const byLevel = new Map<number, Level>();
    for (const [lvlAttrs, lvl] of blocks(body, 'w:lvl')) {
      byLevel.set(Number(attributesOf(lvlAttrs)['w:ilvl'] ?? 0), {
        start: Number(valueOf(lvl, 'w:start') ?? 1),
        format: valueOf(lvl, 'w:numFmt') ?? 'decimal',
        text: valueOf(lvl, 'w:lvlText') ?? '',
      });
    }
    levels.set(attributesOf(attrs)['w:abstractNumId'] ?? '', byLevel);
  }
  const lists = new Map<string, ListInstance>();
  for (const [attrs, body] of blocks(numberingXml, 'w:num')) {
    const startOverrides = new Map<number, number>();
    for (const [overrideAttrs, override] of blocks(body, 'w:lvlOverride')) {
      const start = valueOf(override, 'w:startOverride');
      if (start !== null) startOverrides.set(Number(attributesOf(overrideAttrs)['w:ilvl'] ?? 0), Number(start));
    }
    lists.set(attributesOf(attrs)['w:numId'] ?? '', { abstractId: valueOf(body, 'w:abstractNumId') ?? '', startOverrides });
  }
  const styles = new Map<string, { numId: string | null; ilvl: number }>();
  for (const [attrs, body] of blocks(stylesXml ?? '', 'w:style')) {
    const [numPr] = [...blocks(body, 'w:numPr')].map(([, inner]) => inner);
    if (numPr === undefined) continue;
    styles.set(attributesOf(attrs)['w:styleId'] ?? '', { numId: valueOf(numPr, 'w:numId'), ilvl: Number(valueOf(numPr, 'w:ilvl') ?? 0) });
  }
  return { levels, lists, styles };
}

/**
 * Each <name …>…</name> element: its attributes' source and its content. One pass, each end tag
 * searched once: a crafted file of unclosed elements costs no more than a well-formed one.
 */
function* blocks(xml: string, name: string): Generator<[attrs: string, body: string]> {
  const start = new RegExp(`<${name}\\b([^<>]*)>`, 'g');
  const end = `</${name}>`;
  for (let m = start.exec(xml); m; m = start.exec(xml)) {
    if (m[1]!.endsWith('/')) {
      yield [m[1]!.slice(0, -1), ''];
      continue;
    }
    const close = xml.indexOf(end, start.lastIndex);
    if (close < 0) return;
    yield [m[1]!, xml.slice(start.lastIndex, close)];
    start.lastIndex = close + end.length;
  }
}

/** The w:val of the first <name w:val="…"/> in the fragment. */
function valueOf(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}\\b([^<>]*?)/?>`).exec(xml);
  return m ? (attributesOf(m[1]!)['w:val'] ?? null) : null;
}

export interface Paragraph {
  text: string;
  styleId: string | null;
  numId: string | null;
  ilvl: number | null;
  /** Some of its text is formatted hidden (w:vanish): Word does not show or print it. */
  hiddenText?: boolean;
}

/** Subtrees whose text is not the paragraph's: a duplicate rendering, a tracked change's old properties. */
const SKIPPED = new Set(['mc:Fallback', 'w:pPrChange', 'w:rPrChange', 'w:tcPrChange', 'w:trPrChange', 'w:tblPrChange', 'w:instrText', 'w:delText']);

/** What the body holds, in document order: paragraphs, and where tables, rows and cells begin and end. */
export type BodyEvent =
  | { kind: 'paragraph'; paragraph: Paragraph }
  | { kind: 'table' | 'row' | 'cell'; open: boolean }
  /** A cell's properties: how many grid columns it spans, and whether it starts or continues a vertical merge. */
  | { kind: 'gridSpan'; span: number }
  | { kind: 'vMerge'; restart: boolean }
  /** A row's property: grid columns left empty before its first cell. */
  | { kind: 'gridBefore'; columns: number }
  /**
   * Where a comment (批注) begins ('commentStart', the start of the text it is on) and where its mark
   * sits ('comment', at the end): its id in word/comments.xml.
   */
  | { kind: 'comment' | 'commentStart'; id: string };

/**
 * The body's paragraphs with their text (w:t, tabs and breaks) and numbering properties, and its
 * tables' structure. A paragraph inside another (a text box) comes out as a paragraph of its own,
 * before its host.
 */
export function* bodyEvents(xml: string): Generator<BodyEvent> {
  const open: (Paragraph & { inNumPr: boolean })[] = [];
  let inText = false;
  // A run's properties (w:r/w:rPr, not a paragraph mark's w:pPr/w:rPr) may hide its text (w:vanish).
  let inRun = false;
  let inRunProps = false;
  let runHidden = false;
  let skipping: string | null = null;
  let skipDepth = 0;
  // [^<>] keeps a '<' without its '>' (never in well-formed XML) from scanning the rest of the file.
  for (const [token, closing, name, attrs, selfClosing] of xml.matchAll(/<(\/?)([\w.-]+:[\w.-]+|[\w.-]+)([^<>]*?)(\/?)>|[^<]+/g)) {
    if (name === undefined) {
      if (inText && !skipping && open.length) {
        const p = open[open.length - 1]!;
        const text = decodeXmlEntities(token);
        p.text += text;
        if (runHidden && text.trim()) p.hiddenText = true;
      }
      continue;
    }
    if (skipping) {
      if (name === skipping) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
      if (skipDepth === 0) skipping = null;
      continue;
    }
    if (SKIPPED.has(name) && !closing) {
      if (!selfClosing) {
        skipping = name;
        skipDepth = 1;
      }
      continue;
    }
    const p = open[open.length - 1];
    switch (name) {
      case 'w:p':
        if (closing) {
          const { inNumPr: _, ...done } = open.pop()!;
          yield { kind: 'paragraph', paragraph: done };
        } else if (selfClosing) yield { kind: 'paragraph', paragraph: { text: '', styleId: null, numId: null, ilvl: null } };
        else open.push({ text: '', styleId: null, numId: null, ilvl: null, inNumPr: false });
        break;
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:r':
        inRun = !closing && !selfClosing;
        runHidden = false;
        break;
      case 'w:rPr':
        inRunProps = inRun && !closing && !selfClosing;
        break;
      case 'w:vanish':
        if (inRunProps && !closing) runHidden = !['0', 'false', 'off'].includes(attributesOf(attrs!)['w:val'] ?? '');
        break;
      case 'w:tab':
        if (p && !closing) p.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (p && !closing) p.text += '\n';
        break;
      case 'w:numPr':
        if (p) p.inNumPr = !closing && !selfClosing;
        break;
      case 'w:pStyle':
        if (p) p.styleId = attributesOf(attrs!)['w:val'] ?? null;
        break;
      case 'w:numId':
        if (p?.inNumPr) p.numId = attributesOf(attrs!)['w:val'] ?? null;
        break;
      case 'w:ilvl':
        if (p?.inNumPr) p.ilvl = Number(attributesOf(attrs!)['w:val'] ?? 0);
        break;
      case 'w:tbl':
      case 'w:tr':
      case 'w:tc':
        if (!selfClosing) yield { kind: TABLE_PARTS[name], open: !closing };
        break;
      case 'w:gridSpan':
        if (!closing) yield { kind: 'gridSpan', span: Math.max(1, Number(attributesOf(attrs!)['w:val']) || 1) };
        break;
      case 'w:vMerge':
        if (!closing) yield { kind: 'vMerge', restart: attributesOf(attrs!)['w:val'] === 'restart' };
        break;
      case 'w:gridBefore':
        if (!closing) yield { kind: 'gridBefore', columns: Math.max(0, Number(attributesOf(attrs!)['w:val']) || 0) };
        break;
      case 'w:commentRangeStart':
      case 'w:commentReference': {
        const id = attributesOf(attrs!)['w:id'];
        if (!closing && id !== undefined) yield { kind: name === 'w:commentReference' ? 'comment' : 'commentStart', id };
        break;
      }
    }
  }
}

/** word/comments.xml: each comment's text (its paragraphs joined by line breaks), by id. */
export function commentTexts(xml: string | null): Map<string, string> {
  const texts = new Map<string, string>();
  if (!xml) return texts;
  for (const [, attrs, inner] of xml.matchAll(/<w:comment\b([^<>]*?)>([\s\S]*?)<\/w:comment>/g)) {
    const id = attributesOf(attrs!)['w:id'];
    if (id === undefined) continue;
    const lines: string[] = [];
    for (const event of bodyEvents(inner!)) if (event.kind === 'paragraph') lines.push(event.paragraph.text.trim());
    texts.set(id, lines.filter(Boolean).join('\n'));
  }
  return texts;
}

const TABLE_PARTS = { 'w:tbl': 'table', 'w:tr': 'row', 'w:tc': 'cell' } as const;
