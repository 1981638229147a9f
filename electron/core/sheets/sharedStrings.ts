// The workbook's shared strings: each distinct text stored once and referenced by index, as Excel
// itself writes them (unit names, role and status words repeat on thousands of rows).
import { escapeXml, safeText, XML_HEADER } from './xml';

export class SharedStrings {
  private readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Cells referring to a shared string (the count attribute Excel writes). */
  private uses = 0;

  /** The text's index, adding it on first use. */
  id(text: string): number {
    this.uses++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  /** xl/sharedStrings.xml */
  toXml(): string {
    const items = this.texts.map((text) => {
      const clean = escapeXml(safeText(text));
      // Without xml:space="preserve" readers drop leading and trailing spaces and line breaks.
      return /^\s|\s$/.test(clean) ? `<si><t xml:space="preserve">${clean}</t></si>` : `<si><t>${clean}</t></si>`;
    });
    return (
      `${XML_HEADER}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.length}">` +
      `${items.join('')}</sst>`
    );
  }
}
