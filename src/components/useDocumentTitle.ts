import { useEffect } from 'react';

const full = (title: string) => `${title} · Artifact Lab`;
const DEFAULT_TITLE = 'Artifact Lab';
let prerenderedTitle = DEFAULT_TITLE;

function recordPrerenderedTitle(title: string) {
  prerenderedTitle = title;
}

export function useDocumentTitle(title: string) {
  // No effect runs in the build's prerender: the page's title is recorded for its <title> there.
  if (import.meta.env.SSR) recordPrerenderedTitle(full(title));
  useEffect(() => {
    document.title = full(title);
  }, [title]);
}

/** The title the page just prerendered asked for (build time only). */
export function takePrerenderedTitle(): string {
  const title = prerenderedTitle;
  prerenderedTitle = DEFAULT_TITLE;
  return title;
}
