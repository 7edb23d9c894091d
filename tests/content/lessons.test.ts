// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonFileProblems, loadContent, markdownLintProblems } from '../../scripts/content/check';
import { loadLessons } from '../../scripts/content/load';

describe('lessons', () => {
  it('every frontmatter passes the schema', () => {
    expect(() => loadLessons()).not.toThrow();
  });

  const { lessons } = loadContent();

  it('has at least 13 lessons', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(13);
  });

  it('file names are NN-slug.mdx matching order and slug; orders run 1..N', () => {
    expect(lessonFileProblems(lessons)).toEqual([]);
    expect(lessons.map((l) => l.meta.order)).toEqual(lessons.map((_, i) => i + 1));
  });

  it('uses no GFM task lists and no tables with an empty header cell', () => {
    expect(markdownLintProblems(lessons)).toEqual([]);
  });
});
