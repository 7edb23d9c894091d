import { useEffect, useRef, useState, type ReactNode } from 'react';
import { whenIdle } from './whenIdle';

interface DeferredProps {
  /**
   * 'idle' mounts the part once the page has painted and the browser is idle; 'visible' when
   * it scrolls near the viewport (or when idle, where IntersectionObserver is missing).
   */
  until?: 'idle' | 'visible';
  /** Shown until then: give it the part's size, so nothing shifts when the part arrives. */
  placeholder: ReactNode;
  children: ReactNode;
}

/** A heavy part (editor, graph, chart, long table) that waits, so the controls come first. */
export function Deferred({ until = 'idle', placeholder, children }: DeferredProps) {
  const [ready, setReady] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
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
  }, [ready, until]);
  if (ready) return children;
  return (
    <div ref={anchor} className="deferred">
      {placeholder}
    </div>
  );
}
