// Ctrl+P (⌘P) where printing the page as it stands would cut it short: a virtual table prints only
// the rows in view, a scrolling frame or text box only what fits in it. Such a page sends the
// shortcut to its own print view instead; elsewhere the browser prints the page.
import { useEffect } from 'react';

/** While `print` is given, Ctrl+P runs it instead of the browser's printing. */
export function usePrintShortcut(print: (() => void) | null): void {
  useEffect(() => {
    if (!print) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print]);
}
