import {
  matchRoutes,
  type HydrationState,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router-dom';

/**
 * Readies the matched routes before the first render, as the prerender did: resolves their lazy
 * page modules and runs their loaders. Without this the router would start in its
 * HydrateFallback: a hydration would not match the prerendered HTML, and a fresh render would
 * blank the page until the route's code arrived.
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
