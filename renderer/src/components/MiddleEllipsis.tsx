// A long name cut short in the middle, its end kept in view: what tells two files apart is often
// there (a zip's members share the zip's name; copies differ in “（修改稿）.xlsx”). The whole name on hover.
import type { ReactNode } from 'react';

/** Where the end kept in view begins: a zip member's own name (from its “/”), else the last few characters and the extension. */
export function endStart(name: string): number {
  const slash = name.lastIndexOf('/');
  if (slash > 0 && slash < name.length - 1) return slash;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.length - dot : 0;
  return Math.max(0, name.length - extension - 4);
}

export function MiddleEllipsis({ text, before }: { text: string; before?: ReactNode }) {
  const cut = endStart(text);
  return (
    <span className="middle-ellipsis" title={text}>
      {before}
      <span className="middle-ellipsis-start">{text.slice(0, cut)}</span>
      <span className="middle-ellipsis-end">{text.slice(cut)}</span>
    </span>
  );
}
