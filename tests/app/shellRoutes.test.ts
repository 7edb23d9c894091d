import { describe, expect, it } from 'vitest';
import { isShellRoute } from '../../src/app/shellRoutes';
import { prerenderTargets } from '../../src/app/staticRoutes';

describe('isShellRoute', () => {
  it('takes a quiz attempt and its results, by any id', () => {
    expect(isShellRoute('/quiz/3f2a-91')).toBe(true);
    expect(isShellRoute('/quiz/3f2a-91/results')).toBe(true);
    expect(isShellRoute('/quiz/3f2a-91/results/')).toBe(true);
  });

  it('leaves an unknown address to the 404 page', () => {
    for (const path of ['/this/does/not/exist', '/learn/no-such-lesson', '/quiz/a/b', '/quizzes/a'])
      expect(isShellRoute(path)).toBe(false);
  });

  it('never claims a prerendered page', () => {
    for (const { path } of prerenderTargets()) expect(isShellRoute(path)).toBe(false);
  });
});
