/** The attribute on #root that names the path a prerendered page was rendered for. */
export const PRERENDERED_PATH_ATTRIBUTE = 'data-prerendered-path';

/** The `<template>` in a prerendered page's head holding the preloads of its code. */
export const AFTER_PAINT_TEMPLATE_ID = 'after-paint';

/**
 * Whether the page in #root was prerendered for this very URL, so React can hydrate it. A page
 * reached with a query string (e.g. /quiz?lesson=…) renders differently from its prerender and is
 * rendered afresh instead.
 */
export function isPrerenderedFor(container: HTMLElement, location: Location): boolean {
  return (
    container.getAttribute(PRERENDERED_PATH_ATTRIBUTE) === location.pathname &&
    location.search === ''
  );
}

/** Whether the page is still loading: React has not taken over the prerendered page yet. */
export function isLoading(): boolean {
  if (typeof document === 'undefined') return false; // the build's prerender
  return document.getElementById('root')?.hasAttribute(PRERENDERED_PATH_ATTRIBUTE) ?? false;
}
