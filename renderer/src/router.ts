import { useSyncExternalStore } from 'react';

// Hash routes ("#/ledger?plan=1") work the same from file:// and from the HTTP bridge.
export type PageKey = 'ledger' | 'progress' | 'summary' | 'units' | 'data' | 'about';

export interface Route {
  page: PageKey;
  params: URLSearchParams;
}

const PAGES: PageKey[] = ['ledger', 'progress', 'summary', 'units', 'data', 'about'];

function parse(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const page = (PAGES as string[]).includes(pathPart) ? (pathPart as PageKey) : 'ledger';
  return { page, params: new URLSearchParams(query) };
}

let current = parse(window.location.hash);
const listeners = new Set<() => void>();
window.addEventListener('hashchange', () => {
  current = parse(window.location.hash);
  listeners.forEach((l) => l());
});

/** The route now, outside React. */
export const currentRoute = (): Route => current;

export function useRoute(): Route {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

export function navigate(page: PageKey, params: Record<string, string | number | undefined> = {}): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const query = q.toString();
  window.location.hash = `#/${page}${query ? `?${query}` : ''}`;
}
