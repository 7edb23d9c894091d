/**
 * Pure helpers for the progress page: what the learner knows now, per lesson or per trap,
 * judged by the latest answer to each question.
 */

export interface Mastery {
  key: string;
  /** Questions of the group with a latest result. */
  answered: number;
  /** Questions of the group whose latest result is correct. */
  correct: number;
  /** Questions in the group. */
  total: number;
  /** correct / total, rounded to a whole percent (unanswered questions are not yet mastered); 0 for an empty group. */
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
  const groups = new Map<string, Mastery>();
  for (const question of questions) {
    const result = Object.hasOwn(latestCorrect, question.id)
      ? latestCorrect[question.id]
      : undefined;
    for (const key of new Set(keyOf(question))) {
      const group = groups.get(key) ?? { key, answered: 0, correct: 0, total: 0, percent: 0 };
      group.total += 1;
      if (result !== undefined) group.answered += 1;
      if (result === true) group.correct += 1;
      groups.set(key, group);
    }
  }
  return [...groups.values()].map((g) => ({
    ...g,
    percent: g.total === 0 ? 0 : Math.round((g.correct / g.total) * 100),
  }));
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
