import {
  matchRoutes,
  type HydrationState,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router-dom';
import { PRERENDERED_PATH_ATTRIBUTE } from './prerenderMarker';

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

/**
 * Readies the matched routes before hydrating, as the prerender did: resolves their lazy page
 * modules and runs their loaders. Without this the router would start in its HydrateFallback,
 * which differs from the prerendered HTML.
 */
export async function prepareHydration(
  routes: RouteObject[],
  location: Location,
): Promise<HydrationState> {
  const matches = matchRoutes(routes, location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, { ...(await route.lazy()), lazy: undefined });
    }),
  );
  const loaderData: Record<string, unknown> = {};
  const request = new Request(location.href);
  await Promise.all(
    matches.map(async ({ route, params }) => {
      if (typeof route.loader !== 'function' || !route.id) return;
      const args = { request, params, context: undefined } as unknown as LoaderFunctionArgs;
      loaderData[route.id] = await route.loader(args);
    }),
  );
  return { loaderData };
}
