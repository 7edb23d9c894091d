// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonOnlyQuestionIds } from '../../src/content/lessonOnlyQuestions';
import { loadAllQuestions, loadExamQuestions } from '../../src/content/questions';
import { loadQuestions } from '../../scripts/content/load';

const lessonOnly = loadQuestions()
  .filter((q) => q.pool === 'lesson')
  .map((q) => q.id);

describe('the exam pool as the app loads it', () => {
  it('the build lists exactly the lesson-only questions, for counts that skip them', () => {
    expect(lessonOnly.length).toBeGreaterThan(0);
    expect([...lessonOnlyQuestionIds].sort()).toEqual([...lessonOnly].sort());
  });

  it('quizzes, review and mastery load every question except the lesson-only ones', async () => {
    const all = await loadAllQuestions();
    const exam = await loadExamQuestions();
    expect(exam.map((q) => q.id).filter((id) => lessonOnlyQuestionIds.has(id))).toEqual([]);
    expect(exam).toHaveLength(all.length - lessonOnly.length);
  });
});
