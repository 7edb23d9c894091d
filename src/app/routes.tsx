import type { RouteObject } from 'react-router-dom';
import { lessonBodyBySlug } from '../content/lessons';
import { Layout } from './Layout';
import { isLoading } from '../components/prerenderMarker';
import { RootError, RouteError } from './RouteError';

type PageModule = { default: React.ComponentType };

const pages = import.meta.glob<PageModule>(['../features/*/*Page.tsx', './NotFoundPage.tsx']);

/** What the prerender needs to know of a route: the source file of its page. */
export interface RouteHandle {
  module: string;
}

/**
 * A lazily loaded page (its own chunk) with its own error boundary ("try again" / "go home").
 * `module` is the page's file relative to src/app; the route's handle carries it as a source
 * path so the prerender can link the page's chunks and styles.
 */
function page(path: string | undefined, module: string, index = false): RouteObject {
  const load = pages[`${module}.tsx`];
  if (!load) throw new Error(`routes: no page module ${module}.tsx`);
  const handle: RouteHandle = {
    module: `src/${module.replace(/^\.\.\//, '').replace(/^\.\//, 'app/')}.tsx`,
  };
  const lazy = async () => ({ Component: (await load()).default });
  return index
    ? { index: true, lazy, handle, ErrorBoundary: RouteError }
    : { path: path!, lazy, handle, ErrorBoundary: RouteError };
}

/**
 * A simulator's page. Like a lesson's body, the simulator's page downloads with the route and
 * renders at once, its start (a challenge in the path or the query, a share link) worked out
 * ahead by the loader.
 */
function simulatorRoute(path: string, id: string): RouteObject {
  return {
    ...page(path, '../features/sandbox/SimulatorPage'),
    id,
    loader: async ({ params, request }) =>
      (await import('../features/sandbox/simulators')).loadSimulatorPage(
        params['simulator'],
        params['challenge'],
        new URL(request.url).search,
        isLoading(),
      ),
  };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RootError,
    HydrateFallback: () => null,
    children: [
      page(undefined, '../features/home/HomePage', true),
      page('learn', '../features/learn/LessonListPage'),
      {
        ...page('learn/:slug', '../features/learn/LessonPage'),
        id: 'lesson',
        // The lesson's compiled MDX downloads alongside the page code, and the page renders
        // with its text at once (and the prerender with it).
        loader: ({ params }) => lessonBodyBySlug(params['slug']),
      },
      page('learn/sheet', '../features/sheets/CourseSheetPage'),
      page('learn/:slug/sheet', '../features/sheets/LessonSheetPage'),
      page('quiz', '../features/quiz/QuizStartPage'),
      page('quiz/:attemptId', '../features/quiz/AttemptPage'),
      page('quiz/:attemptId/results', '../features/quiz/ResultsPage'),
      page('review', '../features/review/ReviewPage'),
      page('glossary', '../features/glossary/GlossaryPage'),
      page('sandbox', '../features/sandbox/SandboxPage'),
      simulatorRoute('sandbox/:simulator', 'simulator'),
      // A challenge's own page, prerendered with the challenge under way.
      simulatorRoute('sandbox/:simulator/:challenge', 'simulator-challenge'),
      page('progress', '../features/progress/ProgressPage'),
      page('search', '../features/search/SearchPage'),
      page('settings', '../features/settings/SettingsPage'),
      page('*', './NotFoundPage'),
    ],
  },
];
