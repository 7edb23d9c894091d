// @vitest-environment jsdom
import type { RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';

const all = (list: RouteObject[]): RouteObject[] =>
  list.flatMap((r) => [r, ...all(r.children ?? [])]);

describe('routes', () => {
  it('give every route with a loader an id, which the hydration data is keyed by', () => {
    const withLoader = all(routes).filter((r) => r.loader);
    expect(withLoader.map((r) => r.path)).toEqual([
      'learn/:slug',
      'sandbox/:simulator',
      'sandbox/:simulator/:challenge',
    ]);
    for (const route of withLoader) expect(route.id, route.path).toBeTruthy();
  });
});
