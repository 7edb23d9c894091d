import type { RouteObject } from 'react-router-dom';
import { preloadLessonBody } from '../content/lessons';
import { Layout } from './Layout';
import { RootError, RouteError } from './RouteError';

type PageModule = { default: React.ComponentType };

/** A lazily loaded page with its own error boundary ("try again" / "go home"). */
function page(
  path: string | undefined,
  load: () => Promise<PageModule>,
  index = false,
): RouteObject {
  const lazy = async () => ({ Component: (await load()).default });
  return index
    ? { index: true, lazy, ErrorBoundary: RouteError }
    : { path: path!, lazy, ErrorBoundary: RouteError };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RootError,
    HydrateFallback: () => null,
    children: [
      page(undefined, () => import('../features/home/HomePage'), true),
      page('learn', () => import('../features/learn/LessonListPage')),
      {
        ...page('learn/:slug', () => import('../features/learn/LessonPage')),
        loader: ({ params }) => preloadLessonBody(params['slug']),
      },
      page('quiz', () => import('../features/quiz/QuizStartPage')),
      page('quiz/:attemptId', () => import('../features/quiz/AttemptPage')),
      page('quiz/:attemptId/results', () => import('../features/quiz/ResultsPage')),
      page('review', () => import('../features/review/ReviewPage')),
      page('sandbox', () => import('../features/sandbox/SandboxPage')),
      page('sandbox/:simulator', () => import('../features/sandbox/SimulatorPage')),
      page('progress', () => import('../features/progress/ProgressPage')),
      page('search', () => import('../features/search/SearchPage')),
      page('settings', () => import('../features/settings/SettingsPage')),
      page('*', () => import('./NotFoundPage')),
    ],
  },
];
