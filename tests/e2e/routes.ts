/** Every route of DESIGN.md's table, with the heading it must show. */
export const ROUTES = [
  { path: '/', h1: 'Build and manage artifacts' },
  { path: '/learn', h1: 'Lessons' },
  { path: '/learn/upstreams', h1: 'Upstream' },
  { path: '/quiz', h1: 'Quiz' },
  { path: '/quiz/no-such-attempt', h1: 'Quiz attempt not found' },
  { path: '/quiz/no-such-attempt/results', h1: 'Results not found' },
  { path: '/review', h1: 'Review' },
  { path: '/sandbox', h1: 'Sandbox' },
  { path: '/sandbox/upstream', h1: 'CodeArtifact upstream simulator' },
  {
    path: '/sandbox/upstream?challenge=predict-search-order',
    h1: 'CodeArtifact upstream simulator',
  },
  { path: '/sandbox/lifecycle', h1: 'Lifecycle simulator' },
  { path: '/sandbox/access', h1: 'Cross-account access simulator' },
  { path: '/progress', h1: 'Progress' },
  { path: '/search', h1: 'Search' },
  { path: '/settings', h1: 'Settings' },
  { path: '/this/does/not/exist', h1: 'Page not found' },
] as const;
