import { saveSubmittedAttempt } from '../../db/recordAnswers';
import type { Attempt } from '../../db/types';
import type { Question } from '../../domain/quiz/schema';
import { scoreAttempt } from '../../domain/quiz/scoring';
import type { QuizSessionContext } from '../../machines/quizSession';

/** Scores a finished session, stores the result and schedules every question for review. */
export async function finishAttempt(
  attempt: Attempt,
  questions: readonly Question[],
  session: QuizSessionContext,
  now: Date,
): Promise<Attempt> {
  const score = scoreAttempt(questions, session.answers);
  const end = attempt.deadline
    ? Math.min(now.getTime(), Date.parse(attempt.deadline))
    : now.getTime();
  const usedSeconds = Math.max(0, Math.round((end - Date.parse(attempt.createdAt)) / 1000));
  const submitted: Attempt = {
    ...attempt,
    answers: session.answers,
    flags: session.flags,
    status: 'submitted',
    submittedAt: now.toISOString(),
    result: {
      correct: score.correct,
      total: score.total,
      percent: score.percent,
      usedSeconds,
      perQuestion: score.perQuestion,
    },
  };
  await saveSubmittedAttempt(
    submitted,
    questions.map((q) => ({
      questionId: q.id,
      correct: score.perQuestion[q.id] ?? false,
      ...(session.confidence[q.id] ? { confidence: session.confidence[q.id] } : {}),
      ...(session.seconds[q.id] !== undefined ? { seconds: session.seconds[q.id] } : {}),
    })),
    now.toISOString(),
  );
  return submitted;
}
