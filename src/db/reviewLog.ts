import type { ReviewGrade, ScheduledCard } from '../domain/review';
import { db } from './database';
import type { ReviewLogRow } from './types';

export type { ReviewLogRow };

/** Appends a review to the history; call inside the transaction that saves the card. */
export function logReview(cardId: string, grade: ReviewGrade, scheduled: ScheduledCard) {
  return db.reviewLog.put({
    id: `${cardId}@${scheduled.lastAnsweredAt}`,
    cardId,
    grade,
    answeredAt: scheduled.lastAnsweredAt,
    due: scheduled.due,
  });
}

/** Oldest first. */
export function listReviewLog() {
  return db.reviewLog.orderBy('answeredAt').toArray();
}
