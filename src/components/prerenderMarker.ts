/** The attribute on #root that names the path a prerendered page was rendered for. */
export const PRERENDERED_PATH_ATTRIBUTE = 'data-prerendered-path';

/** The `<template>` in a prerendered page's head holding the preloads of its code. */
export const AFTER_PAINT_TEMPLATE_ID = 'after-paint';

/**
 * The attribute on <html> of a simulator's page opened with a share link (or a challenge in the
 * query, as older links have it) until the app shows that start: the prerendered page under the
 * intro is the default scenario, which the app replaces, and frame.css hides it meanwhile rather
 * than show it and then swap it.
 */
export const START_PENDING_ATTRIBUTE = 'data-start-pending';

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

/** Run by theme-boot.js before the first paint: marks a simulator opened with a start of its own. */
export function markPendingStart(html: HTMLElement, location: Location): void {
  const params = new URLSearchParams(location.search);
  if (location.pathname.startsWith('/sandbox/') && (params.has('challenge') || params.has('s')))
    html.setAttribute(START_PENDING_ATTRIBUTE, '');
}

/** The start the URL asks for is shown: the simulator appears. */
export function clearPendingStart(): void {
  document.documentElement.removeAttribute(START_PENDING_ATTRIBUTE);
}
