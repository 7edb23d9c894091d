/**
 * The routes no page is prerendered for, as their content is the learner's own data: a host
 * serves them the app shell (shell.html). Any other address without an HTML file of its own is
 * a page that does not exist, and gets 404.html, which paints before the app's code arrives.
 */
export const SHELL_ROUTES = ['/quiz/:attemptId', '/quiz/:attemptId/results'];

const patterns = SHELL_ROUTES.map(
  (route) => new RegExp(`^${route.replace(/:[^/]+/g, '[^/]+')}/?$`),
);

/** Whether `path` is one of the shell routes (a `:param` stands for one path segment). */
export function isShellRoute(path: string): boolean {
  return patterns.some((p) => p.test(path));
}
