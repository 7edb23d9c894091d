import { isExamItem, onePerFamily, type ScopedQuestion } from './pool';
import type { Question } from './schema';
import { seededRandom, shuffle } from './shuffle';
import { drawSimulation, type BlueprintWeight } from './simulation';

export type QuizScope =
  | { kind: 'all' }
  | { kind: 'lesson'; lesson: string }
  | { kind: 'trap'; trap: string }
  | { kind: 'missed'; questionIds: readonly string[] }
  | { kind: 'flagged'; questionIds: readonly string[] }
  /** A retake: these questions again. */
  | { kind: 'ids'; questionIds: readonly string[] }
  /** A full-length mock weighted by the blueprint's lines. */
  | { kind: 'simulation'; lines: readonly BlueprintWeight[] };

/** The exam items the scope covers (never a `pool: "lesson"` item), in bank order. */
export function questionsInScope<Q extends ScopedQuestion>(
  bank: readonly Q[],
  scope: QuizScope,
): Q[] {
  const exam = bank.filter(isExamItem);
  switch (scope.kind) {
    case 'all':
      return exam;
    case 'lesson':
      return exam.filter((q) => q.lesson === scope.lesson);
    case 'trap':
      return exam.filter((q) => q.traps.includes(scope.trap));
    case 'missed':
    case 'flagged':
    case 'ids': {
      const wanted = new Set(scope.questionIds);
      return exam.filter((q) => wanted.has(q.id));
    }
    case 'simulation': {
      const lines = new Set(scope.lines.map((l) => l.id));
      return exam.filter((q) => lines.has(q.blueprint));
    }
  }
}

/** The longest quiz the scope can give: one question per family. */
export function quizCapacity(bank: readonly ScopedQuestion[], scope: QuizScope): number {
  return onePerFamily(questionsInScope(bank, scope)).length;
}

/** Picks `count` questions from the scope in a seeded random order, never two of one family. */
export function selectQuestions<Q extends Question>(
  bank: readonly Q[],
  scope: QuizScope,
  count: number,
  seed: number,
): Q[] {
  if (scope.kind === 'simulation') return drawSimulation(bank, scope.lines, count, seed).questions;
  return onePerFamily(shuffle(questionsInScope(bank, scope), seededRandom(seed))).slice(
    0,
    Math.max(0, count),
  );
}
