import type { Question } from './schema';

/**
 * An item of the exam pool: what quizzes, exam simulations, the review queue and the counts draw
 * from. `pool: "lesson"` items are course-internal and appear only as lesson QuickChecks.
 */
export const isExamItem = (q: Pick<Question, 'pool'>): boolean => q.pool !== 'lesson';

/** Keeps the first question of each family, in the given order: a quiz never serves two. */
export function onePerFamily<Q extends Pick<Question, 'family'>>(questions: readonly Q[]): Q[] {
  const seen = new Set<string>();
  return questions.filter((q) => !seen.has(q.family) && seen.add(q.family));
}
