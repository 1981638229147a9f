import { useLayoutEffect, useState, type DependencyList } from 'react';

/**
 * The height that takes an element from where it starts down to the window's bottom padding, kept
 * current as the window resizes or the blocks above it change (`deps`: notices shown or hidden).
 * Returns a callback ref, so an element that mounts later (after a loading state) is measured too.
 */
export function useHeightToWindowBottom<T extends HTMLElement>(minHeight: number, deps: DependencyList): [(el: T | null) => void, number] {
  const [element, setElement] = useState<T | null>(null);
  const [height, setHeight] = useState(minHeight);
  useLayoutEffect(() => {
    if (!element) return;
    // The page content's padding below, as above.
    const BOTTOM_PADDING = 16;
    const measure = () => setHeight(Math.max(minHeight, Math.floor(window.innerHeight - element.getBoundingClientRect().top - BOTTOM_PADDING)));
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [element, minHeight, ...deps]);
  return [setElement, height];
}
