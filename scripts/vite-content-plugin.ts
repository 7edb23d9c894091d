import type { Plugin } from 'vite';

/** Placeholder replaced below once the content pipeline lands. */
export function contentIndexPlugin(): Plugin {
  return { name: 'artifact-lab-content' };
}
