const SAFETY_NET_MS = 2000;

/**
 * Calls `run` once the browser reports the page's first contentful paint. Where that cannot be
 * observed (no Paint Timing, a hidden tab that will not paint) it runs at once, and a safety
 * net runs it after two seconds should the report never come.
 */
export function afterFirstPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', once);
    run();
  };
  const observable =
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!observable || document.visibilityState === 'hidden') return run();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) once();
  });
  observer.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(once, SAFETY_NET_MS);
  document.addEventListener('visibilitychange', once);
}
