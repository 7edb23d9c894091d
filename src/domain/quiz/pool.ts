import type { Question } from './schema';

/**
 * An item of the exam pool: what quizzes, exam simulations, the review queue and the counts draw
 * from. `pool: "lesson"` items are course-internal and appear only as lesson QuickChecks.
 */
export const isExamItem = (q: Pick<Question, 'pool'>): boolean => q.pool !== 'lesson';

/** What a scope is drawn on: enough of a question to count and plan quizzes without the bank. */
export type ScopedQuestion = Pick<
  Question,
  'id' | 'lesson' | 'traps' | 'family' | 'blueprint' | 'pool'
>;

/** A question's scope fields (the build's question index holds these for every question). */
export const scopeOf = ({ id, lesson, traps, family, blueprint, pool }: ScopedQuestion) => ({
  id,
  lesson,
  traps,
  family,
  blueprint,
  ...(pool ? { pool } : {}),
});

/** Keeps the first question of each family, in the given order: a quiz never serves two. */
export function onePerFamily<Q extends Pick<Question, 'family'>>(questions: readonly Q[]): Q[] {
  const seen = new Set<string>();
  return questions.filter((q) => !seen.has(q.family) && seen.add(q.family));
}
