import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { whenIdle } from './whenIdle';

/**
 * 'idle': once the page has painted and the browser is idle. 'visible': once the anchor scrolls
 * near the viewport (or when idle, where IntersectionObserver is missing).
 */
export type DeferUntil = 'idle' | 'visible';

/** Becomes true once, at the moment `until` names, and stays true. */
export function useDeferredReady(
  until: DeferUntil,
  anchor: RefObject<HTMLElement | null>,
): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const show = () => setReady(true);
    if (until === 'visible' && typeof IntersectionObserver === 'function' && anchor.current) {
      const observer = new IntersectionObserver(
        (entries) => entries.some((e) => e.isIntersecting) && show(),
        { rootMargin: '300px' },
      );
      observer.observe(anchor.current);
      return () => observer.disconnect();
    }
    return whenIdle(show, 1500);
  }, [ready, until, anchor]);
  return ready;
}

interface DeferredProps {
  until?: DeferUntil;
  /** Shown until then: give it the part's size, so nothing shifts when the part arrives. */
  placeholder: ReactNode;
  children: ReactNode;
}

/** A heavy part (editor, graph, chart, long table) that waits, so the controls come first. */
export function Deferred({ until = 'idle', placeholder, children }: DeferredProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const ready = useDeferredReady(until, anchor);
  if (ready) return children;
  return (
    <div ref={anchor} className="deferred">
      {placeholder}
    </div>
  );
}
