import { gradeAnswer, scheduleReview, type Confidence } from '../domain/review';
import { db } from './database';
import { logReview } from './reviewLog';
import type { Attempt } from './types';

export interface AnsweredQuestion {
  questionId: string;
  correct: boolean;
  confidence?: Confidence;
  seconds?: number;
}

/** A question's id in the review history, beside flashcard ids. */
export const questionCardId = (questionId: string) => `question:${questionId}`;

/** Turns answers into spaced-repetition cards (wrong → Again, right → Good or Easy). */
export async function recordAnswers(answers: readonly AnsweredQuestion[], now: string) {
  await db.transaction('rw', db.reviewCards, db.reviewLog, async () => {
    for (const a of answers) {
      const previous = await db.reviewCards.get(a.questionId);
      const grade = gradeAnswer({
        correct: a.correct,
        ...(a.confidence ? { confidence: a.confidence } : {}),
        ...(a.seconds !== undefined ? { seconds: a.seconds } : {}),
      });
      const row = scheduleReview(previous, a.questionId, grade, now);
      await db.reviewCards.put(row);
      await logReview(questionCardId(a.questionId), grade, row);
    }
  });
}

/** Stores a submitted attempt and its review cards together: both or neither. */
export async function saveSubmittedAttempt(
  attempt: Attempt,
  answers: readonly AnsweredQuestion[],
  now: string,
) {
  await db.transaction('rw', db.attempts, db.reviewCards, db.reviewLog, async () => {
    await db.attempts.put(attempt);
    await recordAnswers(answers, now);
  });
}
