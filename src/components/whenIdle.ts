/**
 * Runs `run` once the browser is idle (at the latest after `timeout` ms), or on the next task
 * where requestIdleCallback is missing (Safari). Returns a function that cancels it.
 */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 1);
  return () => clearTimeout(timer);
}
