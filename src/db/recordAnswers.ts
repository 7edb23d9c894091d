import { gradeAnswer, scheduleReview, type Confidence } from '../domain/review';
import { db } from './database';
import type { Attempt } from './types';

export interface AnsweredQuestion {
  questionId: string;
  correct: boolean;
  confidence?: Confidence;
  seconds?: number;
}

/** Turns answers into spaced-repetition cards (wrong → Again, right → Good or Easy). */
export async function recordAnswers(answers: readonly AnsweredQuestion[], now: string) {
  await db.transaction('rw', db.reviewCards, async () => {
    for (const a of answers) {
      const previous = await db.reviewCards.get(a.questionId);
      const grade = gradeAnswer({
        correct: a.correct,
        ...(a.confidence ? { confidence: a.confidence } : {}),
        ...(a.seconds !== undefined ? { seconds: a.seconds } : {}),
      });
      await db.reviewCards.put(scheduleReview(previous, a.questionId, grade, now));
    }
  });
}

/** Stores a submitted attempt and its review cards together: both or neither. */
export async function saveSubmittedAttempt(
  attempt: Attempt,
  answers: readonly AnsweredQuestion[],
  now: string,
) {
  await db.transaction('rw', db.attempts, db.reviewCards, async () => {
    await db.attempts.put(attempt);
    await recordAnswers(answers, now);
  });
}
