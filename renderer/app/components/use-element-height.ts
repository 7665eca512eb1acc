import { useCallback, useRef, useState } from 'react';

/**
 * Height of an element, kept current as it resizes — virtual lists need a number. A callback
 * ref, so an element that mounts later (after data loads) is measured too.
 */
export function useElementHeight<T extends HTMLElement>(): [(el: T | null) => void, number] {
  const [height, setHeight] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    setHeight(el.clientHeight);
    observer.current = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.current.observe(el);
  }, []);
  return [ref, height];
}
