/**
 * Pure helpers for the progress page: what the learner knows now, per lesson or per trap,
 * judged by the latest answer to each question.
 */

import { groupByKeys } from '../groupByKeys';

export interface Mastery {
  key: string;
  /** Questions of the group with a latest result. */
  answered: number;
  /** Questions of the group whose latest result is correct. */
  correct: number;
  /** Questions in the group. */
  total: number;
  /** correct / total, rounded to a whole percent (unanswered questions are not yet mastered). */
  percent: number;
}

/**
 * Mastery per key (a lesson, or each trap a question tests), groups in order of first
 * appearance. A question counts once per distinct key it yields.
 */
export function masteryBy<Q extends { id: string }>(
  questions: readonly Q[],
  latestCorrect: Readonly<Record<string, boolean>>,
  keyOf: (question: Q) => readonly string[],
): Mastery[] {
  return groupByKeys(questions, (question) => new Set(keyOf(question))).map(({ key, items }) => {
    const answered = items.filter((q) => Object.hasOwn(latestCorrect, q.id));
    const correct = answered.filter((q) => latestCorrect[q.id] === true).length;
    return {
      key,
      answered: answered.length,
      correct,
      total: items.length,
      percent: Math.round((correct / items.length) * 100),
    };
  });
}

export interface AttemptOutcome {
  submittedAt: string | null;
  result: { perQuestion: Readonly<Record<string, boolean>> } | null;
}

/**
 * The most recent correctness of each question across submitted attempts: the attempt with the
 * later `submittedAt` wins; on equal times, the one later in the list. Attempts not submitted
 * (no `submittedAt` or no result) or with an unreadable `submittedAt` are ignored.
 */
export function latestResults(attempts: readonly AttemptOutcome[]): Record<string, boolean> {
  const submitted = attempts
    .map((attempt, index) => ({
      attempt,
      index,
      at: attempt.submittedAt === null ? NaN : Date.parse(attempt.submittedAt),
    }))
    .filter(({ attempt, at }) => attempt.result !== null && Number.isFinite(at))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const latest = new Map<string, boolean>();
  for (const { attempt } of submitted) {
    for (const [id, correct] of Object.entries(attempt.result?.perQuestion ?? {}))
      latest.set(id, correct);
  }
  return Object.fromEntries(latest);
}
