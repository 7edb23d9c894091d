import type { Question } from './schema';
import { seededRandom, shuffle } from './shuffle';

export type QuizScope =
  | { kind: 'all' }
  | { kind: 'lesson'; lesson: string }
  | { kind: 'trap'; trap: string }
  | { kind: 'missed'; questionIds: readonly string[] }
  | { kind: 'flagged'; questionIds: readonly string[] }
  | { kind: 'ids'; questionIds: readonly string[] };

export function questionsInScope(bank: readonly Question[], scope: QuizScope): Question[] {
  switch (scope.kind) {
    case 'all':
      return [...bank];
    case 'lesson':
      return bank.filter((q) => q.lesson === scope.lesson);
    case 'trap':
      return bank.filter((q) => q.traps.includes(scope.trap));
    case 'missed':
    case 'flagged':
    case 'ids': {
      const wanted = new Set(scope.questionIds);
      return bank.filter((q) => wanted.has(q.id));
    }
  }
}

/** Picks `count` questions from the scope in a seeded random order. */
export function selectQuestions(
  bank: readonly Question[],
  scope: QuizScope,
  count: number,
  seed: number,
): Question[] {
  return shuffle(questionsInScope(bank, scope), seededRandom(seed)).slice(0, Math.max(0, count));
}
