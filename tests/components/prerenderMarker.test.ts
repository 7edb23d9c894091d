// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  PRERENDERED_PATH_ATTRIBUTE,
  START_PENDING_ATTRIBUTE,
  clearPendingStart,
  isLoading,
  isPrerenderedFor,
  markPendingStart,
} from '../../src/components/prerenderMarker';

const root = (path: string | null) => {
  document.body.innerHTML = '<div id="root"></div>';
  const el = document.getElementById('root')!;
  if (path !== null) el.setAttribute(PRERENDERED_PATH_ATTRIBUTE, path);
  return el;
};
const at = (href: string) => new URL(href) as unknown as Location;

describe('prerender marker', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('hydrates only the very path the page was prerendered for, without a query', () => {
    const el = root('/sandbox/upstream');
    expect(isPrerenderedFor(el, at('https://x.test/sandbox/upstream'))).toBe(true);
    expect(isPrerenderedFor(el, at('https://x.test/sandbox/upstream?challenge=a'))).toBe(false);
    expect(isPrerenderedFor(el, at('https://x.test/sandbox/access'))).toBe(false);
  });

  it('marks a simulator opened with a challenge or a share link, and nothing else', () => {
    const html = document.documentElement;
    const marked = (href: string) => {
      html.removeAttribute(START_PENDING_ATTRIBUTE);
      markPendingStart(html, at(href));
      return html.hasAttribute(START_PENDING_ATTRIBUTE);
    };
    expect(marked('https://x.test/sandbox/upstream?challenge=a')).toBe(true);
    expect(marked('https://x.test/sandbox/access?s=v1.abc')).toBe(true);
    expect(marked('https://x.test/sandbox/access')).toBe(false);
    expect(marked('https://x.test/quiz?lesson=upstreams')).toBe(false);
    expect(marked('https://x.test/search?q=s')).toBe(false);
    markPendingStart(html, at('https://x.test/sandbox/upstream?challenge=a'));
    clearPendingStart();
    expect(html.hasAttribute(START_PENDING_ATTRIBUTE)).toBe(false);
  });

  it('says the page is loading until React takes the marker away', () => {
    const el = root('/sandbox/upstream');
    expect(isLoading()).toBe(true);
    el.removeAttribute(PRERENDERED_PATH_ATTRIBUTE);
    expect(isLoading()).toBe(false);
    root(null);
    expect(isLoading()).toBe(false);
  });
});
