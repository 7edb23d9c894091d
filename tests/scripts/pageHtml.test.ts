// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../scripts/vite-prerender-plugin';
import { embeddedStartsJson } from '../../src/features/sandbox/frame/embeddedStart';

const TEMPLATE = `<html><head>
    <title>Artifact Lab</title>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
  </head><body><div id="root"></div></body></html>`;

const target = { path: '/sandbox/access/x', file: 'sandbox/access/x.html', hydrate: true };
// Text a string replacement would expand: `$&` (the match), `$'` (what follows it), `$$`.
const tricky = "Allow ${aws:username} $& $' $$";

describe('a prerendered page', () => {
  it('carries its HTML, title and embedded starts exactly as rendered', () => {
    const starts = embeddedStartsJson([['access?challenge=x', { summary: tricky }]]);
    const html = pageHtml(
      TEMPLATE,
      target,
      { html: `<p>${tricky}</p>`, title: `Page ${tricky}`, modules: [], starts },
      '<link rel="stylesheet" href="/assets/x.css">',
    );
    expect(html).toContain(
      `<div id="root" data-prerendered-path="/sandbox/access/x"><p>${tricky}</p></div>`,
    );
    // the title is escaped as text, and nothing else happens to it
    expect(html).toContain("<title>Page Allow ${aws:username} $&amp; $' $$</title>");
    const block = html.match(
      /<script type="application\/json" id="prepared-start">(.*?)<\/script>/,
    )?.[1];
    expect(JSON.parse(block!)).toEqual({ 'access?challenge=x': { summary: tricky } });
  });

  it('has no start block when the loader prepared none', () => {
    const html = pageHtml(
      TEMPLATE,
      target,
      { html: '<p>x</p>', title: 'x', modules: [], starts: null },
      '',
    );
    expect(html).not.toContain('prepared-start');
  });
});
