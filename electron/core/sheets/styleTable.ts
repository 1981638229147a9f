// The workbook's styles part: each distinct cell style once (fonts, fills and borders deduplicated
// too), referenced from the cells by index. A style object seen before costs one WeakMap lookup, so
// callers that reuse their style objects pay nothing per cell.
import { escapeXml, XML_HEADER } from './xml';

/** How a cell looks. Every field is written out; nothing is inherited from a row or column. */
export interface CellStyle {
  readonly font: { readonly name: string; readonly size: number; readonly bold?: boolean; /** ARGB */ readonly color?: string };
  readonly horizontal: 'left' | 'center';
  readonly vertical: 'center' | 'top';
  readonly wrap?: boolean;
  /** A thin border on all four sides. */
  readonly border?: boolean;
  /** ARGB of a solid fill. */
  readonly fill?: string;
}

/** Collects distinct values in order; the index is the value's id in its table. */
class Interned {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(initial: string[]) {
    initial.forEach((xml) => this.id(xml));
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.ids.set(xml, id);
    }
    return id;
  }
}

/** The Normal style's font: Excel measures column widths in its digits, so it stays Excel's default. */
const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const THIN = '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
/** Excel expects these two fills first, whatever the cells use. */
const RESERVED_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

export class StyleTable {
  private readonly fonts = new Interned([DEFAULT_FONT]);
  private readonly fills = new Interned(RESERVED_FILLS);
  private readonly borders = new Interned([NO_BORDER]);
  private readonly xfs = new Interned([DEFAULT_XF]);
  private readonly seen = new WeakMap<CellStyle, number>();

  /** The style's index (the cell's s attribute). */
  id(style: CellStyle): number {
    let id = this.seen.get(style);
    if (id === undefined) {
      id = this.xfs.id(this.xf(style));
      this.seen.set(style, id);
    }
    return id;
  }

  private xf(style: CellStyle): string {
    const { name, size, bold, color } = style.font;
    const font = this.fonts.id(
      `<font>${bold ? '<b/>' : ''}${color ? `<color rgb="${color}"/>` : ''}<sz val="${size}"/><name val="${escapeXml(name)}"/></font>`,
    );
    const fill = style.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`) : 0;
    const border = style.border ? this.borders.id(THIN) : 0;
    const alignment = `<alignment horizontal="${style.horizontal}" vertical="${style.vertical}"${style.wrap ? ' wrapText="1"' : ''}/>`;
    return (
      `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyFont="1"` +
      `${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''} applyAlignment="1">${alignment}</xf>`
    );
  }

  /** xl/styles.xml */
  toXml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    return (
      `${XML_HEADER}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list('cellXfs', this.xfs.items) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `</styleSheet>`
    );
  }
}
