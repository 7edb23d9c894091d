// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderBlockingFirst } from '../../scripts/vite-prerender-plugin';

const BUILT = `<head>
    <title>Artifact Lab</title>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/chunk-b.js">
    <link rel="stylesheet" crossorigin href="/assets/index-c.css">
    <script src="/assets/theme-boot-d.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/lesson-e.css">
  </head>`;

describe('renderBlockingFirst', () => {
  it('moves stylesheets and the classic boot script ahead of the module script', () => {
    const html = renderBlockingFirst(BUILT);
    const order = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([
      '/assets/index-c.css',
      '/assets/theme-boot-d.js',
      '/assets/lesson-e.css',
      '/assets/index-a.js',
      '/assets/chunk-b.js',
    ]);
  });

  it('keeps every tag once and is stable when applied again', () => {
    const once = renderBlockingFirst(BUILT);
    expect(renderBlockingFirst(once)).toBe(once);
    expect(once.match(/<link|<script/g)).toHaveLength(5);
  });

  it('refuses a page without a module script', () => {
    expect(() => renderBlockingFirst('<head><title>x</title></head>')).toThrow(/no module script/);
  });
});
