// Escaping, sanitising and naming for the xlsx writer’s XML.
import { describe, expect, it } from 'vitest';
import { columnName, escapeXml, safeText } from '../../../electron/core/sheets/xml';

describe('SpreadsheetML pieces', () => {
  it('names columns as Excel does', () => {
    expect([1, 12, 26, 27, 52, 702, 703, 16_384].map(columnName)).toEqual(['A', 'L', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
    expect(columnName(27)).toBe('AA'); // again, from the cache
  });

  it('escapes markup and keeps the rest as is', () => {
    expect(escapeXml('a & b <c> "d" \'e\'')).toBe('a &amp; b &lt;c&gt; &quot;d&quot; \'e\'');
    expect(escapeXml('推进情况')).toBe('推进情况');
  });

  it('drops what XML 1.0 cannot hold and keeps tabs, line breaks and surrogate pairs', () => {
    expect(safeText('a\u0000b\u0008c\u000Bd\u001Fe\uFFFE')).toBe('abcde');
    expect(safeText('\t制表\r\n换行')).toBe('\t制表\r\n换行');
    expect(safeText('𠀋')).toBe('𠀋');
    expect(safeText('孤\uD800立\uDC00')).toBe('孤\uFFFD立\uFFFD');
    expect(safeText(null)).toBe('');
  });
});
