import { useEffect, useState } from 'react';

export type LockState = 'pending' | 'owner' | 'read-only';

/** How long to wait for the lock before saying another tab has the quiz. */
const OTHER_TAB_AFTER_MS = 400;

/**
 * One tab at a time may change an attempt: a Web Lock per attempt decides which. A tab that has
 * to wait for the lock is read-only meanwhile, so two tabs never overwrite each other's answers;
 * when it gets the lock later (the other tab closed) it reloads to pick up that tab's answers.
 * "Take over" steals the lock; the tab that loses it turns read-only at once.
 */
export function useAttemptLock(attemptId: string): { state: LockState; takeOver: () => void } {
  const [state, setState] = useState<LockState>(() =>
    typeof navigator !== 'undefined' && navigator.locks ? 'pending' : 'owner',
  );

  useEffect(() => {
    if (!navigator.locks) return;
    const controller = new AbortController();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let waitedForOtherTab = false;
    const timer = setTimeout(() => {
      waitedForOtherTab = true;
      setState('read-only');
    }, OTHER_TAB_AFTER_MS);
    navigator.locks
      .request(`artifact-lab:attempt:${attemptId}`, { signal: controller.signal }, async () => {
        clearTimeout(timer);
        if (waitedForOtherTab) {
          location.reload();
          return;
        }
        setState('owner');
        await held;
      })
      .catch((error: unknown) => {
        clearTimeout(timer);
        // Aborted because this page went away: nothing to show. Otherwise the lock was stolen.
        if (!(
          error instanceof DOMException &&
          error.name === 'AbortError' &&
          controller.signal.aborted
        ))
          setState('read-only');
      });
    return () => {
      clearTimeout(timer);
      controller.abort();
      release();
    };
  }, [attemptId]);

  const takeOver = () => {
    // Steal the lock, then reload so this tab starts from the other tab's latest saved answers.
    void navigator.locks.request(`artifact-lab:attempt:${attemptId}`, { steal: true }, () => {
      location.reload();
      return new Promise<void>(() => undefined);
    });
  };

  return { state, takeOver };
}
