import { useEffect, useState } from 'react';

export type LockState = 'pending' | 'owner' | 'read-only';

/**
 * One tab at a time may change an attempt: a Web Lock per attempt decides which. A second tab
 * opens read-only, so two tabs never overwrite each other's answers; "take over" steals the lock,
 * and the tab that lost it turns read-only at once.
 */
export function useAttemptLock(attemptId: string): { state: LockState; takeOver: () => void } {
  const [state, setState] = useState<LockState>(() => (typeof navigator !== 'undefined' && navigator.locks ? 'pending' : 'owner'));

  useEffect(() => {
    if (!navigator.locks) return;
    const controller = new AbortController();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    navigator.locks
      .request(`artifact-lab:attempt:${attemptId}`, { ifAvailable: true, signal: controller.signal }, async (lock) => {
        if (!lock) {
          setState('read-only');
          return;
        }
        setState('owner');
        await held;
      })
      .catch(() => setState('read-only')); // stolen by another tab
    return () => {
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
