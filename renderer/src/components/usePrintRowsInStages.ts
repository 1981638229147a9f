// A print view lists every row, and laying out 2,000 tasks takes about a second, during which the
// page shows nothing. The first screenful goes up at once and the rest right after it is painted.
// Printing always gets every row: the rest is put in synchronously when the page is about to be
// laid out for paper (beforeprint: the 打印 button, Ctrl+P, the desktop app's print and PDF).
import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Rows put up first: more than the window shows at the print views' row heights. */
export const FIRST_STAGE_ROWS = 60;

export function usePrintRowsInStages<T>(rows: readonly T[]): readonly T[] {
  const [all, setAll] = useState(rows.length <= FIRST_STAGE_ROWS);
  // A layout effect: the listener is there before the first stage can be printed.
  useLayoutEffect(() => {
    if (all) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setAll(true))));
    const beforePrint = () => flushSync(() => setAll(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [all]);
  return all ? rows : rows.slice(0, FIRST_STAGE_ROWS);
}
