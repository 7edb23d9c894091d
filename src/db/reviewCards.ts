import { db } from './database';
import type { ReviewCardRow } from './types';

export type { ReviewCardRow };

export function getReviewCard(questionId: string) {
  return db.reviewCards.get(questionId);
}

export function saveReviewCard(row: ReviewCardRow) {
  return db.reviewCards.put(row);
}

export function listDueCards(nowMs: number) {
  return db.reviewCards.where('due').belowOrEqual(nowMs).sortBy('due');
}

/** Cards due at `nowMs`, leaving out the questions in `except` (lesson-only questions). */
export function countDueCards(nowMs: number, except: ReadonlySet<string> = new Set()) {
  return db.reviewCards
    .where('due')
    .belowOrEqual(nowMs)
    .filter((c) => !except.has(c.questionId))
    .count();
}

export function listReviewCards() {
  return db.reviewCards.toArray();
}
