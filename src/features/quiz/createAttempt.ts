import { saveAttempt } from '../../db/attempts';
import type { Attempt, AttemptMode } from '../../db/types';
import { deadlineFor } from '../../domain/quiz/pacing';
import type { Question } from '../../domain/quiz/schema';
import { selectQuestions, type QuizScope } from '../../domain/quiz/selection';

export interface NewAttempt {
  mode: AttemptMode;
  scope: QuizScope;
  scopeLabel: string;
  count: number;
  timeMultiplier: number;
}

/** Picks the questions with a fresh seed and stores the attempt; the clock starts now. */
export async function createAttempt(
  bank: readonly Question[],
  choice: NewAttempt,
  now: Date,
): Promise<Attempt> {
  const seed = Math.floor(Math.random() * 2 ** 32);
  const questions = selectQuestions(bank, choice.scope, choice.count, seed);
  if (questions.length === 0) throw new Error('No questions match that choice.');
  const createdAt = now.toISOString();
  const attempt: Attempt = {
    id: crypto.randomUUID(),
    mode: choice.mode,
    scopeLabel: choice.scopeLabel,
    questionIds: questions.map((q) => q.id),
    seed,
    answers: {},
    flags: [],
    createdAt,
    deadline:
      choice.mode === 'exam'
        ? deadlineFor(createdAt, questions.length, choice.timeMultiplier)
        : null,
    snapshot: null,
    status: 'in-progress',
    submittedAt: null,
    result: null,
  };
  await saveAttempt(attempt);
  return attempt;
}
