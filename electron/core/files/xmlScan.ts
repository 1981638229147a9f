// The little of XML that reading Office packages by hand needs: entities and attributes.

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and numeric character references to text. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()]!,
  );
}

/** The attributes in a start tag's source (`w:val="1" w:ilvl='0'`), by qualified name, decoded. */
export function attributesOf(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const a of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decodeXmlEntities(a[2] ?? a[3] ?? '');
  return attrs;
}
