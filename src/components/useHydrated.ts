import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False in the build's prerender and while React hydrates it, true from then on: for parts that
 * exist only in the browser (service worker, storage), so the hydrated HTML matches the prerender.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
