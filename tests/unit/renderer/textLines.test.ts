import { describe, expect, it } from 'vitest';
import { wrappedLines, type CharWidth } from '../../../renderer/src/components/textLines';

/** 13px ideographs and punctuation, 7px everything else: the shape of the 13px table font. */
const widthOf: CharWidth = (code) => (code > 0x2e80 ? 13 : 7);

describe('wrappedLines', () => {
  it('counts an empty text as one line', () => {
    expect(wrappedLines('', 100, widthOf)).toBe(1);
  });

  it('breaks between any two characters once a line is full', () => {
    // Three 13px characters fit in 40px, a fourth does not.
    expect(wrappedLines('加强知识产权保护', 40, widthOf)).toBe(3);
    expect(wrappedLines('加强知', 40, widthOf)).toBe(1);
    expect(wrappedLines('abcdefgh', 21, widthOf)).toBe(3);
  });

  it('starts a new line at each line break', () => {
    expect(wrappedLines('省财政厅\n省发展改革委', 200, widthOf)).toBe(2);
    expect(wrappedLines('a\n\nb', 200, widthOf)).toBe(3);
  });

  it('carries the last character down with closing punctuation, as the browser does', () => {
    // Three characters fit in 39px. The comma may not start the second line, so "知，" moves down
    // together and "护" no longer fits beside them; "是" may start a line.
    expect(wrappedLines('加强知是保护', 39, widthOf)).toBe(2);
    expect(wrappedLines('加强知，保护', 39, widthOf)).toBe(3);
  });

  it('stops counting at the cap', () => {
    expect(wrappedLines('知'.repeat(100), 40, widthOf, 3)).toBe(3);
  });

  it('measures a character outside the Basic Multilingual Plane once, by its code point', () => {
    const asked: number[] = [];
    const lines = wrappedLines('𠀀𠀀a', 100, (code) => (asked.push(code), widthOf(code)));
    expect(lines).toBe(1);
    expect(asked).toEqual([0x20000, 0x20000, 0x61]);
  });
});
