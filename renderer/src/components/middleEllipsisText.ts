// Which parts of a name cut short in the middle stay in view (MiddleEllipsis): its end, and where it
// differs from a look-alike.

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
