/** The attribute on #root that names the path a prerendered page was rendered for. */
export const PRERENDERED_PATH_ATTRIBUTE = 'data-prerendered-path';

/** The `<template>` in a prerendered page's head holding the preloads of its code. */
export const AFTER_PAINT_TEMPLATE_ID = 'after-paint';

/**
 * The attribute on <html> of a simulator's page opened with a challenge or a share link, until
 * the app shows that start: the prerendered page under the intro is the default scenario, and
 * frame.css hides it meanwhile rather than show it and then swap it.
 */
export const START_PENDING_ATTRIBUTE = 'data-start-pending';

/**
 * Whether the page in #root was prerendered for this very URL, so React can hydrate it. A page
 * reached with a query string (e.g. /quiz?lesson=…) renders differently from its prerender and is
 * rendered afresh instead, unless its route applies the query only once hydrated.
 */
export function isPrerenderedFor(
  container: HTMLElement,
  location: Location,
  queryAppliedAfterHydration = false,
): boolean {
  return (
    container.getAttribute(PRERENDERED_PATH_ATTRIBUTE) === location.pathname &&
    (location.search === '' || queryAppliedAfterHydration)
  );
}

/** Whether the page is still loading: React has not taken over the prerendered page yet. */
export function isLoading(): boolean {
  if (typeof document === 'undefined') return false; // the build's prerender
  return document.getElementById('root')?.hasAttribute(PRERENDERED_PATH_ATTRIBUTE) ?? false;
}

// The path whose prerender React is hydrating, until the page says it has hydrated. Not the root's
// marker: main.tsx drops that once the root commits, and a page inside a Suspense boundary may
// hydrate after that, in a pass of its own.
let hydrating: string | null = null;

/** main.tsx, before it hydrates a prerendered page. */
export function beginHydration(path: string): void {
  hydrating = path;
}

/** Whether React is hydrating this page's prerender: its first render must then match it. */
export function isHydrating(): boolean {
  return hydrating !== null && hydrating === window.location.pathname;
}

/** The page that asked isHydrating() has hydrated: later renders are the app's own. */
export function endHydration(): void {
  hydrating = null;
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
