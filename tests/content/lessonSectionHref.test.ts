import trapSections from 'virtual:trap-sections';
import { describe, expect, it } from 'vitest';
import { lessonSectionHref } from '../../src/content/lessonSectionHref';
import type { Question } from '../../src/domain/quiz/schema';

const question = (lesson: string, traps: string[]) => ({ lesson, traps }) as Question;

describe('lessonSectionHref', () => {
  it('links to the section of the lesson that teaches one of the question’s traps', () => {
    const [lesson, sections] = Object.entries(trapSections).find(
      ([, s]) => Object.keys(s).length > 0,
    )!;
    const [trap, section] = Object.entries(sections)[0]!;
    expect(lessonSectionHref(question(lesson, ['not-a-trap', trap]))).toBe(
      `/learn/${lesson}#${section}`,
    );
  });

  it('links to the top of the lesson when no section teaches its traps', () => {
    expect(lessonSectionHref(question('upstreams', ['not-a-trap']))).toBe('/learn/upstreams');
  });
});
