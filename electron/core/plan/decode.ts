// Bytes of a text file to a string: UTF-8 (with or without BOM) or UTF-16 with a BOM as marked,
// otherwise GB18030 (which covers GBK and GB2312) — officials' .txt files are often saved that way.

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): string {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Whether decoded text reads as text rather than a binary file: almost no control characters
 * (other than tabs and line breaks) and no undecodable bytes.
 */
export function looksLikeText(text: string): boolean {
  if (!text) return false;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // eslint-disable-next-line no-control-regex
  const bad = sample.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return bad / sample.length < 0.005;
}
