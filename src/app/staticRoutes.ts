import { challengeIndex } from '../content/challengeIndex';
import { lessons } from '../content/lessons';
import { simulatorRoute } from '../domain/simulators';

/**
 * Pages that look the same for everyone at first paint (whatever a learner has stored fills in
 * after hydration): rendered to HTML at build time and hydrated in the browser. A new static
 * route joins by adding its path here.
 */
const STATIC_PATHS = [
  '/',
  '/learn',
  '/learn/sheet',
  '/glossary',
  '/quiz',
  '/sandbox',
  '/sandbox/architecture',
  '/sandbox/upstream',
  '/sandbox/lifecycle',
  '/sandbox/access',
  '/search',
  '/settings',
  '/progress',
  '/review',
];

export interface PrerenderTarget {
  /** The URL path rendered. */
  path: string;
  /** Where its HTML goes in dist/ (a host serves /learn from learn.html). */
  file: string;
  /** False for the 404 page, which hosts serve for any unknown path: it is rendered afresh. */
  hydrate: boolean;
}

const fileFor = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

export function prerenderTargets(): PrerenderTarget[] {
  return [
    ...STATIC_PATHS,
    ...lessons.flatMap((l) => [`/learn/${l.slug}`, `/learn/${l.slug}/sheet`]),
    ...challengeIndex.map((c) => simulatorRoute(c.simulator, c.id)),
  ]
    .map((path) => ({ path, file: fileFor(path), hydrate: true }))
    .concat({ path: '/404', file: '404.html', hydrate: false });
}
