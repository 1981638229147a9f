import { useLayoutEffect, useState } from 'react';

/**
 * An element's content-box size, kept current with a ResizeObserver (virtual tables need pixel sizes).
 * Returns a callback ref, so an element that mounts later (after a loading state) is still measured.
 */
export function useElementSize<T extends HTMLElement = HTMLDivElement>(): [(el: T | null) => void, { width: number; height: number }] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    if (!element) return;
    const measure = (width: number, height: number) =>
      setSize((s) => (s.width === Math.round(width) && s.height === Math.round(height) ? s : { width: Math.round(width), height: Math.round(height) }));
    const rect = element.getBoundingClientRect();
    measure(rect.width, rect.height);
    const observer = new ResizeObserver(([entry]) => entry && measure(entry.contentRect.width, entry.contentRect.height));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, size];
}
