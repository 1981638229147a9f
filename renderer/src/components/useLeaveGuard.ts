// Browser mode: a reload (F5) or closing the tab would drop work not yet stored (a 通报 draft, an
// import preview with its choices), so the browser asks first. The desktop shell is left alone: there
// a beforeunload handler would keep the window from closing without a word.
import { useEffect } from 'react';

export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active || window.taizhang) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Browsers before Chrome 119 (those of older 信创 systems among them) ask only when this is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}
