import { describe, expect, it } from 'vitest';
import { questionIndex } from '../../src/content/questionIndex';
import { loadAllQuestions } from '../../src/content/questions';
import { scopeOf } from '../../src/domain/quiz/pool';
import { quizCapacity } from '../../src/domain/quiz/selection';

describe('question index', () => {
  it("holds every question's scope fields, in bank order", async () => {
    const bank = await loadAllQuestions();
    expect(questionIndex).toEqual(bank.map(scopeOf));
    expect(questionIndex.some((q) => q.pool === 'lesson')).toBe(true);
  });

  it('gives the quiz start page the same counts as the bank', async () => {
    const bank = await loadAllQuestions();
    for (const scope of [
      { kind: 'all' } as const,
      { kind: 'lesson', lesson: bank[0]!.lesson } as const,
      { kind: 'trap', trap: bank[0]!.traps[0]! } as const,
    ])
      expect(quizCapacity(questionIndex, scope)).toBe(quizCapacity(bank, scope));
  });
});
