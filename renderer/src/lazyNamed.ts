import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A component loaded the first time it renders (React.lazy wants a default export; ours are named). */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
