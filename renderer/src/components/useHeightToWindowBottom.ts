import { useLayoutEffect, useState } from 'react';

/**
 * The height that takes an element from where it starts on the page down to the window's bottom
 * padding (with the page scrolled to its top), kept current as the window resizes, the element is
 * shown, or the blocks above it in its own container change (a notice shown or hidden moves it down). Returns a callback ref, so an element
 * that mounts later (after a loading state) is measured too.
 */
export function useHeightToWindowBottom<T extends HTMLElement>(minHeight: number): [(el: T | null) => void, number] {
  const [element, setElement] = useState<T | null>(null);
  const [height, setHeight] = useState(minHeight);
  useLayoutEffect(() => {
    if (!element) return;
    // The page content's padding below, as above.
    const BOTTOM_PADDING = 16;
    const measure = () => {
      // In a tab not shown (display: none) there is nothing to measure; showing it resizes the element.
      if (!element.getClientRects().length) return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minHeight, Math.floor(window.innerHeight - top - BOTTOM_PADDING)));
    };
    measure();
    // Measured again when the element is shown (a tab coming back) and when a notice above it, in
    // its own block, comes or goes (setting the same height again changes nothing, so this settles).
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.parentElement) observer.observe(element.parentElement);
    window.addEventListener('resize', measure);
    // What no observer reports (a tab sliding in, a header wrapping as the fonts load) is caught by a
    // light check a few times a second; an unchanged height re-renders nothing.
    const timer = window.setInterval(measure, 300);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      window.clearInterval(timer);
    };
  }, [element, minHeight]);
  return [setElement, height];
}
