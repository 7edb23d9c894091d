// The build's server-side entry (scripts/vite-prerender-plugin.ts): renders a static route with
// the app's own routes and components, as the browser will hydrate it.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router-dom';
import { takePrerenderedTitle } from '../components/useDocumentTitle';
import { lessonBodyFile } from '../content/lessons';
import { embeddedStartsJson } from '../features/sandbox/frame/embeddedStart';
import { preparedStarts } from '../features/sandbox/frame/sessionStart';
import { routes, type RouteHandle } from './routes';

export { prerenderTargets } from './staticRoutes';

export interface PrerenderedPage {
  html: string;
  title: string;
  /** Source files (as in Vite's manifest) of the code and styles the page needs. */
  modules: string[];
  /** The starts the route's loader worked out (a challenge's page), as JSON for the page to carry. */
  starts: string | null;
}

/**
 * The simulator SimulatorPage loads lazily (features/sandbox/<id>/<Id>Simulator.tsx): linked too,
 * so its styles apply from the first paint and its code downloads with the page. The build fails
 * if the file is not in the manifest.
 */
function simulatorFile(id: string | undefined): string | null {
  return id
    ? `src/features/sandbox/${id}/${id[0]!.toUpperCase()}${id.slice(1)}Simulator.tsx`
    : null;
}

export async function renderPage(path: string): Promise<PrerenderedPage> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(path, 'http://localhost')));
  if (context instanceof Response)
    throw new Error(`prerender ${path}: the router answered with a ${context.status} response`);
  if (context.errors) throw new Error(`prerender ${path}: ${JSON.stringify(context.errors)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const starts = preparedStarts();
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
    // No boundary may be outlined into a later segment: that needs React's inline reveal
    // script, which the CSP forbids. The whole page is one piece of HTML.
    { onError: (error) => void errors.push(error), progressiveChunkSize: Infinity },
  );
  if (errors.length > 0) throw new Error(`prerender ${path}: ${String(errors[0])}`);
  const modules = context.matches.flatMap((m) => {
    const handle = m.route.handle as RouteHandle | undefined;
    const lesson = m.route.id === 'lesson' ? lessonBodyFile(m.params['slug']) : null;
    const simulator = m.route.id?.startsWith('simulator')
      ? simulatorFile(m.params['simulator'])
      : null;
    return [handle?.module, lesson, simulator].filter((x): x is string => Boolean(x));
  });
  return {
    html: await new Response(prelude).text(),
    title: takePrerenderedTitle(),
    modules,
    starts: starts.length > 0 ? embeddedStartsJson(starts) : null,
  };
}
