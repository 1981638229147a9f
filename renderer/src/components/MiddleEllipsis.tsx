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

const commonPrefixLength = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * Where each of a list's names differs from the one it is most easily taken for cut short. Names whose
 * usual ends are the same (“…季度报送.xlsx”) may differ further in, where the shortened start does not
 * reach (“省法院2023年二季度…”, “省法院2023年三季度…”); the twin that shares the longest start is the
 * one to tell apart (one differing early, another unit's file, also differs in the 单位 column).
 * Names without such a twin are left out.
 */
export function differingCharacters(names: readonly string[]): Map<string, number> {
  const byEnd = new Map<string, Set<string>>();
  for (const name of names) {
    const end = name.slice(endStart(name));
    byEnd.set(end, (byEnd.get(end) ?? new Set()).add(name));
  }
  const differsAt = new Map<string, number>();
  for (const alike of byEnd.values()) {
    for (const name of alike) {
      for (const other of alike) {
        if (other !== name) differsAt.set(name, Math.max(differsAt.get(name) ?? 0, commonPrefixLength(name, other)));
      }
    }
  }
  return differsAt;
}

/** How many characters from where a name differs stay in view: “三季度” of “…2023年三季度报送…”. */
const DIFFERING_RUN = 3;

/**
 * `text` on one line, cut short in the middle when it must be. Its end stays in view, and so does the
 * run of characters from `differsAt` (see differingCharacters): the text around them gives way.
 */
export function MiddleEllipsis({ text, before, differsAt }: { text: string; before?: ReactNode; differsAt?: number }) {
  const end = endStart(text);
  const keptFrom = differsAt !== undefined && differsAt < end ? differsAt : end;
  const keptTo = Math.min(end, keptFrom + DIFFERING_RUN);
  const givingWay = (part: string) => part && <span className="middle-ellipsis-start">{part}</span>;
  return (
    <span className="middle-ellipsis" title={text}>
      {before}
      {givingWay(text.slice(0, keptFrom))}
      {keptTo > keptFrom && <span>{text.slice(keptFrom, keptTo)}</span>}
      {givingWay(text.slice(keptTo, end))}
      <span className="middle-ellipsis-end">{text.slice(end)}</span>
    </span>
  );
}
