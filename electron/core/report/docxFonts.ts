// Official documents name fonts that not every machine has (仿宋_GB2312, 方正小标宋简体). Word and
// WPS substitute a missing font by the w:altName in the font table, so we list each with a fallback
// that ships with every Chinese Windows, instead of leaving the substitution to chance.
import { escapeXml } from '../sheets/xml';

export const FONT_FALLBACKS: Record<string, string> = {
  方正小标宋简体: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  黑体: 'SimHei',
  宋体: 'SimSun',
};

/** word/fontTable.xml: every font the 通报 uses, with its fallback (charset 86: GB2312). */
export function fontTableXml(): string {
  const fonts = Object.entries(FONT_FALLBACKS)
    .map(
      ([name, alt]) =>
        `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(alt)}"/><w:charset w:val="86"/>` +
        '<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}
