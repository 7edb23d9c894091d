// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  EXAM_TRAPS_LESSON,
  examTrapsLessonProblems,
  loadContent,
} from '../../scripts/content/check';

const content = loadContent();

describe('the exam-traps lesson', () => {
  it('has a trap callout and a frontmatter entry for every trap in traps.json', () => {
    expect(examTrapsLessonProblems(content)).toEqual([]);
  });

  it('reports a trap whose callout is missing', () => {
    const lessons = content.lessons.map((l) =>
      l.meta.slug === EXAM_TRAPS_LESSON
        ? { ...l, body: l.body.replace('trap="mutable-tag-deploy"', 'trap="elsewhere"') }
        : l,
    );
    expect(examTrapsLessonProblems({ ...content, lessons })).toEqual([
      'lessons/16-exam-traps.mdx: no <Callout kind="trap" trap="mutable-tag-deploy">',
    ]);
  });

  it('reports a trap missing from the frontmatter list', () => {
    const lessons = content.lessons.map((l) =>
      l.meta.slug === EXAM_TRAPS_LESSON
        ? { ...l, meta: { ...l.meta, traps: l.meta.traps.filter((t) => t !== 'npm-in-s3') } }
        : l,
    );
    expect(examTrapsLessonProblems({ ...content, lessons })).toEqual([
      'lessons/16-exam-traps.mdx frontmatter traps: npm-in-s3 missing',
    ]);
  });
});
